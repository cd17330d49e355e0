"""story_b (tests/corpora/story_b): five articles on a dam collapse, written blind to the
rules, run through the whole pipeline. Its tolls are revised over four days, one
lawmaker contests them, the operator denies the warnings residents say it ignored, and
two outlets spell names differently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefgen import build
from briefgen.config import load_config
from briefgen.merge import merge_facts
from briefgen.records.content import Content
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project
from briefgen.summarize import summarize

STORY = Path(__file__).resolve().parents[1] / "corpora" / "story_b" / "seeds"

pytestmark = pytest.mark.skipif(not STORY.is_dir(), reason="no story_b corpus")


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Content:
    project = tmp_path_factory.mktemp("story_b")
    init_project(project)
    for f in sorted(STORY.iterdir()):
        shutil.copy(f, project / "seeds" / f.name)
    config = load_config(project)
    reporter = Reporter(verbosity=0)
    sources = build.ingest_all(config, reporter)
    facts, _ = build.extract_all(sources, config, reporter)
    return summarize(merge_facts(sources, facts, config), sources, config)


def _person(content: Content, surname: str) -> list[str]:
    return [a.id for a in content.actors if a.kind == "person" and surname in a.id]


def test_spelling_variants_are_one_person(story: Content) -> None:
    assert len(_person(story, "senba")) == 1  # Yesenbayeva / Esenbaeva
    assert len(_person(story, "tursunali")) == 1  # Tursunaliev / Tursunaliyev


def test_the_two_disputes_and_no_revision_among_them(story: Content) -> None:
    disputes = story.briefing.disputes
    lawmaker = _person(story, "senba")[0]
    toll = [d for d in disputes if lawmaker in {s.actor for s in d.sides}]
    assert len(toll) == 1
    assert len({s.actor for s in toll[0].sides}) == len(toll[0].sides)
    cause = [d for d in disputes if "ak-suu-energy" in {s.actor for s in d.sides}]
    assert cause and any("isakov" in (s.actor or "") for s in cause[0].sides)
    # the officials' tolls of nine and 14, updated since, are no side of any dispute
    claims = [s.claim for d in disputes for s in d.sides]
    assert not [c for c in claims if c.startswith(("9 ", "14 ", "at least 14 "))]


def test_the_key_points_give_the_latest_toll_and_not_an_older_one(story: Content) -> None:
    texts = " ".join(p.text for p in story.briefing.summary)
    assert "risen to 26" in texts
    assert "rose to 21" not in texts
    assert all(p.sources for p in story.briefing.summary)
    assert not any(p.text.startswith("BISHKEK") for p in story.briefing.summary)
