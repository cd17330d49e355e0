"""What a long build tells the person waiting: on a terminal, a bar per per-source stage
(done/total, percent, ETA) and a line per cross-source stage with its time; in CI, or
when stderr is not a terminal, nothing (a summary line per stage with --verbose)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import click

T = TypeVar("T")


@dataclass(frozen=True)
class Reporter:
    verbosity: int = 1  # 0 quiet, 1 normal, 2 verbose

    @property
    def interactive(self) -> bool:
        return self.verbosity > 0 and sys.stderr.isatty() and not os.environ.get("CI")

    def info(self, message: str) -> None:
        if self.verbosity >= 1:
            click.echo(message, err=True)

    def detail(self, message: str) -> None:
        if self.verbosity >= 2:
            click.echo(message, err=True)

    def warn(self, message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    def track(self, items: Iterable[T], length: int, label: str) -> Iterator[T]:
        """Yield items, drawing a progress bar on a terminal; a summary line otherwise."""
        start = time.monotonic()
        if self.interactive and length > 1:
            # Counts and an ETA from the pace so far; items come as they finish, also
            # from a cluster, so the bar moves with the work wherever it runs.
            with click.progressbar(
                items,
                length=length,
                label=label,
                file=sys.stderr,
                show_pos=True,
                show_percent=True,
                show_eta=True,
            ) as bar:
                yield from bar
        else:
            yield from items
        self.detail(f"{label}: {length} in {time.monotonic() - start:.1f}s")

    @contextmanager
    def stage(self, label: str) -> Iterator[None]:
        """A stage without countable items: its name while it runs, then its time."""
        start = time.monotonic()
        if self.interactive:
            click.echo(f"{label}...", err=True, nl=False)
        try:
            yield
        finally:
            took = f"{label}: {time.monotonic() - start:.1f}s"
            if self.interactive:
                click.echo(f"\r{took}   ", err=True)
            else:
                self.detail(took)
