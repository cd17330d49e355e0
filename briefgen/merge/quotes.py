"""Join the same quotation reported by several sources into one entry.

Two quotations are one when most words of the shorter are in the longer (quote marks,
case and punctuation aside) and their speakers do not disagree. A short partial
quotation joins a full one only when its words run contiguously inside it (the same
remark, reported in part); otherwise it stays its own entry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from briefgen.merge.text import ref_key, slugify, sorted_refs, unique_ids, words
from briefgen.records.content import QuoteEntry
from briefgen.records.facts import QuoteFact, SourceFacts

QuoteKey = tuple[str, int]  # (source id, index into SourceFacts.quotes)
FULL_OVERLAP = 0.8  # share of the shorter quotation's words found in the longer
SAME_WORDS = 0.9  # near-identical wording …
SAME_WORDS_MIN = 8  # … of at least this many words is one quotation whoever is named


@dataclass(frozen=True)
class _Quote:
    key: QuoteKey
    fact: QuoteFact
    speaker: str | None  # merged actor id
    tokens: tuple[str, ...]


def contains_run(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _word_match(a: _Quote, b: _Quote) -> float:
    """Share of the words of each found in the other, the lower of the two."""
    sa, sb = set(a.tokens), set(b.tokens)
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    return min(shared / len(sa), shared / len(sb))


def speakers_conflict(a: _Quote, b: _Quote) -> bool:
    """Two speakers for one quotation: a conflict, unless the words are so many and so
    alike that one source must have misattributed them (the majority then decides)."""
    if not (a.speaker and b.speaker and a.speaker != b.speaker):
        return False
    long_enough = min(len(a.tokens), len(b.tokens)) >= SAME_WORDS_MIN
    return not (long_enough and _word_match(a, b) >= SAME_WORDS)


def same_quotation(a: _Quote, b: _Quote) -> bool:
    if speakers_conflict(a, b):
        return False
    short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    if not short.tokens:
        return False
    if short.fact.kind == "partial" or long.fact.kind == "partial":
        return contains_run(long.tokens, short.tokens)
    overlap = len(set(short.tokens) & set(long.tokens)) / len(set(short.tokens))
    return overlap >= FULL_OVERLAP


_QuoteShape = tuple[tuple[str, ...], str, str | None]  # tokens, kind, speaker


@dataclass
class _Cluster:
    members: list[_Quote]
    # Distinct (tokens, kind, speaker): all that same_quotation and speakers_conflict
    # look at, so a quotation repeated by hundreds of sources is compared once.
    shapes: dict[_QuoteShape, _Quote]
    # For a shape asked before: how many of ``shapes`` it was compared with, and whether
    # one was the same quotation / had a conflicting speaker. Shapes are only added, so
    # the next copy of that quotation is compared with the new shapes alone.
    asked: dict[_QuoteShape, tuple[int, bool, bool]] = field(default_factory=dict)

    def add(self, q: _Quote) -> None:
        self.members.append(q)
        self.shapes.setdefault(_shape(q), q)

    def takes(self, q: _Quote) -> bool:
        shape = _shape(q)
        seen, same, conflict = self.asked.get(shape, (0, False, False))
        if seen < len(self.shapes):
            new = list(self.shapes.values())[seen:]
            same = same or any(same_quotation(q, o) for o in new)
            conflict = conflict or any(speakers_conflict(q, o) for o in new)
            self.asked[shape] = (len(self.shapes), same, conflict)
        return same and not conflict


def _shape(q: _Quote) -> _QuoteShape:
    return (q.tokens, q.fact.kind, q.speaker)


def _probe_words(q: _Quote, frequency: Counter[str]) -> list[str]:
    """Words of which a matching longer quotation must hold at least one.

    A match holds FULL_OVERLAP of the shorter one's distinct words (a partial one, all of
    them), so it cannot miss more than the rest: any rest + 1 of them will do, and the
    rarest give the fewest candidates."""
    distinct = sorted(set(q.tokens), key=lambda w: (frequency[w], w))
    allowed_misses = int(len(distinct) * (1 - FULL_OVERLAP) + 1e-9)
    return distinct[: allowed_misses + 1]


def _cluster(quotes: list[_Quote]) -> list[list[_Quote]]:
    """Greedy: each quotation joins the first cluster holding a matching quotation."""
    clusters: list[_Cluster] = []
    holding: dict[str, set[int]] = {}  # word → clusters with a member that has it
    frequency: Counter[str] = Counter(w for q in quotes for w in set(q.tokens))
    # Longest first, so a partial meets the full quotation it was cut from (and the one
    # placed is never longer than the ones it is compared with).
    for q in sorted(quotes, key=lambda q: (-len(q.tokens), q.key)):
        candidates: set[int] = set()
        for w in _probe_words(q, frequency):
            candidates |= holding.get(w, set())
        home = next((c for c in sorted(candidates) if clusters[c].takes(q)), None)
        if home is None:
            home = len(clusters)
            clusters.append(_Cluster([], {}))
        clusters[home].add(q)
        for w in set(q.tokens):
            holding.setdefault(w, set()).add(home)
    return [c.members for c in clusters]


def _majority(values: list[Any], default: Any = None) -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return default
    counts = Counter(present)
    return min(counts, key=lambda v: (-counts[v], str(v)))


def said_on(
    cluster: list[_Quote], published: dict[str, dt.date | None]
) -> tuple[dt.date | None, str]:
    """(date, precision): the date the sources give the words, else the day its earliest
    source was published — said then or shortly before, which the precision says."""
    own: dt.date | None = _majority([q.fact.said_on for q in cluster])
    if own is not None:
        return own, "day"
    days = [d for q in cluster if (d := published.get(q.key[0])) is not None]
    return (min(days), "published") if days else (None, "day")


def _entry(cluster: list[_Quote], published: dict[str, dt.date | None]) -> QuoteEntry:
    full = [q for q in cluster if q.fact.kind == "direct"] or cluster
    # The fullest wording, the one most sources carry on a tie.
    text_votes = Counter(q.fact.text.strip() for q in full)
    text = max(text_votes, key=lambda t: (len(words(t)), text_votes[t], t))
    day, precision = said_on(cluster, published)
    return QuoteEntry(
        id="",
        text=text,
        kind="direct" if any(q.fact.kind == "direct" for q in cluster) else "partial",
        speaker=_majority([q.speaker for q in cluster]),
        said_on=day,
        date_precision=precision,
        sources=sorted_refs(q.fact.ref for q in cluster),
    )


def merge_quotes(
    facts: tuple[SourceFacts, ...],
    actor_ids: dict[tuple[str, str], str],
    published: dict[str, dt.date | None] | None = None,
) -> tuple[tuple[QuoteEntry, ...], dict[QuoteKey, str]]:
    """All sources' quotations → (entries in reading order, (source, index) → quote id).
    ``published``: each source's date, for the quotations that give none of their own."""
    quotes = [
        _Quote(
            key=(f.source_id, i),
            fact=q,
            speaker=actor_ids.get((f.source_id, q.speaker)) if q.speaker else None,
            tokens=tuple(words(q.text)),
        )
        for f in sorted(facts, key=lambda f: f.source_id)
        for i, q in enumerate(f.quotes)
    ]
    clusters = _cluster(quotes)
    entries = [_entry(c, published or {}) for c in clusters]
    first: list[tuple] = [tuple(ref_key(r) for r in e.sources) for e in entries]
    ids = unique_ids(
        [("q-" + slugify(e.text, max_words=5), k) for e, k in zip(entries, first, strict=True)]
    )
    mapping: dict[QuoteKey, str] = {}
    final: list[tuple[tuple, QuoteEntry]] = []
    for entry, cluster, quote_id, order in zip(entries, clusters, ids, first, strict=True):
        final.append((order, replace(entry, id=quote_id)))
        for q in cluster:
            mapping[q.key] = quote_id
    final.sort(key=lambda pair: (pair[0], pair[1].id))
    return tuple(e for _, e in final), mapping
