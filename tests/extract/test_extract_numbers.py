from __future__ import annotations

import pytest

from briefgen.extract.numbers import parse_count, qualifier_before


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["three"], 3),
        (["12"], 12),
        (["2,400"], 2400),
        (["two", "million"], 2_000_000),
        (["1.5", "million"], 1_500_000),
        (["twenty-one"], 21),
        (["one", "hundred", "and", "twelve"], 112),
        (["troops"], None),
    ],
)
def test_parse_count(words, value):
    assert parse_count(words) == value


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        (["with", "at", "least"], "at_least"),
        (["killed", "more", "than"], "more_than"),
        (["displaced", "nearly"], "about"),
        (["up", "to"], "up_to"),
        (["fewer", "than"], "fewer_than"),
        (["killed"], "exact"),
    ],
)
def test_qualifier_before(before, qualifier):
    assert qualifier_before(before)[0] == qualifier
