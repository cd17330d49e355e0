"""content/ as the last build wrote it, kept decoded by the digest of its files.

A build validates the files it writes in memory first (validate.py): what reading them
back gives is known before they exist (the round trip is tested). Kept by the paths and
sha256 of every file under content/ and the code that reads them, the next build takes it
instead of parsing and decoding the folder again (0.7 s at 1,000 sources, most of what a
one-new-source rebuild spends before any NLP). An edit, a new file, a removed file or
other code gives another key: the folder is then read as always.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefgen.config import STATE_DIR, Config
from briefgen.runtime.pickle_files import read_pickle, write_pickle
from briefgen.store.read import ReadResult
from briefgen.store.state import cache_tag


def _memo_path(config: Config, snapshot: dict[str, str]) -> Path:
    digest = hashlib.sha256(cache_tag().encode("utf-8"))
    for rel, sha in sorted(snapshot.items()):
        digest.update(f"{rel}\x00{sha}\n".encode())
    return config.project / STATE_DIR / "cache" / f"read-{digest.hexdigest()[:32]}.pickle"


def written_snapshot(config: Config, written: dict[str, bytes]) -> dict[str, str]:
    """What content_snapshot will give once ``written`` (project-relative path → bytes,
    every file of content/) is on disk: the same normalised paths (a ``./content``
    setting is ``content``)."""
    return {
        (config.project / rel).relative_to(config.project).as_posix(): hashlib.sha256(
            data
        ).hexdigest()
        for rel, data in written.items()
    }


def remember_read(config: Config, snapshot: dict[str, str], result: ReadResult) -> None:
    """Keep ``result`` (a read with no errors, no warnings and no dangling reference) for
    the content/ whose files have ``snapshot``. A result with warnings is not kept: its
    lines come from the planned data and may differ from the written file's."""
    if result.content is None or result.errors or result.warnings or result.dangling:
        return
    path = _memo_path(config, snapshot)
    if path.exists():
        return
    # Only the latest is of use: each is as large as content/.
    for old in path.parent.glob("read-*.pickle"):
        old.unlink(missing_ok=True)
    write_pickle(path, result)


def remembered_read(config: Config, snapshot: dict[str, str]) -> ReadResult | None:
    """What read_content gives for the content/ with ``snapshot``, if a build wrote it."""
    result = read_pickle(_memo_path(config, snapshot))
    if isinstance(result, ReadResult) and result.content is not None:
        return result
    return None
