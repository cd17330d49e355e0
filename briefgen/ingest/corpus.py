"""The one cross-source step of ingest: near-duplicates and dates shared through a story.

An undated article that reports the same happening as a dated one, under the same
weekday word ("Putin said on Friday …"), happened on the dated article's date for that
weekday; its own publication day follows from its own weekday words around that date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from briefgen.config import Config
from briefgen.ingest import dates
from briefgen.ingest import signals as sig
from briefgen.records.source import Source
from briefgen.runtime.parallel import code_fingerprint
from briefgen.runtime.side_by_side import run_side_by_side
from briefgen.runtime.source_memo import source_memo

SHINGLE = 5
DUPLICATE_CONTAINMENT = 0.6  # share of the shorter text's 5-word runs found in the other
MIN_SHARED_SHINGLES = 30  # about two paragraphs: one shared quote is not a copy
MIN_SHARED_WORDS = 4  # content words two paragraphs share to be about one happening
CERTAINTY_RANK = {"certain": 3, "likely": 2, "guess": 1, "none": 0}


@dataclass(frozen=True)
class DuplicateRun:
    """What mark_duplicates decided, source by source in age order: (id, hash of its
    5-word runs, the source it copies or None). From it the next run knows every
    comparison this one made (_LastAnswers)."""

    steps: tuple[tuple[str, int, str | None], ...] = ()


@dataclass(frozen=True)
class Settled:
    sources: tuple[Source, ...]
    duplicates: DuplicateRun


def settle_corpus(sources: tuple[Source, ...], config: Config) -> tuple[Source, ...]:
    return settle_sources(sources, config).sources


def settle_sources(
    sources: tuple[Source, ...], config: Config, previous: DuplicateRun | None = None
) -> Settled:
    """Dates shared through a story, then near-duplicates; ``previous``, the last run's
    DuplicateRun, only saves work (the result is the same without it)."""
    # The 5-word runs depend on the paragraphs alone, not on the dates: found in another
    # process while this one dates the sources, and kept for the next build.
    dated, grams = run_side_by_side(
        lambda: remembered_dating(sources, config),
        lambda: remembered_shingles(sources, config),
        config,
    )
    return mark_duplicates(dated, grams, previous)


def remembered_dating(sources: tuple[Source, ...], config: Config) -> tuple[Source, ...]:
    """date_through_shared_story, with the sources' dated mentions kept between builds."""
    with source_memo(
        config, "dated-mentions", dated_mentions, _ingest_code(), _is_mentions
    ) as memo:
        return date_through_shared_story(sources, memo.get)


def _is_mentions(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(m, DatedMention) for m in value)


# --- near-duplicates -------------------------------------------------------------


