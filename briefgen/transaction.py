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
import hashlib
import json
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from briefgen.config import STATE_DIR
from briefgen.errors import FolderChangedError, LockError, WriteError


def _fsync_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


# Tests kill a build between any two steps of a write (see tests/corrections/test_kill.py):
# the Nth step of this process's writes sends SIGKILL to itself. Tests that save an edit
# at each step (tests/hardening/test_edit_during_build.py) set a hook called at each.
KILL_ENV = "BRIEFGEN_TEST_KILL_AT_STEP"
_steps = 0
_step_hook: Callable[[int], None] | None = None


def set_step_hook(hook: Callable[[int], None] | None) -> None:
    """Call ``hook(n)`` at the nth step from now on (None: no more calls). For tests."""
    global _steps, _step_hook
    _steps, _step_hook = 0, hook


def kill_point() -> None:
    """A point where the kill tests may stop this process (see KILL_ENV)."""
    _step()


def _step() -> None:
    global _steps
    target = os.environ.get(KILL_ENV)
    if not target and _step_hook is None:
        return
    _steps += 1
    if _step_hook is not None:
        _step_hook(_steps)
    if target and _steps == int(target):
        os.kill(os.getpid(), signal.SIGKILL)


def _txn_dir(project: Path) -> Path:
    return project / STATE_DIR / "txn"


def file_digest(path: Path) -> str | None:
    """The sha256 of a file's bytes; None when there is no such file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def folder_snapshot(project: Path, folder: str) -> dict[str, str]:
    """Every file under ``project/folder`` (project-relative, posix) with the sha256 of its
    bytes: what a build read, to compare with the disk right before it writes."""
    root = project / folder
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")) if root.is_dir() else []:
        if path.is_file():
            digest = file_digest(path)
            if digest is not None:
                out[path.relative_to(project).as_posix()] = digest
    return out


def recover(project: Path) -> str | None:
    """Finish or discard a write that a killed build left behind. Says which, if any."""
    txn = _txn_dir(project)
    if not txn.exists():
        return None
    marker = txn / "COMMIT"
    if not marker.exists():
        shutil.rmtree(txn)
        return "discarded an unfinished write"
    kept = _apply(project, txn, json.loads(marker.read_text(encoding="utf-8")))
    if not kept:
        return "finished an interrupted write"
    return (
        "finished an interrupted write; kept "
        + ", ".join(kept)
        + " as edited after the interruption (the next build merges the edit)"
    )


def _apply(project: Path, txn: Path, plan: dict[str, Any]) -> list[str]:
    """Move the staged files into place. A target whose bytes are neither what the build
    read nor what it wrote was saved by someone since: it is kept, never overwritten.
    Returns those kept."""
    before: dict[str, str | None] = plan.get("before", {})
    after: dict[str, str] = plan.get("after", {})
    kept = []
    for rel in plan["write"]:
        staged = txn / "files" / rel
        if not staged.exists():  # already moved before the kill
            continue
        target = project / rel
        _step()
        # From this check to the rename is the one instant an editor's save could still be
        # overwritten (no file system offers compare-and-rename); microseconds, not the
        # build's seconds.
        now = file_digest(target)
        if rel in before and now != before[rel] and now != after.get(rel):
            kept.append(rel)
            staged.unlink()
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
        except OSError as exc:
            raise _write_error(rel, exc, committed=True) from None
        _step()
    for rel in plan["delete"]:
        target = project / rel
        _step()
        now = file_digest(target)
        if rel in before and now is not None and now != before[rel]:
            kept.append(rel)
            continue
        try:
            target.unlink(missing_ok=True)
        except OSError as exc:
            raise _write_error(rel, exc, committed=True) from None
    (txn / "COMMIT").unlink()
    shutil.rmtree(txn)
    return kept


def _write_error(rel: str, exc: OSError, *, committed: bool) -> WriteError:
    reason = exc.strerror or str(exc)
    if committed:
        return WriteError(
            f"cannot write the file ({reason}); the write is recorded in "
            f"{STATE_DIR}/txn/ and the next briefgen finishes it (an edit saved meanwhile "
            "is kept)",
            path=rel,
        )
    return WriteError(
        f"cannot write the file ({reason}); nothing was written. Make it writable (or free "
        "space) and build again",
        path=rel,
    )


def _check_writable(project: Path, rels: list[str]) -> None:
    """Refuse before the commit point what the moves could not do: a folder that is not
    writable (a rename needs the folder's write permission, not the file's)."""
    seen: set[Path] = set()
    for rel in rels:
        folder = (project / rel).parent
        while not folder.exists() and folder != project:
            folder = folder.parent
        if folder in seen:
            continue
        seen.add(folder)
        if not os.access(folder, os.W_OK | os.X_OK):
            denied = PermissionError(errno.EACCES, "the folder is not writable")
            raise _write_error(rel, denied, committed=False)


def write_tree(
    project: Path,
    files: Mapping[str, bytes],
    delete: tuple[str, ...] = (),
    *,
    read: tuple[str, Mapping[str, str]] | None = None,
) -> list[str]:
    """Replace the named project-relative files (and delete others) as one unit.

    ``read``: (folder, the snapshot of it the caller's decision was made from). Right
    before the commit point the folder is compared with it; if anyone saved a file there
    since, nothing is written and FolderChangedError says which files changed. Returns
    the files saved in the instant between that check and their move, kept as saved."""
    recover(project)
    txn = _txn_dir(project)
    try:
        for rel, data in files.items():
            _fsync_write(txn / "files" / rel, data)
            _step()
    except OSError as exc:
        shutil.rmtree(txn, ignore_errors=True)
        raise _write_error(f"{STATE_DIR}/txn", exc, committed=False) from None
    try:
        _check_writable(project, sorted(files) + sorted(delete))
    except WriteError:
        shutil.rmtree(txn, ignore_errors=True)
        raise
    if read is not None:
        folder, snapshot = read
        before = {rel: snapshot.get(rel) for rel in [*files, *delete]}
    else:
        before = {rel: file_digest(project / rel) for rel in [*files, *delete]}
    after = {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()}
    plan = {"write": sorted(files), "delete": sorted(delete), "before": before, "after": after}
    _fsync_write(txn / "COMMIT.tmp", json.dumps(plan, sort_keys=True).encode())
    _step()
    if read is not None:
        # The last check for editors' saves, right before the commit point.
        now = folder_snapshot(project, folder)
        if now != dict(snapshot):
            shutil.rmtree(txn, ignore_errors=True)
            changed = sorted(k for k in set(now) | set(snapshot) if now.get(k) != snapshot.get(k))
            raise FolderChangedError(changed)
    os.replace(txn / "COMMIT.tmp", txn / "COMMIT")
    _step()
    return _apply(project, txn, plan)


@contextlib.contextmanager
def project_lock(
    project: Path, *, wait_seconds: float = 0.0, report: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the project's write lock; a second briefgen waits, then stops with a message.
    A write a killed briefgen left is finished (or discarded) first, before anything reads
    content/, and ``report`` is told which."""
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
        note = recover(project)
        if note is not None and report is not None:
            report(note)
        yield
    finally:
        fh.close()
