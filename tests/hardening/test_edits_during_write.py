"""An editor's save is never lost to a build's write: saved at any step of the build
(cases 2 and 8 of issue 22), with content/ not writable (case 7), or after a build was
killed in the middle of its write. The build's steps are reached through the step hook
of briefgen.transaction: deterministic, whatever the machine's speed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hardening_counts import tried
from hardening_support import GOOD_ARTICLE, run_cli, tree

from briefgen import transaction
from briefgen.transaction import STATE_DIR, set_step_hook

EDITED_TITLE = "Talks title chosen by an editor"
MORE_ARTICLE = GOOD_ARTICLE.replace("Antalya", "Istanbul").replace("Thursday", "Friday")


class Killed(BaseException):
    """What the hook raises to stop a build where SIGKILL would (nothing cleans up)."""


def save_title(project: Path, title: str = EDITED_TITLE) -> None:
    """An editor saves content/briefing.yaml with a new title (as a text editor would)."""
    path = project / "content" / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {title}", text, count=1), "utf-8")


def title_of(project: Path) -> str:
    text = (project / "content" / "briefing.yaml").read_text(encoding="utf-8")
    found = re.search(r"(?m)^title: (.*)$", text)
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory, _built_template: Path) -> tuple[Path, Path]:
    """(old, caches): a built one-article project with a second article just added to
    seeds/, and a folder of caches in which that second article's NLP is done, so that
    each trial build only merges and writes."""
    base = tmp_path_factory.mktemp("grown")
    old = base / "old"
    shutil.copytree(_built_template, old, symlinks=True)
    (old / "seeds" / "more.txt").write_text(MORE_ARTICLE, encoding="utf-8")
    warm = base / "warm"
    shutil.copytree(old, warm, symlinks=True)
    assert run_cli("build", "--project", str(warm), "--jobs", "1", "--no-site").exit_code == 0
    return old, warm / STATE_DIR / "cache"


def trial(grown: tuple[Path, Path], where: Path) -> Path:
    old, caches = grown
    shutil.copytree(old, where, symlinks=True)
    shutil.rmtree(where / STATE_DIR / "cache", ignore_errors=True)
    shutil.copytree(caches, where / STATE_DIR / "cache")
    return where


@pytest.fixture
def hook() -> Iterator[Callable[[Callable[[int], None]], None]]:
    yield set_step_hook
    set_step_hook(None)


def build(project: Path, *extra: str) -> tuple[int, str]:
    result = run_cli("build", "--project", str(project), "--jobs", "1", "--no-site", *extra)
    return result.exit_code, result.output


def test_an_edit_saved_at_any_step_of_a_build_is_kept(
    grown: tuple[Path, Path], tmp_path: Path, hook: Callable[[Callable[[int], None]], None]
) -> None:
    outcomes: set[str] = set()
    for step in range(1, 100):
        project = trial(grown, tmp_path / f"step-{step}")
        fired: list[int] = []

        def edit(n: int, here: Path = project, at: int = step, fired: list[int] = fired) -> None:
            if n == at:
                fired.append(n)
                save_title(here)

        hook(edit)
        code, output = build(project)
        hook(None)
        assert code == 0, output
        if not fired:  # the build has fewer steps: every one was tried
            assert step > 10
            break
        assert title_of(project) == EDITED_TITLE, f"the edit saved at step {step} was lost"
        tried("crash points")
        if "saved while the build was writing content/" in output:
            outcomes.add("kept as saved")
            assert (
                "warning: content/briefing.yaml: saved while the build was writing content/; "
                "your edit is kept as saved (build again to merge it)"
            ) in output
        else:
            outcomes.add("merged")
        # The next build merges it with the new source; the edit stays.
        code, output = build(project)
        assert code == 0, output
        assert title_of(project) == EDITED_TITLE
        assert (project / "content" / "sources" / "more.yaml").exists()
        shutil.rmtree(project)
    else:
        raise AssertionError("the build never finished")
    # Saves fell before the merge read content/, between the merge and the commit point
    # (merged again) and among the file moves (kept as saved).
    assert outcomes == {"merged", "kept as saved"}


def test_an_editor_who_keeps_saving_stops_the_build_and_loses_nothing(
    grown: tuple[Path, Path], tmp_path: Path, hook: Callable[[Callable[[int], None]], None]
) -> None:
    project = trial(grown, tmp_path / "busy")
    count = [0]

    def edit_before_each_commit(n: int) -> None:
        # Before each commit point (the COMMIT.tmp write is the only step that follows
        # staging), a different save.
        if (project / STATE_DIR / "txn" / "COMMIT.tmp").exists() and not (
            project / STATE_DIR / "txn" / "COMMIT"
        ).exists():
            count[0] += 1
            save_title(project, f"{EDITED_TITLE} {count[0]}")

    hook(edit_before_each_commit)
    code, output = build(project)
    assert code == 10, output
    assert (
        "error: content/briefing.yaml changed while the build was writing content/; your edit "
        "is kept and nothing was written over it. Build again to merge it"
    ) in output
    assert title_of(project) == f"{EDITED_TITLE} 3"
    assert not (project / STATE_DIR / "txn").exists()
    assert not (project / "content" / "sources" / "more.yaml").exists()


def _kill_inside_the_moves(project: Path, hook: Callable[[Callable[[int], None]], None]) -> None:
    """Build, stopping it right after its first file move (the commit point passed)."""

    def stop(n: int) -> None:
        txn = project / STATE_DIR / "txn"
        staged = sorted((txn / "files").rglob("*.yaml")) if (txn / "COMMIT").exists() else []
        moved = (txn / "COMMIT").exists() and len(staged) < len(_planned(txn))
        if moved:
            raise Killed

    hook(stop)
    with pytest.raises(Killed):
        from briefgen.cli import main

        args = ["build", "--project", str(project), "--jobs", "1", "--no-site"]
        main(args, standalone_mode=False)
    hook(None)


def _planned(txn: Path) -> list[str]:
    import json

    return json.loads((txn / "COMMIT").read_text(encoding="utf-8"))["write"]


def test_check_finishes_an_interrupted_write_first_and_keeps_an_edit_made_since(
    grown: tuple[Path, Path], tmp_path: Path, hook: Callable[[Callable[[int], None]], None]
) -> None:
    project = trial(grown, tmp_path / "killed")
    _kill_inside_the_moves(project, hook)
    txn = project / STATE_DIR / "txn"
    pending = [p.relative_to(txn / "files").as_posix() for p in (txn / "files").rglob("*.yaml")]
    assert "content/briefing.yaml" in pending  # not moved yet when the build died
    save_title(project)  # the editor saves it before anyone runs briefgen again
    result = run_cli("check", "--project", str(project))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "warning: finished an interrupted write; kept content/briefing.yaml as edited after "
        "the interruption (the next build merges the edit)\n"
    ), result.output
    assert "content/ is valid: 2 sources" in result.output
    assert title_of(project) == EDITED_TITLE
    assert not txn.exists()
    code, output = build(project)
    assert code == 0, output
    assert title_of(project) == EDITED_TITLE
    tried("crash points")


def test_a_build_reports_the_interrupted_write_it_finished(
    grown: tuple[Path, Path], tmp_path: Path, hook: Callable[[Callable[[int], None]], None]
) -> None:
    project = trial(grown, tmp_path / "killed-then-built")
    _kill_inside_the_moves(project, hook)
    code, output = build(project)
    assert code == 0, output
    assert output.startswith("warning: finished an interrupted write\n"), output
    assert (project / "content" / "sources" / "more.yaml").exists()
    tried("crash points")


def _read_only(folder: Path) -> Callable[[], None]:
    """Make ``folder`` unwritable, also for root (chattr +i); returns the undo."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
        pytest.skip("cannot make a folder read-only for root here (no chattr +i)")
    return lambda: subprocess.run([chattr, "-i", str(folder)], check=True)


