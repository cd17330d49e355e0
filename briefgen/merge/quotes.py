"""Join the same quotation reported by several sources into one entry.

Two quotations are one when most words of the shorter are in the longer (quote marks,
case and punctuation aside) and their speakers do not disagree. A short partial
quotation joins a full one only when its words run contiguously inside it (the same
remark, reported in part); otherwise it stays its own entry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
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


def _cluster(quotes: list[_Quote]) -> list[list[_Quote]]:
    """Greedy: each quotation joins the first cluster holding a matching quotation."""
    clusters: list[list[_Quote]] = []
    # Longest first, so a partial meets the full quotation it was cut from.
    for q in sorted(quotes, key=lambda q: (-len(q.tokens), q.key)):
        for cluster in clusters:
            if any(same_quotation(q, other) for other in cluster) and not any(
                speakers_conflict(q, o) for o in cluster
            ):
                cluster.append(q)
                break
        else:
            clusters.append([q])
    return clusters


def _majority(values: list[Any], default: Any = None) -> Any:
    present = [v for v in values if v is not None]
    if not present:
        return default
    counts = Counter(present)
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _entry(cluster: list[_Quote]) -> QuoteEntry:
    full = [q for q in cluster if q.fact.kind == "direct"] or cluster
    # The fullest wording, the one most sources carry on a tie.
    text_votes = Counter(q.fact.text.strip() for q in full)
    text = max(text_votes, key=lambda t: (len(words(t)), text_votes[t], t))
    said_on: dt.date | None = _majority([q.fact.said_on for q in cluster])
    return QuoteEntry(
        id="",
        text=text,
        kind="direct" if any(q.fact.kind == "direct" for q in cluster) else "partial",
        speaker=_majority([q.speaker for q in cluster]),
        said_on=said_on,
        sources=sorted_refs(q.fact.ref for q in cluster),
    )


def merge_quotes(
    facts: tuple[SourceFacts, ...], actor_ids: dict[tuple[str, str], str]
) -> tuple[tuple[QuoteEntry, ...], dict[QuoteKey, str]]:
    """All sources' quotations → (entries in reading order, (source, index) → quote id)."""
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
    entries = [_entry(c) for c in clusters]
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
