"""One title (content/briefing.yaml's: header, tab, home) and `briefgen check` that
reports a broken file once, without echoes."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import yaml
from click.testing import CliRunner

from briefgen.cli import main


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_the_title_in_briefing_yaml_is_the_sites_name_header_tab_and_home(
    project: Path,
) -> None:
    briefing = project / "content" / "briefing.yaml"
    data = briefing.read_text(encoding="utf-8")
    old = yaml.safe_load(data)["title"]
    briefing.write_text(data.replace(old, "Ceasefire talks, a week in March", 1), "utf-8")
    result = run("render", "--project", str(project))
    assert result.exit_code == 0, result.output
    for page in ("index.html", "timeline.html", "sources/index.html"):
        doc = lxml.html.fromstring((project / "site" / page).read_bytes())
        tab = doc.findtext(".//title") or ""
        header = doc.xpath("string(//header//*[contains(@class, 'md-header__topic')][1])")
        assert tab.endswith("Ceasefire talks, a week in March"), (page, tab)
        assert "Ceasefire talks, a week in March" in header, (page, header)
        assert old not in tab and old not in header
    home = lxml.html.fromstring((project / "site" / "index.html").read_bytes())
    assert (
        home.xpath("string(//article//h1)").strip().rstrip("¶")
        == "Ceasefire talks, a week in March"
    )


def test_init_title_becomes_the_briefings_title(tmp_path: Path) -> None:
    target = tmp_path / "harbour-fire"
    assert run("init", str(target), "--title", "The harbour fire").exit_code == 0
    result = run("build", "--project", str(target))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load((target / "content" / "briefing.yaml").read_text())["title"] == (
        "The harbour fire"
    )
    index = (target / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]*The harbour fire</title>", index)


def test_init_without_a_title_takes_the_first_sources(tmp_path: Path) -> None:
    target = tmp_path / "harbour-fire"
    assert run("init", str(target)).exit_code == 0
    assert "title" not in (yaml.safe_load((target / "briefgen.yaml").read_text()) or {})
    (target / "seeds" / "fire.txt").write_text(
        "Fire crews fight blaze at harbour warehouse\n\n"
        "Firefighters battled a large fire at a harbour warehouse on Tuesday, the city's "
        "fire service said.\n",
        encoding="utf-8",
    )
    result = run("build", "--project", str(target), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    title = yaml.safe_load((target / "content" / "briefing.yaml").read_text())["title"]
    assert title == "Fire crews fight blaze at harbour warehouse"


def test_check_reports_a_tab_once_without_echoes(project: Path) -> None:
    actors = project / "content" / "actors.yaml"
    lines = actors.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = "\t" + lines[4].lstrip(" ")
    actors.write_text("".join(lines), encoding="utf-8")
    result = run("check", "--project", str(project))
    assert result.exit_code == 4
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert 1 <= len(errors) <= 3, result.output
    assert errors[0].startswith("error: content/actors.yaml:5: invalid YAML")
    assert "is not an actor id" not in result.output
    assert "nothing was written" not in result.output


def test_check_reports_every_bad_field_of_a_parsed_file_and_no_echo(project: Path) -> None:
    figures = project / "content" / "casualties.yaml"
    text = figures.read_text(encoding="utf-8")
    dates = re.findall(r"(?m)^  date: (\d{4}-\d\d-\d\d)$", text)
    assert len(dates) >= 2
    text = text.replace(f"  date: {dates[0]}\n", "  date: 2022-02-30\n", 1)
    text = text.replace("  qualifier: exact\n", "  qualifier: roughly\n", 1)
    figures.write_text(text, encoding="utf-8")
    result = run("check", "--project", str(project))
    assert result.exit_code == 4
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2, result.output
    assert "'2022-02-30' is not a valid date" in result.output
    assert "'qualifier' must be one of" in result.output
    assert "is not a casualty id" not in result.output  # its events still find it
