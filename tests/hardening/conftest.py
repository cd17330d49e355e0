"""Hardening fixtures: a fresh `briefgen init` project with one good article, tree
snapshots, and the per-category count of cases tried (printed at the end of the run)."""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).parent))

from hardening_counts import CATEGORIES, TRIED  # noqa: E402

from briefgen.cli import main  # noqa: E402

GOOD_ARTICLE = (
    "Talks in Antalya end without a ceasefire\n\n"
    "ANTALYA, March 10 (Wire) - The foreign ministers of the two countries met in "
    "Antalya on Thursday for the first talks at this level since the war began.\n\n"
    '"We did not make progress on a ceasefire," the foreign minister told reporters '
    "after the meeting, which lasted about an hour and a half.\n\n"
    "Officials said a further meeting could take place next week in the same city.\n"
)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not any(TRIED.values()):
        return
    terminalreporter.section("hardening: cases tried per category")
    for category in CATEGORIES:
        terminalreporter.write_line(f"{category:>18}: {TRIED[category]}")


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def tree(folder: Path, *, skip: tuple[str, ...] = (".briefgen",)) -> dict[str, str]:
    """Every file (and folder) under ``folder`` with a digest of its bytes."""
    out: dict[str, str] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.split("/")[0] in skip:
            continue
        if path.is_symlink():
            out[rel] = "link"
        elif path.is_file():
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


@pytest.fixture(scope="session")
def _built_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hardening-template") / "story"
    assert run_cli("init", str(root), "--title", "Talks").exit_code == 0
    (root / "seeds" / "talks.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    result = run_cli("build", "--project", str(root), "--jobs", "1", "--quiet")
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def story(tmp_path: Path, _built_template: Path) -> Iterator[Path]:
    """A built project (one good article) inside tmp_path/, next to a folder outside/."""
    root = tmp_path / "story"
    shutil.copytree(_built_template, root, symlinks=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(
        "PRIVATE NOTES that must never reach the site. " * 20, encoding="utf-8"
    )
    yield root
