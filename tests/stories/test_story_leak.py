"""A chemical leak told by four outlets over four days (tests/stories/leak): the leak,
the regulator's accusation and the company's denial, the company's counter-accusation
and the regulator's denial (organisations, their director, spokeswoman and chief
executive speaking for them), an investigation, an order, the workers' discharge; a
background fine ("in 2019") and a live page's header."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.content import Content

from .conftest import build_story, outlets

D = dt.date


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Content:
    return build_story("leak", tmp_path_factory.mktemp("leak"))


def test_the_events_a_careful_reader_lists(story: Content) -> None:
    got = [(e.date, outlets(e.sources), e.title) for e in story.events]
    assert got == [
        # "sent 14 workers [to hospital]": the destination the verb asks for stays
        (D(2025, 10, 6), ["a1"], "A chlorine leak sent 14 workers to hospital"),
        # b2 tells the accusation too, but its clause ("… accused Nordkjem of failing to
        # report three smaller leaks") needs 13 words: a known gap, no title, no member
        (
            D(2025, 10, 7),
            ["c3"],
            "The agency accused the company of failing to report earlier leaks",
        ),
        (D(2025, 10, 8), ["c3"], "Nordkjem shares fell 6 percent in Oslo"),
        (D(2025, 10, 9), ["d4"], "Police opened an investigation into the leak"),
        (
            D(2025, 10, 9),
            ["d4"],
            "Tonje Dahl ordered a safety inspection of all chlorine storage sites",
        ),
        (D(2025, 10, 9), ["d4"], "All 14 workers have now left hospital, the hospital said"),
    ]
    # "Nordkjem was fined in 2019": background, no event
    assert not [e for e in story.events if e.date.year == 2019]


def test_the_key_points(story: Content) -> None:
    points = [p.text for p in story.briefing.summary]
    assert 5 <= len(points) <= 10
    assert points[0] == (
        "A chlorine leak at the Nordkjem chemical plant in Halden on Monday morning sent 14 "
        "workers to hospital, police said."
    )
    joined = " ".join(points)
    for off_story in ("2019", "latest developments", "Sign up", "Read more", "Photo"):
        assert off_story not in joined


def test_accusation_and_counter_accusation_between_a_company_and_a_regulator(
    story: Content,
) -> None:
    got = [
        (d.about, [(s.actor, outlets(s.sources)) for s in d.sides]) for d in story.briefing.disputes
    ]
    assert got == [
        (
            "the accusations against Nordkjem",
            [("norwegian-environment-agency", ["b2"]), ("nordkjem", ["b2", "c3"])],
        ),
        (
            "the accusations against Norwegian Environment Agency",
            [("nordkjem", ["c3"]), ("norwegian-environment-agency", ["c3"])],
        ),
    ]


def test_every_quote_is_dated(story: Content) -> None:
    assert [(q.speaker, q.said_on, q.date_precision) for q in story.quotes] == [
        ("kari-lunde", D(2025, 10, 6), "published"),
        ("ole-haugen", D(2025, 10, 7), "published"),
        ("silje-moen", D(2025, 10, 7), "published"),
        ("anders-vik", D(2025, 10, 8), "published"),
        ("tonje-dahl", D(2025, 10, 9), "published"),
    ]
