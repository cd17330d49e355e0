"""A border clash told by four outlets over three days (tests/stories/border): each
country blames the other, through its border service, its foreign ministry and its
troops; the toll is revised; a ceasefire, an evacuation and a presidents' call follow;
background dates ("in 2022", a truce "signed in March") and a photo caption."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.content import Content
from briefgen.render.model import build_index

from .conftest import build_story, outlets

THURSDAY, FRIDAY, SATURDAY = dt.date(2025, 9, 18), dt.date(2025, 9, 19), dt.date(2025, 9, 20)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Content:
    return build_story("border", tmp_path_factory.mktemp("border"))


def test_the_events_a_careful_reader_lists(story: Content) -> None:
    got = [(e.date, outlets(e.sources)) for e in story.events]
    assert got == [
        (THURSDAY, ["a1", "b2", "c3", "d4"]),  # exchanged fire / fighting / shelling
        (FRIDAY, ["c3", "d4"]),  # the ceasefire
        (SATURDAY, ["d4"]),  # the evacuation
        (SATURDAY, ["d4"]),  # the presidents' call
        (SATURDAY, ["d4"]),  # the toll raised to four
    ]
    titles = [e.title for e in story.events]
    assert titles == [
        # a clause telling the happening, not "Fighting near Kok-Tash" nor "Both sides blame"
        "Kyrgyz and Tajik border troops exchanged fire near the village of Kok-Tash",
        "Kyrgyzstan and Tajikistan agreed a ceasefire",
        "Authorities evacuated about 10,000 residents from villages along the Tajik border",
        "Sadyr Japarov spoke by telephone and agreed to withdraw troops",
        "Kyrgyz officials raised the toll among their border guards to four",
    ]
    # the foreign ministry's blaming on Friday is what it said of Thursday's fighting
    assert not [e for e in story.events if "blamed" in e.title]
    assert build_index(story).period() == (THURSDAY, SATURDAY)


def test_the_first_key_point_says_what_happened(story: Content) -> None:
    points = [p.text for p in story.briefing.summary]
    assert 5 <= len(points) <= 10
    assert points[0] == (
        "Kyrgyz and Tajik border troops exchanged fire near the village of Kok-Tash on "
        "Thursday, killing two Kyrgyz border guards, Kyrgyzstan's border service said."
    )  # less its dateline "BISHKEK (CentralAsia Wire) —"
    joined = " ".join(points)
    for off_story in ("2022", "signed in March", "Photo:", "subscribe"):
        assert off_story not in joined


def test_each_country_blames_the_other(story: Content) -> None:
    blame = [d for d in story.briefing.disputes if d.about.startswith("the blame")]
    assert [(d.about, [s.actor for s in d.sides]) for d in blame] == [
        (
            "the blame between Kyrgyzstan and Tajikistan",
            ["state-border-service", "Tajikistan's foreign ministry"],
        )
    ]


def test_every_quote_is_dated(story: Content) -> None:
    assert [(q.speaker, q.said_on, q.date_precision) for q in story.quotes] == [
        ("aida-sultanova", THURSDAY, "published"),
        ("farhod-salimzoda", FRIDAY, "published"),
        ("gulnara-toktosunova", dt.date(2025, 9, 21), "published"),
    ]
