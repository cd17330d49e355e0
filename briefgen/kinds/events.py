"""Dated events, with the actors, quotes and figures they involve, in events.yaml."""

from briefgen.kinds.kind import Kind, Reference
from briefgen.kinds.schema import EVENT_FIELDS
from briefgen.records.content import EventEntry

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
