"""A build killed (SIGKILL) at any step of its write leaves content/ whole: exactly as it
was, or exactly as the build would leave it, once the next briefgen has recovered."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from story import S1, Story, proposal, source, with_quote_speaker

from briefgen.transaction import KILL_ENV, recover

ROOT = Path(__file__).resolve().parents[2]
DRIVER = """
import pickle, sys
from briefgen import build
content = pickle.loads(open(sys.argv[2], "rb").read())
build.propose_content = lambda config, reporter, host=None: (content, 0)
from briefgen.cli import main
main(["build", "--project", sys.argv[1], "--no-site", "--quiet"])
"""


def _later_proposal():  # type: ignore[no-untyped-def]
    """A proposal that changes several files and deletes one: many steps to kill at."""
    later = with_quote_speaker(proposal(), "q-there-are-certain-positive-shifts", "dmytro-kuleba")
    s3 = source("s3", "Kuleba met Lavrov in Antalya.")
    keep = [x for x in later.casualties if x.id != "c-kharkiv-injured-2"]
    events = tuple(replace(e, casualties=()) for e in later.events)
    return replace(
        later,
        sources=(S1, s3),
        casualties=tuple(keep),
        events=events,
        quotes=later.quotes[:1],
        actors=tuple(
            replace(a, mentions=tuple(m for m in a.mentions if m.source == "s1"))
            for a in later.actors
            if a.id != "zelensky" and a.id != "volodymyr-zelenskyy"
        ),
    )


def test_content_is_old_or_new_wherever_a_build_is_killed(tmp_path: Path) -> None:
    old = Story(tmp_path / "old")
    old.build(proposal())
    new = Story(tmp_path / "new")
    shutil.copytree(old.root, new.root, dirs_exist_ok=True)
    later = _later_proposal()
    new.build(later)
    old_tree, new_tree = old.snapshot(), new.snapshot()
    assert old_tree != new_tree
    pickled = tmp_path / "later.pickle"
    pickled.write_bytes(pickle.dumps(later))
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)

    outcomes = []
    for step in range(1, 200):
        trial = Story(tmp_path / f"trial-{step}")
        shutil.copytree(old.root, trial.root, dirs_exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT), KILL_ENV: str(step)}
        done = subprocess.run(
            [sys.executable, str(script), str(trial.root), str(pickled)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode == 0:
            assert trial.snapshot() == new_tree
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        recover(trial.root)
        tree = trial.snapshot()
        assert tree in (old_tree, new_tree), f"half-written content/ after a kill at step {step}"
        outcomes.append(tree == new_tree)
        shutil.rmtree(trial.root)
    else:
        raise AssertionError("the build never finished")
    # Kills fell both before the commit point (old) and after it (rolled forward to new).
    assert False in outcomes and True in outcomes
    assert len(outcomes) >= 8


def test_a_build_killed_after_any_delay_leaves_old_or_new_and_the_next_build_finishes(
    tmp_path: Path,
) -> None:
    old = Story(tmp_path / "old")
    old.build(proposal())
    later = _later_proposal()
    new = Story(tmp_path / "new")
    shutil.copytree(old.root, new.root, dirs_exist_ok=True)
    new.build(later)
    old_tree, new_tree = old.snapshot(), new.snapshot()
    pickled = tmp_path / "later.pickle"
    pickled.write_bytes(pickle.dumps(later))
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(KILL_ENV, None)

    def start(root: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, str(script), str(root), str(pickled)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    timing = Story(tmp_path / "timing")
    shutil.copytree(old.root, timing.root, dirs_exist_ok=True)
    began = time.monotonic()
    assert start(timing.root).wait(120) == 0
    whole = time.monotonic() - began
    for i in range(1, 9):
        trial = Story(tmp_path / f"delay-{i}")
        shutil.copytree(old.root, trial.root, dirs_exist_ok=True)
        process = start(trial.root)
        time.sleep(whole * i / 8)
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        recover(trial.root)
        assert trial.snapshot() in (old_tree, new_tree), f"half-written after {i}/8 of a build"
        # The killed build's lock died with it: the next build runs and finishes the job.
        assert start(trial.root).wait(120) == 0
        assert trial.snapshot() == new_tree
