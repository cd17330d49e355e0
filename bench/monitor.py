"""Run a command and watch its whole process tree: wall time, CPU time, memory over time.

Memory is sampled from outside (reading /proc), so the measured process has no extra
thread: a thread in it would make its ``fork`` of worker processes unsafe. Each sample
sums the tree's RSS (what the processes hold, counting pages that forked workers share
with their parent once per process) and PSS (shared pages split between the sharers,
so the sum is the tree's real footprint).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024


@dataclass(frozen=True)
class Sample:
    t: float  # time.monotonic(), comparable with the measured process's clock
    rss: int  # bytes, summed over the tree
    pss: int  # bytes, summed over the tree
    processes: int


@dataclass(frozen=True)
class Measured:
    returncode: int
    wall_s: float
    cpu_s: float  # user + system of the process and every child it waited for
    max_rss_one_mb: float  # the largest single process of the tree (kernel's ru_maxrss)
    samples: tuple[Sample, ...]
    stdout: str
    stderr: str

    def peak_rss_mb(self, start: float | None = None, end: float | None = None) -> float:
        return peak(self.samples, start, end, "rss") / MB

    def peak_pss_mb(self, start: float | None = None, end: float | None = None) -> float:
        return peak(self.samples, start, end, "pss") / MB


def peak(samples: Sequence[Sample], start: float | None, end: float | None, field: str) -> int:
    """The highest sample in [start, end]; for a span shorter than the sampling interval,
    the samples either side of it (the span's own peak lies between them or is missed)."""
    if not samples:
        return 0
    lo = samples[0].t if start is None else start
    hi = samples[-1].t if end is None else end
    inside = [s for s in samples if lo <= s.t <= hi]
    if not inside:
        before = [s for s in samples if s.t < lo][-1:]
        after = [s for s in samples if s.t > hi][:1]
        inside = before + after
    return max(getattr(s, field) for s in inside)


def _parents() -> dict[int, int]:
    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name may hold spaces or parentheses; fields resume after the last ')'.
        fields = stat[stat.rindex(b")") + 2 :].split()
        found[int(name)] = int(fields[1])
    return found


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, ()))
    return tree


def _memory(pid: int) -> tuple[int, int]:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            rss = int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0, 0
    pss = rss
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
    except OSError:
        pass
    return rss, pss


def sample_tree(root: int) -> Sample:
    rss = pss = 0
    tree = process_tree(root)
    for pid in tree:
        r, p = _memory(pid)
        rss += r
        pss += p
    return Sample(time.monotonic(), rss, pss, len(tree))


def run_measured(
    cmd: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    interval: float = 0.1,
) -> Measured:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err)
        samples = []
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                break
            samples.append(sample_tree(proc.pid))
            time.sleep(interval)
        wall = time.monotonic() - start
        # wait4 reaped it; tell Popen so that it does not wait again.
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(
            returncode=proc.returncode,
            wall_s=wall,
            cpu_s=usage.ru_utime + usage.ru_stime,
            max_rss_one_mb=usage.ru_maxrss * 1024 / MB,
            samples=tuple(samples),
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )
