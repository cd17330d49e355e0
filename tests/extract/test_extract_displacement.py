"""Displacement and evacuation figures in short report excerpts (written for the tests,
in the shapes humanitarian agencies and wire outlets use): every figure exactly as
stated, and no figure from money, homes, capacities, years or returns."""

from __future__ import annotations

import importlib

import pytest
from displacement_excerpts import EXCERPTS
from displacement_score import score

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
    assert parse_count(["120k"]) == 120_000
    assert parse_count(["1.5", "lakh"]) == 150_000
    assert parse_count(["12", "500"]) == 12_500  # thousands parted by a space
    assert parse_count(["1", "300", "000"]) == 1_300_000
    assert parse_count(["two", "hundred", "and", "fifty"]) == 250


# Sets written before the rules were fitted to them, scored as a whole: each was
# measured as written (the commit adding it says the figure); A to E were then
# generalised on. G scored 0.741 / 0.851 as written and 0.778 / 0.955 after the rules of
# issue 19d that were generalised on A-F, and was then generalised on itself. F and H are
# held out; each floor is just under what it scored when last measured (H: as written,
# before G was generalised on).
@pytest.mark.parametrize(
    ("module", "name", "min_recall", "min_precision"),
    [
        ("displacement_batch_a", "BATCH_A", 0.95, 0.95),
        ("displacement_batch_b", "BATCH_B", 0.95, 0.95),
        ("displacement_batch_c", "BATCH_C", 0.95, 0.95),
        ("displacement_batch_d", "BATCH_D", 0.9, 0.9),
        ("displacement_batch_e", "BATCH_E", 0.85, 0.95),
        ("displacement_batch_f", "BATCH_F", 0.9, 0.95),
        ("displacement_batch_g", "BATCH_G", 0.95, 0.95),
        ("displacement_batch_h", "BATCH_H", 0.89, 0.97),
    ],
)
def test_displacement_sets_recall_and_precision(config, module, name, min_recall, min_precision):
    excerpts = getattr(importlib.import_module(module), name)
    figures, misses = score(excerpts, config)
    assert figures["recall"] >= min_recall, "\n".join(misses)
    assert figures["precision"] >= min_precision, "\n".join(misses)
