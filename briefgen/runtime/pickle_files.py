"""briefgen's own caches on disk (under .briefgen/cache): pickles written whole or not at
all, each behind a checksum of its bytes, and read back or ignored — a missing,
truncated, damaged (one flipped bit) or foreign file is a cache miss, never a different
result and never a crash."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

# The file: MAGIC, the sha256 of the pickle, the pickle. A new layout gets a new magic.
MAGIC = b"briefgen-cache-1\n"
_DIGEST_SIZE = 32


def read_pickle(path: Path) -> Any | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + _DIGEST_SIZE
    if not data.startswith(MAGIC) or len(data) < head:
        return None
    payload = memoryview(data)[head:]
    if hashlib.sha256(payload).digest() != data[len(MAGIC) : head]:
        return None
    try:
        return pickle.loads(payload)  # noqa: S301 - briefgen's own cache, checksum verified
    except Exception:  # noqa: BLE001 - a pickle of code since changed (a moved class): a miss
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Write through a temporary file and a rename, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(MAGIC)
        fh.write(hashlib.sha256(payload).digest())
        fh.write(payload)
    tmp.replace(path)
