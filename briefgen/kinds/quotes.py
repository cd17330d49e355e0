"""Quotes, with their speaker, in quotes.yaml."""

from briefgen.kinds.kind import Kind, Reference
from briefgen.kinds.schema import QUOTE_FIELDS
from briefgen.records.content import QuoteEntry

KIND = Kind(
    name="quotes",
    file="quotes.yaml",
    record=QuoteEntry,
    fields=QUOTE_FIELDS,
    references=(Reference("speaker", "actors", "an actor id"),),
    page="quotes/index.md",
    title="Quotes by speaker",
)
