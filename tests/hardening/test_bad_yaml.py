"""Bad YAML from people, in content/, seeds/sources.yaml and briefgen.yaml: each is
refused (or, for an unknown field in content/, warned about) with file and line, and no
traceback; a refused build changes nothing."""

from __future__ import annotations

import resource
import tracemalloc
from pathlib import Path

import pytest
from hardening_checks import assert_clean_failure
from hardening_counts import tried
from hardening_support import run_cli, tree

from briefgen.errors import BriefgenError
from briefgen.yamlfile import parse_yaml

BILLION_LAUGHS = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    + "- evil: *i\n"
)
NESTING_BOMB = "- id: deep\n  name: " + "[" * 20_000 + "]" * 20_000 + "\n"
PYTHON_TAG = '- id: x\n  name: !!python/object/apply:os.system ["touch {canary}"]\n'
ACTOR = "- id: vladimir-putin\n  name: Vladimir Putin\n  kind: person\n"

# (file, text, what the message says, the line it names)
CONTENT_CASES: dict[str, tuple[str, str | None, str, int | None]] = {
    "syntax: unclosed bracket": (
        "actors.yaml",
        "- id: a-b\n  name: [unclosed\n  kind: person\n",
        "invalid YAML",
        3,
    ),
    "syntax: tab indentation": ("actors.yaml", "- id: a-b\n\tname: X\n", "invalid YAML", 2),
    "syntax: bad indentation": (
        "quotes.yaml",
        "- id: q-a\n  text: hi\n    kind: direct\n",
        "invalid YAML",
        3,
    ),
    "wrong type: roles is a number": (
        "actors.yaml",
        ACTOR + "  roles: 5\n",
        "'roles' must be a list",
        4,
    ),
    "wrong type: count is text": (
        "casualties.yaml",
        "- id: c-x\n  kind: killed\n  count: many\n",
        "'count' must be a whole number",
        3,
    ),
    "wrong type: negative count": (
        "casualties.yaml",
        "- id: c-x\n  kind: killed\n  count: -4\n",
        "'count' must be a whole number",
        3,
    ),
    "wrong type: a mapping, not a list": (
        "quotes.yaml",
        "q-a:\n  text: hi\n",
        "expected a list",
        1,
    ),
    "wrong type: entry is text": ("actors.yaml", "- just a name\n", "expected a mapping", None),
    "wrong enum": (
        "actors.yaml",
        ACTOR.replace("person", "wizard"),
        "'kind' must be one of person",
        3,
    ),
    "missing required field": ("actors.yaml", "- id: a-b\n  kind: person\n", "lacks", 1),
    "duplicate ids": (
        "actors.yaml",
        ACTOR + ACTOR,
        "id 'vladimir-putin' is used twice (first at line 1)",
        4,
    ),
    "duplicate key": (
        "actors.yaml",
        ACTOR + "  name: Putin again\n",
        "duplicate key 'name'",
        4,
    ),
    "dangling paragraph reference": (
        "quotes.yaml",
        "- id: q-a\n  text: We met\n  sources:\n  - {source: talks, para: p99}\n",
        "paragraph 'p99' is not in source 'talks'",
        4,
    ),
    "dangling source reference": (
        "events.yaml",
        "- id: e-a\n  date: 2022-03-10\n  title: Talks\n  sources:\n"
        "  - {source: nowhere, para: p1}\n",
        "source 'nowhere' is not a source id",
        5,
    ),
    "date out of range": (
        "events.yaml",
        "- id: e-a\n  date: 2022-02-30\n  title: Talks\n",
        "not a valid date",
        2,
    ),
    "date that is a word": (
        "events.yaml",
        "- id: e-a\n  date: last Thursday\n  title: Talks\n",
        "'date' must be a date like 2022-03-11",
        2,
    ),
    "date that is a number": (
        "quotes.yaml",
        "- id: q-a\n  text: hi\n  said_on: 20220310\n",
        "'said_on' must be a date",
        3,
    ),
    "date with impossible time": (
        "events.yaml",
        "- id: e-a\n  date: 2022-03-10 25:61:00\n  title: Talks\n",
        "not a valid date",
        2,
    ),
    "alias bomb": ("actors.yaml", BILLION_LAUGHS, "aliases (*name) are not allowed", 2),
    "nesting bomb": ("actors.yaml", NESTING_BOMB, "nested more than", 2),
    "python tag": ("actors.yaml", PYTHON_TAG, "tags that construct objects", 2),
    "binary tag in a text field": (
        "actors.yaml",
        "- id: a-b\n  name: !!binary aGVsbG8=\n",
        "'name' must be text",
        2,
    ),
    "set tag": ("actors.yaml", "- id: a-b\n  name: !!set {x}\n", "'name' must be text", 2),
    "not UTF-8": ("actors.yaml", "- id: a-b\n  name: Caf\udce9\n", "not UTF-8", 2),
    "briefing without a title": ("briefing.yaml", "summary: []\n", "lacks", 1),
    "source id is not its file name": (
        "sources/talks.yaml",
        None,
        "must be the file's name",
        1,
    ),
}


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))


