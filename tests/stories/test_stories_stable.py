"""One more source keeps most key points: each story built without one of its later
articles and with it; at least 60% of the points of the smaller build stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import build_story

KEPT = 0.6
LATER_ARTICLES = [
    ("ferry", "e5_globe_report.txt"),
    ("ferry", "d4_radio_mwanza.txt"),
    ("border", "d4_bishkek_times.txt"),
    ("border", "c3_world_desk.txt"),
    ("arrest", "d4_west_africa_today.txt"),
    ("arrest", "c3_global_wire.txt"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("story", "article"), LATER_ARTICLES)
def test_one_more_source_keeps_most_key_points(story: str, article: str, tmp_path: Path) -> None:
    before = [p.text for p in build_story(story, tmp_path / "before", (article,)).briefing.summary]
    after = {p.text for p in build_story(story, tmp_path / "after").briefing.summary}
    kept = sum(text in after for text in before)
    assert kept / len(before) >= KEPT, (kept, len(before))