def test_content_not_writable_is_an_error_and_leaves_no_stale_write(
    grown: tuple[Path, Path], tmp_path: Path
) -> None:
    project = trial(grown, tmp_path / "read-only")
    before = tree(project / "content")
    undo = _read_only(project / "content")
    try:
        code, output = build(project)
    finally:
        undo()
    assert code == 9, output
    assert "Traceback" not in output
    assert re.search(
        r"error: content/[\w./-]+: cannot write the file \(the folder is not writable\); "
        r"nothing was written\. Make it writable \(or free space\) and build again",
        output,
    ), output
    assert tree(project / "content") == before
    assert not (project / STATE_DIR / "txn").exists()
    # An edit saved next, then a build that can write: the edit stays (no stale write
    # is applied over it).
    save_title(project)
    code, output = build(project)
    assert code == 0, output
    assert "interrupted" not in output
    assert title_of(project) == EDITED_TITLE
    assert transaction is not None
    tried("crash points")


def test_an_edit_saved_after_a_kill_at_any_step_survives_the_recovery(
    grown: tuple[Path, Path], tmp_path: Path, hook: Callable[[Callable[[int], None]], None]
) -> None:
    from briefgen.cli import main

    notes = set()
    for step in range(1, 100):
        project = trial(grown, tmp_path / f"kill-{step}")

        def stop(n: int, at: int = step) -> None:
            if n == at:
                raise Killed

        hook(stop)
        try:
            main(
                ["build", "--project", str(project), "--jobs", "1", "--no-site"],
                standalone_mode=False,
            )
        except Killed:
            pass
        else:  # the build has fewer steps: every one was tried
            assert step > 10
            break
        finally:
            hook(None)
        save_title(project)
        result = run_cli("check", "--project", str(project))
        assert result.exit_code == 0, f"after a kill at step {step}: {result.output}"
        first = result.output.split("\n")[0]
        notes.add(first if first.startswith("warning: ") and " write" in first else "none")
        assert title_of(project) == EDITED_TITLE, f"the edit after a kill at {step} was lost"
        code, output = build(project)
        assert code == 0, output
        assert title_of(project) == EDITED_TITLE
        assert (project / "content" / "sources" / "more.yaml").exists()
        tried("crash points")
        shutil.rmtree(project)
    else:
        raise AssertionError("the build never finished")
    # Kills fell before the write, during its staging (discarded), after the commit
    # point with the edited file still to move (kept as saved), and after its move.
    assert notes == {
        "none",
        "warning: discarded an unfinished write",
        "warning: finished an interrupted write",
        "warning: finished an interrupted write; kept content/briefing.yaml as edited after "
        "the interruption (the next build merges the edit)",
    }, notes
