"""briefgen's own caches on disk (under .briefgen/cache): pickles written whole or not at
all, and read back or ignored — a missing, truncated or foreign file is a cache miss."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

_UNREADABLE = (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError)


def read_pickle(path: Path) -> Any | None:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # noqa: S301 - briefgen's own cache in the project
    except _UNREADABLE:
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Write through a temporary file and a rename, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
