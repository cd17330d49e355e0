"""Displacement and evacuation figures in short report excerpts (written for the tests,
in the shapes humanitarian agencies and wire outlets use): every figure exactly as
stated, and no figure from money, homes, capacities, years or returns."""

from __future__ import annotations

import pytest
from displacement_excerpts import EXCERPTS

from briefgen.extract.numbers import parse_count


@pytest.mark.parametrize(("text", "want"), EXCERPTS, ids=[t[:48] for t, _ in EXCERPTS])
def test_displacement_figure_as_stated(extract, text, want):
    facts = extract(text)
    got = {(c.kind, c.count, c.qualifier, c.victims) for c in facts.casualties}
    assert got == set(want)


def test_households_and_families_stay_units_not_people(extract):
    facts = extract(
        "The floods displaced 4,500 households, and 700 families have been left homeless."
    )
    got = sorted((c.count, c.victims) for c in facts.casualties)
    assert got == [(700, "families"), (4500, "households")]


def test_decimal_millions_are_exact():
    assert parse_count(["4.1", "million"]) == 4_100_000
    assert parse_count(["1.2", "million"]) == 1_200_000
    assert parse_count(["half", "a", "dozen"]) == 6
    assert parse_count(["1.2", "m"]) == 1_200_000
    assert parse_count(["m"]) is None  # a scale with no number is no count
