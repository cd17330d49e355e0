"""mark_duplicates resumed from the last run's decisions decides exactly as from scratch."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest import corpus
from briefgen.ingest.corpus import DuplicateRun, mark_duplicates
from briefgen.records.source import Paragraph, Source

# Four stories of 60 distinct words each: two sources telling one story share every
# 5-word run of it (a copy); different stories share none.
STORIES = [
    " ".join(f"{chr(97 + k)}{chr(97 + j % 26)}{chr(97 + j // 26)}word" for j in range(60))
    for k in range(4)
]
LOCAL = "A local paragraph the outlet wrote itself about the {} story today."


def make_source(number: int, story: int, day: int | None) -> Source:
    paragraphs = [STORIES[story], LOCAL.format(number)]
    return Source(
        id=f"s{number:02d}",
        file=f"seeds/s{number:02d}.txt",
        sha256=str(number),
        title=None,
        outlet=None,
        url=None,
        published=None if day is None else dt.date(2024, 3, 1) + dt.timedelta(days=day),
        published_basis="text" if day is not None else "unknown",
        published_certainty="certain" if day is not None else "none",
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(paragraphs, 1)),
    )


corpora = st.lists(
    st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 9))),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(corpora, st.data())
def test_a_resumed_run_decides_as_a_fresh_one(spec: list[tuple[int, int | None]], data) -> None:
    sources = tuple(make_source(n, story, day) for n, (story, day) in enumerate(spec))
    fresh = mark_duplicates(sources)
    # The last build saw some of these sources (one new, or several, or one changed).
    kept = data.draw(st.lists(st.sampled_from(sources), unique=True))
    earlier = tuple(kept)
    if data.draw(st.booleans()) and earlier:
        changed = earlier[0]
        earlier = (make_source(int(changed.id[1:]), 3 - int(spec[int(changed.id[1:])][0]), 5),)
        earlier += tuple(kept[1:])
    previous = mark_duplicates(earlier).duplicates
    resumed = mark_duplicates(sources, previous=previous)
    assert resumed == fresh


def test_the_stories_make_copies() -> None:
    """The generated corpora hold real duplicates (the property above is not vacuous)."""
    sources = tuple(make_source(n, story, n) for n, story in enumerate([0, 1, 0, 0]))
    settled = mark_duplicates(sources).sources
    assert [s.duplicate_of for s in settled] == [None, None, "s00", "s00"]


def test_one_new_latest_source_is_compared_only_with_the_originals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = tuple(make_source(n, n % 4, n) for n in range(12))
    previous = mark_duplicates(sources).duplicates
    calls = []
    real = corpus.is_copy
    monkeypatch.setattr(corpus, "is_copy", lambda a, b: calls.append(1) or real(a, b))
    new = make_source(12, 1, 20)
    resumed = mark_duplicates((*sources, new), previous=previous)
    assert resumed.sources[-1].duplicate_of == "s01"
    # The 12 earlier decisions are taken from the last run; the new source meets the
    # four originals until the first copy (s01, the second in age order).
    assert len(calls) == 2
    calls.clear()
    mark_duplicates((*sources, new), previous=DuplicateRun())
    assert len(calls) > 12


@settings(max_examples=200, deadline=None)
@given(corpora, st.data())
def test_a_run_after_sources_were_redated_decides_as_a_fresh_one(
    spec: list[tuple[int, int | None]], data
) -> None:
    """The last run saw the same texts in another age order (a new article re-dated
    some): its answers are reused only where it asked the same pair in the same order."""
    sources = tuple(make_source(n, story, day) for n, (story, day) in enumerate(spec))
    days = data.draw(st.lists(st.one_of(st.none(), st.integers(0, 9)), min_size=len(spec)))
    before = tuple(make_source(n, story, days[n]) for n, (story, _) in enumerate(spec))
    previous = mark_duplicates(before).duplicates
    assert mark_duplicates(sources, previous=previous) == mark_duplicates(sources)


def test_answers_of_the_last_run_spare_the_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new source dated first moves every other one place on, so no decision stands
    where it stood; but each pair the last run compared is answered from it, so only
    the new source's own pairs are compared."""
    sources = tuple(make_source(n, n % 4, n + 1) for n in range(12))
    previous = mark_duplicates(sources).duplicates
    calls = []
    real = corpus.is_copy
    monkeypatch.setattr(corpus, "is_copy", lambda a, b: calls.append(1) or real(a, b))
    first = make_source(12, 2, 0)
    fresh = mark_duplicates((first, *sources))
    fresh_calls = len(calls)
    calls.clear()
    assert mark_duplicates((first, *sources), previous=previous) == fresh
    # Each of the 12 others meets the new original first: those 12 pairs are new; every
    # pair of two old sources is answered from the last run.
    assert len(calls) == 12 < fresh_calls
