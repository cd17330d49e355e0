"""A ferry capsizing told by five outlets over three days (tests/stories/ferry): the toll
revised 12 → 29 → 41, the operator denying the overloading police accuse it of, a
minibus crash the same day and place, background dates (a certificate "renewed in
January", a sinking "in 2018"), a live blog's header and a photo caption."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.content import Content
from briefgen.render.model import build_index

from .conftest import build_story, outlets

TUESDAY, WEDNESDAY, THURSDAY = dt.date(2025, 6, 10), dt.date(2025, 6, 11), dt.date(2025, 6, 12)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Content:
    return build_story("ferry", tmp_path_factory.mktemp("ferry"))


def test_the_events_a_careful_reader_lists(story: Content) -> None:
    got = [(e.date, outlets(e.sources), e.title) for e in story.events]
    assert got == [
        (
            TUESDAY,
            ["a1", "b2", "c3", "e5"],  # capsized / overturned / sank / flipped over
            "A passenger ferry capsized on Lake Victoria near the port of Mwanza",
        ),
        (TUESDAY, ["c3"], "A minibus crashed into a lorry near Mwanza airport"),
        # the toll's revision on Wednesday ("rose to 29 on Wednesday"), the capsizing it
        # names ("Tuesday's capsizing") joined to the capsizing above
        (WEDNESDAY, ["b2"], "The death toll from Tuesday's capsizing of the MV Kiboko rose"),
        (WEDNESDAY, ["b2"], "Kiboko Marine Services said that the vessel was not overloaded"),
        (THURSDAY, ["d4"], "Rescue teams recovered 12 more bodies"),
        (THURSDAY, ["d4", "e5"], "Hassan declared three days of national mourning"),
        (
            THURSDAY,
            ["d4", "e5"],
            "Police arrested the captain of the ferry and two crew members",
        ),
    ]


def test_background_dates_make_no_event_nor_stretch_the_period(story: Content) -> None:
    assert all(e.date >= TUESDAY for e in story.events)  # "renewed in January", "in 2018"
    assert build_index(story).period() == (TUESDAY, THURSDAY)


def test_the_first_key_point_says_what_happened(story: Content) -> None:
    points = [p.text for p in story.briefing.summary]
    assert 5 <= len(points) <= 10
    assert points[0] == "The MV Kiboko flipped over near Mwanza on Tuesday evening."
    joined = " ".join(points)
    for off_story in ("minibus", "2018", "renewed in January", "latest developments", "Photo"):
        assert off_story not in joined
    assert not any(p.startswith("DAR ES SALAAM") for p in points)
    # then what followed, in order: the mourning and the arrests of Thursday, and the
    # flags at half mast "until Sunday" last
    assert ["national mourning" in points[-3], "arrested" in points[-2]] == [True, True]
    assert points[-1] == "Flags will fly at half mast until Sunday."


def test_every_quote_is_dated(story: Content) -> None:
    assert story.quotes and all(q.said_on for q in story.quotes)
    by_speaker = {q.speaker: (q.said_on, q.date_precision) for q in story.quotes}
    # no date of their own: their source's day of publication, said so
    assert by_speaker["joseph-mwita"] == (WEDNESDAY, "published")
    assert by_speaker["samuel-kimaro"] == (dt.date(2025, 6, 12), "published")


def test_the_accusation_and_its_denial_are_a_dispute(story: Content) -> None:
    # police accuse "the operator"; "The operator, Kiboko Marine Services, denied …"
    about = [d for d in story.briefing.disputes if not d.about.startswith("the number")]
    assert [(d.about, [s.actor for s in d.sides]) for d in about] == [
        ("the accusations against Kiboko Marine Services", ["Police", "kiboko-marine-services"])
    ]
