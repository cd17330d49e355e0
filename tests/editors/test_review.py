"""`briefgen review`: the doubtful facts, most doubtful first, located; `reviewed: true`
takes an entry off the list and survives rebuilds."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from briefgen.cli import main

SOURCE = """\
id: {id}
file: seeds/{id}.txt
title: A headline
published: 2022-03-11
paragraphs:
{paragraphs}
"""

S1_PARAS = """\
  - {id: p1, text: "Mayor Jo Bloggs said on March 10 that 12 people were killed in the flood."}
  - {id: p2, text: '"We will rebuild," he said on Thursday.'}
  - {id: p3, text: A rescuer was killed on Thursday, the mayor said.}
"""
S2_PARAS = """\
  - {id: p1, text: "Jo Bloggs, the mayor, said 12 people were killed on March 10."}
"""

ACTORS = """\
- id: jo-bloggs
  name: Jo Bloggs
  kind: person
  aliases: [Bloggs, Joe Blogs]
  mentions: [{source: s1, para: p1}, {source: s2, para: p1}]

- id: ann-other
  name: Ann Other
  kind: person
  aliases: [Other]
"""

QUOTES = """\
- id: q-we-will-rebuild
  text: We will rebuild
  speaker: jo-bloggs
  sources: [{source: s1, para: p2}]

- id: q-twelve
  text: twelve people were killed
  kind: partial
  speaker: jo-bloggs
  sources: [{source: s1, para: p1}, {source: s2, para: p1}]
"""

CASUALTIES = """\
- id: c-flood-killed-12
  kind: killed
  count: 12
  claimed_by: [jo-bloggs]
  sources: [{source: s1, para: p1}, {source: s2, para: p1}]

- id: c-rescuer-killed-1
  kind: killed
  count: 1
  claimed_by: [jo-bloggs]
  sources: [{source: s1, para: p3}]
"""

EVENTS = """\
- id: e-2022-03-10-flood
  date: 2022-03-10
  title: The flood
  sources: [{source: s1, para: p1}, {source: s2, para: p1}]

- id: e-2022-03-10-rescuer
  date: 2022-03-10
  title: A rescuer dies
  sources: [{source: s1, para: p3}]
"""

BRIEFING = """\
title: The flood
disputes:
  - about: the toll
    sides:
      - {actor: jo-bloggs, claim: 12 dead, sources: [{source: s1, para: p1}]}
      - {actor: ann-other, claim: 10 dead, sources: [{source: s2, para: p1}]}
