"""Merge: every source's facts → one proposed Content (stable ids, joined aliases).

Actors are joined first, since quotes, figures and events name them; then quotes and
figures, which events point to; then events. Summarize fills the briefing afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.config import Config
from briefgen.merge.actors import merge_actors
from briefgen.merge.casualties import merge_casualties
from briefgen.merge.events import merge_events
from briefgen.merge.quotes import merge_quotes
from briefgen.merge.text import fold, words
from briefgen.merge.updates import link_revisions, link_updates, speaks_for
from briefgen.records.content import (
    ActorEntry,
    BriefingEntry,
    Content,
    ParagraphEntry,
    Ref,
    SourceEntry,
)
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source


def only_as_outlet(actor: ActorEntry, outlets: list[str], texts: dict[Ref, str]) -> bool:
    """'Global Dispatch' in 'told Global Dispatch', 'Kabar' in 'Kabar Today's reporter':
    an actor met only inside the name of an outlet that reports the story is the outlet,
    not an actor in it. ('Moscow' met elsewhere than in 'The Moscow Times' stays.)"""
    got = set(words(actor.name))
    holding = [o for o in outlets if got and got <= set(words(o))]
    if not holding or not actor.mentions:
        return False
    return all(
        any(fold(o).casefold() in fold(texts.get(ref, "")).casefold() for o in holding)
        for ref in actor.mentions
    )


def source_entry(source: Source) -> SourceEntry:
    return SourceEntry(
        id=source.id,
        file=source.file,
        sha256=source.sha256,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        published=source.published,
        published_basis=source.published_basis,
        published_certainty=source.published_certainty,
        author=source.author,
        duplicate_of=source.duplicate_of,
        skipped=source.skipped,
        paragraphs=tuple(ParagraphEntry(p.id, p.text, p.heading) for p in source.paragraphs),
    )


def merge_facts(
    sources: tuple[Source, ...], facts: tuple[SourceFacts, ...], config: Config
) -> Content:
    ordered = tuple(sorted(sources, key=lambda s: s.id))
    title = config.title or (ordered[0].title if ordered and ordered[0].title else "Briefing")
    actors, actor_ids = merge_actors(facts)
    quotes, quote_ids = merge_quotes(facts, actor_ids, {s.id: s.published for s in ordered})
    casualties, casualty_ids = merge_casualties(facts, actor_ids)
    texts = {Ref(src.id, p.id): p.text for src in ordered for p in src.paragraphs}
    casualties = link_revisions(link_updates(casualties, texts), speaks_for(actors))
    events = merge_events(facts, actor_ids, actors, quote_ids, casualty_ids)
    outlets = sorted({s.outlet for s in ordered if s.outlet})
    spoken = {q.speaker for q in quotes} | {c for f in casualties for c in f.claimed_by}
    gone = {a.id for a in actors if a.id not in spoken and only_as_outlet(a, outlets, texts)}
    actors = tuple(a for a in actors if a.id not in gone)
    events = tuple(
        replace(e, actors=tuple(a for a in e.actors if a not in gone)) if gone else e
        for e in events
    )
    return Content(
        briefing=BriefingEntry(title=title),
        sources=tuple(source_entry(s) for s in ordered),
        actors=actors,
        quotes=quotes,
        casualties=casualties,
        events=events,
    )
