"""What extract hands to merge: the facts found in one source, before merging.

Actors here are local to the source (``key`` is unique within it); merge joins them
across sources and gives them their stable ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.records.content import Ref


@dataclass(frozen=True)
class ActorMention:
    key: str  # local to the source: a slug of the fullest name seen
    name: str
    kind: str  # one of content.ACTOR_KINDS
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    refs: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class QuoteFact:
    text: str
    kind: str  # direct | partial
    speaker: str | None  # an ActorMention.key of the same source
    said_on: dt.date | None
    ref: Ref


@dataclass(frozen=True)
class CasualtyFact:
    key: str  # local to the source
    kind: str
    count: int
    qualifier: str
    victims: str | None
    place: str | None
    date: dt.date | None
    claimed_by: tuple[str, ...]  # ActorMention keys, or free text
    ref: Ref
    supersedes: str | None = None  # the key of another CasualtyFact of this source
    as_of: dt.date | None = None  # when the claimant stated it (else the source's date)
    scope: str = "story"  # story | background
    counted_by: str | None = None  # "briefgen" when no one states it: victims counted one by one


@dataclass(frozen=True)
class EventFact:
    key: str  # local to the source
    date: dt.date
    date_precision: str
    title: str
    place: str | None
    actors: tuple[str, ...]  # ActorMention keys
    quotes: tuple[int, ...]  # indexes into SourceFacts.quotes
    casualties: tuple[str, ...]  # CasualtyFact keys
    ref: Ref
    sentence: str = ""
    action: str = ""  # the kind of action (extract.actions), "" when not known
    clause: bool = True  # the title is a clause (not a noun phrase: "Wednesday's strike")


@dataclass(frozen=True)
class SourceFacts:
    source_id: str
    actors: tuple[ActorMention, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    casualties: tuple[CasualtyFact, ...] = ()
    events: tuple[EventFact, ...] = ()
