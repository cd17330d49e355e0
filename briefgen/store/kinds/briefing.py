"""The briefing: title, key points and disputes, in briefing.yaml. Its references sit
inside its points and sides (a side's actor is an actor id or free text)."""

from briefgen.records.content import BriefingEntry
from briefgen.store.kinds.kind import Kind
from briefgen.store.schema import BRIEFING_FIELDS

KIND = Kind(
    name="briefing",
    file="briefing.yaml",
    record=BriefingEntry,
    fields=BRIEFING_FIELDS,
    provenance="",  # each key point and dispute side cites its own sources
    page="index.md",
    listed=False,
)
