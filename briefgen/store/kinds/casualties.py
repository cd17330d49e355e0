"""Casualty figures, each a claim by someone, in casualties.yaml."""

from briefgen.records.content import CasualtyEntry
from briefgen.store.kinds.kind import Kind, Reference
from briefgen.store.schema import CASUALTY_FIELDS

KIND = Kind(
    name="casualties",
    file="casualties.yaml",
    record=CasualtyEntry,
    fields=CASUALTY_FIELDS,
    references=(
        Reference("claimed_by", "actors", "an actor id", free_text=True),
        Reference("supersedes", "casualties", "another figure's id", not_self=True),
    ),
    page="casualties.md",
    title="Casualty figures",
)
