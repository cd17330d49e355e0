from __future__ import annotations

import pytest
from site_fixture import make_project, seed_content

from briefgen.config import Config
from briefgen.publish import publish_site
from briefgen.render import render_markdown


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The fixture briefing rendered and built once (mkdocs build --strict)."""
    config = make_project(tmp_path_factory.mktemp("seed-site") / "project")
    render_markdown(seed_content(), config)
    publish_site(config, strict=True)
    return config
