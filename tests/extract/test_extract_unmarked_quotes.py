"""Quotations whose quotation marks the source lost (a news API, a PDF, a feed), found by
the shapes outlets write them in; written for these tests. Indirect speech and facts
attributed after a comma stay what they are."""

from __future__ import annotations

import pytest


def quotes_of(facts) -> list[tuple[str, str | None]]:
    names = {a.key: a.name for a in facts.actors}
    return [(q.text, names.get(q.speaker or "")) for q in facts.quotes]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # inverted attribution at the sentence's end
        (
            [
                "The river burst its banks in Carlisle on Friday night.",
                "The water rose faster than anyone expected, said Mary Collins, a councillor.",
            ],
            [("The water rose faster than anyone expected", "Mary Collins")],
        ),
        # the speaker first, a colon, the quotation to the paragraph's end
        (
            [
                "Mary Collins, a councillor, visited the flooded streets on Saturday.",
                "Collins said: We will rebuild every house on this street. It will take years.",
            ],
            [
                (
                    "We will rebuild every house on this street. It will take years.",
                    "Mary Collins",
                )
            ],
        ),
        # ", NAME said" with a person's words; the next sentence goes on with it
        (
            [
                "Tom Baker, who runs the bakery on Main Street, lost his stock.",
                "We had two feet of water in the shop, Baker said. I don't know how we "
                "will pay for it.",
            ],
            [
                ("We had two feet of water in the shop", "Tom Baker"),
                ("I don't know how we will pay for it.", "Tom Baker"),
            ],
        ),
        # a paragraph opening with the quotation holds it from its start
        (
            [
                "Fire chief Ana Ruiz spoke to reporters at the scene.",
                "We got everyone out. Nobody was hurt, and that is what matters, said Ruiz.",
            ],
            [("We got everyone out. Nobody was hurt, and that is what matters", "Ana Ruiz")],
        ),
        # the dash convention of transcripts and European outlets
        (
            [
                "Pavel Novak, the mayor of Brno, met residents on Monday.",
                "– We will not leave anyone without a roof, said Novak.",
            ],
            [("We will not leave anyone without a roof", "Pavel Novak")],
        ),
        # "X said, We …" with a capital after the comma
        (
            [
                "Deputy Chief Sarah Lund said, We are asking everyone to stay away from the "
                "river until Monday."
            ],
            [
                (
                    "We are asking everyone to stay away from the river until Monday.",
                    "Sarah Lund",
                )
            ],
        ),
    ],
)
def test_quotation_without_marks_found_by_its_shape(extract, paragraphs, expected):
    assert quotes_of(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # indirect speech is no quotation
        ["Mary Collins said the water rose faster than anyone expected."],
        ["Collins said that the council would rebuild every house on the street."],
        # a fact attributed after a comma, in the order reports give facts
        ["Two people were killed and five injured, police said."],
        ["The bridge will stay closed until Monday, the council said on Saturday."],
        # a list item after a dash is not a quotation
        ["- 3,000 homes without power in the north of the county"],
    ],
)
def test_indirect_speech_without_marks_stays_indirect(extract, paragraphs):
    assert extract(*paragraphs).quotes == ()


def test_a_marked_source_keeps_its_marks_reading(extract):
    """Where any quotation is marked, unmarked shapes are not read as quotations: the
    writer marked what they quoted."""
    facts = extract(
        '"We will rebuild," said Mary Collins, a councillor.',
        "The water rose faster than anyone expected, said Tom Baker, a baker.",
    )
    assert [q.text for q in facts.quotes] == ["We will rebuild"]


@pytest.mark.parametrize(
    ("unmarked", "marked"),
    [
        (
            "The water rose faster than anyone expected, said Mary Collins, a councillor.",
            "“The water rose faster than anyone expected,” said Mary Collins, a councillor.",
        ),
        (
            "We had two feet of water in the shop, Tom Baker said.",
            "‘We had two feet of water in the shop,’ Tom Baker said.",
        ),
        (
            "Deputy Chief Sarah Lund said: We are asking everyone to stay away from the river.",
            'Deputy Chief Sarah Lund said: "We are asking everyone to stay away from the river."',
        ),
    ],
)
def test_speaker_as_for_the_marked_quotation(extract, unmarked, marked):
    intro = "The river burst its banks in Carlisle on Friday night."
    got = quotes_of(extract(intro, unmarked))
    want = quotes_of(extract(intro, marked))
    assert [s for _, s in got] == [s for _, s in want]
    assert [t.rstrip(".") for t, _ in got] == [t.rstrip(".") for t, _ in want]
