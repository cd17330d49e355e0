"""The site's search setting: auto switches to Pagefind at the documented size, the built
site then holds Pagefind's index and not Material's, and bad values are refused."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.config import Config
from briefgen.publish import search_index
from briefgen.publish.search_index import AUTO_PAGEFIND_SOURCES, chosen_search

ROOT = Path(__file__).resolve().parent.parent


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def with_sources(root: Path, count: int, search: str = "auto") -> Config:
    folder = root / "content" / "sources"
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"s{n:05d}.yaml").write_text("id: x\n", encoding="utf-8")
    return Config(project=root, search=search)


def test_auto_switches_to_pagefind_at_the_documented_size(tmp_path: Path) -> None:
    below = with_sources(tmp_path / "below", AUTO_PAGEFIND_SOURCES - 1)
    at = with_sources(tmp_path / "at", AUTO_PAGEFIND_SOURCES)
    assert chosen_search(below) == "material"
    assert chosen_search(at) == "pagefind"
    assert chosen_search(replace(at, search="material")) == "material"
    assert chosen_search(replace(below, search="pagefind")) == "pagefind"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.search(r"`search: auto` chooses Pagefind from ([\d,]+) sources", readme)
    assert documented is not None
    assert int(documented.group(1).replace(",", "")) == AUTO_PAGEFIND_SOURCES


@pytest.mark.slow
@pytest.mark.parametrize(("threshold", "expected"), [(5, "pagefind"), (6, "material")])
def test_a_built_site_has_the_chosen_search_only(
    project: Path, monkeypatch: pytest.MonkeyPatch, threshold: int, expected: str
) -> None:
    # The example has five sources: the threshold is moved around it.
    monkeypatch.setattr(search_index, "AUTO_PAGEFIND_SOURCES", threshold)
    result = CliRunner().invoke(main, ["render", "--project", str(project)])
    assert result.exit_code == 0, result.output
    site = project / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    if expected == "pagefind":
        assert (site / "pagefind" / "pagefind-ui.js").is_file()
        assert any((site / "pagefind" / "index").iterdir())
        assert not (site / "search").exists()
        assert "data-pagefind-body" in home and "md-search__input" not in home
        # The same pages give the same index, byte for byte.
        first = tree(site / "pagefind")
        again = CliRunner().invoke(main, ["render", "--project", str(project)])
        assert again.exit_code == 0, again.output
        assert tree(site / "pagefind") == first
    else:
        assert (site / "search" / "search_index.json").is_file()
        assert not (site / "pagefind").exists()
        assert "md-search__input" in home and "pagefind" not in home
    # Offline: no script, image, style or font the page loads names another host.
    loaded = re.findall(r'src="(?:https?:)?//|<link[^>]* href="(?:https?:)?//', home)
    assert loaded == []


def test_a_bad_search_setting_names_file_and_line(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    (project / "briefgen.yaml").write_text("search: lunr\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "--project", str(project)])
    assert result.exit_code == 2
    assert result.output == (
        f"error: {project.resolve()}/briefgen.yaml:1: setting 'search' must be one of "
        "auto, material, pagefind, not 'lunr'\n"
    )


def test_a_bad_scheduler_option_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    result = CliRunner().invoke(
        main, ["extract", "--project", str(project), "--scheduler", "somewhere"]
    )
    assert result.exit_code == 2
    assert result.output == (
        "error: option --scheduler must be a Dask scheduler's address (tcp://host:port) or "
        "local:N for a LocalCluster of N workers, not 'somewhere'\n"
    )
