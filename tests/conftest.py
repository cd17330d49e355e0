"""Shared fixtures: the spaCy pipeline (loaded once), and temporary copies of the project."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Builds date their change sets (content/changes.yaml) with the build's day: the tests'
# builds all take 11 March 2022, as the example's committed log does, so that what they
# build compares with what is committed on any day.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1647000000")
PROJECT_FILES = ("seeds", "site_templates", "mkdocs.yml", "briefgen.yaml", "content")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output (see README: make golden)",
    )


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from briefgen.nlp import load_pipeline

    return load_pipeline(None)


def copy_project(dest: Path, *, with_content: bool = True) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if not src.exists() or (name == "content" and not with_content):
            continue
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the example briefing project, with its committed content/."""
    return copy_project(tmp_path / "briefing")


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A copy of the example project with its seeds but no content/ yet."""
    return copy_project(tmp_path / "seeded", with_content=False)


@pytest.fixture
def seeded_copies(tmp_path: Path) -> Callable[[str], Path]:
    """Copies of the example project with its seeds but no content/, by name."""
    return lambda name: copy_project(tmp_path / name, with_content=False)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project built once from its seeds alone (no committed content/)."""
    from click.testing import CliRunner

    from briefgen.cli import main

    dest = copy_project(tmp_path_factory.mktemp("built") / "briefing", with_content=False)
    result = CliRunner().invoke(main, ["build", "--project", str(dest), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return dest
