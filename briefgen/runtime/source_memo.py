"""What a build computes from one source's paragraphs, kept on disk between builds.

The cross-source stages start from per-source work (sentences, 5-word runs) that a
rebuild with one new source would otherwise redo for every source. Each entry is keyed by
what it depends on (the source's id and paragraphs), the file by the code that computes
it: other code, or a damaged file, is a miss and the work is done again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar

from briefgen.config import STATE_DIR, Config
from briefgen.records.source import Source
from briefgen.runtime.pickle_files import read_pickle, write_pickle

V = TypeVar("V")


def memo_path(config: Config, name: str) -> Path:
    return config.project / STATE_DIR / "cache" / name / "memo.pickle"


def source_digest(source: Source) -> str:
    """What a source's per-paragraph work depends on: its id and its paragraphs, whole."""
    text = f"{source.id}\x00{source.paragraphs!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class SourceMemo(Generic[V]):
    """``compute(source)``, answered from the last build's values where it can be."""

    def __init__(
        self,
        path: Path,
        code: str,
        values: dict[str, V],
        valid: Callable[[object], bool],
        compute: Callable[[Source], V],
    ):
        self.path = path
        self._code = code
        self._values = values
        self._valid = valid
        self._compute = compute
        self._used: set[str] = set()
        self._added = False

    @classmethod
    def load(
        cls,
        path: Path,
        code: str,
        valid: Callable[[object], bool],
        compute: Callable[[Source], V],
    ) -> SourceMemo[V]:
        """``code``: a fingerprint of ``compute``'s code; ``valid``: whether a value read
        back has the shape this code gives (else it is computed again)."""
        data = read_pickle(path)
        ours = isinstance(data, tuple) and len(data) == 2 and data[0] == code
        stored = data[1] if ours and isinstance(data, tuple) else None
        values: dict[str, V] = stored if isinstance(stored, dict) else {}
        return cls(path, code, values, valid, compute)

    def get(self, source: Source) -> V:
        key = source_digest(source)
        self._used.add(key)
        value = self._values.get(key)
        if value is None or not self._valid(value):
            value = self._values[key] = self._compute(source)
            self._added = True
        return value

    def save(self) -> None:
        """Keep the values of the sources asked about (those of removed sources go)."""
        if not self._added and set(self._values) == self._used:
            return
        kept = {k: v for k, v in sorted(self._values.items()) if k in self._used}
        write_pickle(self.path, (self._code, kept))


@contextmanager
def source_memo(
    config: Config,
    name: str,
    compute: Callable[[Source], V],
    code: str,
    valid: Callable[[object], bool],
) -> Iterator[SourceMemo[V]]:
    """The memo ``name`` of ``compute`` for the work inside the block, saved when the
    block succeeds."""
    memo = SourceMemo.load(memo_path(config, name), code, valid, compute)
    yield memo
    memo.save()
