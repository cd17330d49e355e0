"""mark_duplicates finds candidates through an index of shared 5-word runs: it must mark
exactly what comparing every source with every earlier original marks."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.corpus import _age_key, is_copy, mark_duplicates
from briefgen.records.source import Source


def _source(sid: str, published: dt.date | None, duplicate_of: str | None) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256=sid,
        title=None,
        outlet=None,
        url=None,
        published=published,
        published_basis="text" if published else "unknown",
        published_certainty="certain" if published else "none",
        paragraphs=(),
        duplicate_of=duplicate_of,
    )


def _pairwise(sources: tuple[Source, ...], grams: dict[str, frozenset[int]]) -> dict[str, str]:
    """The rule as written first: each source against every earlier original, in age order."""
    order = sorted(sources, key=_age_key)
    original_of: dict[str, str] = {}
    for i, later in enumerate(order):
        for earlier in order[:i]:
            if earlier.id not in original_of and is_copy(grams[later.id], grams[earlier.id]):
                original_of[later.id] = earlier.id
                break
    return original_of


# Runs drawn from a small range, around the thresholds (30 shared, 60% of the shorter).
_runs = st.builds(
    lambda start, size, extra: frozenset(range(start, start + size)) | frozenset(extra),
    st.integers(0, 40),
    st.integers(0, 70),
    st.frozensets(st.integers(0, 200), max_size=20),
)
_day = st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 4)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_runs, _day, st.booleans()), max_size=12))
def test_the_indexed_search_marks_what_the_pairwise_one_marks(spec) -> None:  # type: ignore[no-untyped-def]
    sources = tuple(
        _source(f"s{n:02d}", day, "elsewhere" if marked else None)
        for n, (_, day, marked) in enumerate(spec)
    )
    grams = {f"s{n:02d}": runs for n, (runs, _, _) in enumerate(spec)}
    expected = _pairwise(sources, grams)
    marked = mark_duplicates(sources, grams)
    for before, after in zip(sources, marked, strict=True):
        if before.duplicate_of:
            assert after == before
        else:
            assert after.duplicate_of == expected.get(before.id)


def test_a_copy_points_to_the_oldest_original_it_copies_not_to_another_copy() -> None:
    story = frozenset(range(100))
    sources = (
        _source("a", dt.date(2024, 1, 3), None),
        _source("b", dt.date(2024, 1, 1), None),
        _source("c", dt.date(2024, 1, 2), None),
    )
    marked = mark_duplicates(sources, {"a": story, "b": story, "c": story})
    assert [s.duplicate_of for s in marked] == ["b", None, "b"]
