"""Work in a forked copy of this process: two computations at once, or a long-lived helper.

The cross-source stages (ingest's settling, merge and summarize, store, render) hold a few
parts that read the same input and never each other's result. On a rebuild they run on
one core while the others idle; run side by side they take the time of the longer part.
Fork gives the child the parent's memory as it is (the corpus, the caches, the loaded
model) without copying or pickling it; only messages cross, pickled through a pipe.

ForkedWorker is that child and its pipe; run_side_by_side and the spaCy host
(extract_host.py) are built on it.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.runtime.collector import freeze_inherited

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")


class WorkerLostError(BriefgenError):
    """A forked worker ended without sending its result (killed, or out of memory)."""


def can_fork(config: Config) -> bool:
    """Whether the build may put work in another process: more than one job, and fork."""
    return config.job_count() > 1 and hasattr(os, "fork")


@dataclass(frozen=True)
class _Failed:
    """An exception raised in the worker, sent in place of a message."""

    error: BaseException


class ForkedWorker:
    """A forked copy of this process that runs ``serve(conn)`` and then leaves without
    running any cleanup; messages go both ways over ``conn``. ``lost`` names the worker
    and ``advice`` says what --jobs 1 does instead, for the error when it ends without
    an answer."""

    def __init__(self, serve: Callable[[Connection], None], *, lost: str, advice: str) -> None:
        parent_end, child_end = Pipe()
        pid = os.fork()
        if pid == 0:
            freeze_inherited()
            parent_end.close()
            try:
                serve(child_end)
            finally:
                os._exit(0)
        child_end.close()
        self.pid = pid
        self.conn = parent_end
        self.lost = lost
        self.advice = advice
        self.done = False

    def send(self, message: object) -> None:
        try:
            self.conn.send(message)
        except OSError:  # the pipe is broken: the worker is gone
            raise self._lost() from None

    def receive(self) -> Any:
        """The worker's next message; the exception it sent instead is raised here."""
        try:
            message = self.conn.recv()
        except (EOFError, OSError):
            raise self._lost() from None
        if isinstance(message, _Failed):
            raise message.error
        return message

    def _lost(self) -> WorkerLostError:
        status = self._wait()
        return WorkerLostError(
            f"{self.lost} ended without a result ({_describe(status)}); "
            f"run again with --jobs 1 to {self.advice}"
        )

    def finished(self) -> bool:
        """Whether the worker has sent something (or ended): there is something to read."""
        return self.conn.poll(0)

    def stop(self) -> None:
        """End the worker, whatever it is doing, and reap it."""
        if not self.done:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait()
        self.conn.close()

    def _wait(self) -> int:
        _, status = os.waitpid(self.pid, 0)
        self.done = True
        return status


def send_failure(conn: Connection, exc: BaseException) -> None:
    """In a worker: send ``exc`` for the build to raise (as text, if it cannot cross)."""
    conn.send(_Failed(portable_error(exc)))


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
    if not can_fork(config):
        return here(), there()
    child = ForkedWorker(
        lambda conn: _send_result(there, conn),
        lost="a worker process",
        advice="do the work in one process",
    )
    try:
        first = here()
        if meanwhile is not None:
            for _ in meanwhile(first):
                if child.finished():
                    break
        second: B = child.receive()
    finally:
        child.stop()
    return first, second


def share_items(
    count: int, work: Callable[[int], T], config: Config, *, first: Callable[[], A]
) -> tuple[A, list[T]]:
    """``first()`` and ``[work(i) for i in range(count)]``, at once when the build may use
    two processes: the other process starts on the items while this one runs ``first``,
    then joins in. Each takes the next item neither has taken, so both finish together
    however long ``first`` takes. ``work`` must be pure, as for run_side_by_side."""
    if not can_fork(config):
        return first(), [work(i) for i in range(count)]
    # Shared memory, created before the fork: the only thing the two processes share.
    taken = multiprocessing.get_context("fork").Value("q", 0)

    def take_items() -> dict[int, T]:
        done: dict[int, T] = {}
        while True:
            with taken.get_lock():
                number = taken.value
                taken.value = number + 1
            if number >= count:
                return done
            done[number] = work(number)

    (head, mine), theirs = run_side_by_side(lambda: (first(), take_items()), take_items, config)
    results = {**mine, **theirs}
    return head, [results[i] for i in range(count)]


def _send_result(work: Callable[[], object], conn: Connection) -> None:
    try:
        result = work()
        conn.send(result)  # pickled whole before anything is written
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        send_failure(conn, exc)


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
