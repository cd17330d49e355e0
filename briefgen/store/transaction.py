"""Whole-set-or-nothing writes of a folder of files, and the project lock.

A write stages every new file under .briefgen/txn/, then writes a COMMIT marker
(one atomic rename), then moves the files into place. A build killed before the
marker leaves the old tree (the stage is discarded on the next run); one killed after
it is rolled forward on the next run. So content/ is only ever seen whole-old or
whole-new by any briefgen command.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import signal
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from briefgen.config import STATE_DIR
from briefgen.errors import LockError


def _fsync_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


# Tests kill a build between any two steps of a write (see tests/corrections/test_kill.py):
# the Nth step of this process's writes sends SIGKILL to itself.
KILL_ENV = "BRIEFGEN_TEST_KILL_AT_STEP"
_steps = 0


def kill_point() -> None:
    """A point where the kill tests may stop this process (see KILL_ENV)."""
    _step()


def _step() -> None:
    global _steps
    target = os.environ.get(KILL_ENV)
    if not target:
        return
    _steps += 1
    if _steps == int(target):
        os.kill(os.getpid(), signal.SIGKILL)


def _txn_dir(project: Path) -> Path:
    return project / STATE_DIR / "txn"


def recover(project: Path) -> str | None:
    """Finish or discard a write that a killed build left behind. Says which, if any."""
    txn = _txn_dir(project)
    if not txn.exists():
        return None
    marker = txn / "COMMIT"
    if not marker.exists():
        shutil.rmtree(txn)
        return "discarded an unfinished write"
    _apply(project, txn, json.loads(marker.read_text(encoding="utf-8")))
    return "finished an interrupted write"


def _apply(project: Path, txn: Path, plan: dict[str, list[str]]) -> None:
    for rel in plan["write"]:
        staged = txn / "files" / rel
        if staged.exists():  # absent: already moved before the kill
            target = project / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
            _step()
    for rel in plan["delete"]:
        with contextlib.suppress(FileNotFoundError):
            (project / rel).unlink()
        _step()
    (txn / "COMMIT").unlink()
    shutil.rmtree(txn)


def write_tree(project: Path, files: Mapping[str, bytes], delete: tuple[str, ...] = ()) -> None:
    """Replace the named project-relative files (and delete others) as one unit."""
    recover(project)
    txn = _txn_dir(project)
    for rel, data in files.items():
        _fsync_write(txn / "files" / rel, data)
        _step()
    plan = {"write": sorted(files), "delete": sorted(delete)}
    _fsync_write(txn / "COMMIT.tmp", json.dumps(plan).encode())
    _step()
    os.replace(txn / "COMMIT.tmp", txn / "COMMIT")
    _step()
    _apply(project, txn, plan)


@contextlib.contextmanager
def project_lock(project: Path, *, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the project's write lock; a second briefgen waits, then stops with a message."""
    lock_dir = project / STATE_DIR
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / "lock"
    fh = open(path, "a+")  # noqa: SIM115 - held for the whole block
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    raise LockError(
                        f"another briefgen ({holder}) is writing to this project; "
                        "wait for it to finish, or pass --wait SECONDS",
                        path=path,
                    ) from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        recover(project)
        yield
    finally:
        fh.close()
