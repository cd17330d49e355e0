from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.extract import extract_source
from briefgen.nlp import load_pipeline
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Paragraph, Source

sys.path.insert(0, str(Path(__file__).parent))

# A Friday: weekday words in the test copy resolve against it.
PUBLISHED = dt.date(2022, 3, 11)


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(None)


@pytest.fixture(scope="session")
def config(nlp) -> Config:
    return Config(project=Path("."))


def make_source(
    *paragraphs: str, published: dt.date | None = PUBLISHED, sid: str = "src"
) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256="0" * 64,
        title=None,
        outlet=None,
        url=None,
        published=published,
        published_basis="manifest",
        paragraphs=tuple(Paragraph(id=f"p{i}", text=t) for i, t in enumerate(paragraphs, 1)),
    )


@pytest.fixture(scope="session")
def extract(config: Config) -> Callable[..., SourceFacts]:
    def run(*paragraphs: str, published: dt.date | None = PUBLISHED) -> SourceFacts:
        return extract_source(make_source(*paragraphs, published=published), config)

    return run
