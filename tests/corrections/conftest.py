"""The story fixture: a project folder for the corrections tests (see story.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from story import Story


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return Story(tmp_path / "briefing")
