"""Join the same event reported by several sources into one timeline entry: the
reports are clustered into happenings (event_clusters.py, by same_event.py's rules) and
each cluster becomes one entry with every source, a central title, a date and a place.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from fractions import Fraction

from briefgen.merge.event_clusters import cluster_events
from briefgen.merge.same_event import ReportedEvent, is_happening, keywords
from briefgen.merge.text import STOPWORDS, content_words, ref_key, slugify, sorted_refs, unique_ids
from briefgen.records.content import DATE_PRECISIONS, ActorEntry, EventEntry
from briefgen.records.facts import SourceFacts


def _central_title(cluster: list[ReportedEvent]) -> str:
    """The title that shares most key words with the others' (the first on a tie)."""
    # Wire copy gives many members the same key words: each distinct set is scored once,
    # against each distinct set times its members. The overlaps are ratios of small
    # counts, summed exactly, so no order of summation can break or make a tie.
    counts = Counter(ev.keywords for ev in cluster)
    score = {
        kw: sum((_exact_overlap(kw, o) * n for o, n in counts.items()), Fraction(0))
        - _exact_overlap(kw, kw)
        for kw in counts
    }
    # A report of the happening itself, rather than of what someone said of it.
    kinds = Counter(ev.fact.action for ev in cluster if is_happening(ev.fact.action))
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    best = max(
        range(len(cluster)),
        key=lambda i: (
            cluster[i].fact.clause,
            cluster[i].fact.action == kind,
            score[cluster[i].keywords],
            -i,
        ),
    )
    return cluster[best].fact.title


def _exact_overlap(a: frozenset[str], b: frozenset[str]) -> Fraction:
    if not a or not b:
        return Fraction(0)
    return Fraction(len(a & b), min(len(a), len(b)))


def _date(cluster: list[ReportedEvent]) -> dt.date:
    """The day most sources give (the earliest on a tie)."""
    counts = Counter(e.fact.date for e in cluster)
    return min(counts, key=lambda d: (-counts[d], d))


def _place(cluster: list[ReportedEvent]) -> str | None:
    counts = Counter(e.fact.place for e in cluster if e.fact.place)
    return min(counts, key=lambda p: (-counts[p], len(p), p)) if counts else None


def _title_slug(title: str) -> str:
    kept = [w for w in slugify(title, max_words=20).split("-") if w not in STOPWORDS]
    return "-".join(kept[:5]) or "event"


def merge_events(
    facts: tuple[SourceFacts, ...],
    actor_ids: dict[tuple[str, str], str],
    actor_entries: tuple[ActorEntry, ...],
    quote_ids: dict[tuple[str, int], str],
    casualty_ids: dict[tuple[str, str], str],
) -> tuple[EventEntry, ...]:
    actor_kinds = {a.id: a.kind for a in actor_entries}
    name_words = {
        a.id: frozenset(w for n in (a.name, *a.aliases) for w in content_words(n))
        for a in actor_entries
    }
    events = []
    for f in sorted(facts, key=lambda f: f.source_id):
        places = tuple(sorted(a.name for a in f.actors if a.kind == "place"))
        for e in sorted(f.events, key=lambda e: (e.date, ref_key(e.ref), e.key)):
            taking_part = frozenset(
                actor_ids[(f.source_id, a)] for a in e.actors if (f.source_id, a) in actor_ids
            )
            names = frozenset(w for i in taking_part for w in name_words.get(i, ()))
            events.append(ReportedEvent(f.source_id, e, taking_part, keywords(e, names), places))
    events.sort(key=lambda e: (e.fact.date, e.source, ref_key(e.fact.ref), e.fact.key))
    clusters = cluster_events(events, actor_kinds)
    entries = []
    for cluster in clusters:
        facts_ = [(e.source, e.fact) for e in cluster]
        precision = min(
            (f.date_precision for _, f in facts_),
            key=lambda p: DATE_PRECISIONS.index(p) if p in DATE_PRECISIONS else 9,
        )
        quotes = {quote_ids[(s, i)] for s, f in facts_ for i in f.quotes if (s, i) in quote_ids}
        casualties = {
            casualty_ids[(s, c)] for s, f in facts_ for c in f.casualties if (s, c) in casualty_ids
        }
        entries.append(
            EventEntry(
                id="",
                date=_date(cluster),
                title=_central_title(cluster),
                date_precision=precision,
                place=_place(cluster),
                actors=tuple(sorted(set().union(*(e.actors for e in cluster)))),
                quotes=tuple(sorted(quotes)),
                casualties=tuple(sorted(casualties)),
                sources=sorted_refs(f.ref for _, f in facts_),
            )
        )
    order = [[ref_key(r) for r in e.sources] for e in entries]
    ids = unique_ids(
        [
            (f"e-{e.date.isoformat()}-{_title_slug(e.title)}", k)
            for e, k in zip(entries, order, strict=True)
        ]
    )
    final = [replace(e, id=i) for e, i in zip(entries, ids, strict=True)]
    final.sort(key=lambda e: (e.date, [ref_key(r) for r in e.sources], e.id))
    return tuple(final)
