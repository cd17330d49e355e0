"""Corrections through the command line: the real pipeline on the example project, and
controlled proposals (briefgen.build.propose_content replaced) on a new project."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from story import proposal, with_quote_speaker

from briefgen.cli import main
from briefgen.config import Config
from briefgen.records import content as c
from briefgen.transaction import project_lock

Q_PUTIN = "q-there-are-certain-positive-shifts"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# The real pipeline: a rebuild after a YAML edit runs no NLP, and edits survive seeds.


def test_an_edit_survives_a_rebuild_with_no_nlp_and_then_a_changed_seed(project: Path) -> None:
    first = run("build", "--project", str(project), "--jobs", "1", "--no-site")
    assert first.exit_code == 0, first.output
    (path,) = sorted((project / "content" / "sources").glob("000_*.yaml"))
    data = yaml.safe_load(path.read_text())
    data["outlet"] = "Press TV"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))

    again = run("build", "--project", str(project), "--jobs", "1", "--no-site")
    assert again.exit_code == 0, again.output
    assert "(0 extracted)" in again.output  # the edit needed no NLP
    assert yaml.safe_load(path.read_text())["outlet"] == "Press TV"

    seed = project / "seeds" / f"{path.stem}.txt"
    seed.write_text(seed.read_text() + "\n\nKyiv said the talks would continue next week.\n")
    changed = run("build", "--project", str(project), "--jobs", "1", "--no-site")
    assert changed.exit_code == 0, changed.output
    assert "(1 extracted)" in changed.output
    written = yaml.safe_load(path.read_text())
    assert written["outlet"] == "Press TV"
    assert written["paragraphs"][-1]["text"] == "Kyiv said the talks would continue next week."


def test_a_removed_seed_removes_its_source(project: Path) -> None:
    assert run("build", "--project", str(project), "--jobs", "1", "--no-site").exit_code == 0
    (seed,) = sorted((project / "seeds").glob("004_*"))
    seed.unlink()
    result = run("build", "--project", str(project), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    assert not (project / "content" / "sources" / f"{seed.stem}.yaml").exists()
    assert "content/ is valid: 4 sources" in run("check", "--project", str(project)).output


# Controlled proposals through the CLI.


@pytest.fixture
def story_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "story"
    assert run("init", str(target)).exit_code == 0
    propose(monkeypatch, proposal())
    return target


def propose(monkeypatch: pytest.MonkeyPatch, content: c.Content) -> None:
    def fake(config: Config, reporter: object, host: object = None) -> tuple[c.Content, int]:
        return content, 0

    monkeypatch.setattr("briefgen.build.propose_content", fake)


def build(project: Path, *extra: str):  # type: ignore[no-untyped-def]
    return run("build", "--project", str(project), "--no-site", *extra)


def test_the_conflict_warning_names_file_entry_and_both_values(
    story_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build(story_project).exit_code == 0
    quotes = story_project / "content" / "quotes.yaml"
    quotes.write_text(
        quotes.read_text().replace("speaker: vladimir-putin", "speaker: dmytro-kuleba")
    )
    propose(monkeypatch, with_quote_speaker(proposal(), Q_PUTIN, "volodymyr-zelenskyy"))
    result = build(story_project)
    assert result.exit_code == 0, result.output
    assert (
        f"warning: content/quotes.yaml: {Q_PUTIN}: speaker: kept your 'dmytro-kuleba'; "
        "briefgen now finds 'volodymyr-zelenskyy'"
    ) in result.output
    assert "speaker: dmytro-kuleba" in quotes.read_text()


def test_deleting_an_actor_reports_the_dropped_references(story_project: Path) -> None:
    assert build(story_project).exit_code == 0
    actors = story_project / "content" / "actors.yaml"
    data = [a for a in yaml.safe_load(actors.read_text()) if a["id"] != "zelensky"]
    actors.write_text(yaml.safe_dump(data, sort_keys=False))
    result = build(story_project)
    assert result.exit_code == 0, result.output
    assert "content/actors.yaml: 'zelensky' was deleted; it stays deleted" in result.output
    assert "warning: content/quotes.yaml: q-we-will-not-give-up: dropped speaker 'zelensky'" in (
        result.output
    )
    figures = yaml.safe_load((story_project / "content" / "casualties.yaml").read_text())
    assert [x["claimed_by"] for x in figures] == [["local officials"], []]
    assert run("check", "--project", str(story_project)).exit_code == 0


def test_frozen_passes_when_nothing_would_change(story_project: Path) -> None:
    assert build(story_project).exit_code == 0
    result = build(story_project, "--frozen")
    assert result.exit_code == 0, result.output
    assert "content/ unchanged" in result.output


def test_frozen_fails_changing_nothing_and_shows_the_change(
    story_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert build(story_project).exit_code == 0
    before = snapshot(story_project / "content")
    propose(monkeypatch, with_quote_speaker(proposal(), Q_PUTIN, "dmytro-kuleba"))
    result = build(story_project, "--frozen")
    assert result.exit_code == 5, result.output
    assert "--frozen: content/ would change" in result.output
    assert "content/quotes.yaml: would change" in result.output
    assert "-  speaker: vladimir-putin" in result.output
    assert "+  speaker: dmytro-kuleba" in result.output
    assert snapshot(story_project / "content") == before


def test_frozen_fails_on_an_edit_that_the_merge_would_rewrite(story_project: Path) -> None:
    assert build(story_project).exit_code == 0
    actors = story_project / "content" / "actors.yaml"
    text = actors.read_text()
    actors.write_text(text.replace("id: vladimir-putin", "id: putin", 1))
    before = snapshot(story_project / "content")
    result = build(story_project, "--frozen")
    assert result.exit_code == 5
    assert "content/quotes.yaml: would change" in result.output  # the speaker follows
    assert snapshot(story_project / "content") == before


def test_a_second_briefgen_stops_with_a_clear_message(story_project: Path) -> None:
    assert build(story_project).exit_code == 0
    before = snapshot(story_project / "content")
    with project_lock(story_project.resolve()):
        result = build(story_project)
    assert result.exit_code == 6
    assert "another briefgen" in result.output and "--wait" in result.output
    assert snapshot(story_project / "content") == before


def test_a_second_briefgen_can_wait_for_the_first(story_project: Path) -> None:
    held = threading.Event()

    def hold() -> None:
        with project_lock(story_project.resolve()):
            held.set()
            time.sleep(1.0)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    started = time.monotonic()
    result = build(story_project, "--wait", "20")
    holder.join()
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 0.5  # it did wait
    assert (story_project / "content" / "quotes.yaml").exists()
