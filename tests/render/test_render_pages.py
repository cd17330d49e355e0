"""The rendered Markdown: every fact on its page, linked to its sources' paragraphs."""

from __future__ import annotations

import re

from site_fixture import AGG, MOSCOW, NBC, PRESS, read

from briefgen.config import Config


def test_every_page_of_the_briefing_is_written(seed_site: Config) -> None:
    pages = {p.relative_to(seed_site.docs).as_posix() for p in seed_site.docs.rglob("*.md")}
    assert {
        "index.md",
        "timeline.md",
        "actors/index.md",
        "quotes/index.md",
        "quotes/by-date.md",
        "casualties.md",
        "sources/index.md",
        "tags.md",
    } <= pages
    assert f"sources/{PRESS}.md" in pages and "actors/vladimir-putin.md" in pages
    # The editor's same_as merge: no page for the duplicate spelling.
    assert "actors/kuleba.md" not in pages


def test_home_has_period_key_points_with_citations_and_disputes(seed_site: Config) -> None:
    home = read(seed_site, "index.md")
    assert "9 March 2022 – 13 March 2022" in home
    first = next(line for line in home.splitlines() if line.startswith("1. "))
    assert "some progress in talks" in first
    assert f"(sources/{PRESS}.md#p1)" in first and f"(sources/{MOSCOW}.md#p1)" in first
    disputes = home.split("## Disputes", 1)[1]
    assert disputes.index("actors/vladimir-putin.md") < disputes.index("actors/dmytro-kuleba.md")
    assert "bg-dispute" in disputes
    reports = home.split("## Who reports what", 1)[1].split("##", 1)[0]
    # One row per source, oldest first, with the key points it backs linked to them.
    rows = [line for line in reports.splitlines() if line.startswith("| [")]
    assert len(rows) == 5
    (press,) = [row for row in rows if f"(sources/{PRESS}.md)" in row]
    assert "[1](#k1)" in press and "quote" in press  # the first key point cites it


def test_key_figures_are_the_briefing_key_figures_in_order(seed_site: Config) -> None:
    figures = read(seed_site, "index.md").split("## Key figures", 1)[1].split("## Disputes", 1)[0]
    shown = re.findall(r"\(casualties\.md#([^)]+)\)\{: \.bg-figure-count \}", figures)
    assert shown == ["c-ukraine-displaced-2000000", "c-lutsk-killed-4", "c-lutsk-injured-6"]
    # A superseded toll is not a key figure; its history shows beside the current one.
    assert "c-lutsk-killed-2" not in shown
    assert (
        "[2](casualties.md#c-lutsk-killed-2) → [at least 4](casualties.md#c-lutsk-killed-4)"
        in figures
    )
    assert "Claimed by" not in figures and "not stated" not in figures


def test_timeline_groups_events_by_day_with_quotes_figures_and_sources(seed_site: Config) -> None:
    timeline = read(seed_site, "timeline.md")
    days = re.findall(r"^## (.+) \{: #d-(\S+) \}$", timeline, flags=re.M)
    assert [d for _, d in days] == sorted(d for _, d in days)
    assert ("11 March 2022", "2022-03-11") in days
    lutsk = timeline.split("{: #e-2022-03-11-lutsk-strikes }", 1)[1].split("### ", 1)[0]
    assert "casualties.md#c-lutsk-killed-4" in lutsk and f"sources/{PRESS}.md#p7" in lutsk
    meeting = timeline.split("{: #e-2022-03-11-putin-lukashenko-meeting }", 1)[1]
    assert "> “There are certain positive shifts" in meeting


def test_actor_page_lists_quotes_events_figures_and_mentions(seed_site: Config) -> None:
    kuleba = read(seed_site, "actors/dmytro-kuleba.md")
    # Both quotes, including the one attributed to the merged spelling "kuleba".
    assert "They seek Ukraine" in kuleba and "There was zero progress" in kuleba
    assert "../timeline.md#e-2022-03-10-antalya-talks" in kuleba
    assert f"../sources/{NBC}.md#p3" in kuleba
    assert 'tags:\n  - "People"' in kuleba
    mayor = read(seed_site, "actors/igor-polishchuk.md")
    assert "## Figures claimed" in mayor and "../casualties.md#c-lutsk-killed-4" in mayor


