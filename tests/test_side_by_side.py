"""Two computations at once (one in a forked child): the results, the errors, a lost child."""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.errors import ConfigError, ContentError, SourceError
from briefgen.runtime.side_by_side import WorkerLostError, run_side_by_side, share_items


def two_jobs(tmp_path: Path) -> Config:
    return Config(project=tmp_path, jobs=2)


def test_both_results_come_back_and_the_second_is_computed_in_another_process(
    tmp_path: Path,
) -> None:
    here, there = run_side_by_side(
        lambda: (os.getpid(), sum(range(1000))),
        lambda: (os.getpid(), {"big": list(range(100_000))}),
        two_jobs(tmp_path),
    )
    assert here == (os.getpid(), 499500)
    assert there[0] != os.getpid()
    assert there[1] == {"big": list(range(100_000))}


def test_with_one_job_both_run_here_in_order(tmp_path: Path) -> None:
    seen: list[str] = []
    out = run_side_by_side(
        lambda: seen.append("here") or os.getpid(),
        lambda: seen.append("there") or os.getpid(),
        Config(project=tmp_path, jobs=1),
    )
    assert out == (os.getpid(), os.getpid())
    assert seen == ["here", "there"]


def failing_source() -> None:
    raise SourceError("no text left after cleaning", path="seeds/a.txt", line=3)


def test_an_error_in_the_child_is_raised_here_as_it_was_raised(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as caught:
        run_side_by_side(lambda: 1, failing_source, two_jobs(tmp_path))
    assert str(caught.value) == "seeds/a.txt:3: no text left after cleaning"
    assert (caught.value.path, caught.value.line, caught.value.exit_code) == ("seeds/a.txt", 3, 3)


def test_an_error_here_stops_the_child(tmp_path: Path) -> None:
    marker = tmp_path / "child-finished"

    def slow_child() -> None:
        import time

        time.sleep(30)
        marker.write_text("done")

    with pytest.raises(ZeroDivisionError):
        run_side_by_side(lambda: 1 / 0, slow_child, two_jobs(tmp_path))
    assert not marker.exists()


class _Unpicklable(Exception):
    def __init__(self, handle: object) -> None:
        super().__init__("a handle")
        self.handle = handle

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot pickle a handle")


def test_an_error_that_cannot_cross_processes_arrives_as_text(tmp_path: Path) -> None:
    def fail() -> None:
        raise _Unpicklable(object())

    with pytest.raises(RuntimeError) as caught:
        run_side_by_side(lambda: 1, fail, two_jobs(tmp_path))
    assert "in a worker process:" in str(caught.value)
    assert "_Unpicklable: a handle" in str(caught.value)


def test_a_child_killed_without_a_result_is_reported(tmp_path: Path) -> None:
    with pytest.raises(WorkerLostError) as caught:
        run_side_by_side(
            lambda: 1, lambda: os.kill(os.getpid(), signal.SIGKILL), two_jobs(tmp_path)
        )
    assert str(caught.value) == (
        "a worker process ended without a result (signal 9); "
        "run again with --jobs 1 to do the work in one process"
    )


def test_briefgen_errors_keep_their_fields_through_pickle() -> None:
    inner = ConfigError("bad value", path="briefgen.yaml", line=4)
    outer = pickle.loads(pickle.dumps(ContentError([inner])))
    assert isinstance(outer, ContentError)
    assert [str(p) for p in outer.problems] == ["briefgen.yaml:4: bad value"]
    assert outer.exit_code == 4
    assert str(outer) == "briefgen.yaml:4: bad value"


def test_meanwhile_steps_run_here_until_the_child_is_done(tmp_path: Path) -> None:
    done: list[int] = []

    def steps(first: int) -> Iterator[None]:
        for k in range(1_000_000):
            done.append(first + k)
            yield None

    def slow() -> str:
        import time

        time.sleep(0.3)
        return "merged"

    out = run_side_by_side(lambda: 10, slow, two_jobs(tmp_path), meanwhile=steps)
    assert out == (10, "merged")
    assert done[:2] == [10, 11]  # given here's result, in order
    assert len(done) < 1_000_000  # stopped when the child sent its result


def test_with_one_job_there_is_no_meanwhile(tmp_path: Path) -> None:
    called: list[int] = []

    def steps(first: int) -> Iterator[None]:
        called.append(first)
        yield None

    out = run_side_by_side(lambda: 1, lambda: 2, Config(project=tmp_path, jobs=1), meanwhile=steps)
    assert out == (1, 2)
    assert called == []


def test_the_child_leaves_what_it_inherited_out_of_collections(tmp_path: Path) -> None:
    import gc

    here, frozen = run_side_by_side(gc.get_freeze_count, gc.get_freeze_count, two_jobs(tmp_path))
    assert here == 0 and frozen > 1000


def test_shared_items_come_back_in_order_from_both_processes(tmp_path: Path) -> None:
    """The other process starts on the items while this one runs ``first``; both take
    items until none is left, and every result comes back in the items' order."""
    import time

    def first() -> str:
        time.sleep(0.2)  # long enough that the other process has taken items meanwhile
        return "written"

    head, results = share_items(40, lambda i: (i * i, os.getpid()), two_jobs(tmp_path), first=first)
    assert head == "written"
    assert [square for square, _ in results] == [i * i for i in range(40)]
    assert any(pid != os.getpid() for _, pid in results)


def test_shared_items_with_one_job_run_here_after_first(tmp_path: Path) -> None:
    seen: list[object] = []
    head, results = share_items(
        3,
        lambda i: seen.append(i) or i,
        Config(project=tmp_path, jobs=1),
        first=lambda: seen.append("first") or "done",
    )
    assert (head, results, seen) == ("done", [0, 1, 2], ["first", 0, 1, 2])


def test_an_error_in_first_is_the_one_raised(tmp_path: Path) -> None:
    def refuse() -> None:
        raise ContentError([SourceError("refused", path="content/x.yaml")])

    with pytest.raises(ContentError, match="refused"):
        share_items(10, lambda i: i, two_jobs(tmp_path), first=refuse)
