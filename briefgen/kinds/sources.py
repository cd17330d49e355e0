"""Sources: one file per article under sources/, its cleaned paragraphs the anchors
every other kind's provenance points to."""

from briefgen.kinds.kind import Kind
from briefgen.kinds.schema import SOURCE_FIELDS
from briefgen.records.content import SourceEntry

KIND = Kind(
    name="sources",
    file="sources/",
    record=SourceEntry,
    fields=SOURCE_FIELDS,
    provenance="",  # a source is the provenance: others cite its paragraphs
    page="sources/index.md",
    entry_pages="sources",
    title="Sources",
    listed=False,
)
