"""The key points' and disputes' rules for telling a story, on sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.summarize.blame import countries_in
from briefgen.summarize.keypoints import off_story, point_text

PUBLISHED = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Separately on Tuesday, a minibus crashed into a lorry, killing three.",
        "In other news, the central bank raised its main rate.",
        '"We fear the number will rise," she said.',
        "The toll rose to 29 on Wednesday, he added.",
        "Ferry disasters are not uncommon on Lake Victoria.",
        "Senegal has long been seen as one of West Africa's most stable democracies.",
        "The two countries have argued over their border since the Soviet Union collapsed.",
        "In 2018 more than 200 people died when the MV Nyerere sank near Ukara Island.",
        "The ferry's safety certificate had been renewed in January.",
        "He was briefly detained on March 3, 2023 after a rally.",
    ],
)
def test_no_key_point_from_a_passing_topic_background_or_an_unresolved_speaker(text: str) -> None:
    assert off_story(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams recovered 12 more bodies on Thursday, bringing the toll to 41.",
        '"We fear the number will rise," Rashidi said.',
        "Police arrested the captain and two crew members earlier this month.",
        "The death toll from Tuesday's capsizing rose to 29 on Wednesday.",
    ],
)
def test_the_story_itself_is_kept(text: str) -> None:
    assert not off_story(text, PUBLISHED)


def test_a_point_loses_its_wire_dateline_only() -> None:
    assert point_text("DAR ES SALAAM — At least 29 people died.") == "At least 29 people died."
    assert point_text("BISHKEK (CentralAsia Wire) — Troops fired.") == "Troops fired."
    assert point_text("At least 29 people died — officials said.") == (
        "At least 29 people died — officials said."
    )


def test_countries_by_name_or_by_their_people() -> None:
    assert countries_in("Tajikistan's foreign ministry") == {"Tajikistan"}
    assert countries_in("Tajik troops fired on a Kyrgyz checkpoint") == {"Tajikistan", "Kyrgyzstan"}
    assert countries_in("Ukrainian officials accused Russian forces") == {"Ukraine", "Russia"}
    assert countries_in("The State Border Service said") == set()
