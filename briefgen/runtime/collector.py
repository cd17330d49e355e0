"""CPython's cyclic garbage collector, set for a build.

A build holds millions of small objects until it ends (sources, sentences, parses,
records, parsed YAML) and makes few reference cycles. With CPython's default thresholds
the collector walks all of them again and again as they are made: measured at 1,000
sources, a rebuild with one new source spent a quarter of its time there. Collections
are made rarer while a command runs (the thresholds mypy uses for the same reason), and
a forked worker stops traversing what it inherited (see freeze_inherited).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BUILD_THRESHOLDS = (200_000, 30, 30)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with rarer collections; the previous thresholds come back after."""
    before = gc.get_threshold()
    gc.set_threshold(*BUILD_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def freeze_inherited() -> None:
    """In a forked child: leave what the parent made out of every collection. Traversing
    it would touch every object's header and copy the parent's memory page by page."""
    gc.freeze()
