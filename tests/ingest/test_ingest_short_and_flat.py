"""Short texts are articles; text delivered as one block is split into paragraphs.

The texts are written for these tests in the shapes real outlets and report excerpts use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest import ingest_source
from briefgen.ingest.flatten import MAX_PARAGRAPH_WORDS, split_long_text, split_sentences
from briefgen.ingest.textclean import clean_text

EXCERPTS = (
    "Fighting displaced more than 12,000 people in the district last week, the UN said.",
    "IDPs: 3,200 people fled to Kalemie.",
    "Some 4,500 households were displaced by floods along the Shabelle river in May.",
    "About 2,000 people displaced by flooding in Jowhar",
    "Report excerpt\n\nAn estimated 800 families fled clashes around Minova on Sunday, "
    "according to local authorities.",
)


@pytest.mark.parametrize("text", EXCERPTS)
def test_a_text_of_one_sentence_is_an_article(tmp_path: Path, text: str) -> None:
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "seeds" / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    source = ingest_source(path, Config(project=tmp_path))
    body = " ".join(p.text for p in source.paragraphs)
    assert re.search(r"\d,\d{3}|800", body), body


@pytest.mark.parametrize(
    "text",
    [
        "Home News Sport Weather\n\nMenu Search Login",
        "<html><body></body></html>",
        "Jane Doe, John Roe, Ann Smith, Tom Reid.",
    ],
)
def test_words_without_a_sentence_are_still_no_article(tmp_path: Path, text: str) -> None:
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "seeds" / "noise.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError, match="no article text found"):
        ingest_source(path, Config(project=tmp_path))


TOWNS = ("Arden", "Belmore", "Carrow", "Dunmere", "Eastwick", "Fallow", "Glenholm", "Harlow")
SUBJECTS = (
    "the council's budget",
    "the river defences",
    "the school term",
    "the bus timetable",
    "the harbour repairs",
    "the hospital car park",
)


def story_part(i: int) -> str:
    """One stretch of a long transcript-like story: a dateline, reporting, a quotation
    split across sentences, then a change of subject."""
    town, other = TOWNS[i % len(TOWNS)], TOWNS[(i + 3) % len(TOWNS)]
    subject = SUBJECTS[i % len(SUBJECTS)]
    return (
        f"{town.upper()} — Water levels in {town} rose by {i + 2} feet overnight, forcing "
        f"{120 + i} residents from their homes before dawn on Tuesday. Emergency crews "
        f"moved pumps from {other} to the worst-hit streets near the old mill. "
        f'"We have never seen the river climb this fast. Every hour counts now," said '
        f"Dr. Alice Moreno, who leads the county's flood team in {town}. She said {i + 4} "
        f"shelters were open. Separately, members voted on {subject} at a meeting that "
        f"ran late into the evening. Opponents argued that the plan for {subject} would "
        f"cost {i + 7} million pounds more than promised. A final vote is due in "
        f"{other} next month, officials said. "
    )


def test_a_5000_word_block_becomes_tens_of_paragraphs() -> None:
    block = "".join(story_part(i) for i in range(70)).strip()
    assert len(block.split()) > 5000
    clean = clean_text(f"Flood waters rise across the county\n\n{block}")
    body = [u.text for u in clean.body]
    assert 60 <= len(body) <= 400, len(body)
    # Nothing lost, nothing reordered.
    assert " ".join(body).split() == block.split()
    for text in body:
        # A quotation stays whole in one paragraph; a paragraph is a few sentences.
        assert text.count('"') % 2 == 0, text
        assert len(text.split()) <= MAX_PARAGRAPH_WORDS, text
    # Quotation turns and datelines open paragraphs.
    assert sum(t.startswith('"We have never seen') for t in body) == 70
    assert sum(bool(re.match(r"^[A-Z]{4,} — ", t)) for t in body) == 70


def test_a_long_quotation_is_not_cut() -> None:
    quoted = " ".join(f"Sentence number {n} of the statement goes on here." for n in range(20))
    text = (
        "The minister spoke for an hour on Monday about the cuts to the rail budget. "
        "She took questions afterwards from reporters and from members of the public. "
        f'"{quoted}" Her speech ended the session. Critics said the plan was vague.'
    )
    parts = split_long_text(text)
    assert " ".join(parts) == text
    whole = [p for p in parts if "number 0 " in p]
    assert len(whole) == 1 and "number 19 " in whole[0]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Mr. Smith met Sen. Jane Doe in Washington, D.C. on Jan. 5 at 9 a.m. local time. "
        "John F. Kennedy Airport was closed. The U.S. embassy said nothing."
    )
    assert split_sentences(text) == [
        "Mr. Smith met Sen. Jane Doe in Washington, D.C. on Jan. 5 at 9 a.m. local time.",
        "John F. Kennedy Airport was closed.",
        "The U.S. embassy said nothing.",
    ]


def test_a_short_article_on_one_line_is_split_not_taken_for_an_appeal() -> None:
    # About 120 words on one line, with the words appeals use ("members", "support",
    # "independent", "readers"): judged as one block it would read as an appeal.
    line = (
        "Union members vote to strike at the port. DOVER — Members of the independent "
        "dockworkers' union voted on Monday to strike from next week, after talks on pay "
        "broke down. The union said 87 percent of members backed the action. "
        '"Our members have been patient for two years," said Ann Briggs, the union\'s '
        'general secretary. "They will not wait any longer." The port authority said it '
        "would keep freight moving with other staff and urged the union to return to "
        "talks. Local readers of the port's bulletin have been told to expect delays. "
        "Hauliers said they would support contingency plans but warned of queues on the "
        "approach roads. The strike would be the first at the port since 1989."
    )
    clean = clean_text(line)
    body = [u.text for u in clean.body]
    assert len(body) >= 4, body
    assert any(t.startswith('"Our members have been patient') for t in body)
    assert " ".join(body).split()[-3:] == ["port", "since", "1989."]


def test_an_html_page_whose_article_is_one_paragraph_is_split(tmp_path: Path) -> None:
    sentences = [
        f"The council met on day {n} to discuss the flood barrier at the harbour, and "
        f"members heard from {n + 3} engineers about the repairs."
        for n in range(1, 9)
    ]
    page = (
        "<html><head><title>Council weighs harbour barrier</title></head><body><article>"
        f"<h1>Council weighs harbour barrier</h1><p>{' '.join(sentences)}</p>"
        "</article></body></html>"
    )
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "seeds" / "barrier.html"
    path.write_text(page, encoding="utf-8")
    source = ingest_source(path, Config(project=tmp_path))
    assert len(source.paragraphs) >= 3
    assert " ".join(p.text for p in source.paragraphs) == " ".join(sentences)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Displacement update</title></head><body>"
        "<p>IDPs: 3,200 people fled to Kalemie.</p></body></html>",
        "<html><body><div>Some 4,500 households were displaced by floods along the "
        "Shabelle river in May.</div></body></html>",
    ],
)
def test_a_page_of_one_sentence_is_an_article(tmp_path: Path, markup: str) -> None:
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "seeds" / "excerpt.html"
    path.write_text(markup, encoding="utf-8")
    (paragraph,) = ingest_source(path, Config(project=tmp_path)).paragraphs
    assert re.search(r"\d,\d{3} (?:people|households)", paragraph.text)
