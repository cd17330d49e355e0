"""Bad files in seeds/, through the CLI. A file that yields no article is skipped with a
warning naming it and the build goes on; with --strict it stops the build (exit 3) with
one message naming the file, no traceback, content/ and site/ untouched and nothing
written outside the project. A path that is not a plain file in the project always stops
the build. Odd but valid file names build."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_checks import assert_clean_failure, injected, visible_text
from hardening_counts import tried
from hardening_support import GOOD_ARTICLE, run_cli, tree

from briefgen.errors import SourceError


def _random_binary() -> bytes:
    rng = random.Random(9)
    return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(20_000))


def _long_text() -> bytes:
    para = "The ministers met again on Thursday, officials said in a statement. " * 20
    return ("\n\n".join([para] * 800)).encode()


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\n\t \r\n", "empty"),
    "picture.html": (_random_binary(), "binary"),
    "nul-bytes.txt": (GOOD_ARTICLE.encode().replace(b" ", b"\x00", 3), "binary"),
    "control-noise.txt": (b"\x01\x02\x1b[31m" * 400 + GOOD_ARTICLE.encode(), "readable text"),
    "c1-noise.txt": (bytes(range(128, 256)) * 60, "readable text"),
    "one-line-20mb.txt": (b"word " * 4_000_000, "too large"),
    "long-text.txt": (_long_text(), "too long"),
    "only-scripts.html": (
        b"<html><head><script>var a = 1;</script></head><body>"
        b"<script src='x.js'></script><noscript>Enable JavaScript</noscript>"
        b"<style>p{color:red}</style></body></html>",
        "no article text",
    ),
    "only-words.txt": (b"word " * 1000, "no article text"),
}


def _add(story: Path, name: str, data: bytes) -> Path:
    path = story / "seeds" / name
    path.write_bytes(data)
    return path


def _assert_refused(story: Path, names: str, *args: str, exit_code: int = 3) -> None:
    before = tree(story / "content"), tree(story / "site"), tree(story.parent / "outside")
    result = run_cli("build", "--project", str(story), "--jobs", "1", *args)
    assert_clean_failure(result, exit_code=exit_code, names=names)
    after = tree(story / "content"), tree(story / "site"), tree(story.parent / "outside")
    assert after == before, "a refused build changed content/, site/ or outside/"
    assert sorted(p.name for p in story.parent.iterdir()) == ["outside", "story"]
    tried("bad sources")


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_stops_a_strict_build_naming_it(story: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    _add(story, name, data)
    _assert_refused(story, f"seeds/{name}", "--strict")
    result = run_cli("build", "--project", str(story), "--jobs", "1", "--strict")
    assert reason in result.output, result.output


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_skipped_with_a_warning_naming_it(story: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    _add(story, name, data)
    result = run_cli("build", "--project", str(story), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert f"warning: seeds/{name}: skipped: " in result.output, result.output
    assert reason in result.output, result.output
    assert ", 1 skipped (" in result.output, result.output
    entry = (story / "content" / "sources" / f"{Path(name).stem}.yaml").read_text("utf-8")
    assert "\nskipped: " in entry and "paragraphs: []" in entry, entry
    tried("bad sources")


def test_a_bad_file_found_by_a_worker_process_is_reported_the_same(story: Path) -> None:
    for i in range(3):
        (story / "seeds" / f"more-{i}.txt").write_text(
            GOOD_ARTICLE.replace("Thursday", f"day {i}"), encoding="utf-8"
        )
    _add(story, "zz-empty.txt", b"")
    before = tree(story / "content")
    result = run_cli("build", "--project", str(story), "--jobs", "2", "--strict")
    assert_clean_failure(result, exit_code=3, names="seeds/zz-empty.txt")
    assert tree(story / "content") == before
    tried("bad sources")


def test_debug_shows_the_traceback(story: Path) -> None:
    _add(story, "empty.txt", b"")
    result = run_cli("build", "--project", str(story), "--jobs", "1", "--debug", "--strict")
    assert isinstance(result.exception, SourceError)
    assert "seeds/empty.txt" in str(result.exception)
    tried("bad sources")


def _symlink_out(story: Path) -> None:
    (story / "seeds" / "leak.txt").symlink_to(story.parent / "outside" / "secret.txt")


def _symlink_dir_out(story: Path) -> None:
    (story / "seeds" / "leak.html").symlink_to(story.parent / "outside")


def _dangling(story: Path) -> None:
    (story / "seeds" / "gone.txt").symlink_to(story / "seeds" / "nothing-here.txt")


def _loop(story: Path) -> None:
    (story / "seeds" / "loop.txt").symlink_to(story / "seeds" / "loop.txt")


def _folder(story: Path) -> None:
    (story / "seeds" / "folder.html").mkdir()
    (story / "seeds" / "folder.html" / "index.html").write_text("<p>hi</p>")


def _fifo(story: Path) -> None:
    os.mkfifo(story / "seeds" / "pipe.txt")


def _seeds_folder_out(story: Path) -> None:
    outside = story.parent / "outside"
    (outside / "article.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    seeds = story / "seeds"
    for path in seeds.iterdir():
        path.unlink()
    seeds.rmdir()
    seeds.symlink_to(outside)


SETUPS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "symlink to a file outside": (_symlink_out, "seeds/leak.txt", "outside the project"),
    "symlink to a folder outside": (_symlink_dir_out, "seeds/leak.html", "outside the project"),
    "dangling symlink": (_dangling, "seeds/gone.txt", "points to nothing"),
    "symlink loop": (_loop, "seeds/loop.txt", "points to nothing"),
    "folder named like a source": (_folder, "seeds/folder.html", "folder"),
    "named pipe": (_fifo, "seeds/pipe.txt", "not a regular file"),
    "seeds/ is a symlink outside": (_seeds_folder_out, "seeds/", "outside the project"),
}


@pytest.mark.parametrize("case", sorted(SETUPS))
def test_a_path_that_is_not_a_plain_file_in_the_project_is_refused(story: Path, case: str) -> None:
    setup, names, reason = SETUPS[case]
    setup(story)
    _assert_refused(story, names)
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert reason in result.output
    for folder in ("content", "docs_build", "site"):
        for path in (story / folder).rglob("*"):
            if path.is_file():
                assert "PRIVATE NOTES" not in path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(story: Path) -> None:
    path = _add(story, "locked.txt", GOOD_ARTICLE.encode())
    path.chmod(0)
    try:
        _assert_refused(story, "seeds/locked.txt", "--strict")
    finally:
        path.chmod(0o644)


ODD_NAMES = (
    "my article (final).txt",
    "Київ — переговори.txt",
    "a..b.txt",
    "news..html",
    "50% [draft] #1 {x}.txt",
    "<b onmouseover=alert(1)>bold & 'quoted'.txt",
)


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_odd_but_valid_file_name_builds(story: Path, name: str) -> None:
    distinct = GOOD_ARTICLE.replace("next week", f"next week, said {len(name)} envoys")
    if name.endswith(".html"):
        paras = distinct.split("\n\n")
        distinct = (
            f"<html><head><title>{paras[0]}</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in paras[1:])
            + "</article></body></html>"
        )
    _add(story, name, distinct.encode())
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in story.parent.iterdir()) == ["outside", "story"]
    pages = sorted((story / "site" / "sources").glob("*.html"))
    shown = [p for p in pages if f"said {len(name)} envoys" in visible_text(p)]
    assert shown, "the source's page is missing"
    for page in (story / "site").rglob("*.html"):
        assert injected(page) == [], page
    assert run_cli("check", "--project", str(story)).exit_code == 0
    tried("bad sources")


def test_files_that_are_not_sources_are_left_alone(story: Path) -> None:
    before = tree(story / "content")
    for name in (".#talks.txt", "~talks.txt", "talks.txt~", "notes.pdf", "..hidden.txt"):
        _add(story, name, b"\x00\x01 not an article")
    result = run_cli("build", "--project", str(story), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    assert tree(story / "content") == before
    tried("bad sources", 5)
