"""A build killed (SIGKILL) at any step of its writes, or after any delay, leaves content/
AND site/ each whole-old or whole-new; the next build finishes the job and leaves no
temporary folders behind."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hardening_counts import tried
from hardening_support import GOOD_ARTICLE, run_cli, tree

from briefgen.config import load_config
from briefgen.publish import recover_site
from briefgen.store import read_content
from briefgen.transaction import KILL_ENV, recover

ROOT = Path(__file__).resolve().parents[2]
# The proposal is fixed (pickled), so the kills land in store and publish, not in NLP.
DRIVER = """
import pickle, sys
from briefgen import build
content = pickle.loads(open(sys.argv[2], "rb").read())
build.propose_content = lambda config, reporter, host=None: (content, 0)
from briefgen.cli import main
main(["build", "--project", sys.argv[1], "--quiet", "--jobs", "1"])
"""
LEFTOVERS = (".site.briefgen-new", ".site.briefgen-old")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1647000000", **extra}
    if KILL_ENV not in extra:
        env.pop(KILL_ENV, None)
    return env


class Scene:
    """An old built project, the new proposal, and what a finished build leaves."""

    def __init__(self, base: Path, old: Path, pickled: Path, script: Path):
        self.base, self.old, self.pickled, self.script = base, old, pickled, script
        finished = self.copy("finished")
        assert self.run(finished).returncode == 0
        self.old_trees = self.trees(old)
        self.new_trees = self.trees(finished)
        assert self.old_trees[0] != self.new_trees[0] and self.old_trees[1] != self.new_trees[1]
        # mkdocs writes the same site for the same input (else old/new cannot be told).
        again = self.copy("again")
        assert self.run(again).returncode == 0
        assert self.trees(again) == self.new_trees

    def copy(self, name: str) -> Path:
        dest = self.base / name
        shutil.copytree(self.old, dest, symlinks=True)
        return dest

    def run(self, project: Path, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(self.script), str(project), str(self.pickled)],
            env=_env(**env),
            capture_output=True,
            text=True,
            timeout=120,
        )

    def start(self, project: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, str(self.script), str(project), str(self.pickled)],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    @staticmethod
    def trees(project: Path) -> tuple[dict[str, str], dict[str, str]]:
        return tree(project / "content"), tree(project / "site")

    def assert_whole(self, project: Path, when: str) -> tuple[bool, bool]:
        """After a kill: site/ is old, new or (inside the swap) absent; after recovery
        content/ and site/ are each old or new. Says which are new."""
        raw_site = tree(project / "site")
        assert raw_site in (self.old_trees[1], self.new_trees[1], {}), f"site/ mixed {when}"
        recover(project)
        recover_site(project / "site")
        content, site = self.trees(project)
        assert content in (self.old_trees[0], self.new_trees[0]), f"content/ mixed {when}"
        assert site in (self.old_trees[1], self.new_trees[1]), f"site/ mixed {when}"
        assert not [n for n in LEFTOVERS if (project / n).exists()], f"leftovers {when}"
        return content == self.new_trees[0], site == self.new_trees[1]


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    base = tmp_path_factory.mktemp("crash")
    old = base / "old"
    assert run_cli("init", str(old), "--title", "Crash").exit_code == 0
    (old / "seeds" / "talks.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    assert run_cli("build", "--project", str(old), "--jobs", "1").exit_code == 0
    # The new proposal: what a second article would add (built once, in another copy).
    grown = base / "grown"
    shutil.copytree(old, grown, symlinks=True)
    (grown / "seeds" / "more.txt").write_text(
        GOOD_ARTICLE.replace("Antalya", "Istanbul").replace("Thursday", "Friday"),
        encoding="utf-8",
    )
    assert run_cli("build", "--project", str(grown), "--jobs", "1", "--no-site").exit_code == 0
    content = read_content(load_config(grown)).content
    assert content is not None and len(content.sources) == 2
    pickled = base / "later.pickle"
    pickled.write_bytes(pickle.dumps(content))
    script = base / "driver.py"
    script.write_text(DRIVER)
    # The old site is built the same way (same SOURCE_DATE_EPOCH) as the trials.
    shutil.rmtree(old / "site")
    old_content = pickle.dumps(read_content(load_config(old)).content)
    (base / "old.pickle").write_bytes(old_content)
    done = subprocess.run(
        [sys.executable, str(script), str(old), str(base / "old.pickle")],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return Scene(base, old, pickled, script)


def test_a_build_killed_at_any_write_step_leaves_both_folders_whole(scene: Scene) -> None:
    outcomes = []
    for step in range(1, 60):
        trial = scene.copy(f"step-{step}")
        done = scene.run(trial, **{KILL_ENV: str(step)})
        if done.returncode == 0:
            assert scene.trees(trial) == scene.new_trees
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
        before_recovery = scene.copy(f"step-{step}-raw")
        shutil.rmtree(before_recovery)
        shutil.copytree(trial, before_recovery, symlinks=True)
        outcome = scene.assert_whole(trial, f"after a kill at step {step}")
        tried("crash points")
        if outcome not in outcomes:
            # The next build (no kill, no manual recovery) finishes on its own, once
            # for each kind of state a kill leaves (the builds are the slow part).
            assert scene.run(before_recovery).returncode == 0
            assert scene.trees(before_recovery) == scene.new_trees
            assert not [n for n in LEFTOVERS if (before_recovery / n).exists()]
        outcomes.append(outcome)
        shutil.rmtree(trial)
        shutil.rmtree(before_recovery)
    else:
        raise AssertionError("the build never finished")
    # Kills fell before and after each folder's commit point.
    assert {c for c, _ in outcomes} == {False, True}
    assert {s for _, s in outcomes} == {False, True}
    assert (True, False) in outcomes  # content/ new while site/ is still old


def test_a_build_killed_after_any_delay_leaves_both_folders_whole(scene: Scene) -> None:
    timing = scene.copy("timing")
    began = time.monotonic()
    assert scene.start(timing).wait(120) == 0
    whole = time.monotonic() - began
    points = 8
    for i in range(1, points + 1):
        trial = scene.copy(f"delay-{i}")
        process = scene.start(trial)
        time.sleep(whole * i / (points + 1))
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        scene.assert_whole(trial, f"after {i}/{points + 1} of a build")
        tried("crash points")
        shutil.rmtree(trial)


def test_a_half_swapped_site_is_finished_by_the_next_publish(scene: Scene) -> None:
    trial = scene.copy("half")
    # As a kill between the two renames leaves it: the old site moved aside, the new
    # one complete beside it, site/ absent.
    finished = scene.copy("half-new")
    assert scene.run(finished).returncode == 0
    os.replace(trial / "site", trial / ".site.briefgen-old")
    shutil.copytree(finished / "site", trial / ".site.briefgen-new")
    assert recover_site(trial / "site") == "finished an interrupted publish"
    assert tree(trial / "site") == scene.new_trees[1]
    # A stale half-written build beside a whole site is discarded, the site kept.
    (trial / ".site.briefgen-new").mkdir()
    (trial / ".site.briefgen-new" / "index.html").write_text("<p>half</p>")
    assert recover_site(trial / "site") == "discarded an unfinished site build"
    assert tree(trial / "site") == scene.new_trees[1]
    tried("crash points", 2)


def test_render_refuses_to_publish_while_a_build_holds_the_project(story: Path) -> None:
    from briefgen.transaction import project_lock

    before = tree(story / "site")
    with project_lock(story):
        result = run_cli("render", "--project", str(story))
    assert result.exit_code == 6, result.output
    assert "another briefgen" in result.output
    assert tree(story / "site") == before
