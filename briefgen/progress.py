"""What a long build tells the person waiting: a bar on a terminal, nothing in CI."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
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
            with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
                yield from bar
        else:
            yield from items
        self.detail(f"{label}: {length} in {time.monotonic() - start:.1f}s")
