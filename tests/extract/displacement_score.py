"""Dev tool: recall and precision of displacement figures on a batch of excerpts.

    PYTHONPATH=$PWD:$PWD/tests/extract .venv/bin/python tests/extract/displacement_score.py \
        displacement_batch_a BATCH_A [displacement_batch_b BATCH_B ...] [--misses]

With more than one set, each is scored and then all are pooled (figures summed, not
the rates averaged).

A figure is found when the excerpt yields a displacement-kind figure (displaced,
evacuated) with the expected count ("loose", what a reader checks first); "strict" also
asks kind, qualifier and victims as stated. Precision counts every displacement-kind
figure found against those expected, so a figure where none is stated costs precision.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable

from extract_builders import make_source

from briefgen.config import Config
from briefgen.extract import extract_source
from briefgen.nlp import load_pipeline

DISPLACEMENT_KINDS = frozenset({"displaced", "evacuated"})

Figure = tuple[str, int, str, str | None]


def score(
    excerpts: Iterable[tuple[str, frozenset[Figure]]], config: Config
) -> tuple[dict[str, float], list[str]]:
    expected = found = loose_hits = strict_hits = correct_found = 0
    misses: list[str] = []
    for text, want in excerpts:
        facts = extract_source(make_source(text), config)
        got = {
            (c.kind, c.count, c.qualifier, c.victims)
            for c in facts.casualties
            if c.kind in DISPLACEMENT_KINDS
        }
        want_d = {w for w in want if w[0] in DISPLACEMENT_KINDS}
        expected += len(want_d)
        found += len(got)
        got_counts = {g[1] for g in got}
        want_counts = {w[1] for w in want_d}
        loose_hits += sum(1 for w in want_d if w[1] in got_counts)
        strict_hits += len(want_d & got)
        correct_found += sum(1 for g in got if g[1] in want_counts)
        if got != want_d:
            misses.append(f"{text}\n    want {sorted(want_d)}\n    got  {sorted(got)}")
    figures = {
        "expected": expected,
        "found": found,
        "recall": loose_hits / expected if expected else 1.0,
        "strict_recall": strict_hits / expected if expected else 1.0,
        "precision": correct_found / found if found else 1.0,
    }
    return figures, misses


def _counts(figures: dict[str, float]) -> tuple[int, int, int, int, int]:
    expected, found = int(figures["expected"]), int(figures["found"])
    return (
        expected,
        found,
        round(figures["recall"] * expected),
        round(figures["strict_recall"] * expected),
        round(figures["precision"] * found),
    )


def main(sets: list[tuple[str, str]], show_misses: bool) -> None:
    load_pipeline(None)
    from pathlib import Path

    pooled = [0, 0, 0, 0, 0]
    for module, name in sets:
        excerpts = getattr(importlib.import_module(module), name)
        figures, misses = score(excerpts, Config(project=Path(".")))
        print(
            f"{module}.{name}: {len(excerpts)} excerpts, {figures['expected']} figures "
            f"expected, {figures['found']} found; recall {figures['recall']:.3f} "
            f"(strict {figures['strict_recall']:.3f}), precision {figures['precision']:.3f}"
        )
        if show_misses:
            print("\n".join(misses))
        pooled = [a + b for a, b in zip(pooled, _counts(figures), strict=True)]
    if len(sets) > 1:
        expected, found, hits, strict, correct = pooled
        print(
            f"pooled: {expected} expected, {found} found; recall {hits}/{expected} = "
            f"{hits / expected:.3f} (strict {strict / expected:.3f}), precision "
            f"{correct}/{found} = {correct / found:.3f}"
        )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--misses"]
    main(list(zip(args[::2], args[1::2], strict=True)), "--misses" in sys.argv)