"""


def make_project(root: Path) -> Path:
    (root / "content" / "sources").mkdir(parents=True)
    (root / "seeds").mkdir()
    for ident, paras in (("s1", S1_PARAS), ("s2", S2_PARAS)):
        (root / "content" / "sources" / f"{ident}.yaml").write_text(
            SOURCE.format(id=ident, paragraphs=paras.rstrip("\n"))
        )
    files = {
        "actors.yaml": ACTORS,
        "quotes.yaml": QUOTES,
        "casualties.yaml": CASUALTIES,
        "events.yaml": EVENTS,
        "briefing.yaml": BRIEFING,
    }
    for name, text in files.items():
        (root / "content" / name).write_text(text)
    return root


def review(root: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["review", "--project", str(root), *args])


def test_the_list_is_most_doubtful_first_each_line_located_with_its_reasons(
    tmp_path: Path,
) -> None:
    result = review(make_project(tmp_path))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("content/")]
    as_json = json.loads(review(tmp_path, "--json").output)
    assert [(d["id"], d["score"]) for d in as_json] == [
        ("c-rescuer-killed-1", 9),
        ("q-we-will-rebuild", 6),
        ("d1", 4),
        ("e-2022-03-10-rescuer", 3),  # a tie: in the files' order
        ("jo-bloggs", 3),
    ]
    assert lines[0] == (
        "content/casualties.yaml:10  casualty 1 killed  claimant 'jo-bloggs' is not named "
        "in the figure's paragraph (found through a pronoun or a role); 1 is not written in "
        "the source: briefgen counted it; one source only"
    )
    assert lines[1] == (
        "content/quotes.yaml:3  quote \"We will rebuild\"  speaker 'jo-bloggs' is not named "
        "in the quote's paragraph (found through a pronoun or a role); one source only"
    )
    assert lines[2] == (
        "content/briefing.yaml:3  dispute the toll  found by briefgen: check that its 2 "
        "sides disagree"
    )
    assert lines[3] == (
        "content/events.yaml:7  event A rescuer dies  dated from 'Thursday' against the "
        "article's date; one source only"
    )
    assert lines[4] == (
        "content/actors.yaml:4  actor Jo Bloggs  merged from other spellings: 'Joe Blogs'"
    )
    assert "5 facts to review" in result.output
    # What is sure is not listed: two outlets, named speaker, a written count, a date given.
    listed = {d["id"] for d in as_json}
    assert not listed & {"q-twelve", "c-flood-killed-12", "e-2022-03-10-flood", "ann-other"}


def test_reviewed_true_takes_an_entry_off_the_list(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    path = root / "content" / "quotes.yaml"
    path.write_text(
        path.read_text().replace(
            "  text: We will rebuild\n", "  text: We will rebuild\n  reviewed: true\n"
        )
    )
    briefing = root / "content" / "briefing.yaml"
    briefing.write_text(
        briefing.read_text().replace(
            "  - about: the toll\n", "  - about: the toll\n    reviewed: true\n"
        )
    )
    result = review(root, "--json")
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(result.output)] == [
        "c-rescuer-killed-1",
        "e-2022-03-10-rescuer",
        "jo-bloggs",
    ]


def test_a_reviewed_entry_survives_rebuilds_and_leaves_the_list(project: Path) -> None:
    """On the example: mark the most doubtful fact reviewed and correct it; two builds
    keep it byte for byte, and the review list no longer has it."""
    first = json.loads(review(project, "--json").output)[0]
    assert first["file"] == "content/quotes.yaml"
    quotes = project / "content" / "quotes.yaml"
    lines = quotes.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line == f"- id: {first['id']}\n")
    lines.insert(start + 1, "  reviewed: true\n")
    quotes.write_text("".join(lines), encoding="utf-8")
    checked = _entry(quotes, first["id"])
    assert checked["reviewed"] is True
    written = []
    for _ in range(2):
        built = CliRunner().invoke(
            main, ["build", "--project", str(project), "--jobs", "1", "--no-site"]
        )
        assert built.exit_code == 0, built.output
        assert _entry(quotes, first["id"]) == checked
        written.append(quotes.read_bytes())
    assert written[0] == written[1]
    after = json.loads(review(project, "--json").output)
    assert first["id"] not in {d["id"] for d in after}
    # The build's summary counts what is left to review.
    assert f"; {len(after)} facts to review (`briefgen review`)" in built.output


def _entry(path: Path, ident: str) -> dict[str, object]:
    (entry,) = [e for e in yaml.safe_load(path.read_text(encoding="utf-8")) if e["id"] == ident]
    return dict(entry)


def test_a_count_briefgen_made_from_victims_one_by_one_says_so(tmp_path: Path) -> None:
    """A figure extraction marks `counted_by: briefgen` is listed as counted, whether or
    not its number happens to be written somewhere in the paragraph."""
    root = make_project(tmp_path)
    path = root / "content" / "casualties.yaml"
    path.write_text(
        path.read_text().replace(
            "- id: c-flood-killed-12\n  kind: killed\n  count: 12\n  claimed_by: [jo-bloggs]\n",
            "- id: c-flood-killed-12\n  kind: killed\n  count: 12\n  counted_by: briefgen\n",
        )
    )
    result = review(root, "--json")
    assert result.exit_code == 0, result.output
    listed = {d["id"]: d for d in json.loads(result.output)}
    assert "c-flood-killed-12" in listed
    assert "nobody states this count: briefgen counted victims one by one" in (
        " ".join(str(r) for r in listed["c-flood-killed-12"]["reasons"])
    )
