"""A file that yields no article among good ones: skipped with a warning naming it, the
build goes on, `check` and the sources page list it; --strict stops the build (exit 3).
A file that an earlier build read keeps that build's text, so no reference to it is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from briefgen.cli import main

FLOOD = (
    "Floodwaters close the valley road\n\n"
    "Floodwaters closed the only road into the valley on Monday, cutting off about "
    "300 homes, the county council said.\n\n"
    '"The water rose faster than anyone expected," said Mary Collins, a councillor. '
    "Crews expected to reopen one lane by Wednesday.\n"
)
FERRY = (
    "Ferry service suspended after storm\n\n"
    "The ferry operator suspended all crossings on Tuesday after a storm damaged the pier "
    "at Northport, a spokesman for the company said.\n\n"
    '"We will not sail until the engineers have inspected every mooring," said Tom Reid, '
    "the operator's director. Repairs were expected to take a week.\n"
)
NO_TEXT_PAGE = (
    "<html><head><title>Video</title><script>var player = {};</script></head>"
    "<body><div id='player'></div><script src='player.js'></script>"
    "<noscript>Please enable JavaScript to watch this video</noscript></body></html>"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "story"
    assert run("init", str(root), "--title", "Storm").exit_code == 0
    (root / "seeds" / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (root / "seeds" / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (root / "seeds" / "player.html").write_text(NO_TEXT_PAGE, encoding="utf-8")
    return root


def test_a_page_without_text_is_skipped_and_the_build_goes_on(project: Path) -> None:
    result = run("build", "--project", str(project), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "warning: seeds/player.html: skipped: no article text found" in result.output
    assert " changed: 3 sources, 1 skipped (2 extracted)" in result.output
    entry = yaml.safe_load((project / "content" / "sources" / "player.yaml").read_text("utf-8"))
    assert entry["skipped"].startswith("no article text found")
    assert entry["paragraphs"] == []
    good = yaml.safe_load((project / "content" / "sources" / "flood.yaml").read_text("utf-8"))
    assert "skipped" not in good and len(good["paragraphs"]) == 2
    listing = (project / "docs_build" / "sources" / "index.md").read_text("utf-8")
    assert "## Skipped files" in listing and "3 sources (1 skipped: see below)" in listing
    skipped_rows = [row for row in listing.splitlines() if "no article text found" in row]
    assert len(skipped_rows) == 1 and "player" in skipped_rows[0]
    page = (project / "docs_build" / "sources" / "player.md").read_text("utf-8")
    assert "The last build skipped this file" in page and "It has no text." in page

    checked = run("check", "--project", str(project))
    assert checked.exit_code == 0, checked.output
    assert "warning: seeds/player.html: skipped by the last build: no article text" in (
        checked.output
    )
    assert "content/ is valid: 3 sources, 1 skipped," in checked.output


def test_strict_stops_the_build_naming_the_file_and_writes_nothing(project: Path) -> None:
    result = run("build", "--project", str(project), "--jobs", "1", "--strict")
    assert result.exit_code == 3, result.output
    assert result.output.startswith("error: seeds/player.html: no article text found")
    assert not list((project / "content" / "sources").glob("*.yaml"))
    extracted = run("extract", "--project", str(project), "--jobs", "1", "--strict")
    assert extracted.exit_code == 3, extracted.output


def test_a_file_that_used_to_build_keeps_its_text_and_its_facts(project: Path) -> None:
    (project / "seeds" / "player.html").unlink()
    assert run("build", "--project", str(project), "--jobs", "1", "--no-site").exit_code == 0
    sources = project / "content" / "sources"
    before = yaml.safe_load((sources / "flood.yaml").read_text("utf-8"))
    quotes = (project / "content" / "quotes.yaml").read_text("utf-8")
    assert "The water rose faster than anyone expected" in quotes
    # The page is saved again, broken: its text is gone.
    (project / "seeds" / "flood.txt").write_text("\n\n   \n", encoding="utf-8")
    result = run("build", "--project", str(project), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    assert (
        "warning: seeds/flood.txt: skipped: the file is empty; a source needs an article's "
        "text (kept the text of the last build that read it)"
    ) in result.output
    after = yaml.safe_load((sources / "flood.yaml").read_text("utf-8"))
    assert after["paragraphs"] == before["paragraphs"]
    assert after["sha256"] == before["sha256"]  # the digest of the file whose text is shown
    assert after["skipped"].startswith("the file is empty")
    assert (project / "content" / "quotes.yaml").read_text("utf-8") == quotes
    # Fixed again: read as usual, the mark goes.
    (project / "seeds" / "flood.txt").write_text(FLOOD, encoding="utf-8")
    assert run("build", "--project", str(project), "--jobs", "1", "--no-site").exit_code == 0
    fixed = yaml.safe_load((sources / "flood.yaml").read_text("utf-8"))
    assert "skipped" not in fixed and fixed["paragraphs"] == before["paragraphs"]
