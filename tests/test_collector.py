"""Rarer garbage collection while a command runs, and the thresholds back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.runtime.collector import BUILD_THRESHOLDS, fewer_collections


def test_thresholds_are_raised_inside_and_restored_after_even_on_error() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == BUILD_THRESHOLDS
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a failing stage")
    assert gc.get_threshold() == before


def test_a_command_runs_with_the_build_thresholds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, ...]] = []

    def record(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        raise KeyboardInterrupt

    monkeypatch.setattr("briefgen.store.read_content", record)
    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["check", "--project", str(tmp_path)])
    assert result.exit_code == 130
    assert seen == [BUILD_THRESHOLDS]
    assert gc.get_threshold() == before
