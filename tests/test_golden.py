"""Golden tree of the rendered Markdown for the example briefing.

Refresh after an intended change with `make golden` (pytest --update-golden); review
the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden" / "docs"


def read_tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_rendered_markdown_matches_the_golden_tree(
    built_project: Path, request: pytest.FixtureRequest
) -> None:
    got = read_tree(built_project / "docs_build")
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in got.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    want = read_tree(GOLDEN)
    assert sorted(got) == sorted(want), "pages differ; refresh with `make golden` if intended"
    for rel in want:
        assert got[rel] == want[rel], f"{rel} differs; refresh with `make golden` if intended"
