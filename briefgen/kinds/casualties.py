"""Casualty figures, each a claim by someone, in casualties.yaml."""

from briefgen.kinds.kind import Kind, Reference
from briefgen.kinds.schema import CASUALTY_FIELDS
from briefgen.records.content import CasualtyEntry

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
