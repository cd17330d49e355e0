from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.ingest import ingest_source, settle_corpus
from briefgen.records.source import Source

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture(scope="session")
def seed_sources() -> dict[str, Source]:
    config = Config(project=ROOT)
    sources = tuple(ingest_source(p, config) for p in sorted(SEEDS.glob("*.txt")))
    return {s.id[:3]: s for s in settle_corpus(sources, config)}


@pytest.fixture(scope="session")
def page_sources() -> dict[str, Source]:
    config = Config(project=PAGES.parent)
    return {p.stem: ingest_source(p, config) for p in sorted(PAGES.iterdir())}


@pytest.fixture
def project(tmp_path: Path) -> Config:
    (tmp_path / "seeds").mkdir()
    return Config(project=tmp_path)
