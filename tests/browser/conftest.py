"""The built fixture site, served over http on 127.0.0.1, and Debian's chromium driving it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "render"))

from browser_support import CHROMIUM, CHROMIUM_ARGS, Visit, serving  # noqa: E402
from site_fixture import make_project, seed_content  # noqa: E402

from briefgen.publish import publish_site  # noqa: E402
from briefgen.render import render_markdown  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is absent (apt-get install -y chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    config = make_project(tmp_path_factory.mktemp("browser-site") / "project")
    render_markdown(seed_content(), config)
    publish_site(config, strict=True)
    with serving(config.site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        # Debian's chromium only: Playwright must never download a browser.
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def visit(browser: Any, site_url: str) -> Iterator[Visit]:
    v = Visit(browser, site_url)
    yield v
    v.close()
