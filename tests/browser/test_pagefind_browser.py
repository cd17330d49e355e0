"""The site built with `search: pagefind` in a real browser: Pagefind's box in place of
Material's, an actor found by name and opened, nothing fetched from another host, and a
clear word instead of a broken box when the site is opened from disk."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from browser_support import SCREENSHOTS, Visit, serving
from site_fixture import make_project, seed_content

from briefgen.publish import publish_site
from briefgen.render import render_markdown

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = replace(
        make_project(tmp_path_factory.mktemp("pagefind-site") / "project"), search="pagefind"
    )
    render_markdown(seed_content(), config)
    publish_site(config, strict=True)
    return config.site


@pytest.fixture(scope="module")
def pagefind_url(pagefind_site: Path) -> Iterator[str]:
    with serving(pagefind_site) as url:
        yield url


def test_pagefind_finds_an_actor_by_name_and_opens_the_page(
    browser: Any, pagefind_url: str
) -> None:
    visit = Visit(browser, pagefind_url)
    try:
        page = visit.goto("sources/index.html")
        assert page.locator("input.md-search__input").count() == 0  # Material's box is gone
        box = page.locator("#bg-pagefind input.pagefind-ui__search-input")
        box.fill("Kuleba")
        result = page.locator(".pagefind-ui__result-link", has_text="Dmytro Kuleba").first
        result.wait_for(state="visible", timeout=15000)
        _screenshot(page, "pagefind-results")
        result.click()
        page.wait_for_load_state("networkidle")
        assert page.url == f"{pagefind_url}/actors/dmytro-kuleba.html"
        assert page.locator("h1").first.inner_text().startswith("Dmytro Kuleba")
        assert visit.errors == []
        assert visit.foreign == []
    finally:
        visit.close()


def _screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_opened_from_disk_the_box_says_search_needs_a_server(
    browser: Any, pagefind_site: Path
) -> None:
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    try:
        page = context.new_page()
        page.goto((pagefind_site / "actors" / "index.html").as_uri())
        note = page.locator("#bg-pagefind")
        assert note.inner_text().startswith("Search needs the site served")
        assert note.is_visible()
        _screenshot(page, "pagefind-from-disk")
        assert all(url.startswith("file://") for url in requested)
    finally:
        context.close()


def test_search_bytes_counts_what_a_pagefind_query_fetches(
    browser: Any, pagefind_site: Path
) -> None:
    root = str(Path(__file__).resolve().parents[2])
    if root not in sys.path:  # bench/ is imported as a package from the repository root
        sys.path.insert(0, root)
    from bench.search_bytes import measure

    [row] = measure(pagefind_site, ["Kuleba"], browser)
    assert row["search"] == "pagefind"
    on_disk = sum(p.stat().st_size for p in (pagefind_site / "pagefind").rglob("*") if p.is_file())
    # The script, its wasm, the index entry and chunks and a few fragments: not all of it.
    assert row["requests"] >= 5
    assert 0 < row["gzip_bytes"] <= row["bytes"] < on_disk