def shingles(source: Source) -> frozenset[tuple[str, ...]]:
    tokens = [w.lower() for p in source.paragraphs if not p.heading for w in sig.words(p.text)]
    return frozenset(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def is_copy(a: frozenset[Any], b: frozenset[Any]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED_SHINGLES and shared / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT


def hashed_shingles(source: Source) -> frozenset[int]:
    """A source's shingles as 64-bit hashes: comparing sets of numbers is several times
    faster than comparing sets of word tuples, and a source's own numbers can be kept
    between builds. (Two distinct runs of words share a number with a chance of about one
    in 10^19 per pair; that could only add one shared run to a count.)"""
    return frozenset(
        int.from_bytes(hashlib.blake2b("\x00".join(g).encode(), digest_size=8).digest(), "big")
        for g in shingles(source)
    )


def remembered_shingles(sources: tuple[Source, ...], config: Config) -> dict[str, frozenset[int]]:
    """hashed_shingles of every source: read back for the sources of the last build."""
    with source_memo(config, "shingles", hashed_shingles, _ingest_code(), _is_number_set) as memo:
        return {s.id: memo.get(s) for s in sources}


def _ingest_code() -> str:
    # What the per-source memos of this module hold follows from ingest's code alone.
    return code_fingerprint("ingest", "records")


def _is_number_set(value: object) -> bool:
    return isinstance(value, frozenset) and all(isinstance(n, int) for n in value)


def mark_duplicates(
    sources: tuple[Source, ...],
    grams: dict[str, frozenset[int]] | None = None,
    previous: DuplicateRun | None = None,
) -> Settled:
    """A source that repeats an earlier one (the same wire story) points to it.
    ``grams``: each source's hashed_shingles, when the caller has them."""
    order = sorted(sources, key=_age_key)
    if grams is None:
        grams = {s.id: hashed_shingles(s) for s in sources}
    original_of: dict[str, str] = {}
    steps: list[tuple[str, int, str | None]] = []
    digests = {s.id: hash(grams[s.id]) for s in sources}
    known = previous.steps if previous is not None else ()
    answers = _LastAnswers(known, digests)
    same_so_far = True
    for i, later in enumerate(order):
        # While the order is the last run's, source for source, so is each decision: taken
        # whole (the answers below would give it too, pair by pair: 2 s at 10,000 sources).
        step = (later.id, digests[later.id])
        same_so_far = same_so_far and i < len(known) and known[i][:2] == step
        if same_so_far:
            copies = known[i][2]
        else:
            copies = next(
                (
                    earlier.id
                    for earlier in order[:i]
                    if earlier.id not in original_of
                    and answers.is_copy(later.id, earlier.id, grams)
                ),
                None,
            )
        if copies is not None:
            original_of[later.id] = copies
        steps.append((*step, copies))
    settled = tuple(
        s
        if s.duplicate_of or s.id not in original_of
        else replace(s, duplicate_of=original_of[s.id])
        for s in sources
    )
    return Settled(settled, DuplicateRun(tuple(steps)))


class _LastAnswers:
    """is_copy as the last run answered it, where it asked: that run compared each
    source, in its age order, with the originals before it until the first copy. A pair
    it asked about, of sources whose 5-word runs are unchanged and in the same order, is
    answered without comparing again: a new article costs the comparisons of its own
    pairs, wherever it and the sources it re-dates fall in the order."""

    def __init__(
        self, steps: tuple[tuple[str, int, str | None], ...], digests: dict[str, int]
    ) -> None:
        # Only sources whose 5-word runs are those of the last run are known.
        unchanged = [step for step in steps if digests.get(step[0]) == step[1]]
        self.position = {sid: i for i, (sid, _, _) in enumerate(steps)}
        self.copied = {sid: copies for sid, _, copies in unchanged}

    def is_copy(self, later: str, earlier: str, grams: dict[str, frozenset[int]]) -> bool:
        asked = self._asked(later, earlier)
        return is_copy(grams[later], grams[earlier]) if asked is None else asked

    def _asked(self, later: str, earlier: str) -> bool | None:
        if later not in self.copied or earlier not in self.copied:
            return None
        at, before = self.position[later], self.position[earlier]
        if before > at or self.copied[earlier] is not None:
            return None  # in the other order, or a copy then: never asked about
        original = self.copied[later]
        if original == earlier:
            return True
        if original is None or before < self.position[original]:
            return False  # asked, and not a copy of it
        return None  # after its original: not asked


def _age_key(source: Source) -> tuple[dt.date, str]:
    return (source.published or dt.date.max, source.id)


# --- dates through a shared story -----------------------------------------------


@dataclass(frozen=True)
class SharedDay:
    """The happening two sources share best: its weekday and the words they share."""

    weekday: int
    shared_words: int


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


class SharedWords:
    """How many words each pair of distinct dated mentions shares (-1: no weekday in
    common). Wire copy and rewrites repeat paragraphs: a thousand sources hold a few
    hundred distinct mentions, so each pair is compared once, not once per pair of sources."""

    def __init__(
        self,
        sources: list[Source],
        mentions_of: Callable[[Source], tuple[DatedMention, ...]] = dated_mentions,
    ) -> None:
        number: dict[DatedMention, int] = {}
        self.mentions: list[DatedMention] = []
        self.of_source: list[tuple[int, ...]] = []
        for source in sources:
            found = []
            for m in mentions_of(source):
                if m not in number:
                    number[m] = len(self.mentions)
                    self.mentions.append(m)
                found.append(number[m])
            self.of_source.append(tuple(found))
        self._rows: dict[int, list[int]] = {}
        self._ranked: dict[int, list[list[int]]] = {}
        # Each distinct mention's sources: who can be reached through a mention.
        self.sources_with: list[list[int]] = [[] for _ in self.mentions]
        for k, held in enumerate(self.of_source):
            for n in dict.fromkeys(held):
                self.sources_with[n].append(k)

    def row(self, n: int) -> list[int]:
        if n not in self._rows:
            mine = self.mentions[n]
            self._rows[n] = [
                -1 if mine.weekdays.isdisjoint(t.weekdays) else len(mine.words & t.words)
                for t in self.mentions
            ]
        return self._rows[n]

    def best_partner(
        self, k: int, dated: Callable[[int], bool], certainty: Callable[[int], int]
    ) -> int | None:
        """The dated source that shares the most words with source k in one happening
        (at least MIN_SHARED_WORDS), then the surest, then the first: the source that
        trying shared_day with every dated source would pick, found without trying them."""
        for mentions in self._mentions_by_shared(k):
            anchors = {o for t in mentions for o in self.sources_with[t] if o != k and dated(o)}
            if anchors:
                return min(anchors, key=lambda o: (-certainty(o), o))
        return None

    def _mentions_by_shared(self, k: int) -> list[list[int]]:
        """The distinct mentions grouped by the most words one of k's mentions shares
        with them (MIN_SHARED_WORDS or more, under a common weekday), most first."""
        if k not in self._ranked:
            most: dict[int, int] = {}
            for m in self.of_source[k]:
                for t, shared in enumerate(self.row(m)):
                    if shared >= MIN_SHARED_WORDS and shared > most.get(t, -1):
                        most[t] = shared
            groups: dict[int, list[int]] = {}
            for t, shared in most.items():
                groups.setdefault(shared, []).append(t)
            self._ranked[k] = [groups[n] for n in sorted(groups, reverse=True)]
        return self._ranked[k]

    def shared_day(self, k: int, o: int) -> SharedDay | None:
        """The happening sources k and o both report under one weekday word with the most
        words in common (at least MIN_SHARED_WORDS); on a tie the first met, its earliest
        weekday."""
        best_shared, best = MIN_SHARED_WORDS - 1, None
        theirs = self.of_source[o]
        for m in self.of_source[k]:
            row = self.row(m)
            for t in theirs:
                if row[t] > best_shared:
                    best_shared, best = row[t], (m, t)
        if best is None:
            return None
        m, t = best
        return SharedDay(min(self.mentions[m].weekdays & self.mentions[t].weekdays), best_shared)


def date_through_shared_story(
    sources: tuple[Source, ...],
    mentions_of: Callable[[Source], tuple[DatedMention, ...]] = dated_mentions,
) -> tuple[Source, ...]:
    """Date each undated source through the dated source it shares a happening with most
    (then the surest date); a source dated so can date another in the next round.
    ``mentions_of``: dated_mentions, or what answers as it does (remembered_mentions)."""
    current = sorted(sources, key=lambda s: s.id)
    shared = SharedWords(current, mentions_of)
    undated = [k for k, s in enumerate(current) if s.published is None]
    for _ in range(len(current)):
        changed = False
        for k in undated:
            if current[k].published is not None:
                continue
            o = shared.best_partner(
                k,
                lambda o: current[o].published is not None,
                lambda o: CERTAINTY_RANK.get(current[o].published_certainty, 0),
            )
            day = None if o is None else shared.shared_day(k, o)
            if o is not None and day is not None:
                current[k] = dated_by(current[k], day, current[o])
                changed = True
        if not changed:
            break
    by_id = {s.id: s for s in current}
    return tuple(by_id[s.id] for s in sources)


def dated_by(source: Source, day: SharedDay, anchor: Source) -> Source:
    """``source`` dated through the happening it shares with ``anchor`` (which is dated)."""
    assert anchor.published is not None
    happened = dates.latest_on_or_before(anchor.published, day.weekday)
    counts = dates.weekday_counts(p.text for p in source.paragraphs)
    own_day = dates.news_weekday(counts, lambda w: dates.nearest(happened, w))
    published = happened if own_day is None else max(happened, dates.nearest(happened, own_day))
    return replace(
        source, published=published, published_basis="corpus", published_certainty="guess"
    )


WEEKDAY_WORDS = frozenset(dates.WEEKDAYS) | frozenset(f"{d}'s" for d in dates.WEEKDAYS)


def weekdays_in(text: str) -> set[int]:
    return {dates.WEEKDAYS.index(m.group(1).lower()) for m in dates.WEEKDAY.finditer(text)}
