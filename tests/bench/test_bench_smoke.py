"""Smoke tests of the benchmark harness: the corpus generator, the monitor, the JSON.

No assertion here is about speed: these check that the harness measures and reports.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:  # `pytest` (not `python -m pytest`) leaves the root off the path
    sys.path.insert(0, str(ROOT))

from bench.corpus import Corpus, analyse_seeds, make_project, variant_text  # noqa: E402
from bench.measure import STAGES, child_env, edit_briefing_title  # noqa: E402
from bench.monitor import Sample, peak, run_measured  # noqa: E402

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def corpus(nlp) -> Corpus:  # type: ignore[no-untyped-def]
    return analyse_seeds(SEEDS, nlp)


def _entities(corpus: Corpus, labels: set[str]) -> set[str]:
    return {
        s.text for seed in corpus.seeds for b in seed.blocks for s in b.spans if s.label in labels
    }


def test_small_project_is_the_seeds_verbatim(corpus: Corpus, tmp_path: Path) -> None:
    made = make_project(corpus, ROOT, tmp_path / "p", 3)
    files = sorted((made.root / "seeds").glob("*.txt"))
    originals = sorted(SEEDS.glob("*.txt"))[:3]
    assert [f.read_bytes() for f in files] == [f.read_bytes() for f in originals]
    assert (made.root / "mkdocs.yml").exists()
    assert made.sources == 3


def test_variants_are_new_deterministic_and_share_stand_ins(corpus: Corpus) -> None:
    count = 60
    texts = [variant_text(corpus, i, count) for i in range(5, count)]
    assert texts == [variant_text(corpus, i, count) for i in range(5, count)]
    seed_texts = {p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert not seed_texts & set(texts)
    assert len(set(texts)) == len(texts)
    assert variant_text(corpus, 7, count, seed=1) != variant_text(corpus, 7, count, seed=0)
    # Every anchor (an entity most seeds share) survives in the variants, so that merging
    # has cross-source work; some names the seeds do not contain appear in several sources.
    joined = "\n".join(texts)
    for anchor in corpus.anchors:
        assert anchor in joined
    from bench.corpus import FIRST_NAMES

    stand_ins = [
        line.split(first, 1)[1].split()[0]
        for t in texts
        for line in t.splitlines()
        for first in FIRST_NAMES
        if f"{first} " in line
    ]
    assert stand_ins, "no seed person was renamed"
    repeated = [n for n in set(stand_ins) if sum(n in t for t in texts) >= 2]
    assert repeated, "no stand-in name recurs across sources"


def test_numbers_are_varied_in_some_sources_and_kept_in_others(corpus: Corpus) -> None:
    import re

    def numbers(text: str) -> set[str]:
        return set(re.findall(r"\b\d[\d,]*\d\b", text))

    in_seeds = set().union(*(numbers(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    in_variants = set().union(*(numbers(variant_text(corpus, i, 40)) for i in range(5, 40)))
    assert in_variants - in_seeds, "no figure was changed"
    assert in_variants & in_seeds, "no figure was kept"


def test_monitor_sees_memory_of_grandchildren() -> None:
    code = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', "
        '\'import time; b = bytearray(150 * 1024 * 1024); b[::4096] = b"x" * len(b[::4096]); '
        "time.sleep(1.0)'])"
    )
    measured = run_measured([sys.executable, "-c", code], interval=0.05)
    assert measured.returncode == 0
    assert measured.peak_rss_mb() > 140
    assert max(s.processes for s in measured.samples) >= 2
    assert measured.cpu_s > 0


def test_peak_of_a_span_between_samples_uses_its_neighbours() -> None:
    samples = (Sample(0.0, 10, 5, 1), Sample(1.0, 30, 20, 1), Sample(2.0, 20, 10, 1))
    assert peak(samples, 0.2, 0.4, "rss") == 30
    assert peak(samples, 0.0, 2.0, "pss") == 20
    assert peak(samples, 1.5, 1.6, "rss") == 30


def test_edit_keeps_briefing_yaml_valid(tmp_path: Path) -> None:
    import yaml

    content = tmp_path / "content"
    content.mkdir()
    (content / "briefing.yaml").write_text(
        "title: \"Putin's 'progress': talks\"\nsummary: []\n", encoding="utf-8"
    )
    edit_briefing_title(tmp_path)
    data = yaml.safe_load((content / "briefing.yaml").read_text(encoding="utf-8"))
    assert data == {"title": "Putin's 'progress': talks (edited)", "summary": []}


@pytest.mark.slow
def test_run_writes_json_for_a_tiny_size(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "2", "--jobs", "1",
         "--no-baselines", "--json", str(out), "-q"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "== 2 sources" in done.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["meta"]["commit"]
    (size,) = result["sizes"]
    full = size["full"]
    assert full["sources"] == 2 and full["extracted"] == 2 and full["words"] > 0
    for stage in (s for s in STAGES if s != "load"):  # a build reads content/ itself
        row = full["stages"][stage]
        assert row["wall_s"] >= 0 and row["cpu_s"] >= 0 and row["rss_mb"] > 0
    assert full["process"]["rss_mb"] >= full["stages"]["ingest"]["rss_mb"]
    assert full["missing_stage_functions"] == []
    # The cache contract the incremental figures rely on: an edit runs no NLP, one new
    # source runs it for that source only.
    assert size["incremental"]["yaml_edit"]["extracted"] == 0
    assert size["incremental"]["new_source"]["extracted"] == 1
    assert size["incremental"]["new_source"]["sources"] == 3


def test_cluster_search_and_ten_thousand_options_reach_the_build() -> None:
    from bench.measure import Settings, build_flags
    from bench.run import parse_args

    args = parse_args(["--sizes", "10000", "--scheduler", "local:2", "--search", "pagefind"])
    assert args.sizes == [10000]
    settings = Settings(
        jobs=0,
        seed=0,
        baselines=False,
        incremental=False,
        interval=0.1,
        scheduler=args.scheduler,
        search=args.search,
    )
    assert build_flags(settings) == ["--jobs", "0", "--scheduler", "local:2"]
    with pytest.raises(SystemExit):
        parse_args(["--search", "lunr"])
