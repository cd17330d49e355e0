"""How many cases each hardening category tried; printed by the suite's summary."""

from __future__ import annotations

from collections import Counter

CATEGORIES = (
    "bad sources",
    "bad YAML",
    "hostile text",
    "property examples",
    "crash points",
)

TRIED: Counter[str] = Counter()


def tried(category: str, n: int = 1) -> None:
    assert category in CATEGORIES, category
    TRIED[category] += n
