"""The claim sentences the dispute rules read are parsed in the extract stage (in
parallel, with the rest of the NLP), so summarize parses none of them itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefgen import build, parse_cache
from briefgen.config import Config
from briefgen.progress import Reporter
from briefgen.summarize.disputes import claim_sentence_texts

REPO = Path(__file__).resolve().parents[2]


def test_extraction_leaves_every_claim_sentence_parsed(tmp_path: Path) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    config = Config(project=tmp_path, jobs=2)
    sources = build.ingest_all(config, Reporter(verbosity=0))
    build.extract_all(sources, config, Reporter(verbosity=0))
    claims = [t for s in sources for t in claim_sentence_texts(s)]
    assert len(claims) >= 10  # the seeds argue about progress, strikes and tolls
    keys, stored, parsed_now = parse_cache._update(claims, config, parallel=False)
    assert parsed_now == 0
    assert set(keys) == set(stored)
