"""`briefgen check` and the build refuse a broken content/ with exact, located messages."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefgen.cli import main

SOURCE = """\
id: s1
file: seeds/s1.txt
sha256: null
title: A headline
outlet: null
url: null
published: 2022-03-11
published_basis: text
published_certainty: certain
duplicate_of: null
paragraphs:
  - {id: p1, text: Russian President Vladimir Putin said talks went well.}
  - {id: p2, text: '"We made progress," Putin said.'}
"""

ACTORS = """\
- id: vladimir-putin
  name: Vladimir Putin
  kind: person
  roles: [Russian President]
  aliases: [Putin]
  mentions: [{source: s1, para: p1}]
"""

QUOTES = """\
- id: q-we-made-progress
  text: We made progress
  kind: direct
  speaker: vladimir-putin
  said_on: 2022-03-11
  sources: [{source: s1, para: p2}]
"""


def make_project(root: Path, **files: str) -> Path:
    (root / "content" / "sources").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "content" / "sources" / "s1.yaml").write_text(SOURCE)
    defaults = {"actors.yaml": ACTORS, "quotes.yaml": QUOTES, "briefing.yaml": "title: T\n"}
    for name, text in {**defaults, **files}.items():
        (root / "content" / name).write_text(text)
    return root


def check(root: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--project", str(root)])


def test_a_valid_project_passes(tmp_path: Path) -> None:
    result = check(make_project(tmp_path))
    assert result.exit_code == 0, result.output
    assert "content/ is valid: 1 sources, 1 actors, 1 quotes" in result.output


def test_a_misspelt_speaker_is_named_with_file_and_line(tmp_path: Path) -> None:
    root = make_project(
        tmp_path, **{"quotes.yaml": QUOTES.replace("vladimir-putin", "vladimir-putn")}
    )
    result = check(root)
    assert result.exit_code == 4
    assert (
        "error: content/quotes.yaml:4: speaker 'vladimir-putn' is not an actor id" in result.output
    )


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "quotes.yaml",
            QUOTES + QUOTES.replace("We made", "They made"),
            "content/quotes.yaml:7: id 'q-we-made-progress' is used twice (first at line 1)",
        ),
        (
            "quotes.yaml",
            QUOTES.replace("said_on: 2022-03-11", "said_on: last Friday"),
            "content/quotes.yaml:5: 'said_on' must be a date like 2022-03-11, not 'last Friday'",
        ),
        (
            "quotes.yaml",
            QUOTES.replace("kind: direct", "kind: indirect"),
            "content/quotes.yaml:3: 'kind' must be one of direct | partial, not 'indirect'",
        ),
        (
            "quotes.yaml",
            QUOTES.replace("para: p2", "para: p9"),
            "content/quotes.yaml:6: paragraph 'p9' is not in source 's1'",
        ),
        (
            "quotes.yaml",
            QUOTES.replace("source: s1", "source: s2"),
            "content/quotes.yaml:6: source 's2' is not a source id",
        ),
        (
            "quotes.yaml",
            "- id: q-x\n  text: [not, text]\n",
            "content/quotes.yaml:2: 'text' must be text, not ['not', 'text']",
        ),
        (
            "quotes.yaml",
            "- id: q-x\n  kind: direct\n",
            "content/quotes.yaml:1: an entry lacks the required field 'text'",
        ),
        (
            "actors.yaml",
            ACTORS + "  kind: group\n",
            "content/actors.yaml:7: invalid YAML: duplicate key 'kind'",
        ),
        (
            "actors.yaml",
            "- id: a\n  name: [unclosed\n",
            "content/actors.yaml:3: invalid YAML: expected ',' or ']', but got '<stream end>'",
        ),
        (
            "actors.yaml",
            "- &a {id: x, name: X, kind: person}\n- *a\n",
            "content/actors.yaml:2: YAML aliases (*name) are not allowed in content/; "
            "write the value out",
        ),
        (
            "actors.yaml",
            "- !!python/object/apply:os.system [echo hi]\n",
            "content/actors.yaml:1: invalid YAML: "
            "tags that construct objects (!!python/…) are not allowed",
        ),
        (
            "casualties.yaml",
            "- id: c-1\n  kind: killed\n  count: 3\n  claimed_by: [vladimir-putn]\n",
            "content/casualties.yaml:4: claimed_by 'vladimir-putn' is not an actor id",
        ),
        (
            "casualties.yaml",
            "- id: c-1\n  kind: killed\n  count: -3\n",
            "content/casualties.yaml:3: 'count' must be a whole number of 0 or more, not -3",
        ),
        (
            "events.yaml",
            "- id: e-1\n  date: 2022-03-11\n  title: Talks\n  quotes: [q-nope]\n",
            "content/events.yaml:4: quote 'q-nope' is not a quote id",
        ),
    ],
)
def test_each_problem_has_an_exact_located_message(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    result = check(make_project(tmp_path, **{name: text}))
    assert result.exit_code == 4, result.output
    assert f"error: {message}" in result.output
    assert "Traceback" not in result.output


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    quotes = QUOTES.replace("vladimir-putin", "nobody-here").replace("para: p2", "para: p7")
    result = check(make_project(tmp_path, **{"quotes.yaml": quotes}))
    assert "speaker 'nobody-here' is not an actor id" in result.output
    assert "paragraph 'p7' is not in source 's1'" in result.output
    assert "2 problem(s) in content/\n" in result.output
    assert "nothing was written" not in result.output  # check never writes


def test_an_unknown_field_warns_and_names_the_valid_ones(tmp_path: Path) -> None:
    result = check(make_project(tmp_path, **{"quotes.yaml": QUOTES + "  mood: happy\n"}))
    assert result.exit_code == 0
    assert (
        "warning: content/quotes.yaml:7: unknown field 'mood' ignored; "
        "valid: id, text, kind, speaker, said_on, date_precision, sources"
    ) in result.output


def test_a_build_over_broken_content_writes_nothing(project: Path) -> None:
    quotes = project / "content" / "quotes.yaml"
    quotes.write_text(quotes.read_text() + "\n- id: [broken\n")
    before = {p: hashlib.sha256(p.read_bytes()).digest() for p in project.rglob("*") if p.is_file()}
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 4
    assert "content/quotes.yaml:" in result.output and "invalid YAML" in result.output
    after = {
        p: hashlib.sha256(p.read_bytes()).digest()
        for p in project.rglob("*")
        if p.is_file() and ".briefgen" not in p.parts
    }
    assert {p: d for p, d in before.items() if ".briefgen" not in p.parts} == after
    assert not (project / "site").exists()


def test_check_after_deleting_an_actor_warns_until_the_next_build(project: Path) -> None:
    import yaml

    actors_path = project / "content" / "actors.yaml"
    actors = yaml.safe_load(actors_path.read_text())
    quotes = yaml.safe_load((project / "content" / "quotes.yaml").read_text())
    speakers = {q["speaker"] for q in quotes if q.get("speaker")}
    if not speakers:
        pytest.skip("the example has no attributed quote yet")
    victim = sorted(speakers)[0]
    kept = [a for a in actors if a["id"] != victim]
    actors_path.write_text(yaml.safe_dump(kept, sort_keys=False, allow_unicode=True))
    result = check(project)
    assert result.exit_code == 0, result.output
    assert f"speaker '{victim}' is not an actor id (an edit since the last build" in result.output


def test_a_file_read_clean_once_is_checked_again_when_it_changes(tmp_path: Path) -> None:
    # Files are decoded once per name and bytes in a process: a change must be read anew.
    root = make_project(tmp_path)
    assert check(root).exit_code == 0
    (root / "content" / "sources" / "s1.yaml").write_text(SOURCE.replace("id: s1", "id: s2"))
    result = check(root)
    assert result.exit_code == 4
    assert "content/sources/s1.yaml:1: id 's2' must be the file's name 's1'" in result.output
    (root / "content" / "sources" / "s1.yaml").write_text(SOURCE)
    assert check(root).exit_code == 0


def test_planned_files_are_checked_as_the_same_files_on_disk(tmp_path: Path) -> None:
    from briefgen.config import Config
    from briefgen.store import read_content
    from briefgen.yamlfile import parse_yaml

    def data(text: str) -> Any:
        return parse_yaml(text, "x.yaml").data

    root = make_project(tmp_path)
    config = Config(project=root, content_dir="./content/")
    on_disk = read_content(config)
    planned = {
        f"./content/{p.relative_to(root / 'content').as_posix()}": data(p.read_text())
        for p in (root / "content").rglob("*.yaml")
    }
    in_memory = read_content(config, planned=planned)
    assert in_memory.content == on_disk.content and in_memory.content is not None
    broken = dict(planned, **{"./content/quotes.yaml": data(QUOTES.replace("putin", "putn"))})
    errors = [str(e) for e in read_content(config, planned=broken).errors]
    assert "content/quotes.yaml:4: speaker 'vladimir-putn' is not an actor id" in errors
