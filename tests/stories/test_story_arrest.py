"""An opposition leader's arrest told by four outlets over five days (tests/stories/
arrest): detention, charges, protests, deaths and mass arrests, bail; the government
(its interior minister speaking for it) accuses the party of inciting violence and the
party ("the party denies the accusation") denies it; background dates ("in the 2024
election", "in June 2023") and a dateline carrying the day of filing."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.content import Content

from .conftest import build_story, outlets

D = dt.date


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Content:
    return build_story("arrest", tmp_path_factory.mktemp("arrest"))


def test_the_events_a_careful_reader_lists(story: Content) -> None:
    got = [(e.date, outlets(e.sources), e.title) for e in story.events]
    assert got == [
        # "DAKAR, March 4 (…) — … detained … on Monday night": Monday, not the dateline's day
        (
            D(2025, 3, 3),
            ["a1"],
            "Senegalese police detained opposition leader Moussa Diallo at his home in Dakar",
        ),
        # "with insulting the head of state …" goes whole, not as "… the head"
        (D(2025, 3, 5), ["b2"], "A judge charged opposition leader Moussa Diallo"),
        (
            D(2025, 3, 5),
            ["b2"],
            "Hundreds of Diallo's supporters clashed with police in Dakar and Ziguinchor",
        ),
        # the same day and place, other happenings: three events, not one
        (D(2025, 3, 6), ["c3"], "Two people were killed in Ziguinchor"),
        (D(2025, 3, 6), ["c3"], "Police arrested 84 protesters in Dakar and Ziguinchor"),
        (
            D(2025, 3, 6),
            ["c3"],
            "Mobile internet was restricted in Dakar, according to the monitoring group NetBlocks",
        ),
        (D(2025, 3, 7), ["d4"], "A Dakar court released opposition leader Moussa Diallo on bail"),
        # "… gathered … to welcome him on Friday evening": the gathering happened then
        (
            D(2025, 3, 7),
            ["d4"],
            "Hundreds of supporters gathered outside his home in Dakar to welcome him",
        ),
        # "The interior ministry said on Friday that 112 people had been arrested …": the
        # arrests are the happening, told that day
        (D(2025, 3, 7), ["d4"], "112 people had been arrested during the protests"),
    ]
    # "The interior ministry confirmed the arrest on Tuesday" tells of the detention
    assert not [e for e in story.events if "confirmed" in e.title]


def test_the_key_points(story: Content) -> None:
    points = [p.text for p in story.briefing.summary]
    assert 5 <= len(points) <= 10
    assert points[0] == (
        "Senegalese police detained opposition leader Moussa Diallo at his home in Dakar on "
        "Monday night, his party said."
    )
    joined = " ".join(points)
    for off_story in ("2024", "June 2023", "stable democracies", "Most read"):
        assert off_story not in joined


def test_the_accusation_and_the_party_s_denial(story: Content) -> None:
    assert [(d.about, [s.actor for s in d.sides]) for d in story.briefing.disputes] == [
        (
            "the accusations against Union for Renewal",
            ["aminata-ba", "government", "union-for-renewal"],
        )
    ]


def test_every_quote_is_dated(story: Content) -> None:
    assert [(q.speaker, q.said_on, q.date_precision) for q in story.quotes] == [
        ("cheikh-fall", D(2025, 3, 5), "published"),
        ("aminata-ba", D(2025, 3, 6), "day"),  # "… Aminata Ba said on Thursday."
        ("moussa-diallo", D(2025, 3, 8), "published"),
    ]
