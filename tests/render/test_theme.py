"""briefgen's theme is kept once (briefgen/theme/); a project's site_templates/ only
overrides it, and a project whose mkdocs.yml has no nav gets briefgen's navigation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner
from site_fixture import REPO, make_project, read, seed_content

from briefgen import kinds
from briefgen.cli import main
from briefgen.kinds import Kind
from briefgen.kinds.schema import f
from briefgen.render import THEME, render_markdown
from briefgen.render.nav import site_nav


def test_the_example_project_keeps_no_copy_of_the_theme() -> None:
    own = {p.name for p in (REPO / "site_templates").rglob("*") if p.is_file()}
    assert own == {"README.md"}
    assert (THEME / "home.md.j2").is_file() and (THEME / "assets" / "briefgen.css").is_file()


def test_a_project_template_replaces_the_theme_s_of_that_name_only(tmp_path: Path) -> None:
    config = make_project(tmp_path / "p")
    (config.templates / "timeline.md.j2").write_text(
        '{% include "_front.md.j2" %}\n# Our own timeline: {{ days|length }} days\n',
        encoding="utf-8",
    )
    (config.templates / "assets").mkdir()
    (config.templates / "assets" / "briefgen.css").write_text("body { color: red; }\n")
    render_markdown(seed_content(), config)
    assert re.search(r"^# Our own timeline: \d+ days$", read(config, "timeline.md"), re.M)
    assert read(config, "assets/briefgen.css") == "body { color: red; }\n"
    theme_home = make_project(tmp_path / "q")
    render_markdown(seed_content(), theme_home)
    assert read(config, "index.md") == read(theme_home, "index.md")  # from the theme
    assert read(theme_home, "assets/briefgen.css") == (THEME / "assets/briefgen.css").read_text()


def test_briefgen_s_navigation_is_the_example_s() -> None:
    # The example's mkdocs.yml lists its nav by hand (people read it); a project made by
    # `briefgen init` leaves it to briefgen. Both must name the same pages.
    example = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert site_nav() == example["nav"]


def test_a_registered_kind_s_page_joins_the_navigation() -> None:
    class Entry:
        pass

    kind = Kind("sanctions", "sanctions.yaml", Entry, (f("id", "str"),), title="Sanctions")
    with kinds.registered(kind):
        nav = site_nav()
    assert nav[-2:] == [{"Sanctions": "sanctions.md"}, {"Tags": "tags.md"}]
    assert {"Sanctions": "sanctions.md"} not in site_nav()


def test_init_makes_a_project_that_overrides_nothing_and_gets_briefgen_s_nav(
    tmp_path: Path,
) -> None:
    target = tmp_path / "ferry-story"
    runner = CliRunner()
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (target / "site_templates").iterdir()) == ["README.md"]
    settings = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "nav" not in settings and settings["site_name"] == "Briefing"
    first_seed = sorted((REPO / "seeds").glob("*.txt"))[0]
    shutil.copy(first_seed, target / "seeds")
    result = runner.invoke(main, ["build", "--project", str(target)])
    assert result.exit_code == 0, result.output
    home = (target / "site" / "index.html").read_text(encoding="utf-8")
    # The tabs in briefgen's order (mkdocs' own nav would sort the files by name).
    tabs = re.findall(r'<a href="([^"]+)" class="md-tabs__link">', home)
    assert tabs == [
        "index.html",
        "timeline.html",
        "actors/index.html",
        "quotes/index.html",
        "casualties.html",
        "sources/index.html",
        "whats-new.html",
        "tags.html",
    ]
