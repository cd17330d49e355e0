"""The CLI end to end through click's CliRunner, on temporary copies of the project."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.errors import BriefgenError, ContentError

COMMANDS = ("build", "extract", "render", "check", "serve", "init", "add")


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_build_makes_a_site_whose_home_names_the_briefing(built_project: Path) -> None:
    index = built_project / "site" / "index.html"
    assert index.exists()
    title = __import__("yaml").safe_load((built_project / "content/briefing.yaml").read_text())[
        "title"
    ]
    assert title
    assert title.split()[0] in index.read_text(encoding="utf-8")


def test_check_passes_on_the_built_content(built_project: Path) -> None:
    result = run("check", "--project", str(built_project))
    assert result.exit_code == 0, result.output
    assert "content/ is valid: 5 sources" in result.output


def test_second_build_changes_nothing(built_project: Path) -> None:
    before = tree_digest(built_project / "content")
    docs_before = tree_digest(built_project / "docs_build")
    result = run("build", "--project", str(built_project), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "content/ unchanged" in result.output
    assert "(0 extracted)" in result.output  # the cache: no NLP on unchanged sources
    assert tree_digest(built_project / "content") == before
    assert tree_digest(built_project / "docs_build") == docs_before


def test_built_content_matches_the_committed_example(built_project: Path) -> None:
    committed = Path(__file__).resolve().parent.parent / "content"
    assert tree_digest(built_project / "content") == tree_digest(committed), (
        "content/ is stale: rebuild the example with `make site` and commit content/"
    )


def test_init_makes_an_empty_project_that_builds(tmp_path: Path) -> None:
    target = tmp_path / "new-story"
    result = run("init", str(target))
    assert result.exit_code == 0, result.output
    assert (target / "seeds").is_dir() and (target / "mkdocs.yml").exists()
    result = run("build", "--project", str(target))
    assert result.exit_code == 0, result.output
    assert (target / "site" / "index.html").exists()
    # No title given and no source yet: a placeholder until the first source's title.
    assert "title: Briefing\n" in (target / "content" / "briefing.yaml").read_text()


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("keep me")
    result = run("init", str(tmp_path))
    assert result.exit_code == 2
    assert "the folder is not empty" in result.output
    assert (tmp_path / "x.txt").read_text() == "keep me"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command not in ("init",):
        assert "--project" in result.output and "--debug" in result.output


def test_missing_project_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run("check", "--project", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_a_rebuild_after_a_yaml_edit_takes_the_proposal_from_the_cache(
    seed_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefgen.build

    project = seed_project
    assert run("build", "--project", str(project), "--jobs", "1").exit_code == 0
    briefing = project / "content" / "briefing.yaml"
    briefing.write_text(briefing.read_text().replace("title:", "title: Edited —", 1))

    def no_nlp(*args: object, **kwargs: object) -> None:
        raise AssertionError("a rebuild after a YAML edit ran the merge stage again")

    monkeypatch.setattr(briefgen.build, "merge_facts", no_nlp)
    monkeypatch.setattr(briefgen.build, "summarize_corpus", no_nlp)
    monkeypatch.setattr(briefgen.build, "build_corpus", no_nlp)
    result = run("build", "--project", str(project), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "(0 extracted)" in result.output
    assert "title: Edited —" in briefing.read_text()


def test_one_process_and_two_build_the_same_bytes(
    seeded_copies: Callable[[str], Path],
) -> None:
    """The side-by-side paths (the spaCy host, the forked halves of merge, summarize,
    store and render) give what one process gives: from scratch, and with a new source."""
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    trees = {}
    for jobs in ("1", "2"):
        project = seeded_copies(f"jobs{jobs}")
        held_back = project / "seeds" / seeds[-1].name
        held = held_back.read_bytes()
        held_back.unlink()
        first = run("build", "--project", str(project), "--jobs", jobs, "--no-site")
        assert first.exit_code == 0, first.output
        held_back.write_bytes(held)
        again = run("build", "--project", str(project), "--jobs", jobs, "--no-site")
        assert again.exit_code == 0, again.output
        assert "(1 extracted)" in again.output or "(2 extracted)" in again.output
        trees[jobs] = (tree_digest(project / "content"), tree_digest(project / "docs_build"))
    assert trees["1"] == trees["2"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pages_rendered_beside_a_refused_store_are_not_written(
    seed_project: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """The pages are rendered while content/ is validated; when validation refuses it,
    its error is the one reported, and neither content/ nor the pages are written."""
    import briefgen.store

    def refuse(*args: object, **kwargs: object) -> None:
        raise ContentError([BriefgenError("refused for the test", path=Path("content/x.yaml"))])

    monkeypatch.setattr(briefgen.store, "validate_files", refuse)
    result = run("build", "--project", str(seed_project), "--jobs", jobs, "--no-site")
    assert result.exit_code == ContentError.exit_code, result.output
    assert "refused for the test" in result.output
    assert not (seed_project / "content").exists()
    assert not list((seed_project / "docs_build").glob("**/*.md"))
