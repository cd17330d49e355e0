"""Without Dask installed, a local build is untouched and --scheduler says what to install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main


def test_without_dask_the_scheduler_option_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    (project / "seeds" / "a.txt").write_text("Officials met on Monday.\n", encoding="utf-8")
    args = ["extract", "--project", str(project)]
    result = CliRunner().invoke(main, [*args, "--scheduler", "local:2"])
    assert result.exit_code == 2, result.output
    assert result.output == (
        "error: --scheduler local:2 needs Dask: pip install 'briefgen[distributed]'\n"
    )
    local = CliRunner().invoke(main, [*args, "--jobs", "1"])
    assert local.exit_code == 0, local.output
