"""Join the same casualty figure reported by several sources into one entry.

A figure is the same when kind and count agree and place and date do not conflict.
Differing counts are never joined: they are a dispute or an update, for summarize
to report.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass

from briefgen.merge.text import (
    STOPWORDS,
    dedupe_casefold,
    ref_key,
    slugify,
    sorted_refs,
    unique_ids,
    words,
)
from briefgen.records.content import CasualtyEntry
from briefgen.records.facts import CasualtyFact, SourceFacts

CasualtyKey = tuple[str, str]  # (source id, CasualtyFact.key)


@dataclass(frozen=True)
class _Figure:
    source: str
    fact: CasualtyFact

    @property
    def key(self) -> CasualtyKey:
        return (self.source, self.fact.key)


@functools.lru_cache(maxsize=1 << 14)  # a few hundred places, compared pair after pair
def _place_words(place: str) -> frozenset[str]:
    return frozenset(w for w in words(place) if w not in STOPWORDS)


def places_compatible(a: str | None, b: str | None) -> bool:
    """'Mariupol' fits 'the besieged port city of Mariupol'; 'Lutsk' does not fit 'Kyiv'."""
    if not a or not b:
        return True
    wa, wb = _place_words(a), _place_words(b)
    return wa <= wb or wb <= wa


def dates_compatible(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or a == b


def same_figure(a: CasualtyFact, b: CasualtyFact) -> bool:
    return (
        a.kind == b.kind
        and a.count == b.count
        and a.scope == b.scope
        and places_compatible(a.place, b.place)
        and dates_compatible(a.date, b.date)
    )


def _cluster(figures: list[_Figure]) -> list[list[_Figure]]:
    """Each figure joins the first cluster whose every member is the same figure.

    same_figure needs kind, count and scope equal, so only the clusters of the figure's
    (kind, count, scope) are asked; and of their members only place and date still
    matter, so each distinct (place, date) of a cluster is compared once (ten thousand
    sources put hundreds of copies of one figure in a cluster)."""
    clusters: list[list[_Figure]] = []
    seen: list[set[tuple[str | None, dt.date | None]]] = []  # each cluster's (place, date)s
    by_block: dict[tuple[str, int, str], list[int]] = {}
    for fig in figures:
        fact = fig.fact
        block = by_block.setdefault((fact.kind, fact.count, fact.scope), [])
        for n in block:
            if all(
                places_compatible(fact.place, place) and dates_compatible(fact.date, date)
                for place, date in seen[n]
            ):
                clusters[n].append(fig)
                seen[n].add((fact.place, fact.date))
                break
        else:
            block.append(len(clusters))
            clusters.append([fig])
            seen.append({(fact.place, fact.date)})
    return clusters


def _most_common(values: list[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return min(counts, key=lambda v: (-counts[v], len(v), v))


def _claimants(cluster: list[_Figure], actor_ids: dict[tuple[str, str], str]) -> tuple[str, ...]:
    out = [actor_ids.get((f.source, c), c) for f in cluster for c in f.fact.claimed_by]
    unique = dedupe_casefold(out)
    ids = set(actor_ids.values())
    sets = {c: set(words(c)) for c in unique}
    # Free text that another claimant spells out more fully adds nothing.
    return tuple(
        c for c in unique if c in ids or not any(sets[c] < sets[o] for o in unique if o not in ids)
    )


def _entry(cluster: list[_Figure], actor_ids: dict[tuple[str, str], str]) -> CasualtyEntry:
    facts = [f.fact for f in cluster]
    qualifiers = Counter(f.qualifier for f in facts)
    dates = Counter(f.date for f in facts if f.date is not None)
    stated_on = [f.as_of for f in facts if f.as_of is not None]
    return CasualtyEntry(
        id="",
        kind=facts[0].kind,
        count=facts[0].count,
        qualifier=min(qualifiers, key=lambda q: (-qualifiers[q], q)),
        victims=_most_common([f.victims for f in facts]),
        place=_most_common([f.place for f in facts]),
        date=min(dates, key=lambda d: (-dates[d], d)) if dates else None,
        claimed_by=_claimants(cluster, actor_ids),
        # The first time anyone stated it; a later report repeats the claim.
        # Never empty while any date is known: a claim is no older than what it counts.
        as_of=min(stated_on) if stated_on else min(dates) if dates else None,
        scope=facts[0].scope,
        # Counted by briefgen only while no source states the same count.
        counted_by="briefgen" if all(f.counted_by for f in facts) else None,
        sources=sorted_refs(f.ref for f in facts),
    )


def base_id(entry: CasualtyEntry) -> str:
    parts = ["c"]
    if entry.place:
        parts.append(slugify(entry.place, max_words=3))
    parts += [entry.kind, str(entry.count)]
    return "-".join(parts)


def merge_casualties(
    facts: tuple[SourceFacts, ...], actor_ids: dict[tuple[str, str], str]
) -> tuple[tuple[CasualtyEntry, ...], dict[CasualtyKey, str]]:
    """All sources' figures → (entries in reading order, (source, key) → casualty id)."""
    figures = [
        _Figure(f.source_id, c)
        for f in sorted(facts, key=lambda f: f.source_id)
        for c in sorted(f.casualties, key=lambda c: (ref_key(c.ref), c.key))
    ]
    clusters = _cluster(figures)
    entries = [_entry(c, actor_ids) for c in clusters]
    order = [
        (e.date.isoformat() if e.date else "", [ref_key(r) for r in e.sources]) for e in entries
    ]
    ids = unique_ids([(base_id(e), k) for e, k in zip(entries, order, strict=True)])
    merged_id: dict[CasualtyKey, str] = {}
    for cluster, cid in zip(clusters, ids, strict=True):
        for fig in cluster:
            merged_id[fig.key] = cid
    final = []
    for entry, cluster, cid in zip(entries, clusters, ids, strict=True):
        older = [
            merged_id.get((f.source, f.fact.supersedes))
            for f in cluster
            if f.fact.supersedes is not None
        ]
        supersedes = next((o for o in older if o and o != cid), None)
        final.append(
            CasualtyEntry(
                id=cid,
                kind=entry.kind,
                count=entry.count,
                qualifier=entry.qualifier,
                victims=entry.victims,
                place=entry.place,
                date=entry.date,
                claimed_by=entry.claimed_by,
                as_of=entry.as_of,
                supersedes=supersedes,
                scope=entry.scope,
                counted_by=entry.counted_by,
                sources=entry.sources,
            )
        )
    final.sort(key=lambda e: ([ref_key(r) for r in e.sources], e.id))
    return tuple(final), merged_id
