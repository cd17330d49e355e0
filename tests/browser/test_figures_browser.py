"""The ferry story (tests/figures/stories/ferry) built and read in a real browser: the
home page leads with the current toll and its history, the figure dispute shows side by
side, and the casualty table fits the page on a desktop and on a phone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import SCREENSHOTS, Visit, serving
from click.testing import CliRunner

from briefgen.cli import main

pytestmark = pytest.mark.browser

FERRY = Path(__file__).resolve().parents[1] / "figures" / "stories" / "ferry" / "seeds"
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def ferry_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("ferry-site") / "ferry"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    for f in FERRY.iterdir():
        shutil.copy(f, project / "seeds" / f.name)
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--quiet"])
    assert result.exit_code == 0, result.output
    with serving(project / "site") as url:
        yield url


@pytest.fixture
def ferry_visit(browser: Any, ferry_url: str) -> Iterator[Visit]:
    v = Visit(browser, ferry_url)
    yield v
    v.close()


def test_the_ferry_home_leads_with_the_current_toll_and_its_history(ferry_visit: Visit) -> None:
    page = ferry_visit.goto("index.html")
    figures = page.locator(".bg-figure")
    assert figures.count() == 1
    card = figures.first.inner_text()
    assert card.splitlines()[0].strip() == "43"
    assert "at least 12 → 27 → 41 → 43" in card
    assert "Kelvaran Coast Guard" in card and "Red Cross" in card
    assert "not stated" not in card and "Claimed by" not in card
    assert "228" not in page.locator(".bg-figures").inner_text()
    # The rival count shows beside the key figure; the Red Cross, come round, does not.
    assert "disputed: more than 50 people killed (Dara Velik)" in card
    assert "31" not in card
    # The rival count beside the latest official one, each side in its own box.
    sides = [s.inner_text() for s in page.locator(".bg-dispute .bg-side").all()]
    figure_sides = [s for s in sides if "people killed" in s]
    assert any("Dara Velik" in s and "more than 50" in s for s in figure_sides)
    assert any("Kelvaran Coast Guard" in s and "43 people killed" in s for s in figure_sides)
    assert not any("Red Cross" in s and "31" in s for s in figure_sides)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "ferry-home.png"), full_page=True)
    page.locator(".bg-figure a.bg-figure-count").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("casualties.html#c-killed-43")
    assert ferry_visit.errors == [] and ferry_visit.foreign == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_casualty_table_fits_the_page(ferry_visit: Visit, width: int) -> None:
    ferry_visit.page.set_viewport_size({"width": width, "height": 900})
    page = ferry_visit.goto("casualties.html")
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('.bg-casualty-table')].map(box => {
            const table = box.querySelector('table');
            const scroller = table.closest('.md-typeset__scrollwrap') || box;
            return [table.scrollWidth, scroller.clientWidth];
        })"""
    )
    assert len(overflow) == 2  # this story's figures, then the background ones
    for table_width, room in overflow:
        assert table_width <= room + 1, (width, table_width, room)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sides = [s.inner_text() for s in page.locator(".bg-dispute .bg-side").all()]
    assert len(sides) == 2 and "Dara Velik" in sides[0] and "43 people killed" in sides[1]
    text = page.locator("article").inner_text()
    assert "Background figures" in text and "228" in text.split("Background figures", 1)[1]
    assert "claimant not named" in text and "not stated" not in text
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"ferry-casualties-{width}.png"), full_page=True)