@pytest.mark.parametrize("case", sorted(CONTENT_CASES))
def test_bad_content_yaml_is_refused_with_file_and_line(
    story: Path, case: str, tmp_path: Path
) -> None:
    name, text, message, line = CONTENT_CASES[case]
    target = story / "content" / name
    if text is None:
        text = target.read_text(encoding="utf-8").replace("id: talks", "id: other-talks")
    canary = tmp_path / "canary"
    _write(target, text.replace("{canary}", str(canary)))
    before = tree(story / "content"), tree(story / "site")
    checked = run_cli("check", "--project", str(story))
    assert_clean_failure(checked, exit_code=4, names=f"content/{name}")
    where = f"content/{name}:{line}: " if line else f"content/{name}"
    assert any(where in x and message in x for x in checked.output.splitlines()), checked.output
    built = run_cli("build", "--project", str(story), "--jobs", "1")
    assert_clean_failure(built, exit_code=4, names=f"content/{name}")
    assert (tree(story / "content"), tree(story / "site")) == before
    assert not canary.exists()
    tried("bad YAML")


def test_unknown_fields_in_content_are_warned_about_naming_the_valid_ones(story: Path) -> None:
    _write(story / "content" / "actors.yaml", ACTOR + "  nickname: Vova\n")
    result = run_cli("check", "--project", str(story))
    assert result.exit_code == 0, result.output
    assert (
        "warning: content/actors.yaml:4: unknown field 'nickname' ignored; valid: id, name, kind"
        in result.output
    )
    assert "Traceback" not in result.output
    tried("bad YAML")


def test_an_alias_bomb_is_refused_quickly_in_bounded_memory() -> None:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        for depth in (8, 12):  # 9**8 and 9**12 "lol"s if expanded
            bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
                f"x{i}: &x{i} [{','.join(['*' + ('a' if i == 0 else f'x{i - 1}')] * 9)}]\n"
                for i in range(depth)
            )
            with pytest.raises(BriefgenError, match="aliases"):
                parse_yaml(bomb, "content/actors.yaml")
            tried("bad YAML")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"{peak} bytes traced while refusing an alias bomb"
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert grown_kb < 50_000, f"the process grew by {grown_kb} kB"


