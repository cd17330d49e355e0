"""spaCy loaded ahead in a forked host: the same facts and parses as in the build's own
process, the same error for a missing model, and a host only when sources changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen import build
from briefgen.config import Config
from briefgen.errors import ConfigError
from briefgen.nlp import parse_cache
from briefgen.runtime.extract_host import extraction_host
from briefgen.runtime.progress import Reporter
from briefgen.summarize.disputes import claim_sentence_texts

REPO = Path(__file__).resolve().parents[2]
QUIET = Reporter(verbosity=0)


def seeds_project(root: Path) -> Config:
    shutil.copytree(REPO / "seeds", root / "seeds")
    return Config(project=root, jobs=2)


def test_the_host_extracts_what_the_build_process_extracts(tmp_path: Path) -> None:
    own = seeds_project(tmp_path / "own")
    hosted = seeds_project(tmp_path / "hosted")
    sources = build.ingest_all(own, QUIET)
    assert sources == build.ingest_all(hosted, QUIET)

    expected, extracted = build.extract_all(sources, own, QUIET)
    with extraction_host(hosted, wanted=True) as host:
        assert host is not None
        facts, hosted_extracted = build.extract_all(sources, hosted, QUIET, host)
    assert facts == expected
    assert hosted_extracted == extracted == len(sources)
    # The claim sentences were parsed by the host, into the cache summarize reads.
    claims = [t for s in sources for t in claim_sentence_texts(s)]
    assert parse_cache._update(claims, hosted, parallel=False)[2] == 0


def test_a_missing_model_is_reported_when_nlp_is_needed_as_without_a_host(
    tmp_path: Path,
) -> None:
    config = Config(project=tmp_path, jobs=2, spacy_model="no_such_model_xx")
    with pytest.raises(ConfigError) as own:
        build.extract_all(_one_source(tmp_path), config, QUIET)
    with extraction_host(config, wanted=True) as host, pytest.raises(ConfigError) as hosted:
        build.extract_all(_one_source(tmp_path), config, QUIET, host)
    assert str(hosted.value) == str(own.value)
    assert "no_such_model_xx" in str(hosted.value)


def _one_source(tmp_path: Path) -> tuple[build.Source, ...]:
    folder = tmp_path / "seeds"
    folder.mkdir(exist_ok=True)
    (folder / "one.txt").write_text(
        "Talks resume\n\nThe two delegations met in Istanbul on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    return build.ingest_all(Config(project=tmp_path, jobs=1), QUIET)


def test_no_host_unless_wanted_and_more_than_one_process(tmp_path: Path) -> None:
    with extraction_host(Config(project=tmp_path, jobs=2), wanted=False) as host:
        assert host is None
    with extraction_host(Config(project=tmp_path, jobs=1), wanted=True) as host:
        assert host is None


def test_a_host_is_wanted_when_fewer_sources_are_new_than_processes(tmp_path: Path) -> None:
    config = seeds_project(tmp_path)
    assert build.sources_to_ingest(config) == 5
    assert not build.preload_spacy(5, config)  # a first build: the ingest fills both cores
    build.ingest_all(config, QUIET)
    assert build.sources_to_ingest(config) == 0
    assert not build.preload_spacy(0, config)  # nothing new: no NLP
    first = sorted((tmp_path / "seeds").glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert build.sources_to_ingest(config) == 1
    assert build.preload_spacy(1, config)
    assert not build.preload_spacy(1, Config(project=tmp_path, jobs=1))


def test_a_host_that_dies_is_reported_with_what_to_do(tmp_path: Path) -> None:
    import os
    import signal

    from briefgen.runtime.extract_host import ExtractionHost
    from briefgen.runtime.side_by_side import WorkerLostError

    host = ExtractionHost(Config(project=tmp_path, jobs=2))
    os.kill(host.worker.pid, signal.SIGKILL)
    os.waitid(os.P_PID, host.worker.pid, os.WEXITED | os.WNOWAIT)  # dead, not yet reaped
    with pytest.raises(WorkerLostError) as caught:
        host.prefill_parses(["A sentence."])
    host.close()
    assert str(caught.value) == (
        "the process that runs spaCy ended without a result (signal 9); "
        "run again with --jobs 1 to run spaCy in the build's own process"
    )
