"""The sentence splitter and the filters that keep opinion and boilerplate out of points."""

from __future__ import annotations

import pytest

from briefgen.summarize.sentences import (
    can_stand_alone,
    is_anaphoric,
    is_bare_quotation,
    is_boilerplate,
    is_outlet_opinion,
    split_sentences,
    strip_dateline,
)


def test_splits_plain_sentences() -> None:
    text = "The talks ended on Friday. No deal was reached. Both sides will meet again."
    assert split_sentences(text) == [
        "The talks ended on Friday.",
        "No deal was reached.",
        "Both sides will meet again.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Deputy Secretary of State Wendy Sherman spoke to Fox News on Sunday.",
        "The brief meeting wrapped up by around 5 a.m. ET, the agency reported.",
        "Gen. Mark Milley met Mr. Smith in Washington on Tuesday.",
        "Troops entered the country on Feb. 24 from several directions.",
        "The letter was signed by J. Smith, the mission's head of staff.",
    ],
)
def test_never_splits_after_abbreviations_or_initials(text: str) -> None:
    assert split_sentences(text) == [text]


def test_a_quotation_of_two_sentences_stays_whole() -> None:
    text = '"They seek surrender. This is not going to happen," he said. Talks will resume.'
    assert split_sentences(text) == [
        '"They seek surrender. This is not going to happen," he said.',
        "Talks will resume.",
    ]


def test_curly_quotes_and_a_new_quotation_split_after_the_attribution() -> None:
    text = "\u201cWe will rebuild,\u201d the mayor said. \u201cThe city will not fall.\u201d"
    assert split_sentences(text) == [
        "\u201cWe will rebuild,\u201d the mayor said.",
        "\u201cThe city will not fall.\u201d",
    ]


def test_outlet_voice_and_unattributed_opinion_are_rejected() -> None:
    assert is_outlet_opinion("We believe the world should act now to stop this war.")
    assert is_outlet_opinion("The truce should have been extended long ago by both parties.")
    assert is_outlet_opinion("Will the ceasefire hold through the coming week?")
    assert not is_outlet_opinion("The minister said the truce should be extended by a week.")
    assert not is_outlet_opinion('"We will act," the minister said after the meeting.')


def test_boilerplate_and_bare_quotations_and_anaphora() -> None:
    assert is_boilerplate("Sign up for our newsletter to get the latest news.")
    assert is_boilerplate("The Associated Press contributed to this report.")
    assert not is_boilerplate("Rebels sign up recruits in the northern provinces, officials said.")
    assert is_bare_quotation('"The bare minimum is to open humanitarian corridors now."')
    assert not is_bare_quotation('"Corridors must open," the NATO chief said on Friday.')
    assert is_anaphoric("He said the talks were now held on an almost daily basis.")
    assert is_anaphoric('"It is impossible to say how many days," she said in a video.')
    assert not is_anaphoric("Heavy fighting continued around the capital on Friday night.")


def test_headlines_and_captions_cannot_stand_alone() -> None:
    assert not can_stand_alone("Putin cites some progress in talks with the neighbouring country")
    assert not can_stand_alone("Too short to tell a story.")
    assert can_stand_alone("Ukrainian officials said three people were killed in the strike.")


def test_roman_numerals_are_not_the_outlet_speaking() -> None:
    assert not is_outlet_opinion(
        "The conflict is the worst in Europe since World War I, officials said."
    )
    assert is_outlet_opinion("I think the ceasefire will not hold for long in the east.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("BISHKEK, June 9 (Central Asia Wire) - At least 14 died.", "At least 14 died."),
        ("KYIV, Ukraine (AP) \u2014 Russia said.", "Russia said."),
        ("MOSCOW, March 3 \u2014 Talks resumed.", "Talks resumed."),
        ("NATO - the alliance said it would act.", "NATO - the alliance said it would act."),
        ("At least 12 - 15 people died.", "At least 12 - 15 people died."),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_sentence(text: str, want: str) -> None:
    assert strip_dateline(text) == want
