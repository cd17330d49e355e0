"""The one cross-source step of ingest: near-duplicates and dates shared through a story.

An undated article that reports the same happening as a dated one, under the same
weekday word ("Putin said on Friday …"), happened on the dated article's date for that
weekday; its own publication day follows from its own weekday words around that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from briefgen.config import Config
from briefgen.ingest import dates
from briefgen.ingest import signals as sig
from briefgen.records.source import Source

SHINGLE = 5
DUPLICATE_CONTAINMENT = 0.6  # share of the shorter text's 5-word runs found in the other
MIN_SHARED_SHINGLES = 30  # about two paragraphs: one shared quote is not a copy
MIN_SHARED_WORDS = 4  # content words two paragraphs share to be about one happening
CERTAINTY_RANK = {"certain": 3, "likely": 2, "guess": 1, "none": 0}


def settle_corpus(sources: tuple[Source, ...], config: Config) -> tuple[Source, ...]:
    del config  # nothing configurable yet; kept for the stage signature
    dated = date_through_shared_story(sources)
    return mark_duplicates(dated)


# --- near-duplicates -------------------------------------------------------------


def shingles(source: Source) -> frozenset[tuple[str, ...]]:
    tokens = [w.lower() for p in source.paragraphs if not p.heading for w in sig.words(p.text)]
    return frozenset(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def is_copy(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED_SHINGLES and shared / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT


def mark_duplicates(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """A source that repeats an earlier one (the same wire story) points to it."""
    order = sorted(sources, key=_age_key)
    grams = {s.id: shingles(s) for s in sources}
    original_of: dict[str, str] = {}
    for i, later in enumerate(order):
        for earlier in order[:i]:
            if earlier.id in original_of:
                continue
            if is_copy(grams[later.id], grams[earlier.id]):
                original_of[later.id] = earlier.id
                break
    return tuple(
        s
        if s.duplicate_of or s.id not in original_of
        else replace(s, duplicate_of=original_of[s.id])
        for s in sources
    )


def _age_key(source: Source) -> tuple[dt.date, str]:
    return (source.published or dt.date.max, source.id)


# --- dates through a shared story -----------------------------------------------


@dataclass(frozen=True)
class SharedEvent:
    """A happening two sources report under the same weekday word."""

    weekday: int
    shared_words: int
    anchor: Source


@dataclass(frozen=True)
class DatedMention:
    """A paragraph naming a weekday, reduced to what comparing happenings needs."""

    weekdays: frozenset[int]
    words: frozenset[str]


def dated_mentions(source: Source) -> tuple[DatedMention, ...]:
    found = []
    for paragraph in source.paragraphs:
        days = weekdays_in(paragraph.text)
        if days:
            words = frozenset(sig.content_words(paragraph.text) - WEEKDAY_WORDS)
            found.append(DatedMention(frozenset(days), words))
    return tuple(found)


def date_through_shared_story(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    by_id = {s.id: s for s in sources}
    mentions = {s.id: dated_mentions(s) for s in sources}
    # Rounds: a source dated through the corpus can date another in the next round.
    for _ in range(len(sources)):
        changed = False
        for source in sorted(by_id.values(), key=lambda s: s.id):
            if source.published is not None:
                continue
            settled = date_from_corpus(source, tuple(by_id.values()), mentions)
            if settled is not None:
                by_id[source.id] = settled
                changed = True
        if not changed:
            break
    return tuple(by_id[s.id] for s in sources)


def date_from_corpus(
    source: Source,
    corpus: tuple[Source, ...],
    mentions: dict[str, tuple[DatedMention, ...]],
) -> Source | None:
    event = best_shared_event(source, corpus, mentions)
    if event is None or event.anchor.published is None:
        return None
    happened = dates.latest_on_or_before(event.anchor.published, event.weekday)
    counts = dates.weekday_counts(p.text for p in source.paragraphs)
    own_day = dates.news_weekday(counts, lambda w: dates.nearest(happened, w))
    published = happened if own_day is None else max(happened, dates.nearest(happened, own_day))
    return replace(
        source, published=published, published_basis="corpus", published_certainty="guess"
    )


def best_shared_event(
    source: Source,
    corpus: tuple[Source, ...],
    mentions: dict[str, tuple[DatedMention, ...]],
) -> SharedEvent | None:
    best: SharedEvent | None = None
    for other in sorted(corpus, key=lambda s: s.id):
        if other.id == source.id or other.published is None:
            continue
        for mine in mentions[source.id]:
            for theirs in mentions[other.id]:
                days = mine.weekdays & theirs.weekdays
                if not days:
                    continue
                shared = len(mine.words & theirs.words)
                for weekday in sorted(days):
                    candidate = SharedEvent(weekday, shared, other)
                    if shared >= MIN_SHARED_WORDS and _better(candidate, best):
                        best = candidate
    return best


def _better(candidate: SharedEvent, best: SharedEvent | None) -> bool:
    if best is None:
        return True
    return (
        candidate.shared_words,
        CERTAINTY_RANK.get(candidate.anchor.published_certainty, 0),
    ) > (best.shared_words, CERTAINTY_RANK.get(best.anchor.published_certainty, 0))


WEEKDAY_WORDS = frozenset(dates.WEEKDAYS) | frozenset(f"{d}'s" for d in dates.WEEKDAYS)


def weekdays_in(text: str) -> set[int]:
    return {dates.WEEKDAYS.index(m.group(1).lower()) for m in dates.WEEKDAY.finditer(text)}
