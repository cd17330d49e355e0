"""The build as a whole: strict mkdocs, every link resolves, stale pages go, scale stays linear."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from pathlib import Path

import pytest
from htmlcheck import broken_links, parse
from site_fixture import make_project, seed_content

from briefgen.config import Config
from briefgen.errors import ConfigError, PublishError
from briefgen.publish import publish_site
from briefgen.records.content import (
    ActorEntry,
    BriefingEntry,
    Content,
    EventEntry,
    ParagraphEntry,
    QuoteEntry,
    Ref,
    SourceEntry,
)
from briefgen.render import render_markdown, render_pages, write_rendered
from briefgen.render.links import html_href, md_href


def test_every_link_in_the_built_site_reaches_its_page_and_anchor(seed_site: Config) -> None:
    assert (seed_site.site / "index.html").exists()
    assert broken_links(seed_site.site) == []


def test_the_timeline_chart_links_into_the_timeline(seed_site: Config) -> None:
    home = parse(seed_site.site / "index.html")
    svg_links = [
        a.get("href")
        for a in home.iter()
        if isinstance(a.tag, str)
        and a.tag.endswith("a")
        and a.getparent() is not None
        and a.getparent().tag.endswith("svg")
    ]
    assert svg_links and all(h.startswith("timeline.html#e-") for h in svg_links)


def test_site_loads_nothing_from_other_hosts(seed_site: Config) -> None:
    for page in sorted(seed_site.site.rglob("*.html")):
        doc = parse(page)
        for element in doc.iter("script", "link", "img", "iframe"):
            url = element.get("src") or (element.get("href") if element.tag == "link" else None)
            assert not url or not re.match(r"(?i)^(https?:)?//", url), (page, url)


def test_strict_build_fails_on_a_broken_anchor(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    render_markdown(seed_content(), config)
    page = config.docs / "timeline.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](actors/index.md#no-such-anchor)\n")
    with pytest.raises(PublishError, match="no-such-anchor"):
        publish_site(config, strict=True)


def test_render_replaces_stale_pages_and_keeps_other_files(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    stale = config.docs / "actors" / "someone-deleted.md"
    stale.parent.mkdir(parents=True)
    stale.write_text("# old\n")
    kept = config.docs / "images" / "map.png"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"png")
    pages = render_markdown(seed_content(), config)
    assert not stale.exists() and kept.exists()
    on_disk = sorted(p.relative_to(config.docs).as_posix() for p in config.docs.rglob("*.md"))
    assert on_disk == sorted(pages.pages)
    assert pages.root == config.docs


def test_render_is_deterministic(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a")
    second = make_project(tmp_path / "b")
    render_markdown(seed_content(), first)
    render_markdown(seed_content(), second)
    for page in sorted(first.docs.rglob("*.md")):
        twin = second.docs / page.relative_to(first.docs)
        assert page.read_bytes() == twin.read_bytes(), page


def test_missing_templates_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="site_templates"):
        render_markdown(seed_content(), Config(project=tmp_path))


def test_markdown_links_are_relative_to_the_page() -> None:
    assert md_href("actors/a.md", "sources/s.md", "p3") == "../sources/s.md#p3"
    assert md_href("index.md", "index.md", "k1") == "#k1"
    assert md_href("quotes/by-date.md", "quotes/index.md", "q-1") == "index.md#q-1"
    assert md_href("tags.md", "sources/s.md") == "sources/s.md"
    assert md_href("sources/s.md", "index.md") == "../index.md"
    assert md_href("a/b/c.md", "a/d.md", "x") == "../d.md#x"
    assert md_href("index.md", "index.md") == "#"


@pytest.mark.parametrize(
    ("directory_urls", "from_home", "from_actor"),
    [
        (True, "timeline/#e-1", "../../sources/s/"),
        (False, "timeline.html#e-1", "../sources/s.html"),
    ],
)
def test_raw_html_links_follow_the_url_scheme(
    directory_urls: bool, from_home: str, from_actor: str
) -> None:
    assert html_href("index.md", "timeline.md", "e-1", directory_urls) == from_home
    assert html_href("actors/a.md", "sources/s.md", None, directory_urls) == from_actor
    assert html_href("timeline.md", "timeline.md", "e-1", directory_urls) == "#e-1"


def test_empty_briefing_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    render_markdown(Content(briefing=BriefingEntry(title="Nothing yet")), config)
    publish_site(config, strict=True)
    assert "Nothing yet" in (config.site / "index.html").read_text(encoding="utf-8")


def _big_content(n_sources: int) -> Content:
    sources, actors, quotes, events = [], [], [], []
    for i in range(n_sources):
        sid = f"{i:03d}_source"
        sources.append(
            SourceEntry(
                id=sid,
                file=f"seeds/{sid}.txt",
                sha256="0" * 64,
                title=f"Report number {i} on the talks",
                outlet=f"Outlet {i % 7}",
                url=None,
                published=dt.date(2022, 3, 1) + dt.timedelta(days=i % 20),
                published_basis="text",
                duplicate_of=None,
                paragraphs=tuple(
                    ParagraphEntry(f"p{n}", f"Paragraph {n} of report {i} says officials met.")
                    for n in range(1, 6)
                ),
            )
        )
        actors.append(
            ActorEntry(
                f"official-{i}", f"Official {i}", "person", ("minister",), (), (Ref(sid, "p1"),)
            )
        )
        quotes.append(
            QuoteEntry(
                f"q-{i}",
                f"We met and talked, number {i}",
                speaker=f"official-{i}",
                said_on=dt.date(2022, 3, 1),
                sources=(Ref(sid, "p2"),),
            )
        )
        events.append(
            EventEntry(
                f"e-{i}",
                dt.date(2022, 3, 1) + dt.timedelta(days=i % 20),
                f"Meeting {i}",
                actors=(f"official-{i}",),
                sources=(Ref(sid, "p3"),),
            )
        )
    base = seed_content()
    return dataclasses.replace(
        base,
        sources=tuple(sources),
        actors=tuple(actors),
        quotes=tuple(quotes),
        casualties=(),
        events=tuple(events),
        briefing=BriefingEntry(title="Many sources"),
    )


def test_navigation_does_not_list_every_source(tmp_path: Path) -> None:
    """At scale each page carries the index pages in its nav, not every other page."""
    config = make_project(tmp_path / "project")
    render_markdown(_big_content(120), config)
    start = time.perf_counter()
    publish_site(config, strict=True)
    elapsed = time.perf_counter() - start
    page = parse(config.site / "sources" / "050_source.html")
    nav_links = [a for a in page.xpath('//nav[contains(@class, "md-nav--primary")]//a')]
    assert len(nav_links) < 30
    assert elapsed < 60


def test_links_also_resolve_with_directory_urls(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    yml = config.mkdocs_yml.read_text(encoding="utf-8")
    config.mkdocs_yml.write_text(
        yml.replace("use_directory_urls: false", "use_directory_urls: true")
    )
    render_markdown(seed_content(), config)
    publish_site(config, strict=True)
    assert (config.site / "timeline" / "index.html").exists()
    assert broken_links(config.site) == []


def test_odd_ids_become_safe_pages_and_anchors(tmp_path: Path) -> None:
    """Ids an editor typed (capitals, slashes, spaces) still give working links."""
    base = seed_content()
    odd = SourceEntry(
        id="Wire/Story 1", file="seeds/wire.txt", sha256="0" * 64, title="Wire story",
        outlet=None, url=None, published=None, published_basis="unknown", duplicate_of=None,
        paragraphs=(ParagraphEntry("P 1", "Officials met on Monday."),),
    )  # fmt: skip
    quote = QuoteEntry("Q/odd", "We met", speaker="Vladimir Putin", sources=(Ref(odd.id, "P 1"),))
    content = dataclasses.replace(base, sources=(*base.sources, odd), quotes=(*base.quotes, quote))
    config = make_project(tmp_path / "project")
    pages = render_markdown(content, config)
    odd_pages = [p for p in pages.pages if p.startswith("sources/wire-story-1")]
    assert len(odd_pages) == 1 and "/" not in odd_pages[0].removeprefix("sources/")
    publish_site(config, strict=True)
    assert broken_links(config.site) == []


def _search_text(config: Config, prefix: str) -> str:
    import json

    index = json.loads((config.site / "search" / "search_index.json").read_text("utf-8"))
    return " ".join(
        d["title"] + " " + d["text"] for d in index["docs"] if d["location"].startswith(prefix)
    )


@pytest.mark.parametrize("wanted", [False, True])
def test_articles_text_is_searchable_only_when_the_project_asks(
    tmp_path: Path, wanted: bool
) -> None:
    config = dataclasses.replace(make_project(tmp_path), search_article_text=wanted)
    content = seed_content()
    render_markdown(content, config)
    publish_site(config)
    words = re.findall(r"[A-Za-z]+", content.sources[0].paragraphs[0].text)
    phrase = " ".join(words[:4])
    assert len(words) >= 4
    assert (phrase in _search_text(config, "sources/")) is wanted
    # Facts stay searchable either way: every actor's page is in the index by name.
    actors = _search_text(config, "actors/")
    assert all(a.name in actors for a in content.actors), actors[:300]


def test_search_article_text_is_a_yes_or_no_setting(tmp_path: Path) -> None:
    from briefgen.config import load_config

    (tmp_path / "briefgen.yaml").write_text("search_article_text: yes\n", encoding="utf-8")
    assert load_config(tmp_path).search_article_text is True
    (tmp_path / "briefgen.yaml").write_text("search_article_text: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert "setting 'search_article_text' must be a bool, not 1" in str(caught.value)


@pytest.mark.parametrize("jobs", [1, 2])
def test_pages_rendered_in_memory_are_what_render_writes(tmp_path: Path, jobs: int) -> None:
    """render_pages writes nothing (a build renders while content/ is still being
    validated); write_rendered then writes exactly those pages."""
    config = dataclasses.replace(make_project(tmp_path / "project"), jobs=jobs)
    before = sorted(p.relative_to(config.project).as_posix() for p in config.project.rglob("*"))
    rendered = render_pages(seed_content(), config)
    after = sorted(p.relative_to(config.project).as_posix() for p in config.project.rglob("*"))
    assert after == before
    pages = write_rendered(rendered, config)
    assert pages.pages == tuple(path for path, _ in rendered.pages)
    for path, text in rendered.pages:
        assert (config.docs / path).read_text(encoding="utf-8") == text
    # One process or two: the same pages, in the same order.
    alone = render_pages(seed_content(), dataclasses.replace(config, jobs=1))
    assert alone == rendered
