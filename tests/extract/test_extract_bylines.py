"""Bylines are not actors; party-and-office phrases are roles of a named person or no
actor at all. Texts written for these tests in the shape of Canadian wire copy."""

from __future__ import annotations

import pytest

LEDE = (
    "VICTORIA — The province will review how it handled last month's floods, Premier "
    "David Eby said Tuesday."
)


def people(facts) -> dict[str, tuple[str, ...]]:
    return {a.name: a.roles for a in facts.actors if a.kind == "person"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Canadian Press Jane Doe", LEDE),
        (f"The Canadian Press Jane Doe {LEDE}",),
        ("By Jane Doe The Canadian Press", LEDE),
        ("Jane Doe, The Canadian Press", LEDE),
        ("The Associated Press Jane Doe", LEDE),
    ],
)
def test_an_agency_byline_is_never_a_person(extract, paragraphs: tuple[str, ...]) -> None:
    facts = extract(*paragraphs)
    assert people(facts) == {"David Eby": ("Premier",)}
    assert not [a for a in facts.actors if "Doe" in a.name]


def test_a_reporter_who_is_also_in_the_story_keeps_her_place(extract) -> None:
    facts = extract(
        "Jane Doe, The Canadian Press",
        LEDE + " Jane Doe, a nurse at the shelter, said she was relieved.",
    )
    assert [r.split()[0] for r in people(facts)["Jane Doe"]] == ["nurse"]


def test_party_and_office_phrases_are_roles_or_nothing(extract) -> None:
    facts = extract(
        LEDE,
        "Liberal MLA Karin Kirkpatrick said the review came too late. "
        '"People were left on their own for days," she said.',
        "A Liberal MLA said the government had ignored warnings. The Green MLA for the "
        "riding, Adam Olsen, called for an independent inquiry.",
        "NDP MPP Joel Harden said Ontario should watch the review closely.",
    )
    found = people(facts)
    assert found["Karin Kirkpatrick"] == ("Liberal MLA",)
    assert found["Joel Harden"] == ("NDP MPP",)
    assert any("MLA" in role for role in found["Adam Olsen"])
    assert not [name for name in found if name.split()[-1] in ("MLA", "MPP", "Liberal")]
    speakers = {q.text: q.speaker for q in facts.quotes}
    assert speakers["People were left on their own for days"] == "karin-kirkpatrick"
