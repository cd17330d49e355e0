from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from extract_builders import PUBLISHED, make_source  # noqa: E402

from briefgen.config import Config  # noqa: E402
from briefgen.extract import extract_source  # noqa: E402
from briefgen.nlp import load_pipeline  # noqa: E402
from briefgen.records.facts import SourceFacts  # noqa: E402


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(None)


@pytest.fixture(scope="session")
def config(nlp) -> Config:
    return Config(project=Path("."))


@pytest.fixture(scope="session")
def extract(config: Config) -> Callable[..., SourceFacts]:
    def run(*paragraphs: str, published: dt.date | None = PUBLISHED) -> SourceFacts:
        return extract_source(make_source(*paragraphs, published=published), config)

    return run
