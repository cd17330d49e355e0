"""Dated events, with the actors, quotes and figures they involve, in events.yaml."""

from briefgen.records.content import EventEntry
from briefgen.store.kinds.kind import Kind, Reference
from briefgen.store.schema import EVENT_FIELDS

KIND = Kind(
    name="events",
    file="events.yaml",
    record=EventEntry,
    fields=EVENT_FIELDS,
    references=(
        Reference("actors", "actors", "an actor id", label="actor"),
        Reference("quotes", "quotes", "a quote id", label="quote"),
        # The message's word as `briefgen check` has always printed it.
        Reference("casualties", "casualties", "a casualty id", label="casualtie"),
    ),
    page="timeline.md",
    title="Timeline",
)
