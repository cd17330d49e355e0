"""The content/ contract (shared/DESIGN.md) as typed records.

Merge proposes a ``Content``; store merges it with what people edited and writes it;
render reads it back. Field names are the YAML keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ACTOR_KINDS = ("person", "organization", "country", "place", "group")
QUOTE_KINDS = ("direct", "partial")
CASUALTY_KINDS = ("killed", "injured", "missing", "displaced", "detained", "evacuated")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "fewer_than")
DATE_PRECISIONS = ("day", "week", "month")
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


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Ref, ...] = ()
    same_as: str | None = None  # an editor's merge: this actor is that one


@dataclass(frozen=True)
class QuoteEntry:
    id: str
    text: str
    kind: str = "direct"
    speaker: str | None = None
    said_on: dt.date | None = None
    sources: tuple[Ref, ...] = ()
    date_precision: str = "day"


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


@dataclass(frozen=True)
class BriefingEntry:
    title: str
    summary: tuple[SummaryPoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()


@dataclass(frozen=True)
class Content:
    """Everything under content/."""

    briefing: BriefingEntry
    sources: tuple[SourceEntry, ...] = ()
    actors: tuple[ActorEntry, ...] = ()
    quotes: tuple[QuoteEntry, ...] = ()
    casualties: tuple[CasualtyEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()
