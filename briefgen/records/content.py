"""The content/ contract (shared/DESIGN.md) as typed records.

Merge proposes a ``Content``; store merges it with what people edited and writes it;
render reads it back. Field names are the YAML keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

ACTOR_KINDS = ("person", "organization", "country", "place", "group")
QUOTE_KINDS = ("direct", "partial")
CASUALTY_KINDS = ("killed", "injured", "missing", "displaced", "detained", "evacuated")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "fewer_than")
# How each qualifier reads before a count: "at least 4".
QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "fewer_than": "fewer than ",
}
DATE_PRECISIONS = ("day", "week", "month")
SCOPES = ("story", "background")
# Who counted a figure that no one states: briefgen, from victims described one by one.
COUNTERS = ("briefgen",)
# A quotation's date: its own (day …), or "published" — no date of its own, so the date
# its earliest source was published (it was said then or shortly before).
QUOTE_DATE_PRECISIONS = (*DATE_PRECISIONS, "published")


@dataclass(frozen=True, order=True)
class Ref:
    """Where a fact was found: a paragraph of a source."""

    source: str
    para: str


@dataclass(frozen=True)
class ParagraphEntry:
    id: str
    text: str
    heading: bool = False


@dataclass(frozen=True)
class SourceEntry:
    id: str
    file: str
    sha256: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    published_basis: str
    duplicate_of: str | None
    paragraphs: tuple[ParagraphEntry, ...]
    published_certainty: str = "none"
    author: str | None = None
    # Why the last build could not read the file; its paragraphs are then those of the
    # last build that could (or none). Written only when set.
    skipped: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Ref, ...] = ()
    same_as: str | None = None  # an editor's merge: this actor is that one
    reviewed: bool = False  # an editor checked it: off the review list, never rebuilt


@dataclass(frozen=True)
class QuoteEntry:
    id: str
    text: str
    kind: str = "direct"
    speaker: str | None = None
    said_on: dt.date | None = None
    sources: tuple[Ref, ...] = ()
    date_precision: str = "day"
    reviewed: bool = False  # an editor checked it: off the review list, never rebuilt


@dataclass(frozen=True)
class CasualtyEntry:
    id: str
    kind: str
    count: int
    qualifier: str = "exact"
    victims: str | None = None
    place: str | None = None
    date: dt.date | None = None
    claimed_by: tuple[str, ...] = ()  # actor ids, or free text where no actor fits
    supersedes: str | None = None
    sources: tuple[Ref, ...] = ()
    as_of: dt.date | None = None  # when the claimant stated it (else the source's date)
    scope: str = "story"  # story | background (another incident, a past disaster)
    counted_by: str | None = None  # "briefgen": counted from victims described one by one
    reviewed: bool = False  # an editor checked it: off the review list, never rebuilt


@dataclass(frozen=True)
class EventEntry:
    id: str
    date: dt.date
    title: str
    date_precision: str = "day"
    summary: str | None = None
    place: str | None = None
    actors: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    casualties: tuple[str, ...] = ()
    sources: tuple[Ref, ...] = ()
    reviewed: bool = False  # an editor checked it: off the review list, never rebuilt


@dataclass(frozen=True)
class SummaryPoint:
    text: str
    sources: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class DisputeSide:
    claim: str
    actor: str | None = None  # an actor id, or free text where no actor fits
    sources: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class Dispute:
    about: str
    sides: tuple[DisputeSide, ...] = ()
    reviewed: bool = False  # an editor checked it: off the review list, never rebuilt


def figure_dispute_about(kind: str, place: str | None) -> str:
    """What a dispute over a count is about: summarize names it so, and the pages find the
    disputes of a figure's kind by it ("the number of people killed in Lutsk")."""
    return f"the number of people {kind}" + (f" in {place}" if place else "")


def is_figure_dispute(dispute: Dispute, kind: str = "") -> bool:
    """A dispute over a count (of ``kind``, when given), as figure_dispute_about names it."""
    return dispute.about.startswith(figure_dispute_about(kind, None))


@dataclass(frozen=True)
class BriefingEntry:
    title: str
    summary: tuple[SummaryPoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    key_figures: tuple[str, ...] = ()  # casualty ids the home page leads with, in order


@dataclass(frozen=True)
class ChangeSet:
    """What one build added or revised (content/changes.yaml): the reader's "What's new"."""

    date: dt.date  # the build's (SOURCE_DATE_EPOCH when set)
    sources: tuple[str, ...] = ()  # new sources
    figures: tuple[str, ...] = ()  # new casualty figures
    revised: tuple[str, ...] = ()  # figures whose count changed, or new tolls that update one
    events: tuple[str, ...] = ()  # new events
    quotes: tuple[str, ...] = ()  # new quotes by notable speakers

    def is_empty(self) -> bool:
        return not (self.sources or self.figures or self.revised or self.events or self.quotes)


@dataclass(frozen=True)
class Content:
    """Everything under content/."""

    briefing: BriefingEntry
    sources: tuple[SourceEntry, ...] = ()
    actors: tuple[ActorEntry, ...] = ()
    quotes: tuple[QuoteEntry, ...] = ()
    casualties: tuple[CasualtyEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()
    # The entries of kinds registered beyond briefgen's own (briefgen.kinds), by
    # kind name in registry order: read and written through kinds.entries/with_entries.
    more: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    changes: tuple[ChangeSet, ...] = ()  # oldest first
