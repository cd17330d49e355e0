"""A memo of a pure function's results, kept for the process and saved for the next build.

YAML is slow to emit and to parse in pure Python, and from one build to the next almost
every file and entry of content/ is the same: yamlio keeps what it emitted (by the repr of
the data) and what it parsed (by the hash of the bytes) in two of these. A saved memo is
tagged with the code that made it; under another tag (an upgraded briefgen or PyYAML) it is
not used.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Generic, TypeVar

import yaml

from briefgen.runtime.fingerprint import code_fingerprint
from briefgen.runtime.pickle_files import read_pickle, write_pickle

V = TypeVar("V")


def cache_tag() -> str:
    """What a saved memo depends on besides its keys: the code that reads and writes
    content/, and PyYAML's version."""
    return f"{yaml.__version__}-{code_fingerprint('store', 'records')}"


class TaggedMemo(Generic[V]):
    def __init__(self, kind: type[V]) -> None:
        self._kind = kind
        self._values: dict[str, V] = {}
        self._used: set[str] = set()
        self._loaded: set[Path] = set()

    def get(self, key: str) -> V | None:
        value = self._values.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: str, value: V) -> None:
        self._values.setdefault(key, value)
        self._used.add(key)

    def missing(self, keys: Iterable[str]) -> list[str]:
        """The keys not held, each once, in the order given."""
        return [k for k in dict.fromkeys(keys) if k not in self._values]

    def clear(self) -> None:
        self._values.clear()
        self._used.clear()
        self._loaded.clear()

    def load(self, cache_file: Path) -> None:
        """Take in what a previous build saved (once per process; a bad file is ignored)."""
        if cache_file in self._loaded:
            return
        self._loaded.add(cache_file)
        saved = read_pickle(cache_file)
        if not isinstance(saved, dict) or saved.get("tag") != cache_tag():
            return
        for key, value in (saved.get("entries") or {}).items():
            if isinstance(key, str) and isinstance(value, self._kind):
                self._values.setdefault(key, value)

    def save(self, cache_file: Path, keys: Iterable[str] | None = None) -> None:
        """Keep these entries (by default, those this process used) for the next build."""
        wanted = sorted(set(self._used if keys is None else keys))
        entries = {k: self._values[k] for k in wanted if k in self._values}
        write_pickle(cache_file, {"tag": cache_tag(), "entries": entries})
