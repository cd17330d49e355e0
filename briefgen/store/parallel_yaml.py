"""Emit and parse many YAML documents across processes, into yamlio's memos.

Writing a briefing of 1,000 sources emits and then reads back (validate.py) thousands of
documents with PyYAML's pure-Python emitter and constructor: the slowest part of the
store stage on a first build. Each document is independent, so the work is spread over
the build's processes; the results land in yamlio's memos, where dump_cached and
read_yaml find them. Anything a worker cannot do is left to the serial path, which
reports it as usual.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any, TypeVar

from briefgen.config import Config
from briefgen.runtime.parallel import run_all
from briefgen.store import yamlio
from briefgen.store.ref_lists import parse_spliced
from briefgen.store.yaml_memo import TaggedMemo

MIN_PARALLEL = 200  # documents: below this, starting the processes costs more
_CHUNK = 50

In = TypeVar("In")
V = TypeVar("V")


def _emit_chunk(values: tuple[Any, ...], config: Config) -> list[str | None]:
    del config
    return [yamlio.dump_cached(v) for v in values]


def _parse_chunk(blobs: tuple[bytes, ...], config: Config) -> list[bytes | None]:
    del config
    out: list[bytes | None] = []
    for raw in blobs:
        try:
            data = parse_spliced(raw.decode("utf-8-sig"), "content/")
            out.append(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # noqa: BLE001 - the serial read reports it, with its file
            out.append(None)
    return out


def _fill_ahead(
    items: list[In],
    key_of: Callable[[In], str],
    memo: TaggedMemo[V],
    work: Callable[[tuple[In, ...], Config], list[V | None]],
    config: Config,
) -> int:
    """Put work's result for every item the memo lacks into it, across processes.
    Returns how many items were done (0 when too few to be worth the processes)."""
    by_key = {key_of(item): item for item in items}
    missing = memo.missing(by_key)
    if len(missing) < MIN_PARALLEL or config.job_count() <= 1:
        return 0
    chunks = [tuple(missing[i : i + _CHUNK]) for i in range(0, len(missing), _CHUNK)]
    jobs = [tuple(by_key[k] for k in chunk) for chunk in chunks]
    for i, results in run_all(work, jobs, config):
        for key, result in zip(chunks[i], results, strict=True):
            if result is not None:
                memo.put(key, result)
    return len(missing)


def emit_ahead(values: list[Any], config: Config) -> int:
    """Emit the values dump_cached has not seen. Returns how many."""
    return _fill_ahead(values, yamlio.dump_key, yamlio.DUMPED, _emit_chunk, config)


def parse_ahead(files: list[bytes], config: Config) -> int:
    """Parse the files read_yaml has not seen. Returns how many."""
    return _fill_ahead(files, yamlio.parsed_key, yamlio.PARSED, _parse_chunk, config)
