"""Hardening fixtures: a fresh `briefgen init` project with one good article, tree
snapshots, and the per-category count of cases tried (printed at the end of the run)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from hardening_counts import CATEGORIES, TRIED  # noqa: E402
from hardening_support import GOOD_ARTICLE, run_cli  # noqa: E402


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not any(TRIED.values()):
        return
    terminalreporter.section("hardening: cases tried per category")
    for category in CATEGORIES:
        terminalreporter.write_line(f"{category:>18}: {TRIED[category]}")


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
