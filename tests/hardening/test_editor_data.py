"""Nothing an editor writes is lost (issue 22): a missing or broken merge state, an
editor's own source file, a renamed article, two articles with one name, a name too long
for the file system. Each case is refused with a message naming the file, or kept."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hardening_counts import tried
from hardening_support import GOOD_ARTICLE, run_cli, tree

STATE = "content/.briefgen-state.yaml"
EDITED_TITLE = "Talks title chosen by an editor"


def save_title(project: Path) -> None:
    path = project / "content" / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: {EDITED_TITLE}", text, count=1), "utf-8")


def build(project: Path) -> tuple[int, str]:
    result = run_cli("build", "--project", str(project), "--jobs", "1", "--no-site")
    return result.exit_code, result.output


def test_a_missing_state_file_stops_the_build_and_reverts_nothing(story: Path) -> None:
    save_title(story)
    (story / STATE).unlink()
    before = tree(story / "content")
    code, output = build(story)
    assert code == 4, output
    assert output.endswith(
        f"error: {STATE}: briefgen's merge state is missing, but content/ holds entries; "
        f"restore it from git (`git checkout -- {STATE}`); it is the base of the merge with "
        "your corrections, and without it a build cannot tell them from briefgen's own "
        "output (and would undo them). Nothing was written. To start over from the sources "
        "instead, move content/ away and build\n"
        "1 problem(s) in content/; nothing was written\n"
    ), output
    assert tree(story / "content") == before
    tried("bad YAML")


def test_a_state_file_with_git_conflict_markers_is_invalid_content(story: Path) -> None:
    path = story / STATE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(
        "".join(lines[:5] + ["<<<<<<< HEAD\n"] + lines[5:8] + ["=======\n", ">>>>>>> other\n"])
        + "".join(lines[8:]),
        encoding="utf-8",
    )
    before = tree(story / "content")
    code, output = build(story)
    assert code == 4, output
    assert f"error: {STATE}:7: invalid YAML" in output
    assert (
        f"error: {STATE}: restore it from git (`git checkout -- {STATE}`); it is the base of "
        "the merge with your corrections"
    ) in output
    assert "Traceback" not in output
    assert tree(story / "content") == before
    result = run_cli("check", "--project", str(story))
    assert result.exit_code == 4, result.output
    tried("bad YAML")


def test_a_flipped_bit_in_any_cache_file_is_a_miss_never_a_different_result(
    story: Path, tmp_path: Path
) -> None:

    (story / "seeds" / "more.txt").write_text(
        GOOD_ARTICLE.replace("Antalya", "Istanbul").replace("Thursday", "Friday"), "utf-8"
    )
    save_title(story)
    pristine = tmp_path / "pristine"
    shutil.copytree(story, pristine, symlinks=True)
    code, output = build(pristine)
    assert code == 0, output
    expected = tree(pristine / "content")
    code, output = build(pristine)  # every cache now holds what this input gives
    assert code == 0, output
    assert tree(pristine / "content") == expected
    caches = sorted(p for p in (pristine / ".briefgen" / "cache").rglob("*") if p.is_file())
    assert len(caches) >= 5
    for i, cache in enumerate(caches):
        rel = cache.relative_to(pristine)
        for where in (0.3, 0.9):  # inside the checksum's cover, twice
            trial = tmp_path / f"trial-{i}-{where}"
            shutil.copytree(pristine, trial, symlinks=True)
            shutil.copytree(pristine / "content", trial / "content", dirs_exist_ok=True)
            data = bytearray((trial / rel).read_bytes())
            data[int(len(data) * where)] ^= 0x04
            (trial / rel).write_bytes(bytes(data))
            code, output = build(trial)
            assert code == 0, f"{rel}: {output}"
            assert "Traceback" not in output
            assert tree(trial / "content") == expected, f"a flipped bit in {rel} changed content/"
            assert f"title: {EDITED_TITLE}" in (trial / "content" / "briefing.yaml").read_text()
            shutil.rmtree(trial)
            tried("crash points")


INTERVIEW = """\
id: interview
file: notes/interview.txt
sha256: 5d41402abc4b2a76b9719d911017c592a2e1c2a6f3e7b3c4d5e6f708192a3b4c
title: Our own interview with the foreign minister
outlet: Our newsroom
url: null
published: 2022-03-11
published_basis: manifest
duplicate_of: null
paragraphs:
- {id: p1, text: "We did not make progress on a ceasefire, the minister told us."}
"""


def test_a_source_an_editor_added_is_kept_by_the_next_builds(story: Path) -> None:
    path = story / "content" / "sources" / "interview.yaml"
    path.write_text(INTERVIEW, encoding="utf-8")
    quotes = story / "content" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    # The quote also cites the editor's source.
    cited = re.sub(
        r"(?m)^(  sources:\n)", r"\1    - {source: interview, para: p1}\n", text, count=1
    )
    assert cited != text
    quotes.write_text(cited, encoding="utf-8")
    assert run_cli("check", "--project", str(story)).exit_code == 0
    for _ in range(2):
        code, output = build(story)
        assert code == 0, output
        assert "warning" not in output, output
        kept = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert kept == {**yaml.safe_load(INTERVIEW), "published_certainty": "none"}
        assert "{source: interview, para: p1}" in quotes.read_text(encoding="utf-8")
    tried("bad YAML")


def test_a_renamed_article_keeps_its_sources_corrections(story: Path) -> None:
    source = story / "content" / "sources" / "talks.yaml"
    text = source.read_text(encoding="utf-8")
    fixed = re.sub(r"(?m)^outlet: .*$", "outlet: Corrected Outlet", text, count=1)
    source.write_text(fixed, encoding="utf-8")
    code, output = build(story)
    assert code == 0, output
    (story / "seeds" / "talks.txt").rename(story / "seeds" / "antalya-talks.txt")
    code, output = build(story)
    assert code == 0, output
    assert (
        "content/sources/talks.yaml: its seed was renamed (same sha256); the source and every "
        "reference to it follow, as content/sources/antalya-talks.yaml"
    ) in output
    assert not source.exists()
    renamed = (story / "content" / "sources" / "antalya-talks.yaml").read_text("utf-8")
    assert "outlet: Corrected Outlet\n" in renamed
    assert "file: seeds/antalya-talks.txt\n" in renamed
    every = "".join(p.read_text("utf-8") for p in (story / "content").glob("*.yaml"))
    assert "source: talks," not in every
    assert "source: antalya-talks," in every
    tried("bad YAML")


def test_two_articles_with_one_name_are_refused_naming_both(story: Path) -> None:
    (story / "seeds" / "dup.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (story / "seeds" / "dup.md").write_text(
        GOOD_ARTICLE.replace("Antalya", "Istanbul"), encoding="utf-8"
    )
    before = tree(story / "content")
    code, output = build(story)
    assert code == 3, output
    assert output == (
        "error: seeds/dup.txt: seeds/dup.md has the same name without its extension ('dup'); "
        "a source's id is its file's name without the extension, so one of them would be "
        "lost. Rename one of the two files\n"
    )
    assert tree(story / "content") == before
    tried("bad sources")


def test_a_file_name_too_long_for_the_files_named_after_it_builds(story: Path) -> None:
    stem = "talks-in-antalya-" * 14 + "end-weeks"  # 251 characters with .txt
    (story / "seeds" / f"{stem}.txt").write_text(
        GOOD_ARTICLE.replace("Antalya", "Istanbul"), encoding="utf-8"
    )
    code, output = build(story)
    assert code == 0, output
    names = [p.name for p in (story / "content" / "sources").glob("*.yaml")]
    long_names = [n for n in names if n.startswith("talks-in-antalya-")]
    assert len(long_names) == 1 and len(long_names[0].encode()) <= 205, names
    ident = long_names[0][: -len(".yaml")]
    text = (story / "content" / "sources" / long_names[0]).read_text("utf-8")
    assert f"file: seeds/{stem}.txt\n" in text and f"id: {ident}\n" in text
    # Stable (nothing changes on the next build), and the site builds too.
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "content/ unchanged" in result.output
    assert (story / "site" / "sources" / f"{ident}.html").is_file()
    tried("bad sources")


def _nested_page(levels: int) -> str:
    before = "<p>Before the nesting, the ministers met in Antalya on Thursday for talks.</p>"
    deep = "<p>Inside the nesting, officials said a further meeting could follow.</p>"
    after = "".join(
        f"<p>After the nesting, paragraph {i} says the talks would resume next week.</p>"
        for i in range(1, 4)
    )
    return (
        "<html><head><title>Talks in Antalya</title></head><body><article><h1>Talks in "
        f"Antalya</h1>{before}{'<div>' * levels}{deep}{'</div>' * levels}{after}"
        "</article></body></html>"
    )


@pytest.mark.parametrize("levels", [300, 5000])
def test_deeply_nested_markup_loses_no_paragraph(story: Path, levels: int) -> None:
    (story / "seeds" / "deep.html").write_text(_nested_page(levels), encoding="utf-8")
    code, output = build(story)
    assert code == 0, output
    source = yaml.safe_load((story / "content" / "sources" / "deep.yaml").read_text("utf-8"))
    texts = [p["text"] for p in source["paragraphs"]]
    assert [t.split(",")[0] for t in texts] == [
        "Before the nesting",
        "Inside the nesting",
        "After the nesting",
        "After the nesting",
        "After the nesting",
    ], texts
    tried("bad sources")


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            "talks.txt:\n  title: {a: b}\n",
            "error: seeds/sources.yaml:2: 'talks.txt': title must be text, not {'a': 'b'}; put "
            "it in quotes if the text is meant\n",
        ),
        (
            "talks.txt:\n  outlet: Wire\n  url: [1, 2]\n",
            "error: seeds/sources.yaml:3: 'talks.txt': url must be text, not [1, 2]; put it in "
            "quotes if the text is meant\n",
        ),
        (
            "talks.txt:\n  outlet: 12\n",
            "error: seeds/sources.yaml:2: 'talks.txt': outlet must be text, not 12; put it in "
            "quotes if the text is meant\n",
        ),
        (
            "talks.txt:\n  outlet: Wire\ntalsk.txt:\n  outlet: Other Wire\n",
            "error: seeds/sources.yaml:3: 'talsk.txt' names no source file in seeds/ (by file "
            "name, like talks.txt, or without its extension); fix the name or remove the "
            "entry\n",
        ),
    ],
)
def test_a_wrong_value_or_name_in_sources_yaml_is_refused(
    story: Path, manifest: str, message: str
) -> None:
    (story / "seeds" / "sources.yaml").write_text(manifest, encoding="utf-8")
    before = tree(story / "content")
    code, output = build(story)
    assert code == 3, output
    assert output == message
    assert tree(story / "content") == before
    tried("bad YAML")
