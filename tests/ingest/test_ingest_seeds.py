"""The seed articles: what cleaning must keep, what it must drop, and their metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.source import Source


def body_of(source: Source) -> str:
    return " ".join(p.text for p in source.paragraphs)


KEEP = {
    "000": [
        "Russian President Vladimir Putin says there has been some progress in talks",
        "Putin's remarks came a day after a face-to-face meeting",
        "Russia says it will halt the military operation instantly",
        "He also said NATO must not allow Russia's attack on Ukraine to spill over",
    ],
    "001": [
        "Russia has been hit by a barrage of international sanctions",
        'He added that negotiations are "now being held on an almost daily basis."',
        "But the Russian leader, who is also a former KGB agent, brushed these off Friday.",
    ],
    "002": [
        "Putin’s remarks and the rebuttal by Ukraine’s foreign minister Dmytro Kuleba",
        "The Russian request for the Security Council meeting, tweeted Thursday",
        "He also said authorities were working on establishing 12 humanitarian corridors",
    ],
    "003": [
        "Kuleba attended the meeting Thursday with Russian Foreign Minister Sergey Lavrov",
        "As for a cease-fire, Kuleba said Moscow is not ready to offer one.",
        "NATO member Turkey, which has cultivated close ties with both Russia and Ukraine",
    ],
    "004": [
        "Neither Russia nor Ukraine indicated what the scope of the agreement could be.",
        "A day later, President Joe Biden sent a memorandum to the State Department",
        "Fighting across the country, meanwhile, has repeatedly raised the specter",
    ],
}
DROP = {
    "000": ["News", "(AFP photo)", "(Photo by Reuters)", "alternate addresses", "Roku"],
    "001": ["ad-free", "Support us", "kremlin.ru", "Dear readers", "undesirable", "Monthly"],
    "002": ["Spread the love", "[ad_", "Source link", "Tags", "Leave a Reply", "Required fields"],
    "003": ["Russia-Ukraine War", "NBCUniversal", "Click here", "Associated Press/NBC", "Contact"],
    "004": ["Getty Images", "newsletter", "NTD Daily", "one email", "Privacy Policy", "Comments"],
}
HEADINGS = {
    "000": [
        "Ukraine claims Russian forces hit psychiatric hospital",
        "Humanitarian corridors a 'bare minimum' necessity in Ukraine: NATO chief",
    ],
}


@pytest.mark.parametrize("seed", sorted(KEEP))
def test_seed_keeps_body_sentences(seed_sources: dict[str, Source], seed: str) -> None:
    body = body_of(seed_sources[seed])
    for snippet in KEEP[seed]:
        assert snippet in body


@pytest.mark.parametrize("seed", sorted(DROP))
def test_seed_drops_page_furniture(seed_sources: dict[str, Source], seed: str) -> None:
    body = body_of(seed_sources[seed])
    for snippet in DROP[seed]:
        assert snippet not in body
    # What was dropped is kept aside as evidence, never lost.
    assert seed_sources[seed].dropped


def test_seed_subheadings_are_kept_as_headings(seed_sources: dict[str, Source]) -> None:
    headings = [p.text for p in seed_sources["000"].paragraphs if p.heading]
    assert headings == HEADINGS["000"]


def test_seed_titles_are_headlines_not_furniture(seed_sources: dict[str, Source]) -> None:
    assert seed_sources["000"].title == "Putin cites 'some progress' in talks with Ukraine"
    assert seed_sources["001"].title.startswith("Putin Sees Some")
    assert seed_sources["003"].title.startswith("Russia-Ukraine Talks Ends")
    # The repeated headline is the title once, not a paragraph.
    s004 = seed_sources["004"]
    assert s004.title and all(p.text != s004.title for p in s004.paragraphs)


def test_seed_outlets_from_self_references(seed_sources: dict[str, Source]) -> None:
    outlets = {k: s.outlet for k, s in seed_sources.items()}
    assert outlets["000"] == "Press TV"
    assert outlets["001"] == "The Moscow Times"
    assert outlets["002"] is None  # an aggregator names no outlet of its own
    assert outlets["003"] is not None and "NBC" in outlets["003"]
    assert outlets["004"] == "NTD"


def test_seed_dates_and_their_basis(seed_sources: dict[str, Source]) -> None:
    s = seed_sources
    # A caption date that agrees with "on Friday" in the body.
    assert (s["000"].published, s["000"].published_basis) == (dt.date(2022, 3, 11), "text")
    # A photo date (a Monday) plus "on Sunday" in the body: the next Sunday.
    assert (s["004"].published, s["004"].published_basis) == (dt.date(2022, 3, 13), "text")
    # "Since July 1, 2024" in an appeal dates nothing; the shared story does.
    assert s["001"].published == dt.date(2022, 3, 11)
    assert s["001"].published_basis == "corpus"
    assert s["002"].published == dt.date(2022, 3, 11)
    assert s["003"].published == dt.date(2022, 3, 10)
    assert {x.published_certainty for x in s.values()} <= {"certain", "likely", "guess"}


def test_seed_paragraph_ids_are_in_order(seed_sources: dict[str, Source]) -> None:
    for source in seed_sources.values():
        assert [p.id for p in source.paragraphs] == [
            f"p{i}" for i in range(1, len(source.paragraphs) + 1)
        ]
        assert all(p.text == " ".join(p.text.split()) for p in source.paragraphs)


def test_seeds_are_not_duplicates_of_each_other(seed_sources: dict[str, Source]) -> None:
    # They share wire sentences but each is its own report.
    assert all(s.duplicate_of is None for s in seed_sources.values())
