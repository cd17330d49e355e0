"""Every event title on every story we have: a short clause, never cut mid-phrase.

Checked over the example's content/, the stories under tests/ and, when present, the
real news of ../shared/dev/gva (extraction only, so the stories' own rules cannot
hide a title)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from briefgen import build
from briefgen.config import load_config
from briefgen.extract.titles import ENDS_INCOMPLETE, MAX_TITLE_WORDS
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project

ROOT = Path(__file__).resolve().parents[2]
DEV = Path(os.environ.get("BRIEFGEN_SHARED", ROOT.parent / "shared")) / "dev" / "gva"
STORY_SEEDS = sorted(
    [p / "seeds" for p in (ROOT / "tests" / "corpora").iterdir() if (p / "seeds").is_dir()]
    + [p / "seeds" for p in (ROOT / "tests" / "stories").iterdir() if (p / "seeds").is_dir()]
)


def title_problem(title: str) -> str | None:
    words = title.split()
    if len(words) > MAX_TITLE_WORDS + 2:  # a short quoted opening may follow "X said:"
        return "too long"
    if words[-1].strip("\"'“”‘’,.;:").lower() in ENDS_INCOMPLETE:
        return f"ends on {words[-1]!r}"
    if title.count('"') % 2 or title.count("(") != title.count(")"):
        return "an unclosed quotation or bracket"
    if "…" in title:
        return "cut"
    return None


def test_the_rule_catches_cut_titles() -> None:
    assert title_problem("Vladimir Putin said there were some positive shifts in talks") is None
    assert title_problem("A ferry capsized on Lake Victoria has") == "ends on 'has'"
    assert title_problem("Aid was sent by the Tanzania Red Cross and the") == "ends on 'the'"
    assert title_problem('Jo Bloggs said: "We will rebuild…"') is not None


def test_the_example_titles() -> None:
    events = yaml.safe_load((ROOT / "content" / "events.yaml").read_text()) or []
    bad = [(e["title"], title_problem(e["title"])) for e in events]
    assert [b for b in bad if b[1]] == []


def _titles(seeds: Path, project: Path) -> list[str]:
    init_project(project)
    for f in sorted(seeds.iterdir()):
        if f.is_file() and f.name != "expected.yaml":
            (project / "seeds" / f.name).write_bytes(f.read_bytes())
    config = load_config(project)
    reporter = Reporter(verbosity=0)
    sources = build.ingest_all(config, reporter)
    facts, _ = build.extract_all(sources, config, reporter)
    return [e.title for f in facts for e in f.events]


@pytest.mark.slow
@pytest.mark.parametrize("seeds", STORY_SEEDS, ids=lambda p: p.parent.name)
def test_the_story_titles(seeds: Path, tmp_path: Path) -> None:
    titles = _titles(seeds, tmp_path / "p")
    assert titles
    assert [(t, title_problem(t)) for t in titles if title_problem(t)] == []


@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="no ../shared/dev/gva")
def test_the_real_news_titles(tmp_path: Path) -> None:
    titles: list[str] = []
    for n, incident in enumerate(sorted(DEV.iterdir())):
        if (incident / "seeds").is_dir():
            titles += _titles(incident / "seeds", tmp_path / f"p{n}")
    assert len(titles) > 20
    assert [(t, title_problem(t)) for t in titles if title_problem(t)] == []
