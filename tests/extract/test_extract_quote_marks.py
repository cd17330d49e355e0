"""Quotations in every convention of quotation marks, written for these tests in the
styles British, American, French and German outlets use."""

from __future__ import annotations

import pytest

from briefgen.nlp.quotemarks import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in find_quote_spans(text)]


def speaker_name(facts, key):
    return next((a.name for a in facts.actors if a.key == key), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'The water rose faster than anyone expected,' said Mary Collins, a councillor.",
            ["The water rose faster than anyone expected,"],
        ),
        (
            "‘We will rebuild,’ said the mayor. ‘It will take years, not months.’",
            ["We will rebuild,", "It will take years, not months."],
        ),
        # Apostrophes inside words and possessives are not quotation marks.
        (
            "The residents' homes were flooded, and the mayor's office didn't comment.",
            [],
        ),
        ("'The farmers' union is angry,' he said.", ["The farmers' union is angry,"]),
        ("In the '90s rock 'n' roll was 'dead', critics said.", ["dead"]),
        (
            "He called the plan 'a sham' and said 'the bill is dead, and we all know it'.",
            ["a sham", "the bill is dead, and we all know it"],
        ),
        ("«Nous ne céderons pas», a déclaré le ministre.", ["Nous ne céderons pas"]),
        ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
        # Nested: the inner quotation is part of the outer one's text.
        (
            "\"He told me 'never again' and walked out,\" she said.",
            ["He told me 'never again' and walked out,"],
        ),
        (
            "'He told me \"never again\" and walked out,' she said.",
            ['He told me "never again" and walked out,'],
        ),
        # Marks a source turned into typewriter pairs.
        ("``We will rebuild,'' said the mayor.", ["We will rebuild,"]),
        ("''We will rebuild,'' said the mayor. 'Soon,' he added.", ["We will rebuild,", "Soon,"]),
        # A quotation that goes on in the next paragraph is left open.
        (
            "'The river is still rising and we cannot hold it",
            ["The river is still rising and we cannot hold it"],
        ),
    ],
)
def test_quotation_marks_of_every_convention(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_british_quotes_and_their_speakers(extract) -> None:
    facts = extract(
        "Floodwater reached the high street of Castleford on Monday, forcing dozens of "
        "families from their homes, the council's emergency team said.",
        "'The water rose faster than anyone expected,' said Mary Collins, a councillor. "
        "'We had perhaps twenty minutes to get people out of the lower streets.'",
        "The Environment Agency's spokesman, Tom Hargreaves, said the river's defences "
        "had held along most of its length. 'Where they failed, they failed badly,' he said.",
        "Residents' groups said they had warned about the embankment for years.",
    )
    by_text = {q.text: speaker_name(facts, q.speaker) for q in facts.quotes}
    assert by_text == {
        "The water rose faster than anyone expected": "Mary Collins",
        "We had perhaps twenty minutes to get people out of the lower streets.": "Mary Collins",
        "Where they failed, they failed badly": "Tom Hargreaves",
    }


def test_a_fragment_reported_by_an_unnamed_speaker_is_a_partial_quote(extract) -> None:
    facts = extract(
        "The newspaper called the plan 'a costly mistake' in an editorial on Sunday.",
        "Officials described the collapse as a 'structural failure' but gave no details.",
        # No one reports it: a scare quote.
        "The 'temporary' bridge has now carried traffic for eleven years.",
    )
    partial = {q.text: q.kind for q in facts.quotes}
    assert partial == {"a costly mistake": "partial", "structural failure": "partial"}


def test_a_date_in_quote_marks_is_not_a_quotation(extract) -> None:
    facts = extract('The agency said the files were dated "2016-11-07" and "11/07".')
    assert facts.quotes == ()
