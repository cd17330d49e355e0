"""The briefing: title, key points and disputes, in briefing.yaml. Its references sit
inside its points and sides (a side's actor is an actor id or free text)."""

from briefgen.kinds.kind import Kind
from briefgen.kinds.schema import BRIEFING_FIELDS
from briefgen.records.content import BriefingEntry

KIND = Kind(
    name="briefing",
    file="briefing.yaml",
    record=BriefingEntry,
    fields=BRIEFING_FIELDS,
    provenance="",  # each key point and dispute side cites its own sources
    page="index.md",
    listed=False,
)
