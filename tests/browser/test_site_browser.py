"""The built site in a real browser: reading, clicking through, searching, offline."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import SCREENSHOTS, Visit
from site_fixture import NBC, PRESS

pytestmark = pytest.mark.browser

MAIN_PAGES = {
    "home": "index.html",
    "timeline": "timeline.html",
    "actors": "actors/index.html",
    "actor": "actors/vladimir-putin.html",
    "quotes": "quotes/index.html",
    "quotes-by-date": "quotes/by-date.html",
    "casualties": "casualties.html",
    "sources": "sources/index.html",
    "source": f"sources/{PRESS}.html",
    "tags": "tags.html",
}


def test_home_shows_the_key_points(visit: Visit) -> None:
    page = visit.goto("index.html")
    assert page.locator("h1").first.inner_text().startswith("Russia–Ukraine talks")
    points = page.locator("article ol > li")
    assert points.count() == 3
    assert "some progress in talks" in points.first.inner_text()
    assert page.locator("article a.bg-cite").first.is_visible()
    reports = page.locator("article table", has_text="Key points")
    assert reports.is_visible()
    assert reports.locator("tbody tr").count() == 5


def test_home_period_and_chart_span_the_story_not_its_background(visit: Visit) -> None:
    page = visit.goto("index.html")
    assert "9 March 2022 – 13 March 2022" in page.locator(".bg-period").inner_text()
    # SVG elements have no innerText: read their text content.
    texts = "els => els.map(e => e.textContent || '')"
    labels = page.locator("svg.bg-timeline text").evaluate_all(texts)
    assert labels and all("2022" in label for label in labels if label[:1].isdigit())
    dots = page.locator("svg.bg-timeline circle title").evaluate_all(texts)
    assert dots and not [d for d in dots if "Crimea" in d]
    # the background event is still on the timeline page
    timeline = visit.goto("timeline.html")
    assert timeline.locator("article h3", has_text="Russia annexes Crimea").is_visible()


def test_clicking_an_actor_reaches_the_actor_page(visit: Visit) -> None:
    page = visit.goto("index.html")
    page.locator(".bg-dispute a", has_text="Dmytro Kuleba").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/actors/dmytro-kuleba.html")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Dmytro Kuleba"
    assert page.get_by_text("They seek Ukraine").first.is_visible()


def test_clicking_a_quotes_source_reaches_the_paragraph(visit: Visit) -> None:
    page = visit.goto("quotes/index.html")
    quote = page.locator("blockquote", has_text="They seek Ukraine")
    byline = quote.locator("xpath=following-sibling::p[1]")
    byline.locator("a.bg-cite").first.click()
    page.wait_for_load_state("networkidle")
    assert re.search(rf"/sources/{NBC}\.html#p3$", page.url)
    target = page.locator("#p3")
    assert "They seek Ukraine" in target.inner_text()
    assert target.is_visible()
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled into view


def test_clicking_an_svg_event_reaches_the_timeline_entry(visit: Visit) -> None:
    page = visit.goto("index.html")
    page.locator("svg.bg-timeline a").first.click()
    page.wait_for_load_state("networkidle")
    assert re.search(r"/timeline\.html#e-", page.url)
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f"#{anchor}").is_visible()


def test_search_finds_kuleba(visit: Visit) -> None:
    page = visit.goto("index.html")
    box = page.locator("input.md-search__input")
    box.click()
    # Typed key by key: Material's search listens to keyboard events, not to fill().
    box.press_sequentially("Kuleba", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible", timeout=15000)
    assert "Kuleba" in page.locator(".md-search-result").inner_text()
    page.locator(".md-search-result__item a", has_text="Dmytro Kuleba").first.click()
    page.wait_for_load_state("networkidle")
    assert "/actors/dmytro-kuleba.html" in page.url


def _screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_main_pages_load_cleanly_offline_and_are_screenshotted(visit: Visit) -> None:
    for name, path in MAIN_PAGES.items():
        page = visit.goto(path)
        assert page.locator("h1").count() >= 1, path
        _screenshot(page, name)
    assert visit.errors == []
    assert visit.foreign == []


def test_dark_palette_renders(browser: Any, site_url: str) -> None:
    dark = Visit(browser, site_url, color_scheme="dark")
    try:
        page = dark.goto("index.html")
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        _screenshot(page, "home-dark")
        page = dark.goto(f"sources/{PRESS}.html")
        _screenshot(page, "source-dark")
        assert dark.errors == [] and dark.foreign == []
    finally:
        dark.close()
