"""Figures as claims, end to end on stories written for these tests (stories/*/seeds):
a ferry capsizing told by five outlets over four days (tolls 12 → 27 → 41 → 43 with "14
more bodies" and "two more bodies" between, one of them given by the coast guard's
spokesman, a Red Cross count and an MP's "more than 50"
against the official 27 the same day, the Red Cross coming round to 43, an older sinking
as background), a shooting whose victims are told one by one, and a flood that drives
people from their homes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import main

STORIES = Path(__file__).parent / "stories"


def _built(tmp: Path, story: str) -> Path:
    project = tmp / story
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    for f in (STORIES / story / "seeds").iterdir():
        shutil.copy(f, project / "seeds" / f.name)
    result = CliRunner().invoke(main, ["extract", "--project", str(project), "--quiet"])
    assert result.exit_code == 0, result.output
    return project


def _load(project: Path, name: str) -> Any:
    return yaml.safe_load((project / "content" / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    return _built(tmp_path_factory.mktemp("figures"), "ferry")


def _figures(project: Path) -> dict[tuple[str, int], dict[str, Any]]:
    return {(c["kind"], c["count"]): c for c in _load(project, "casualties.yaml")}


def test_the_ferry_tolls_are_claims_with_dates_and_a_revision_chain(ferry: Path) -> None:
    figures = _figures(ferry)
    # "14 more bodies" and "two more bodies" are increments, never tolls.
    assert sorted(figures) == [
        ("killed", 12),
        ("killed", 27),
        ("killed", 31),
        ("killed", 41),
        ("killed", 43),
        ("killed", 50),
        ("killed", 228),
    ]
    day = dt.date(2025, 6, 9)
    chain = [figures[("killed", n)] for n in (12, 27, 41, 43)]
    assert [c["as_of"] for c in chain] == [day + dt.timedelta(days=n) for n in range(4)]
    assert [c["supersedes"] for c in chain] == [None] + [c["id"] for c in chain[:-1]]
    # The coast guard, once through its spokesman: one office, one chain.
    assert [c["claimed_by"][0] for c in chain] == [
        "kelvaran-coast-guard",
        "kelvaran-coast-guard",
        "tomas-arden",
        "kelvaran-coast-guard",
    ]
    assert figures[("killed", 12)]["qualifier"] == "at_least"
    assert figures[("killed", 43)]["claimed_by"] == ["kelvaran-coast-guard", "red-cross"]
    # Rival counts of other parties revise nothing.
    assert figures[("killed", 31)]["claimed_by"] == ["red-cross"]
    assert figures[("killed", 31)]["supersedes"] is None
    assert figures[("killed", 50)]["qualifier"] == "more_than"
    assert figures[("killed", 50)]["claimed_by"] == ["dara-velik"]
    assert {c["as_of"] for c in figures.values()} <= {day + dt.timedelta(days=n) for n in range(4)}


def test_an_older_disaster_is_background_and_never_a_key_figure(ferry: Path) -> None:
    figures = _figures(ferry)
    assert figures[("killed", 228)]["scope"] == "background"
    assert figures[("killed", 228)]["supersedes"] is None
    assert {c["scope"] for k, c in figures.items() if k != ("killed", 228)} == {"story"}
    assert _load(ferry, "briefing.yaml")["key_figures"] == [figures[("killed", 43)]["id"]]


def test_the_figure_dispute_is_the_mp_against_the_coast_guard_latest_count(ferry: Path) -> None:
    disputes = [
        d
        for d in _load(ferry, "briefing.yaml")["disputes"]
        if d["about"].startswith("the number of people")
    ]
    # The Red Cross came round to 43: its side is closed; the coast guard's revisions
    # are no dispute; the MP's "more than 50" still stands against the latest count.
    assert [[(s["actor"], s["claim"]) for s in d["sides"]] for d in disputes] == [
        [
            ("dara-velik", "more than 50 people killed"),
            ("kelvaran-coast-guard", "43 people killed"),
        ]
    ]


def test_victims_told_one_by_one_are_counted_by_briefgen(tmp_path: Path, nlp: object) -> None:
    project = _built(tmp_path, "shooting")
    figures = _figures(project)
    killed, injured = figures[("killed", 2)], figures[("injured", 2)]
    assert killed["counted_by"] == injured["counted_by"] == "briefgen"
    assert killed["claimed_by"] == injured["claimed_by"] == []
    assert killed["as_of"] == dt.date(2024, 5, 19)
    # "In 2019, three people were killed …": another shooting.
    assert figures[("killed", 3)]["scope"] == "background"
    assert _load(project, "briefing.yaml")["key_figures"] == [killed["id"], injured["id"]]


def test_displacement_and_evacuation_are_figures_and_key_figures(
    tmp_path: Path, nlp: object
) -> None:
    project = _built(tmp_path, "flood")
    figures = _figures(project)
    fled, evacuated = figures[("displaced", 3000)], figures[("evacuated", 40000)]
    assert fled["qualifier"] == "about" and fled["victims"] == "families"
    assert evacuated["victims"] == "residents"
    key = _load(project, "briefing.yaml")["key_figures"]
    assert key == [figures[("killed", 4)]["id"], fled["id"], evacuated["id"]]


def test_an_editors_key_figures_and_scope_survive_a_rebuild(ferry: Path, tmp_path: Path) -> None:
    project = tmp_path / "edited"
    shutil.copytree(ferry, project)
    briefing = (project / "content" / "briefing.yaml").read_text(encoding="utf-8")
    figures = _figures(project)
    mine = [figures[("killed", 50)]["id"], figures[("killed", 43)]["id"]]
    old_line = f"key_figures:\n  - {figures[('killed', 43)]['id']}\n"
    assert old_line in briefing
    new_line = "key_figures:\n" + "".join(f"  - {i}\n" for i in mine)
    (project / "content" / "briefing.yaml").write_text(
        briefing.replace(old_line, new_line), encoding="utf-8"
    )
    casualties = (project / "content" / "casualties.yaml").read_text(encoding="utf-8")
    block = casualties.split(f"- id: {figures[('killed', 31)]['id']}\n", 1)
    edited = (
        block[0]
        + f"- id: {figures[('killed', 31)]['id']}\n"
        + block[1].replace("scope: story", "scope: background", 1)
    )
    (project / "content" / "casualties.yaml").write_text(edited, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--project", str(project), "--quiet"])
    assert result.exit_code == 0, result.output
    assert _load(project, "briefing.yaml")["key_figures"] == mine
    assert _figures(project)[("killed", 31)]["scope"] == "background"


PREVIOUS = Path(__file__).parent / "previous_version"


@pytest.fixture
def previous_project(project: Path) -> Path:
    """The example project with content/ as the version before these fields committed it."""
    for f in PREVIOUS.iterdir():
        shutil.copy(f, project / "content" / f.name)
    return project


def test_content_of_the_previous_version_loads_and_rebuilds(
    previous_project: Path, nlp: object
) -> None:
    from briefgen.config import load_config
    from briefgen.store.read import read_content

    assert "scope:" not in (previous_project / "content" / "casualties.yaml").read_text()
    result = CliRunner().invoke(main, ["check", "--project", str(previous_project)])
    assert result.exit_code == 0, result.output
    content = read_content(load_config(previous_project)).content
    assert content is not None and content.briefing.key_figures == ()
    assert {(c.scope, c.as_of, c.counted_by) for c in content.casualties} == {("story", None, None)}
    result = CliRunner().invoke(main, ["extract", "--project", str(previous_project)])
    assert result.exit_code == 0, result.output
    assert "kept your" not in result.output  # the new fields are no editor's change
    figures = _load(previous_project, "casualties.yaml")
    assert all(c["as_of"] is not None and c["scope"] == "story" for c in figures)
    assert _load(previous_project, "briefing.yaml")["key_figures"]


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "casualties.yaml",
            "  scope: story\n",
            "  scope: past\n",
            "content/casualties.yaml:{line}: 'scope' must be one of story | background, not 'past'",
        ),
        (
            "casualties.yaml",
            "  as_of: 2022-03-11\n",
            "  as_of: last week\n",
            "content/casualties.yaml:{line}: 'as_of' must be a date like 2022-03-11, "
            "not 'last week'",
        ),
        (
            "casualties.yaml",
            "  scope: story\n",
            "  scope: story\n  counted_by: me\n",
            "content/casualties.yaml:{line}: 'counted_by' must be one of briefgen, not 'me'",
        ),
        (
            "briefing.yaml",
            "key_figures:\n  - ",
            "key_figures:\n  - c-nowhere-killed-9\n  - ",
            "content/briefing.yaml:{line}: key figure 'c-nowhere-killed-9' is not a casualty id",
        ),
    ],
)
def test_check_names_file_and_line_of_a_bad_figure_field(
    project: Path, file: str, old: str, new: str, message: str
) -> None:
    path = project / "content" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    edited = text.replace(old, new, 1)
    path.write_text(edited, encoding="utf-8")
    first_new = new.splitlines()[-1] if file == "casualties.yaml" else new.splitlines()[1]
    line = edited.splitlines().index(first_new) + 1
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 4
    assert message.format(line=line) in result.output


def test_check_refuses_a_background_figure_as_key_figure(project: Path) -> None:
    casualties = project / "content" / "casualties.yaml"
    briefing = (project / "content" / "briefing.yaml").read_text(encoding="utf-8")
    first_key = briefing.split("key_figures:\n  - ", 1)[1].split("\n", 1)[0]
    text = casualties.read_text(encoding="utf-8")
    head, tail = text.split(f"- id: {first_key}\n", 1)
    casualties.write_text(
        head + f"- id: {first_key}\n" + tail.replace("scope: story", "scope: background", 1),
        encoding="utf-8",
    )
    line = briefing.splitlines().index(f"  - {first_key}") + 1
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 4
    assert (
        f"content/briefing.yaml:{line}: key figure '{first_key}' has scope: background "
        "(another incident); a key figure must be a figure of this story (scope: story)"
    ) in result.output


def test_a_key_figure_whose_entry_an_editor_deleted_leaves_the_list(
    ferry: Path, tmp_path: Path
) -> None:
    project = tmp_path / "deleted"
    shutil.copytree(ferry, project)
    key = _figures(project)[("killed", 43)]["id"]
    path = project / "content" / "casualties.yaml"
    text = path.read_text(encoding="utf-8")
    head, tail = text.split(f"- id: {key}\n", 1)
    rest = tail.split("\n- id: ", 1)
    path.write_text(head + ("- id: " + rest[1] if len(rest) > 1 else ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--project", str(project), "--quiet"])
    assert result.exit_code == 0, result.output
    assert key not in {c["id"] for c in _load(project, "casualties.yaml")}
    assert key not in _load(project, "briefing.yaml")["key_figures"]
    assert CliRunner().invoke(main, ["check", "--project", str(project)]).exit_code == 0


def test_as_of_falls_back_to_the_figure_date_and_scope_splits_figures() -> None:
    from briefgen.merge.casualties import merge_casualties
    from briefgen.records.content import Ref
    from briefgen.records.facts import CasualtyFact, SourceFacts

    day = dt.date(2024, 3, 2)

    def fact(key: str, scope: str, as_of: dt.date | None) -> CasualtyFact:
        return CasualtyFact(
            key=key,
            kind="killed",
            count=9,
            qualifier="exact",
            victims=None,
            place=None,
            date=day,
            claimed_by=(),
            ref=Ref("s", "p1"),
            as_of=as_of,
            scope=scope,
        )

    entries, _ = merge_casualties(
        (
            SourceFacts("s", casualties=(fact("c1", "story", None),)),
            SourceFacts("t", casualties=(fact("c1", "background", day),)),
        ),
        {},
    )
    assert sorted((e.scope, e.as_of) for e in entries) == [
        ("background", day),
        ("story", day),
    ]


def test_key_figures_are_current_story_tolls_one_per_kind() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from briefgen.records.content import BriefingEntry, CasualtyEntry, Content, Ref
    from briefgen.summarize.figures import key_figures

    figure = st.builds(
        CasualtyEntry,
        id=st.sampled_from([f"c-{i}" for i in range(8)]),
        kind=st.sampled_from(("killed", "injured", "displaced")),
        count=st.integers(0, 60),
        claimed_by=st.sampled_from(((), ("coast-guard",), ("red-cross",))),
        supersedes=st.none() | st.sampled_from([f"c-{i}" for i in range(8)]),
        sources=st.lists(st.builds(Ref, st.sampled_from("abc"), st.just("p1")), max_size=3).map(
            tuple
        ),
        as_of=st.none() | st.dates(dt.date(2025, 1, 1), dt.date(2025, 1, 9)),
        scope=st.sampled_from(("story", "background")),
        counted_by=st.sampled_from((None, "briefgen")),
    )

    @settings(max_examples=200, deadline=None)
    @given(st.lists(figure, max_size=8, unique_by=lambda c: c.id))
    def check(figures: list[CasualtyEntry]) -> None:
        content = Content(briefing=BriefingEntry(title="t"), casualties=tuple(figures))
        chosen = [next(c for c in figures if c.id == i) for i in key_figures(content)]
        superseded = {c.supersedes for c in figures}
        assert all(c.scope == "story" and c.count > 0 for c in chosen)
        assert not any(c.id in superseded for c in chosen)
        assert len({c.kind for c in chosen}) == len(chosen)
        # Every kind with a current story toll has its key figure.
        kinds = {
            c.kind for c in figures if c.scope == "story" and c.count > 0 and c.id not in superseded
        }
        assert {c.kind for c in chosen} == kinds

    check()
