"""site/ as a symlink to a deploy folder is updated in place, and a broken template is
`site_templates/FILE:LINE: what is wrong` with exit code 2, never a traceback (issue 22,
cases 12 and 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hardening_counts import tried
from hardening_support import run_cli, tree

from briefgen.render import THEME


def test_a_symlinked_site_is_updated_in_place(story: Path, tmp_path: Path) -> None:
    deploy = tmp_path / "deploy" / "briefing"
    deploy.mkdir(parents=True)
    (deploy / "stale.html").write_text("<p>last week's site</p>", encoding="utf-8")

    shutil.rmtree(story / "site")
    (story / "site").symlink_to(deploy, target_is_directory=True)
    for _ in range(2):
        result = run_cli("build", "--project", str(story), "--jobs", "1")
        assert result.exit_code == 0, result.output
        assert (story / "site").is_symlink()
        assert (story / "site").resolve() == deploy.resolve()
        assert (deploy / "index.html").is_file()
        assert not (deploy / "stale.html").exists()
    assert sorted(p.name for p in deploy.parent.iterdir()) == ["briefing"]
    assert [p.name for p in story.iterdir() if p.name.startswith(".site")] == []
    tried("crash points")


def test_a_site_link_to_a_file_is_refused_clearly(story: Path, tmp_path: Path) -> None:

    target = tmp_path / "not-a-folder.txt"
    target.write_text("x", encoding="utf-8")
    shutil.rmtree(story / "site")
    (story / "site").symlink_to(target)
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert result.exit_code == 7, result.output
    assert result.output.endswith(
        f"error: {story / 'site'}: the symlink points to {target}, which is not a folder; "
        "point it to a folder (the site is built there), or remove it\n"
    )
    assert target.read_text(encoding="utf-8") == "x"


TEMPLATE_CASES = {
    "syntax error": (
        "actor.md.j2",
        lambda text: text + "{% if %}\n",
        "error: site_templates/actor.md.j2:{line}: template syntax error: Expected an "
        "expression, got 'end of statement block'\n",
    ),
    "undefined name": (
        "home.md.j2",
        lambda text: "{{ nosuchname }}\n" + text,
        "error: site_templates/home.md.j2:1: 'nosuchname' is undefined (while rendering "
        "index.md)\n",
    ),
    "division by zero": (
        "home.md.j2",
        lambda text: "{{ 1/0 }}\n" + text,
        "error: site_templates/home.md.j2:1: ZeroDivisionError: division by zero (while "
        "rendering index.md)\n",
    ),
}


@pytest.mark.parametrize("case", sorted(TEMPLATE_CASES))
@pytest.mark.parametrize("command", ["build", "render"])
def test_a_broken_template_names_file_and_line(story: Path, case: str, command: str) -> None:
    name, change, expected = TEMPLATE_CASES[case]
    # A project's own template overrides the theme's: start from the theme's text.
    path = story / "site_templates" / name
    text = (THEME / name).read_text(encoding="utf-8")
    path.write_text(change(text), encoding="utf-8")
    before = tree(story / "site")
    jobs = ("--jobs", "1") if command == "build" else ()
    result = run_cli(command, "--project", str(story), *jobs)
    assert result.exit_code == 2, result.output
    line = len(text.splitlines()) + 1  # the line added at the end
    assert result.output.endswith(expected.format(line=line)), result.output
    assert "Traceback" not in result.output
    assert tree(story / "site") == before
    tried("bad YAML")


def test_an_unwritable_markdown_folder_is_a_located_error(story: Path) -> None:
    docs = story / "docs_build"
    shutil.rmtree(docs)
    docs.write_text("a file where the Markdown folder belongs", encoding="utf-8")
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert result.exit_code == 9, result.output
    assert result.output.endswith(
        f"error: {docs}: File exists; nothing more was done (content/ is whole)\n"
    ), result.output
