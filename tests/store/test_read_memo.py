"""content/ as the last build wrote it is read back from memory, never a stale copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefgen.config import load_config
from briefgen.store.corrections import content_snapshot, read_edited
from briefgen.store.read import read_content
from briefgen.store.read_memo import remembered_read


def _copy(built_project: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "briefing"
    shutil.copytree(built_project, dest, symlinks=True)
    return dest


def test_what_a_build_wrote_is_remembered_as_reading_it_gives(
    built_project: Path, tmp_path: Path
) -> None:
    config = load_config(_copy(built_project, tmp_path))
    remembered = remembered_read(config, content_snapshot(config))
    assert remembered is not None
    assert remembered == read_content(config, allow_dangling=True)


def test_an_edit_is_read_from_the_file(built_project: Path, tmp_path: Path) -> None:
    config = load_config(_copy(built_project, tmp_path))
    actors = config.content / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    first_name = next(line for line in text.splitlines() if line.startswith("  name: "))
    edited = text.replace(first_name, "  name: Edited By Hand", 1)
    actors.write_text(edited, encoding="utf-8")
    assert remembered_read(config, content_snapshot(config)) is None
    names = {a.name for a in read_edited(config).ours.actors}
    assert "Edited By Hand" in names


def test_a_file_added_to_content_is_not_remembered(built_project: Path, tmp_path: Path) -> None:
    config = load_config(_copy(built_project, tmp_path))
    (config.content / "notes.txt").write_text("an editor's note\n", encoding="utf-8")
    assert remembered_read(config, content_snapshot(config)) is None
