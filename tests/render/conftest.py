from __future__ import annotations

import pytest
from site_fixture import built_site, seed_content

from briefgen.config import Config


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The fixture briefing rendered and built once (mkdocs build --strict)."""
    return built_site(tmp_path_factory.mktemp("seed-site") / "project", seed_content())
