"""Per-source work (ingest, extract) across processes, with a cache by content hash.

Each job is a pure function of its input record and the configuration, so results can
be cached on disk under .briefgen/cache and computed in any process.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from briefgen.config import STATE_DIR, Config

# Where the caches' code fingerprints were before runtime/ (callers import it from here).
from briefgen.runtime.fingerprint import code_fingerprint
from briefgen.runtime.pickle_files import read_pickle, write_pickle

__all__ = ["ResultCache", "cache_key", "code_fingerprint", "run_all"]

In = TypeVar("In")
Out = TypeVar("Out")

# Where per-source jobs run: run_all below (this machine), or cluster.ClusterRunner.
Runner = Callable[[Callable[[Any, Config], Any], Sequence[Any], Config], Iterator[tuple[int, Any]]]


def cache_key(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:32]


class ResultCache:
    def __init__(self, config: Config, stage: str):
        self.folder = config.project / STATE_DIR / "cache" / stage

    def get(self, key: str) -> Any | None:
        return read_pickle(self.folder / f"{key}.pickle")

    def has(self, key: str) -> bool:
        return (self.folder / f"{key}.pickle").is_file()

    def put(self, key: str, value: Any) -> None:
        write_pickle(self.folder / f"{key}.pickle", value)


def run_all(
    func: Callable[[In, Config], Out], items: Sequence[In], config: Config
) -> Iterator[tuple[int, Out]]:
    """Yield (index, result) for every item, in parallel when it pays off."""
    jobs = min(config.job_count(), len(items))
    if jobs <= 1:
        for i, item in enumerate(items):
            yield i, func(item, config)
        return
    # fork shares the loaded spaCy model with the workers instead of loading it again.
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)
    try:
        futures = [pool.submit(func, item, config) for item in items]
        for i, future in enumerate(futures):
            yield i, future.result()
    except BaseException:
        # A failed source (or Ctrl-C, or a consumer that stops early) ends the run now,
        # instead of after every queued source has been processed for nothing.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
