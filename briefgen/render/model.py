"""Lookups over a Content record: who said what, which paragraph holds which fact.

Built once per render in one pass over each list, so page rendering stays linear in
the size of the briefing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TypeVar

from briefgen.records.content import (
    ActorEntry,
    CasualtyEntry,
    Content,
    EventEntry,
    QuoteEntry,
    Ref,
    SourceEntry,
)
from briefgen.render.layout import Layout

T = TypeVar("T")


@dataclass
class ParaFacts:
    """The facts drawn from one paragraph, for the note under it on its source page."""

    quotes: list[QuoteEntry] = field(default_factory=list)
    casualties: list[CasualtyEntry] = field(default_factory=list)
    events: list[EventEntry] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    key_points: list[int] = field(default_factory=list)  # 1-based numbers on the home page

    def __bool__(self) -> bool:
        return bool(self.quotes or self.casualties or self.events or self.actors or self.key_points)


@dataclass
class SiteIndex:
    content: Content
    actors: dict[str, ActorEntry]
    sources: dict[str, SourceEntry]
    quotes: dict[str, QuoteEntry]
    casualties: dict[str, CasualtyEntry]
    events: dict[str, EventEntry]
    quotes_by_speaker: dict[str, list[QuoteEntry]]
    events_by_actor: dict[str, list[EventEntry]]
    events_by_quote: dict[str, list[EventEntry]]
    events_by_casualty: dict[str, list[EventEntry]]
    casualties_by_claimant: dict[str, list[CasualtyEntry]]
    superseded_by: dict[str, str]
    facts_by_ref: dict[Ref, ParaFacts]
    refs_by_source: dict[str, set[str]]  # source id -> ids of events citing it
    merged: dict[str, list[ActorEntry]]  # actor id -> it and the entries merged into it
    # Where the long lists' entries live; render plans it (pages.site_layout) before
    # the pages are made. Empty: every list is one page.
    layout: Layout = field(default_factory=Layout)

    def actor(self, ident: str | None) -> ActorEntry | None:
        """The actor an id names, following editors' ``same_as`` merges."""
        seen: set[str] = set()
        while ident is not None and ident in self.actors and ident not in seen:
            seen.add(ident)
            entry = self.actors[ident]
            if entry.same_as is None or entry.same_as not in self.actors:
                return entry
            ident = entry.same_as
        return None

    def listed_actors(self) -> list[ActorEntry]:
        """Actors that get a page: not merged into another one."""
        return [a for a in self.content.actors if self.actor(a.id) is a]

    def source_label(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        if source is None:
            return source_id
        return source.outlet or source.title or source.id

    def story_events(self) -> list[EventEntry]:
        """The events the story is made of: those of the weeks its sources cover. One
        dated years back ("sank in 2018") is its background and stretches no range."""
        published = sorted(s.published for s in self.content.sources if s.published)
        if not published:
            return list(self.content.events)
        start = published[0] - dt.timedelta(days=STORY_LEAD_DAYS)
        end = published[-1] + dt.timedelta(days=STORY_LAG_DAYS)
        return [e for e in self.content.events if start <= e.date <= end]

    def period(self) -> tuple[dt.date, dt.date] | None:
        dates = [e.date for e in self.story_events()]
        if not dates:
            dates = [s.published for s in self.content.sources if s.published is not None]
        if not dates:
            return None
        return min(dates), max(dates)


STORY_LEAD_DAYS = 31  # a story's events begin at most this long before its first report
STORY_LAG_DAYS = 7  # … and end at most this long after its last (a date announced ahead)


def _group(pairs: list[tuple[str, T]]) -> dict[str, list[T]]:
    out: dict[str, list[T]] = defaultdict(list)
    for key, value in pairs:
        out[key].append(value)
    return dict(out)


def build_index(content: Content) -> SiteIndex:
    refs_by_source: dict[str, set[str]] = defaultdict(set)
    for event in content.events:
        for ref in event.sources:
            refs_by_source[ref.source].add(event.id)
    index = SiteIndex(
        content=content,
        actors={a.id: a for a in content.actors},
        sources={s.id: s for s in content.sources},
        quotes={q.id: q for q in content.quotes},
        casualties={c.id: c for c in content.casualties},
        events={e.id: e for e in content.events},
        quotes_by_speaker={},
        events_by_actor={},
        events_by_quote={},
        events_by_casualty={},
        casualties_by_claimant={},
        superseded_by={c.supersedes: c.id for c in content.casualties if c.supersedes},
        facts_by_ref=_facts_by_ref(content),
        refs_by_source=dict(refs_by_source),
        merged={},
    )
    _fill_groupings(index)
    return index


def _facts_by_ref(content: Content) -> dict[Ref, ParaFacts]:
    """What each paragraph of each source gave: its quotes, figures, events, key points
    and actors."""
    facts: dict[Ref, ParaFacts] = defaultdict(ParaFacts)
    for quote in content.quotes:
        for ref in dict.fromkeys(quote.sources):
            facts[ref].quotes.append(quote)
    for casualty in content.casualties:
        for ref in dict.fromkeys(casualty.sources):
            facts[ref].casualties.append(casualty)
    for event in content.events:
        for ref in dict.fromkeys(event.sources):
            facts[ref].events.append(event)
    for number, point in enumerate(content.briefing.summary, start=1):
        for ref in dict.fromkeys(point.sources):
            facts[ref].key_points.append(number)
    for actor in content.actors:
        for ref in dict.fromkeys(actor.mentions):
            facts[ref].actors.append(actor)
    return dict(facts)


def _fill_groupings(index: SiteIndex) -> None:
    """The index's groupings: actors merged, and each actor's quotes, events and
    figures; events by quote and by figure."""
    content = index.content
    index.merged = _group([(_key(index, a.id), a) for a in content.actors if index.actor(a.id)])
    # Grouping keys go through actor() so an editor's same_as merge gathers both records.
    index.quotes_by_speaker = _group(
        [(_key(index, q.speaker), q) for q in content.quotes if index.actor(q.speaker)]
    )
    index.events_by_actor = _group(
        [
            (_key(index, a), e)
            for e in content.events
            for a in dict.fromkeys(e.actors)
            if index.actor(a)
        ]
    )
    index.events_by_quote = _group(
        [(q, e) for e in content.events for q in dict.fromkeys(e.quotes)]
    )
    index.events_by_casualty = _group(
        [(c, e) for e in content.events for c in dict.fromkeys(e.casualties)]
    )
    index.casualties_by_claimant = _group(
        [
            (_key(index, a), c)
            for c in content.casualties
            for a in dict.fromkeys(c.claimed_by)
            if index.actor(a)
        ]
    )


def _key(index: SiteIndex, ident: str | None) -> str:
    actor = index.actor(ident)
    assert actor is not None
    return actor.id
