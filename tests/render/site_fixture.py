# ruff: noqa: E501  (article sentences are kept whole)
"""A small, realistic briefing (facts of the five seed articles) and a project to build it in.

Built by hand from what the articles say, so render tests do not depend on extraction.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

from briefgen.config import Config
from briefgen.publish import publish_site
from briefgen.records.content import (
    ActorEntry,
    BriefingEntry,
    CasualtyEntry,
    Content,
    Dispute,
    DisputeSide,
    EventEntry,
    ParagraphEntry,
    QuoteEntry,
    Ref,
    SourceEntry,
    SummaryPoint,
)
from briefgen.render import render_markdown

REPO = Path(__file__).resolve().parents[2]
D = dt.date
PRESS, MOSCOW, AGG, NBC, NTD = (
    "000_e86b236ceaaf9bff",
    "001_d5593ea917cce18d",
    "002_057b8eb8a9c2fd9c",
    "003_b4494dfb05ce646d",
    "004_861cad5652bda56b",
)


def r(source: str, para: str) -> Ref:
    return Ref(source, para)


def _paras(*texts: str) -> tuple[ParagraphEntry, ...]:
    out = []
    for n, text in enumerate(texts, start=1):
        heading = text.startswith("## ")
        out.append(ParagraphEntry(f"p{n}", text.removeprefix("## "), heading=heading))
    return tuple(out)


def _source(
    ident: str, title: str, outlet: str | None, published: dt.date, *texts: str
) -> SourceEntry:
    return SourceEntry(
        id=ident,
        file=f"seeds/{ident}.txt",
        sha256="0" * 64,
        title=title,
        outlet=outlet,
        url=None,
        published=published,
        published_basis="text",
        duplicate_of=None,
        paragraphs=_paras(*texts),
    )


SOURCES = (
    _source(
        PRESS,
        "Putin cites 'some progress' in talks with Ukraine",
        "Press TV",
        D(2022, 3, 11),
        "Russian President Vladimir Putin says there has been some progress in talks between Russia and Ukraine, as Moscow's military offensive against its neighboring country enters its third week.",
        '"There are certain positive shifts, negotiators from our side reported to me," Putin told his Belarusian counterpart, Alexander Lukashenko, during a televised meeting on Friday, without elaborating.',
        "Putin's remarks came a day after a face-to-face meeting between the foreign ministers of Russia and Ukraine in the Turkish resort city of Antalya yielded no results.",
        "The military conflict has so far displaced more than two million people in what the United Nations has described as the fastest growing refugee crisis in Europe since World War II.",
        "## Ukraine claims Russian forces hit psychiatric hospital",
        "The attack near Izyum followed the bombardment of a children's hospital and maternity ward in the besieged port city of Mariupol in which Ukrainian officials claimed three people were killed on Wednesday, including a child.",
        "Military targets were also hit early Friday, with at least four Ukrainian servicemen killed and six injured in Russian strikes on the Lutsk military airport in northwest Ukraine, local officials said. The information was given by Lutsk mayor Igor Polishchuk, updating a previous toll of two deaths.",
        '"I continue to believe it is important that we work hard for a political, diplomatic solution," Stoltenberg said.',
    ),
    _source(
        MOSCOW,
        "Putin Sees Some ‘Positive Shifts’ in Russia-Ukraine Talks",
        "The Moscow Times",
        D(2022, 3, 11),
        'Russian President Vladimir Putin said Friday that there were some "positive shifts" in talks between Russian and Ukraine, two weeks into Moscow\'s military campaign in the country.',
        '"There are certain positive shifts, negotiators from our side reported to me," Putin told his Belarus counterpart Alexander Lukashenko during a televised meeting in Moscow.',
        '"The U.S.S.R. really lived in the conditions of sanctions and (still) developed and achieved colossal successes," Putin said.',
    ),
    _source(
        AGG,
        "Putin says some ‘positive shifts’ in talks with Ukraine",
        None,
        D(2022, 3, 11),
        "Russian president Vladimir Putin said on Friday there were some “positive shifts” in talks with Ukraine, a view that was rejected by the other side just hours later.",
        "“There are certain positive shifts, negotiators from our side reported to me,” Putin told his Belarus counterpart Alexander Lukashenko during a televised meeting in Moscow.",
        "“There was zero progress in talks, so it’s hard for me to understand what kind of progress president Putin is referring to,” Kuleba said on Bloomberg Television.",
        "“This is exactly the kind of false flag effort we have warned Russia might initiate to justify a biological or chemical weapons attack,” said Olivia Dalton, spokesperson for the U.S. Mission to the United Nations.",
    ),
    _source(
        NBC,
        "Russia-Ukraine Talks Ends With ‘No Progress' Towards Ceasefire",
        "NBC News",
        D(2022, 3, 10),
        "Talks between the top diplomats from Moscow and Kyiv produced no breakthrough on ending the war in Ukraine following Russia’s invasion, Ukrainian Foreign Minister Dmytro Kuleba said.",
        "Kuleba attended the meeting Thursday with Russian Foreign Minister Sergey Lavrov in Turkey to discuss humanitarian corridors and a cease-fire.",
        "“They seek Ukraine’s surrender. This is not going to happen,” he said.",
        "Lavrov claimed without evidence that the site had earlier been seized by Ukrainian far-right radical fighters who were using it as a base. He also alleged all the patients and nurses were moved off the hospital before the assault, even though the city council said a child was among the three people killed.",
    ),
    _source(
        NTD,
        "Ukrainian, Russian Negotiators Say Significant ‘Progress’ Made in Ceasefire Talks",
        "NTD",
        D(2022, 3, 13),
        "Russian and Ukrainian negotiators on Sunday said that there has been progress in talks to potentially end the more than two-week-long conflict, with results coming in days.",
        "“I think that we will achieve some results literally in a matter of days,” he said, according to comments he delivered in an accompanying Twitter video.",
        "On Friday, Russian President Vladimir Putin told state media that there were “positive shifts” in the talks, but he did not elaborate.",
    ),
)

ACTORS = (
    ActorEntry(
        "vladimir-putin",
        "Vladimir Putin",
        "person",
        ("Russian President",),
        ("Putin",),
        (
            r(PRESS, "p1"),
            r(PRESS, "p2"),
            r(MOSCOW, "p1"),
            r(MOSCOW, "p3"),
            r(AGG, "p1"),
            r(NTD, "p3"),
        ),
    ),
    ActorEntry(
        "alexander-lukashenko",
        "Alexander Lukashenko",
        "person",
        ("Belarusian President",),
        ("Lukashenko",),
        (r(PRESS, "p2"), r(MOSCOW, "p2"), r(AGG, "p2")),
    ),
    ActorEntry(
        "dmytro-kuleba",
        "Dmytro Kuleba",
        "person",
        ("Ukrainian Foreign Minister",),
        ("Kuleba",),
        (r(AGG, "p3"), r(NBC, "p1"), r(NBC, "p2")),
    ),
    ActorEntry(
        "sergey-lavrov",
        "Sergey Lavrov",
        "person",
        ("Russian Foreign Minister",),
        ("Lavrov",),
        (r(NBC, "p2"), r(NBC, "p4")),
    ),
    ActorEntry(
        "jens-stoltenberg",
        "Jens Stoltenberg",
        "person",
        ("NATO Secretary-General",),
        ("Stoltenberg",),
        (r(PRESS, "p8"),),
    ),
    ActorEntry(
        "igor-polishchuk", "Igor Polishchuk", "person", ("Lutsk mayor",), (), (r(PRESS, "p7"),)
    ),
    ActorEntry(
        "olivia-dalton",
        "Olivia Dalton",
        "person",
        ("spokesperson for the U.S. Mission to the United Nations",),
        ("Dalton",),
        (r(AGG, "p4"),),
    ),
    ActorEntry(
        "mykhailo-podolyak",
        "Mykhailo Podolyak",
        "person",
        ("adviser to the Ukrainian President",),
        ("Podolyak",),
        (r(NTD, "p2"),),
    ),
    ActorEntry(
        "united-nations",
        "United Nations",
        "organization",
        (),
        ("UN",),
        (r(PRESS, "p4"), r(AGG, "p4")),
    ),
    ActorEntry("ukraine", "Ukraine", "country", (), (), (r(PRESS, "p1"), r(NBC, "p1"))),
    # An editor's merge: this spelling is the same person as dmytro-kuleba.
    ActorEntry("kuleba", "Kuleba", "person", (), (), (r(NBC, "p3"),), same_as="dmytro-kuleba"),
)

QUOTES = (
    QuoteEntry(
        "q-there-are-certain-positive-shifts",
        "There are certain positive shifts, negotiators from our side reported to me",
        "direct",
        "vladimir-putin",
        D(2022, 3, 11),
        (r(PRESS, "p2"), r(MOSCOW, "p2"), r(AGG, "p2")),
    ),
    QuoteEntry(
        "q-the-ussr-really-lived",
        "The U.S.S.R. really lived in the conditions of sanctions and (still) developed and achieved colossal successes",
        "direct",
        "vladimir-putin",
        D(2022, 3, 11),
        (r(MOSCOW, "p3"),),
    ),
    QuoteEntry(
        "q-there-was-zero-progress",
        "There was zero progress in talks, so it’s hard for me to understand what kind of progress president Putin is referring to",
        "direct",
        "dmytro-kuleba",
        D(2022, 3, 11),
        (r(AGG, "p3"),),
    ),
    QuoteEntry(
        "q-they-seek-ukraines-surrender",
        "They seek Ukraine’s surrender. This is not going to happen",
        "direct",
        "kuleba",
        D(2022, 3, 10),
        (r(NBC, "p3"),),
    ),
    QuoteEntry(
        "q-i-continue-to-believe",
        "I continue to believe it is important that we work hard for a political, diplomatic solution",
        "direct",
        "jens-stoltenberg",
        None,
        (r(PRESS, "p8"),),
    ),
    QuoteEntry(
        "q-false-flag",
        "This is exactly the kind of false flag effort we have warned Russia might initiate to justify a biological or chemical weapons attack",
        "direct",
        "olivia-dalton",
        D(2022, 3, 11),
        (r(AGG, "p4"),),
    ),
    QuoteEntry(
        "q-results-in-days",
        "I think that we will achieve some results literally in a matter of days",
        "direct",
        "mykhailo-podolyak",
        D(2022, 3, 13),
        (r(NTD, "p2"),),
    ),
    QuoteEntry(
        "q-positive-shifts",
        "positive shifts",
        "partial",
        "vladimir-putin",
        D(2022, 3, 11),
        (r(NTD, "p3"),),
    ),
)

CASUALTIES = (
    CasualtyEntry(
        "c-mariupol-killed-3",
        "killed",
        3,
        "exact",
        "people, including a child",
        "Mariupol",
        D(2022, 3, 9),
        ("Ukrainian officials", "city council"),
        None,
        (r(PRESS, "p6"), r(NBC, "p4")),
    ),
    CasualtyEntry(
        "c-lutsk-killed-2",
        "killed",
        2,
        "exact",
        "Ukrainian servicemen",
        "Lutsk",
        D(2022, 3, 11),
        ("igor-polishchuk",),
        None,
        (r(PRESS, "p7"),),
    ),
    CasualtyEntry(
        "c-lutsk-killed-4",
        "killed",
        4,
        "at_least",
        "Ukrainian servicemen",
        "Lutsk",
        D(2022, 3, 11),
        ("igor-polishchuk", "local officials"),
        "c-lutsk-killed-2",
        (r(PRESS, "p7"),),
    ),
    CasualtyEntry(
        "c-lutsk-injured-6",
        "injured",
        6,
        "exact",
        "Ukrainian servicemen",
        "Lutsk",
        D(2022, 3, 11),
        ("igor-polishchuk", "local officials"),
        None,
        (r(PRESS, "p7"),),
    ),
    CasualtyEntry(
        "c-ukraine-displaced-2000000",
        "displaced",
        2000000,
        "more_than",
        "people",
        "Ukraine",
        None,
        ("united-nations",),
        None,
        (r(PRESS, "p4"),),
    ),
)

EVENTS = (
    EventEntry(
        "e-2022-03-11-putin-lukashenko-meeting",
        D(2022, 3, 11),
        'Putin tells Lukashenko of "positive shifts" in talks',
        place="Moscow",
        actors=("vladimir-putin", "alexander-lukashenko"),
        quotes=("q-there-are-certain-positive-shifts",),
        sources=(r(PRESS, "p2"), r(MOSCOW, "p2"), r(AGG, "p2"), r(NTD, "p3")),
    ),
    EventEntry(
        "e-2022-03-10-antalya-talks",
        D(2022, 3, 10),
        "Kuleba and Lavrov meet in Antalya",
        place="Antalya",
        actors=("dmytro-kuleba", "sergey-lavrov"),
        quotes=("q-they-seek-ukraines-surrender",),
        sources=(r(PRESS, "p3"), r(NBC, "p2")),
    ),
    EventEntry(
        "e-2022-03-09-mariupol-hospital",
        D(2022, 3, 9),
        "Strike on the Mariupol children's and maternity hospital",
        place="Mariupol",
        casualties=("c-mariupol-killed-3",),
        sources=(r(PRESS, "p6"), r(NBC, "p4")),
    ),
    EventEntry(
        "e-2022-03-11-lutsk-strikes",
        D(2022, 3, 11),
        "Russian strikes on the Lutsk military airport",
        place="Lutsk",
        actors=("igor-polishchuk",),
        casualties=("c-lutsk-killed-4", "c-lutsk-killed-2", "c-lutsk-injured-6"),
        sources=(r(PRESS, "p7"),),
    ),
    EventEntry(
        "e-2022-03-13-negotiators-report-progress",
        D(2022, 3, 13),
        "Negotiators from both sides report progress",
        actors=("mykhailo-podolyak",),
        quotes=("q-results-in-days",),
        sources=(r(NTD, "p1"), r(NTD, "p2")),
    ),
    # Background an outlet recalls: on the timeline, but no part of the period covered
    # nor of the chart's range.
    EventEntry(
        "e-2014-03-18-crimea-annexed",
        D(2014, 3, 18),
        "Russia annexes Crimea",
        date_precision="month",
        place="Crimea",
        sources=(r(PRESS, "p1"),),
    ),
)

BRIEFING = BriefingEntry(
    title="Russia–Ukraine talks, March 2022",
    # An editor's order: the displacement first.
    key_figures=("c-ukraine-displaced-2000000", "c-lutsk-killed-4", "c-lutsk-injured-6"),
    summary=(
        SummaryPoint(
            "Russian President Vladimir Putin says there has been some progress in talks between Russia and Ukraine.",
            (r(PRESS, "p1"), r(MOSCOW, "p1"), r(AGG, "p1")),
        ),
        SummaryPoint(
            "Talks between the top diplomats from Moscow and Kyiv produced no breakthrough.",
            (r(NBC, "p1"),),
        ),
        SummaryPoint(
            "Russian and Ukrainian negotiators on Sunday said that there has been progress in talks.",
            (r(NTD, "p1"),),
        ),
    ),
    disputes=(
        Dispute(
            "progress in the talks",
            (
                DisputeSide(
                    "There are certain positive shifts",
                    "vladimir-putin",
                    (r(PRESS, "p2"), r(MOSCOW, "p2")),
                ),
                DisputeSide("There was zero progress in talks", "dmytro-kuleba", (r(AGG, "p3"),)),
            ),
        ),
        Dispute(
            "the strike on the Mariupol maternity hospital",
            (
                DisputeSide(
                    "Three people were killed, including a child",
                    "Ukrainian officials",
                    (r(PRESS, "p6"), r(NBC, "p4")),
                ),
                DisputeSide(
                    "The site had been seized by fighters", "sergey-lavrov", (r(NBC, "p4"),)
                ),
            ),
        ),
    ),
)


def seed_content() -> Content:
    return Content(
        briefing=BRIEFING,
        sources=SOURCES,
        actors=ACTORS,
        quotes=QUOTES,
        casualties=CASUALTIES,
        events=EVENTS,
    )


def with_quote_text(content: Content, text: str) -> Content:
    """The fixture with its first quote (Putin's, on many pages) replaced by ``text``."""
    quotes = (replace(content.quotes[0], text=text), *content.quotes[1:])
    return replace(content, quotes=quotes)


def make_project(root: Path) -> Config:
    """A briefing project folder with the repository's templates and mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "site_templates", root / "site_templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return Config(project=root.resolve())


def built_site(root: Path, content: Content) -> Config:
    """A project at ``root`` with ``content`` rendered and built (mkdocs build --strict)."""
    config = make_project(root)
    render_markdown(content, config)
    publish_site(config, strict=True)
    return config


def read(config: Config, page: str) -> str:
    """A rendered Markdown page."""
    return (config.docs / page).read_text(encoding="utf-8")
