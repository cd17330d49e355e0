"""Article text is data: hostile strings come out as the same text, inert, in the built site."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
from htmlcheck import article_text, script_problems
from site_fixture import PRESS, built_site, seed_content

from briefgen.config import Config
from briefgen.records.content import Content
from briefgen.render.escape import html_attr, md_text, safe_slug, safe_url, tag_name

HOSTILE = (
    "<script>alert('x')</script>",
    "{{ 7*7 }} and {% if true %}yes{% endif %}",
    "[click me](javascript:alert(1))",
    "left | middle | right",
    "*not bold* and _not em_ and **no**",
    "# not a heading",
    "--- title: evil ---",
    "</title><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
    "&lt;b&gt; stays &amp; shows",
    "{: #p1 .evil } after",
    "1. not a list",
    "> not a quote",
    "`code` and \\escaped",
)
LONG_WORD = "Supercalifragilistic" * 8


def _render_inline(text: str) -> str:
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "toc"])
    return md.convert(md_text(text))


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_the_same_text(text: str) -> None:
    html = _render_inline(text)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<em>" not in html and "<strong>" not in html and "<h1" not in html
    assert lxml_text(html) == text


def lxml_text(html: str) -> str:
    import lxml.html

    return " ".join(lxml.html.fromstring(f"<div>{html}</div>").text_content().split())


def test_long_words_get_break_points_but_keep_their_text() -> None:
    html = _render_inline(f"see {LONG_WORD} here")
    assert "<wbr>" in html or "<wbr />" in html
    assert lxml_text(html) == f"see {LONG_WORD} here"


def test_attr_url_slug_and_tag_helpers_refuse_markup() -> None:
    assert html_attr('a "b" <c> {d}') == "a &quot;b&quot; &lt;c&gt; &#123;d&#125;"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"
    assert safe_slug("vladimir-putin") == "vladimir-putin"
    odd = safe_slug("../../etc/passwd")
    assert "/" not in odd and "." not in odd and odd != safe_slug("etc/passwd")
    assert tag_name("Lutsk <b>") == "Lutsk b"


def _hostile_content() -> Content:
    base = seed_content()
    evil = " ~ ".join(HOSTILE)
    source = base.sources[0]
    paragraphs = (replace(source.paragraphs[0], text=f"{evil} {LONG_WORD}"), *source.paragraphs[1:])
    sources = (
        replace(
            source,
            title=f"Title {HOSTILE[7]} {HOSTILE[0]}",
            outlet=HOSTILE[3],
            url="javascript:alert(9)",
            paragraphs=paragraphs,
        ),
        *base.sources[1:],
    )
    actor = replace(base.actors[0], name=f"Vladimir {HOSTILE[4]}", roles=(HOSTILE[2],))
    quote = replace(base.quotes[0], text=evil)
    casualty = replace(base.casualties[0], victims=HOSTILE[3], place=HOSTILE[8])
    event = replace(
        base.events[0], title=f"Event {HOSTILE[1]}", place=HOSTILE[5], date=dt.date(2022, 3, 11)
    )
    point = replace(base.briefing.summary[0], text=evil)
    briefing = replace(
        base.briefing, title=f"Briefing {HOSTILE[7]}", summary=(point, *base.briefing.summary[1:])
    )
    return replace(
        base,
        briefing=briefing,
        sources=sources,
        actors=(actor, *base.actors[1:]),
        quotes=(quote, *base.quotes[1:]),
        casualties=(casualty, *base.casualties[1:]),
        events=(event, *base.events[1:]),
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return built_site(tmp_path_factory.mktemp("hostile") / "project", _hostile_content())


def _pages(config: Config) -> list[Path]:
    return [p for p in sorted(config.site.rglob("*.html")) if "search" not in p.parts]


def test_built_site_runs_no_injected_script_or_handler(hostile_site: Config) -> None:
    problems = {
        str(p.relative_to(hostile_site.site)): script_problems(p) for p in _pages(hostile_site)
    }
    assert {page: found for page, found in problems.items() if found} == {}


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "quotes/index.html",
        "quotes/by-date.html",
        "actors/vladimir-putin.html",
        f"sources/{PRESS}.html",
        "timeline.html",
    ],
)
def test_hostile_quote_shows_as_written_on_every_page(hostile_site: Config, page: str) -> None:
    text = article_text(hostile_site.site / page)
    for piece in HOSTILE:
        assert " ".join(piece.split()) in text, piece
    assert "49 and" not in text  # {{ 7*7 }} was never evaluated


def test_hostile_titles_names_and_figures_show_as_written(hostile_site: Config) -> None:
    source = article_text(hostile_site.site / f"sources/{PRESS}.html")
    assert f"Title {HOSTILE[7]} {HOSTILE[0]}" in source
    assert LONG_WORD in source.replace("\u200b", "")
    assert "original article" not in source  # a javascript: URL never becomes a link
    actor = article_text(hostile_site.site / "actors/vladimir-putin.html")
    assert f"Vladimir {HOSTILE[4]}" in actor and HOSTILE[2] in actor
    timeline = article_text(hostile_site.site / "timeline.html")
    assert f"Event {HOSTILE[1]}" in timeline and HOSTILE[5] in timeline
    table = (hostile_site.site / "casualties.html").read_text(encoding="utf-8")
    import lxml.html

    rows = lxml.html.fromstring(table).xpath("//table[1]//tr[td]")
    assert {len(row.xpath("./td")) for row in rows} == {3}
    assert HOSTILE[3] in article_text(hostile_site.site / "casualties.html")


def test_browser_title_of_a_hostile_page_is_plain_text(hostile_site: Config) -> None:
    import lxml.html

    doc = lxml.html.fromstring((hostile_site.site / f"sources/{PRESS}.html").read_bytes())
    titles = doc.xpath("//title")
    assert len(titles) == 1 and HOSTILE[0] in titles[0].text_content()
