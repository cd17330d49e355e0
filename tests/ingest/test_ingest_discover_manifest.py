"""Finding sources in seeds/ and reading seeds/sources.yaml."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest import discover_sources, entry_for, ingest_source, load_manifest

ARTICLE = (
    "Bridge reopens after repairs\n\nThe old bridge reopened to traffic on Monday after "
    "eight months of repairs, the city said.\n"
)


def test_sources_are_sorted_and_filtered_by_suffix(project: Config) -> None:
    for name in ("b.html", "a.txt", "c.md", "notes.docx", "sources.yaml", "d.HTM"):
        (project.seeds / name).write_text(ARTICLE)
    assert [p.name for p in discover_sources(project)] == ["a.txt", "b.html", "c.md", "d.HTM"]


def test_no_seeds_folder_means_no_sources(tmp_path) -> None:
    assert discover_sources(Config(project=tmp_path)) == ()


def test_symlink_out_of_the_project_is_refused(project: Config, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "x.txt"
    outside.write_text(ARTICLE)
    os.symlink(outside, project.seeds / "x.txt")
    with pytest.raises(SourceError, match="outside the project") as err:
        discover_sources(project)
    assert "x.txt" in str(err.value)


def test_symlink_inside_the_project_is_followed(project: Config) -> None:
    (project.project / "a.txt").write_text(ARTICLE)
    os.symlink(project.project / "a.txt", project.seeds / "a.txt")
    assert [p.name for p in discover_sources(project)] == ["a.txt"]


def test_folder_named_like_a_source_is_refused(project: Config) -> None:
    (project.seeds / "story.html").mkdir()
    with pytest.raises(SourceError, match="folder") as err:
        discover_sources(project)
    assert "story.html" in str(err.value)


def test_manifest_gives_and_overrides_metadata(project: Config) -> None:
    (project.seeds / "a.txt").write_text(ARTICLE)
    (project.seeds / "b.txt").write_text(ARTICLE)
    (project.seeds / "sources.yaml").write_text(
        "# hand-written\n"
        "a.txt:\n  outlet: City Courier\n  url: https://courier.example/bridge\n"
        "  published: 2020-05-04\n"
        "b:\n  title: Old bridge open again\n"
    )
    manifest = load_manifest(project)
    a = ingest_source(
        project.seeds / "a.txt", project, entry_for(manifest, project.seeds / "a.txt")
    )
    b = ingest_source(
        project.seeds / "b.txt", project, entry_for(manifest, project.seeds / "b.txt")
    )
    assert (a.outlet, a.url, a.published) == (
        "City Courier",
        "https://courier.example/bridge",
        dt.date(2020, 5, 4),
    )
    assert (a.published_basis, a.published_certainty) == ("manifest", "certain")
    assert a.title == "Bridge reopens after repairs"
    assert b.title == "Old bridge open again" and b.published_basis == "unknown"


def test_bad_manifest_yaml_names_file_and_line(project: Config) -> None:
    (project.seeds / "sources.yaml").write_text("a.txt:\n  outlet: X\n  url: [unclosed\n")
    with pytest.raises(SourceError) as err:
        load_manifest(project)
    assert "sources.yaml:" in str(err.value) and "invalid YAML" in str(err.value)
    assert err.value.line is not None and err.value.line >= 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a.txt\n", "mapping"),
        ("a.txt:\n  outlett: X\n", "unknown field 'outlett'"),
        ("a.txt:\n  published: last week\n", "published must be a date"),
    ],
)
def test_manifest_content_errors(project: Config, text: str, message: str) -> None:
    (project.seeds / "sources.yaml").write_text(text)
    with pytest.raises(SourceError, match=message):
        load_manifest(project)


def test_dangling_symlink_is_refused_and_editor_files_skipped(project: Config) -> None:
    (project.seeds / "a.txt").write_text(ARTICLE)
    os.symlink(project.seeds / "gone.txt", project.seeds / ".#a.txt")  # an editor's lock file
    assert [p.name for p in discover_sources(project)] == ["a.txt"]
    os.symlink(project.seeds / "gone.txt", project.seeds / "b.txt")
    with pytest.raises(SourceError, match="points to nothing") as err:
        discover_sources(project)
    assert "b.txt" in str(err.value)
