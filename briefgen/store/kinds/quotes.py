"""Quotes, with their speaker, in quotes.yaml."""

from briefgen.records.content import QuoteEntry
from briefgen.store.kinds.kind import Kind, Reference
from briefgen.store.schema import QUOTE_FIELDS

KIND = Kind(
    name="quotes",
    file="quotes.yaml",
    record=QuoteEntry,
    fields=QUOTE_FIELDS,
    references=(Reference("speaker", "actors", "an actor id"),),
    page="quotes/index.md",
    title="Quotes by speaker",
)
