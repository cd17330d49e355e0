"""Emit and parse many YAML documents across processes, into yamlio's caches.

Writing a briefing of 1,000 sources emits and then reads back (validate.py) thousands of
documents with PyYAML's pure-Python emitter and constructor: the slowest part of the
store stage on a first build. Each document is independent, so the work is spread over
the build's processes; the results land in yamlio's caches, where dump_cached and
read_yaml find them. Anything a worker cannot do is left to the serial path, which
reports it as usual.
"""

from __future__ import annotations

import pickle
from typing import Any

from briefgen.config import Config
from briefgen.store import yamlio

MIN_PARALLEL = 200  # documents: below this, starting the processes costs more
_CHUNK = 50


def _chunks(items: list[Any]) -> list[tuple[Any, ...]]:
    return [tuple(items[i : i + _CHUNK]) for i in range(0, len(items), _CHUNK)]


def _dump_chunk(values: tuple[Any, ...], config: Config) -> list[str]:
    del config
    return [yamlio.dump_yaml(v) for v in values]


def _parse_chunk(blobs: tuple[bytes, ...], config: Config) -> list[bytes | None]:
    del config
    out: list[bytes | None] = []
    for raw in blobs:
        try:
            doc = yamlio.parse_yaml(raw.decode("utf-8-sig"), "content/")
            out.append(pickle.dumps(doc.data, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # noqa: BLE001 - the serial read reports it, with its file
            out.append(None)
    return out


def emit_ahead(values: list[Any], config: Config) -> int:
    """Emit the values dump_cached has not seen, across processes. Returns how many."""
    missing = yamlio.undumped(values)
    if len(missing) < MIN_PARALLEL or config.job_count() <= 1:
        return 0
    from briefgen.parallel import run_all  # here: briefgen.parallel imports briefgen.store

    chunks = _chunks(missing)
    for i, texts in run_all(_dump_chunk, chunks, config):
        yamlio.add_dumps(chunks[i], texts)
    return len(missing)


def parse_ahead(files: list[bytes], config: Config) -> int:
    """Parse the files read_yaml has not seen, across processes. Returns how many."""
    missing = yamlio.unparsed(files)
    if len(missing) < MIN_PARALLEL or config.job_count() <= 1:
        return 0
    from briefgen.parallel import run_all  # here: briefgen.parallel imports briefgen.store

    chunks = _chunks(missing)
    for i, parsed in run_all(_parse_chunk, chunks, config):
        yamlio.add_parses(chunks[i], parsed)
    return len(missing)