def test_quotes_by_speaker_anchor_each_quote_once(seed_site: Config) -> None:
    quotes = read(seed_site, "quotes/index.md")
    assert quotes.count('<a id="q-there-are-certain-positive-shifts">') == 1
    assert quotes.index("## [Dmytro Kuleba]") < quotes.index("## [Vladimir Putin]")
    by_date = read(seed_site, "quotes/by-date.md")
    headings = re.findall(r"^## (.+)$", by_date, flags=re.M)
    assert headings[0] == "10 March 2022" and headings[-1] == "Date unknown"
    assert "index.md#q-there-are-certain-positive-shifts" in by_date


def test_casualty_table_shows_qualifier_claimant_and_differing_figures(seed_site: Config) -> None:
    page = read(seed_site, "casualties.md")
    row = next(line for line in page.splitlines() if 'id="c-lutsk-killed-4"' in line)
    assert (
        "**at least 4** killed" in row
        and "actors/igor-polishchuk.md" in row
        and "local officials" in row
    )
    assert row.count(" | ") == 2  # three columns, no pipe leaked from the data
    # A revision is the figure's history, not a disagreement.
    assert "history: [2](#c-lutsk-killed-2) → [at least 4](#c-lutsk-killed-4)" in row
    differ = (
        page.split("## Where figures differ", 1)[-1] if "## Where figures differ" in page else ""
    )
    assert "#c-lutsk-killed-2" not in differ


def test_source_page_anchors_each_paragraph_and_links_its_facts(seed_site: Config) -> None:
    page = read(seed_site, f"sources/{PRESS}.md")
    anchors = re.findall(r"\{: #(p\d+)", page)
    assert anchors == [f"p{n}" for n in range(1, 9)]
    # The in-article subheading stays a heading, anchored like the others.
    # Out of the search index by default (search_article_text: false).
    assert re.search(r"^### Ukraine claims .* \{: #p5 data-search-exclude \}$", page, flags=re.M)
    after_p7 = page.split("{: #p7 .bg-para data-search-exclude }", 1)[1].split("{: #p8", 1)[0]
    assert "../casualties.md#c-lutsk-killed-4" in after_p7
    assert "../timeline.md#e-2022-03-11-lutsk-strikes" in after_p7
    assert "../actors/igor-polishchuk.md" in after_p7
    sources = read(seed_site, "sources/index.md")
    assert sources.index(NBC) < sources.index(PRESS)  # oldest first
    assert f"{AGG}.md" in sources and "| unknown |" in sources
    press_row = next(line for line in sources.splitlines() if f"{PRESS}.md" in line)
    # 2 quotes, 5 figures and 5 events (one the background Crimea) are drawn from it.
    assert press_row.endswith("| 8 | 12 |")


def test_an_outlier_stretches_neither_the_period_nor_the_chart(seed_site: Config) -> None:
    home = read(seed_site, "index.md")
    assert "**Period covered:** 9 March 2022 – 13 March 2022" in home
    chart = home.split('<svg class="bg-svg bg-timeline"', 1)[1].split("</svg>", 1)[0]
    assert "2014" not in chart and "Crimea" not in chart
    timeline = read(seed_site, "timeline.md")
    assert "Russia annexes Crimea" in timeline  # still on the timeline, as background


def test_content_without_key_figures_gets_summarize_s_choice() -> None:
    """content/ written before briefing.yaml had key_figures: the home page shows the
    figures summarize's rule would choose, so a bigger background toll never leads."""
    from dataclasses import replace

    from site_fixture import seed_content

    from briefgen.records.content import CasualtyEntry
    from briefgen.render.model import build_index
    from briefgen.render.pages import key_figures
    from briefgen.summarize.figures import key_figures as choose_key_figures

    content = seed_content()
    old_disaster = CasualtyEntry(
        id="c-old-disaster-killed-228", kind="killed", count=228, scope="background"
    )
    content = replace(
        content,
        briefing=replace(content.briefing, key_figures=()),
        casualties=(*content.casualties, old_disaster),
    )
    shown = [c.id for c in key_figures(build_index(content))]
    assert shown == list(choose_key_figures(content))
    assert "c-old-disaster-killed-228" not in shown
    assert "c-lutsk-killed-4" in shown
