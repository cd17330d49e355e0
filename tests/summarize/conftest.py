"""A small hand-written story in four articles (one a near-duplicate), and its facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.nlp import load_pipeline
from briefgen.records.content import Content, Ref
from briefgen.records.facts import ActorMention, CasualtyFact, EventFact, SourceFacts
from briefgen.records.source import Paragraph, Source

FRIDAY = dt.date(2023, 5, 12)
THURSDAY = dt.date(2023, 5, 11)
WEDNESDAY = dt.date(2023, 5, 10)

ARTICLES: dict[str, list[str]] = {
    "a1": [
        "Sudan's army chief Abdel Fattah al-Burhan said on Thursday that there had been real "
        "progress in the ceasefire talks in Jeddah with the Rapid Support Forces.",
        '"We have made real progress and a truce is within reach," Burhan told reporters in '
        "Port Sudan.",
        "Shelling hit a crowded market in the city of Omdurman on Wednesday, killing at least 12 "
        "people, local health officials said.",
        "The Rapid Support Forces denied carrying out the attack and blamed the army.",
        "Aid agencies said more than 700,000 people had fled their homes since the fighting "
        "began in April.",
        "Sign up for our newsletter to get the latest news from the region.",
    ],
    "b1": [
        "Sudanese army chief Abdel Fattah al-Burhan said Thursday that there was real progress "
        "in the Jeddah ceasefire talks with the paramilitary force.",
        "But RSF spokesman Mohamed Hamdan said there had been no progress in the talks and "
        "accused the army of stalling.",
        "At least 12 people were killed when shells struck a crowded market in Omdurman on "
        "Wednesday, health officials said.",
        "We believe the world should act now to stop this senseless war.",
        "The United Nations said more than 700,000 people had been displaced by the fighting "
        "since April.",
    ],
    "c1": [
        "Sudanese army chief Abdel Fattah al-Burhan said Thursday that there was real progress "
        "in the Jeddah ceasefire talks with the paramilitary force.",
        "At least 12 people were killed when shells struck a crowded market in Omdurman on "
        "Wednesday, health officials said.",
    ],
    "d1": [
        "Talks in Jeddah between the army and the Rapid Support Forces produced no breakthrough, "
        "RSF negotiator Omar Saeed said on Friday.",
        "The market strike in Omdurman killed 15 people, according to activists from a local "
        "resistance committee.",
        "Saudi Arabia and the United States, which are mediating the talks, urged both sides "
        "to respect a humanitarian truce that expires next week.",
        "The truce should have been extended long ago.",
    ],
}


def make_source(sid: str, texts: list[str], duplicate_of: str | None = None) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256="0" * 64,
        title=f"Story {sid}",
        outlet=None,
        url=None,
        published=FRIDAY,
        published_basis="text",
        paragraphs=tuple(Paragraph(f"p{i + 1}", t) for i, t in enumerate(texts)),
        duplicate_of=duplicate_of,
    )


def _actor(key: str, name: str, kind: str, src: str, *paras: str) -> ActorMention:
    return ActorMention(key, name, kind, refs=tuple(Ref(src, p) for p in paras))


def story_facts() -> tuple[SourceFacts, ...]:
    burhan = "Abdel Fattah al-Burhan"
    return (
        SourceFacts(
            "a1",
            actors=(
                _actor("burhan", burhan, "person", "a1", "p1", "p2"),
                _actor("rsf", "Rapid Support Forces", "organization", "a1", "p1", "p4"),
                _actor("omdurman", "Omdurman", "place", "a1", "p3"),
                _actor("sudan", "Sudan", "country", "a1", "p1"),
            ),
            casualties=(
                CasualtyFact(
                    "k12",
                    "killed",
                    12,
                    "at_least",
                    "people",
                    "Omdurman",
                    WEDNESDAY,
                    ("local health officials",),
                    Ref("a1", "p3"),
                ),
            ),
            events=(
                EventFact(
                    "talks",
                    THURSDAY,
                    "day",
                    "Burhan reports progress in Jeddah talks",
                    "Jeddah",
                    ("burhan",),
                    (),
                    (),
                    Ref("a1", "p1"),
                ),
                EventFact(
                    "market",
                    WEDNESDAY,
                    "day",
                    "Shelling of the Omdurman market",
                    "Omdurman",
                    (),
                    (),
                    ("k12",),
                    Ref("a1", "p3"),
                ),
            ),
        ),
        SourceFacts(
            "b1",
            actors=(
                _actor("burhan", burhan, "person", "b1", "p1"),
                _actor("hamdan", "Mohamed Hamdan", "person", "b1", "p2"),
                _actor("un", "United Nations", "organization", "b1", "p5"),
            ),
            casualties=(
                CasualtyFact(
                    "k12",
                    "killed",
                    12,
                    "at_least",
                    "people",
                    "Omdurman",
                    WEDNESDAY,
                    ("health officials",),
                    Ref("b1", "p3"),
                ),
            ),
        ),
        SourceFacts("c1", actors=(_actor("burhan", burhan, "person", "c1", "p1"),)),
        SourceFacts(
            "d1",
            actors=(
                _actor("saeed", "Omar Saeed", "person", "d1", "p1"),
                _actor("rsf", "Rapid Support Forces", "organization", "d1", "p1"),
            ),
            casualties=(
                CasualtyFact(
                    "k15",
                    "killed",
                    15,
                    "exact",
                    "people",
                    "Omdurman",
                    None,
                    ("resistance committee",),
                    Ref("d1", "p2"),
                ),
            ),
        ),
    )


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline(None)


@pytest.fixture(scope="session")
def config() -> Config:
    return Config(project=Path("."))


@pytest.fixture(scope="session")
def story_sources() -> tuple[Source, ...]:
    return tuple(
        make_source(sid, texts, duplicate_of="b1" if sid == "c1" else None)
        for sid, texts in ARTICLES.items()
    )


@pytest.fixture(scope="session")
def story_content(story_sources: tuple[Source, ...], config: Config, nlp) -> Content:  # type: ignore[no-untyped-def]
    return merge_facts(story_sources, story_facts(), config)