def test_a_nesting_bomb_is_refused_without_crashing_the_interpreter() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(BriefgenError, match="nested"):
            parse_yaml("[" * 100_000 + "]" * 100_000, "content/actors.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    tried("bad YAML")


MANIFEST_CASES: dict[str, tuple[str, str, int]] = {
    "syntax error": ("talks.txt: {title: [x\n", "invalid YAML", 2),
    "unknown field": (
        "talks.txt:\n  title: T\n  autor: X\n",
        "unknown field 'autor'; valid fields: title, outlet, url, published",
        3,
    ),
    "entry is a list": ("talks.txt: [a, b]\n", "must map to fields", 1),
    "not a mapping": ("- talks.txt\n", "expected a mapping", 1),
    "date out of range": ("talks.txt:\n  published: 2022-02-30\n", "not a valid date", 2),
    "date that is a word": (
        "talks.txt:\n  published: Thursday\n",
        "published must be a date like 2022-03-11",
        2,  # the field's own line
    ),
    "duplicate file": (
        "talks.txt: {title: A}\ntalks.txt: {title: B}\n",
        "duplicate key 'talks.txt'",
        2,
    ),
    "alias bomb": (BILLION_LAUGHS.replace("- evil: *i", "talks.txt: *i"), "aliases", 2),
    "python tag": ("talks.txt: !!python/object:os.system {}\n", "tags that construct", 1),
    "nesting bomb": ("talks.txt: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than", 1),
}


@pytest.mark.parametrize("case", sorted(MANIFEST_CASES))
def test_bad_seeds_manifest_stops_the_build_with_file_and_line(story: Path, case: str) -> None:
    text, message, line = MANIFEST_CASES[case]
    _write(story / "seeds" / "sources.yaml", text)
    before = tree(story / "content"), tree(story / "site")
    result = run_cli("build", "--project", str(story), "--jobs", "1")
    assert_clean_failure(result, exit_code=3, names=f"seeds/sources.yaml:{line}: ")
    assert message in result.output, result.output
    assert (tree(story / "content"), tree(story / "site")) == before
    tried("bad YAML")


CONFIG_CASES: dict[str, tuple[str, str, int]] = {
    "syntax error": ('title: "unclosed\n', "invalid YAML", 2),
    "unknown setting": (
        "title: T\nsite_dri: public\n",
        "unknown setting 'site_dri'; valid settings: content_dir, docs_dir",
        2,
    ),
    "wrong type": ("title: T\njobs: many\n", "setting 'jobs' must be a int", 2),
    "a boolean for a number": ("jobs: true\n", "setting 'jobs' must be a int", 1),
    "a list for text": ("title: [a, b]\n", "setting 'title' must be a str", 1),
    "not a mapping": ("- title\n", "expected a mapping", 1),
    "site outside the project": ("site_dir: ../elsewhere\n", "inside the project", 1),
    "content at an absolute path": ("content_dir: /tmp/content\n", "inside the project", 1),
    "duplicate setting": ("title: A\ntitle: B\n", "duplicate key 'title'", 2),
    "alias bomb": (BILLION_LAUGHS.replace("- evil: *i", "title: *i"), "aliases", 2),
    "python tag": ("title: !!python/name:os.system\n", "tags that construct", 1),
}


@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_bad_briefgen_yaml_stops_every_command_with_file_and_line(story: Path, case: str) -> None:
    text, message, line = CONFIG_CASES[case]
    _write(story / "briefgen.yaml", text)
    before = tree(story.parent)
    for command in ("build", "check", "render"):
        result = run_cli(command, "--project", str(story))
        assert_clean_failure(result, exit_code=2, names=f"briefgen.yaml:{line}: ")
        assert message in result.output, result.output
    assert tree(story.parent) == before
    tried("bad YAML")


def test_a_peek_at_a_file_uses_the_hardened_reader(tmp_path: Path) -> None:
    """The title the site is named with and a skipped source's last text are read with the
    same refusals as content/ (an alias bomb is never expanded): a refused file is None."""
    from briefgen.yamlfile import read_mapping

    path = tmp_path / "briefing.yaml"
    path.write_text("title: &t Ferry capsizes\nother: *t\n", encoding="utf-8")
    assert read_mapping(path, "content/briefing.yaml") is None
    path.write_text("\ufefftitle: Ferry capsizes\n", encoding="utf-8")
    assert read_mapping(path, "content/briefing.yaml") == {"title": "Ferry capsizes"}
    assert read_mapping(tmp_path / "missing.yaml", "content/missing.yaml") is None
    tried("bad YAML")
