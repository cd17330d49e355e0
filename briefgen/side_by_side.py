"""Two independent computations at once: one here, one in a forked copy of this process.

The cross-source stages (summarize, render) hold a few parts that read the same input and
never each other's result. On a rebuild they run on one core while the others idle; run
side by side they take the time of the longer part. Fork gives the child the parent's
memory as it is (the corpus, the caches, the loaded model) without copying or pickling
it; only the child's result comes back, pickled through a pipe.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import traceback
from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Generic, TypeVar

from briefgen.collector import freeze_inherited
from briefgen.config import Config
from briefgen.errors import BriefgenError

A = TypeVar("A")
B = TypeVar("B")


class WorkerLostError(BriefgenError):
    """A forked worker ended without sending its result (killed, or out of memory)."""


def run_side_by_side(
    here: Callable[[], A],
    there: Callable[[], B],
    config: Config,
    *,
    meanwhile: Callable[[A], Iterator[object]] | None = None,
) -> tuple[A, B]:
    """``(here(), there())``, computed at once when the build may use two processes.

    Both must be pure: what ``there`` changes in memory (a cache it fills) stays in the
    child. An exception in either is raised here, as it was raised. ``meanwhile`` gives
    steps of work for this process while it would only wait for the child: work that only
    fills caches for what follows (so the results never depend on how much got done).
    """
    if config.job_count() <= 1 or not hasattr(os, "fork"):
        return here(), there()
    child = _Child(there)
    try:
        first = here()
        if meanwhile is not None:
            for _ in meanwhile(first):
                if child.finished():
                    break
    except BaseException:
        child.stop()
        raise
    return first, child.result()


class _Child(Generic[B]):
    def __init__(self, work: Callable[[], B]) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running any cleanup
            freeze_inherited()
            os.close(read_end)
            _send_outcome(work, write_end)
            os._exit(0)
        os.close(write_end)
        self.pid = pid
        self.read_end = read_end
        self.done = False

    def finished(self) -> bool:
        """Whether the child has sent its result (or ended): the pipe has something."""
        readable, _, _ = select.select([self.read_end], [], [], 0)
        return bool(readable)

    def result(self) -> B:
        with os.fdopen(self.read_end, "rb") as pipe:
            payload = pipe.read()
        status = self._wait()
        if not payload:
            raise WorkerLostError(
                f"a worker process ended without a result ({_describe(status)}); "
                "run again with --jobs 1 to do the work in one process"
            )
        ok, value = pickle.loads(payload)  # noqa: S301 - our own child's bytes
        if not ok:
            raise value
        result: B = value
        return result

    def stop(self) -> None:
        if not self.done:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait()
            os.close(self.read_end)

    def _wait(self) -> int:
        _, status = os.waitpid(self.pid, 0)
        self.done = True
        return status


def _send_outcome(work: Callable[[], object], write_end: int) -> None:
    try:
        outcome: tuple[bool, object] = (True, work())
        payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        payload = _pickled_error(exc)
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    except BaseException:  # noqa: BLE001 - the parent reports a worker without a result
        os._exit(1)


def _pickled_error(exc: BaseException) -> bytes:
    return pickle.dumps((False, portable_error(exc)), protocol=pickle.HIGHEST_PROTOCOL)


def portable_error(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else a RuntimeError carrying its traceback."""
    try:
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
        return exc
    except Exception:  # noqa: BLE001 - any failure to rebuild it: send it as text
        text = "".join(traceback.format_exception(exc))
        return RuntimeError(f"in a worker process:\n{text}")


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
