"""The claim sentences the dispute rules read are parsed in the extract stage (in
parallel, with the rest of the NLP), so summarize parses none of them itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefgen import build
from briefgen.config import Config
from briefgen.nlp import parse_cache
from briefgen.runtime.pickle_files import write_pickle
from briefgen.runtime.progress import Reporter
from briefgen.summarize.disputes import claim_sentence_texts

REPO = Path(__file__).resolve().parents[2]


def test_extraction_leaves_every_claim_sentence_parsed(tmp_path: Path) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    config = Config(project=tmp_path, jobs=2)
    sources = build.ingest_all(config, Reporter(verbosity=0))
    legacy = parse_cache._cache_file(config).with_name(
        f"{parse_cache.resolve_model_name(config.spacy_model)}.pickle"
    )
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"parses in the shape of an older briefgen")
    build.extract_all(sources, config, Reporter(verbosity=0))
    assert not legacy.exists()  # a cache no code reads any more is not left behind
    claims = [t for s in sources for t in claim_sentence_texts(s)]
    assert len(claims) >= 10  # the seeds argue about progress, strikes and tolls
    keys, stored, parsed_now = parse_cache._update(claims, config, parallel=False)
    assert parsed_now == 0
    assert set(keys) == set(stored)


def test_a_damaged_parse_cache_entry_is_parsed_again(tmp_path: Path) -> None:

    config = Config(project=tmp_path, jobs=1)
    text = "The ministry denied that the strike had hit the hospital."
    keys, _, parsed = parse_cache._update([text], config, parallel=False)
    assert parsed == 1
    path = parse_cache._cache_file(config)
    write_pickle(path, {keys[0]: ("not", "columns")})
    (doc,) = parse_cache.parse_sentences([text], config)
    assert doc.text == text and any(t.lemma_ == "deny" for t in doc)


def test_a_new_source_has_only_its_claims_parsed_and_the_rest_kept(tmp_path: Path) -> None:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    (tmp_path / "seeds").mkdir()
    for path in seeds[:-1]:
        shutil.copy(path, tmp_path / "seeds" / path.name)
    config = Config(project=tmp_path, jobs=1)
    quiet = Reporter(verbosity=0)
    build.extract_all(build.ingest_all(config, quiet), config, quiet)
    before = set(parse_cache._load(parse_cache._cache_file(config)))

    shutil.copy(seeds[-1], tmp_path / "seeds" / seeds[-1].name)
    sources = build.ingest_all(config, quiet)
    _, extracted = build.extract_all(sources, config, quiet)
    assert extracted >= 1
    after = set(parse_cache._load(parse_cache._cache_file(config)))
    assert before < after  # the earlier sources' parses kept, the new one's added
    claims = [t for s in sources for t in claim_sentence_texts(s)]
    assert parse_cache._update(claims, config, parallel=False)[2] == 0
