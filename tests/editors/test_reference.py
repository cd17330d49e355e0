"""docs/editing.md names every field `briefgen check` accepts, file by file, and is what
the generator writes today.

The accepted fields are asked of `briefgen check` itself: an unknown field in each kind
of entry makes it warn and name the valid ones."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.editors.reference import field_reference

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "editing.md"

PROBED = {
    "sources/s1.yaml": (
        "id: s1\nfile: seeds/s1.txt\nzz_probe: 1\nparagraphs:\n  - {id: p1, text: Hello.}\n"
    ),
    "actors.yaml": "- id: jo-bloggs\n  name: Jo Bloggs\n  kind: person\n  zz_probe: 1\n",
    "quotes.yaml": "- id: q-hello\n  text: Hello\n  zz_probe: 1\n",
    "casualties.yaml": "- id: c-a\n  kind: killed\n  count: 1\n  zz_probe: 1\n",
    "events.yaml": "- id: e-a\n  date: 2022-03-11\n  title: A\n  zz_probe: 1\n",
    "briefing.yaml": (
        "title: T\n"  # 1
        "zz_probe: 1\n"  # 2
        "summary:\n"  # 3
        "  - {text: A point, zz_probe: 1}\n"  # 4
        "disputes:\n"  # 5
        "  - about: X\n"  # 6
        "    zz_probe: 1\n"  # 7
        "    sides:\n"  # 8
        "      - {claim: More, zz_probe: 1}\n"  # 9
    ),
    "changes.yaml": "- date: 2022-03-11\n  zz_probe: 1\n",
}

# Where each warning lands → the section of the reference that must list the same fields.
SECTIONS = {
    "content/sources/s1.yaml:3": "`content/sources/SOURCE_ID.yaml`",
    "content/actors.yaml:4": "`content/actors.yaml`",
    "content/quotes.yaml:3": "`content/quotes.yaml`",
    "content/casualties.yaml:4": "`content/casualties.yaml`",
    "content/events.yaml:4": "`content/events.yaml`",
    "content/briefing.yaml:2": "`content/briefing.yaml`",
    "content/briefing.yaml:4": "A key point (briefing.yaml `summary`)",
    "content/briefing.yaml:7": "A dispute (briefing.yaml `disputes`)",
    "content/briefing.yaml:9": "A side of a dispute (`sides`)",
    "content/changes.yaml:2": "`content/changes.yaml`",
}


def accepted_fields(root: Path) -> dict[str, set[str]]:
    (root / "content" / "sources").mkdir(parents=True)
    (root / "seeds").mkdir()
    for name, text in PROBED.items():
        (root / "content" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--project", str(root)])
    assert result.exit_code == 0, result.output
    found = {}
    for where, valid in re.findall(
        r"warning: (\S+:\d+): unknown field 'zz_probe' ignored; valid: (.*)", result.output
    ):
        found[where] = set(valid.split(", "))
    assert set(found) == set(SECTIONS), result.output
    return found


def documented_fields(text: str) -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = set()
        elif current is not None and line.startswith("| `"):
            match = re.match(r"\| `([a-z_0-9]+)` \|", line)
            if match and line.count("|") == 5:  # the field tables: field, value, required, what
                sections[current].add(match.group(1))
    return sections


def test_the_reference_names_every_field_check_accepts(tmp_path: Path) -> None:
    accepted = accepted_fields(tmp_path / "probe")
    documented = documented_fields(REFERENCE.read_text(encoding="utf-8"))
    for where, section in SECTIONS.items():
        assert section in documented, f"docs/editing.md has no section {section}"
        assert documented[section] == accepted[where], (
            f"{section}: check accepts {sorted(accepted[where])}, "
            f"the reference lists {sorted(documented[section])}"
        )


def test_the_committed_reference_is_what_the_schema_gives() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == field_reference(), (
        "docs/editing.md is stale: run `make reference` and commit it"
    )
