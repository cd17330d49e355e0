"""Quality floors on whole stories: build each through the CLI and score it.

Every folder under tests/corpora/ that holds ``seeds/`` and ``gold.yaml`` is a story
(see README.md); the project's own seed articles are one more, scored against
``shared/gold/seeds.yaml``. Each story is built in a temporary project with
``briefgen build --jobs 1 --no-site`` and scored by ``shared/tools/score.py``, the
scorer the project is measured with. The floors sit a little below the figures measured
when they were set, like trafilatura's evaluation: they catch a rule that stops
generalising, not a figure that moves by one entry. The figures are printed (``-s``).

``shared/`` lies beside the repository (``../shared``); set ``BRIEFGEN_SHARED`` to use
another copy. Without it the tests skip, saying so.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("BRIEFGEN_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "score.py"
SEEDS_GOLD = SHARED / "gold" / "seeds.yaml"

pytestmark = pytest.mark.slow

# For a story whose folder has no floors.yaml yet: what any sane build reaches.
DEFAULT_FLOORS: dict[str, dict[str, float]] = {
    "min": {
        "clean_keep_recall": 0.8,
        "clean_drop_rate": 0.8,
        "meta_title": 0.6,
        "quotes_recall": 0.6,
        "quotes_precision": 0.7,
        "casualties_recall": 0.5,
        "casualties_precision": 0.5,
        "actors_people_recall": 0.6,
        "actors_people_precision": 0.6,
    },
    "max": {"quotes_from_boilerplate": 1, "actors_from_boilerplate": 1},
}

# The project's own seeds: every figure was 1.0 when these were set.
SEED_FLOORS: dict[str, dict[str, float]] = {
    "min": {
        "clean_keep_recall": 0.95,
        "clean_drop_rate": 0.95,
        "meta_title": 1.0,
        "meta_published": 1.0,
        "meta_outlet": 1.0,
        "quotes_recall": 0.9,
        "quotes_speaker_accuracy": 0.9,
        "quotes_precision": 0.9,
        "quotes_merged_across_sources": 0.9,
        "casualties_recall": 0.9,
        "casualties_precision": 0.9,
        "casualties_attribution": 0.9,
        "casualties_qualifier": 0.9,
        "actors_people_recall": 0.9,
        "actors_people_precision": 0.9,
        "actors_roles": 0.9,
        "actors_other_recall": 0.9,
        "events_recall": 0.8,
        "summary_cited": 1.0,
        "disputes_recall": 0.5,
    },
    "max": {
        "quotes_from_boilerplate": 0,
        "casualties_false_counts": 0,
        "actors_split_duplicates": 1,
        "actors_from_boilerplate": 0,
    },
}


@dataclass(frozen=True)
class Story:
    name: str
    seeds: Path
    gold: Path
    floors: dict[str, dict[str, float]]


def load_floors(folder: Path) -> dict[str, dict[str, float]]:
    path = folder / "floors.yaml"
    if not path.exists():
        return DEFAULT_FLOORS
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {"min": dict(doc.get("min") or {}), "max": dict(doc.get("max") or {})}


def discover_stories() -> list[Story]:
    stories = [Story("seeds", ROOT / "seeds", SEEDS_GOLD, SEED_FLOORS)]
    for folder in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        if (folder / "seeds").is_dir() and (folder / "gold.yaml").is_file():
            stories.append(
                Story(folder.name, folder / "seeds", folder / "gold.yaml", load_floors(folder))
            )
    return stories


def load_scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip(f"no scorer at {SCORER}: shared/ is not beside the repository")
    spec = importlib.util.spec_from_file_location("briefgen_shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_story(story: Story, where: Path) -> Path:
    project = where / story.name
    runner = CliRunner()
    made = runner.invoke(main, ["init", str(project)])
    assert made.exit_code == 0, made.output
    shutil.rmtree(project / "seeds", ignore_errors=True)
    shutil.copytree(story.seeds, project / "seeds")
    built = runner.invoke(main, ["build", "--project", str(project), "--jobs", "1", "--no-site"])
    assert built.exit_code == 0, built.output
    return project / "content"


def score(scorer: ModuleType, content: Path, gold: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    key, found = scorer.load(gold), scorer.Content(content)
    for part in (
        scorer.score_sources,
        scorer.score_quotes,
        scorer.score_casualties,
        scorer.score_actors,
        scorer.score_events,
        scorer.score_briefing,
    ):
        part(key, found, out)
    return out


def as_number(value: Any) -> float | None:
    if isinstance(value, list):
        return float(len(value))
    return None if value is None else float(value)


def below_floors(figures: dict[str, Any], floors: dict[str, dict[str, float]]) -> list[str]:
    problems = []
    for name, floor in floors.get("min", {}).items():
        got = as_number(figures.get(name))
        if got is not None and got < floor:
            problems.append(f"{name} = {got} < floor {floor}")
    for name, ceiling in floors.get("max", {}).items():
        got = as_number(figures.get(name))
        if got is not None and got > ceiling:
            problems.append(f"{name} = {got} > ceiling {ceiling}: {figures.get(name)}")
    return problems


def test_floors_name_figures_the_scorer_gives() -> None:
    scorer = load_scorer()
    empty = score(scorer, Path("/nonexistent-content"), SEEDS_GOLD)
    for story in discover_stories():
        unknown = [n for part in story.floors.values() for n in part if n not in empty]
        assert not unknown, f"{story.name}: floors name no scorer figure: {unknown}"


@pytest.mark.parametrize("story", discover_stories(), ids=lambda s: s.name)
def test_story_quality_stays_above_its_floors(story: Story, tmp_path: Path) -> None:
    scorer = load_scorer()
    if not story.gold.is_file():
        pytest.skip(f"no answer key at {story.gold}")
    content = build_story(story, tmp_path)
    figures = score(scorer, content, story.gold)
    print(f"\n{story.name}: {json.dumps(figures, sort_keys=True, ensure_ascii=False)}")
    assert not figures["sources_missing"], figures["sources_missing"]
    problems = below_floors(figures, story.floors)
    assert not problems, f"{story.name} fell below its floors:\n" + "\n".join(problems)
