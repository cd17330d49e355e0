"""A large briefing's pages stay bounded: a fact cites a few paragraphs on list and
summary pages and links the rest from its own page of sources; the timeline and the
quote lists split by month into parts that the first page lists."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from site_fixture import built_site, make_project, read

from briefgen.config import Config
from briefgen.records.content import (
    ActorEntry,
    BriefingEntry,
    Content,
    EventEntry,
    ParagraphEntry,
    QuoteEntry,
    Ref,
    SourceEntry,
    SummaryPoint,
)
from briefgen.render import render_markdown
from briefgen.render.layout import PART_SIZE, split_groups

OUTLETS = ("Kyiv Independent", "Reuters", "AP", "BBC", "Meduza", "Ukrinform", "TASS", "AFP")
BIG_EVENT = "e-talks-resume-in-istanbul"
BIG_QUOTE = "q-no-breakthrough-yet"
REPORTERS = 40


def _source(n: int) -> SourceEntry:
    day = dt.date(2022, 3, 1) + dt.timedelta(days=n % 28)
    return SourceEntry(
        id=f"{n:03d}_wire",
        file=f"seeds/{n:03d}_wire.txt",
        sha256="0" * 64,
        title=f"Talks resume as shelling goes on ({n})",
        outlet=OUTLETS[n % len(OUTLETS)],
        url=None,
        published=day,
        published_basis="text",
        duplicate_of=None,
        paragraphs=(
            ParagraphEntry("p1", "Delegations from Russia and Ukraine met again on Tuesday."),
            ParagraphEntry("p2", '"There is no breakthrough yet," the Ukrainian negotiator said.'),
        ),
    )


def _events(sources: list[SourceEntry]) -> list[EventEntry]:
    """One event every source reports, and many small ones over February and March:
    more than a page holds, March alone too."""
    events = [
        EventEntry(
            BIG_EVENT,
            dt.date(2022, 3, 29),
            "Talks resume in Istanbul",
            place="Istanbul",
            actors=("mykhailo-podolyak",),
            quotes=(BIG_QUOTE,),
            sources=tuple(Ref(s.id, "p1") for s in sources[:REPORTERS]),
        )
    ]
    for n in range(PART_SIZE + 40):
        day = dt.date(2022, 2, 20) + dt.timedelta(days=n // 3)
        events.append(
            EventEntry(
                f"e-shelling-{n:03d}",
                day,
                f"Shelling reported in district {n}",
                place="Kharkiv",
                sources=(Ref(sources[n % len(sources)].id, "p1"),),
            )
        )
    return events


def _quotes(sources: list[SourceEntry]) -> list[QuoteEntry]:
    quotes = [
        QuoteEntry(
            BIG_QUOTE,
            "There is no breakthrough yet",
            speaker="mykhailo-podolyak",
            said_on=dt.date(2022, 3, 29),
            sources=tuple(Ref(s.id, "p2") for s in sources[:REPORTERS]),
        )
    ]
    for n in range(PART_SIZE + 10):
        quotes.append(
            QuoteEntry(
                f"q-statement-{n:03d}",
                f"We will not give up district {n}",
                speaker="mykhailo-podolyak" if n % 2 else "dmytro-kuleba",
                said_on=dt.date(2022, 3, 1) + dt.timedelta(days=n % 28),
                sources=(Ref(sources[n % len(sources)].id, "p2"),),
            )
        )
    return quotes


def large_content() -> Content:
    sources = [_source(n) for n in range(REPORTERS + 5)]
    mentions = tuple(Ref(s.id, "p2") for s in sources)
    return Content(
        briefing=BriefingEntry(
            "Talks in Istanbul",
            summary=(
                SummaryPoint(
                    "Talks resumed in Istanbul.",
                    tuple(Ref(s.id, "p1") for s in sources[:REPORTERS]),
                ),
            ),
        ),
        sources=tuple(sources),
        actors=(
            ActorEntry("mykhailo-podolyak", "Mykhailo Podolyak", "person", mentions=mentions),
            ActorEntry("dmytro-kuleba", "Dmytro Kuleba", "person", mentions=mentions[:3]),
        ),
        quotes=tuple(_quotes(sources)),
        events=tuple(_events(sources)),
    )


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> Config:
    return built_site(tmp_path_factory.mktemp("large-site") / "project", large_content())


CITE = re.compile(r"\]\(([^)]*sources/[^)#]+\.md)#(p\d+)\)\{: \.bg-cite \}")
MORE = re.compile(r"\[and (\d+) more\]\(([^)]+)\)")


def _links_from(page: str, text: str) -> list[str]:
    """Every page a Markdown link of ``page`` points to, as a path under docs_dir."""
    folder = posixpath.dirname(page)
    return [
        posixpath.normpath(posixpath.join(folder, target))
        for target in re.findall(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)", text)
    ]


def _part_holding(config: Config, anchor: str) -> str:
    found = [
        p.relative_to(config.docs).as_posix()
        for p in sorted((config.docs / "timeline").glob("*.md"))
        if f"{{: #{anchor} }}" in p.read_text(encoding="utf-8")
    ]
    assert len(found) == 1, found
    return found[0]


def _capped(line: str, page: str) -> tuple[int, int, str]:
    """(citations shown, N of "and N more", the page it links) of one line."""
    more = MORE.search(line)
    assert more is not None, line
    return len(CITE.findall(line)), int(more.group(1)), _links_from(page, more.group(0))[0]


def _all_cited(config: Config, page: str) -> set[str]:
    return {
        source
        for source, _ in ((m[0].rsplit("/", 1)[1], m[1]) for m in CITE.findall(read(config, page)))
    }


def test_a_fact_with_many_sources_shows_five_and_links_all_of_them(large_site: Config) -> None:
    reporters = {f"{n:03d}_wire.md" for n in range(REPORTERS)}
    part = _part_holding(large_site, BIG_EVENT)
    event = read(large_site, part).split(f"{{: #{BIG_EVENT} }}", 1)[1].split("\n### ", 1)[0]
    sources_line = next(line for line in event.splitlines() if line.startswith("**Sources:**"))
    shown, more, full = _capped(sources_line, part)
    assert (shown, more) == (5, REPORTERS - 5)
    assert full == f"cited/events/{BIG_EVENT}.md"
    assert _all_cited(large_site, full) == reporters
    # The page of sources links back to the event where it lives.
    assert f"]({posixpath.relpath(part, 'cited/events')}#{BIG_EVENT})" in read(large_site, full)

    home = read(large_site, "index.md")
    point = next(line for line in home.splitlines() if line.startswith("1. "))
    shown, more, full = _capped(point, "index.md")
    assert (shown, more) == (5, REPORTERS - 5)
    assert _all_cited(large_site, full) == reporters

    actor = read(large_site, "actors/mykhailo-podolyak.md")
    byline = next(line for line in actor.splitlines() if "There is no breakthrough yet" in line)
    byline = actor.split(byline, 1)[1].split("{: .bg-byline }", 1)[0]
    shown, more, full = _capped(byline, "actors/mykhailo-podolyak.md")
    assert (shown, more, full) == (5, REPORTERS - 5, f"cited/quotes/{BIG_QUOTE}.md")
    assert _all_cited(large_site, full) == {f"{n:03d}_wire.md" for n in range(REPORTERS)}


def test_an_actor_page_lists_some_mentioning_sources_and_links_them_all(
    large_site: Config,
) -> None:
    actor = read(large_site, "actors/mykhailo-podolyak.md")
    mentioned = actor.split("## Mentioned in", 1)[1]
    assert len(re.findall(r"\{: \.bg-mention", mentioned)) == 20
    assert (
        "[All 45 sources that mention Mykhailo Podolyak](../cited/actors/mykhailo-podolyak.md)"
        in mentioned
    )
    assert len(_all_cited(large_site, "cited/actors/mykhailo-podolyak.md")) == 45
    # Few mentions: all on the page, no page of its own.
    assert "cited/actors" not in read(large_site, "actors/dmytro-kuleba.md")
    assert not (large_site.docs / "cited/actors/dmytro-kuleba.md").exists()


def test_a_long_timeline_is_split_by_month_and_every_part_is_reachable(
    large_site: Config,
) -> None:
    timeline = read(large_site, "timeline.md")
    assert "### " not in timeline  # the events live on the parts
    listed = [p for p in _links_from("timeline.md", timeline) if p.startswith("timeline/")]
    parts = sorted(
        p.relative_to(large_site.docs).as_posix()
        for p in (large_site.docs / "timeline").glob("*.md")
    )
    assert sorted(listed) == parts
    # February fits a page of its own; March (with the big event) is split at days.
    assert "timeline/2022-02.md" in parts and len(parts) >= 3
    events = large_content().events
    for part in parts:
        text = read(large_site, part)
        assert len(re.findall(r"^### ", text, flags=re.M)) <= PART_SIZE
        assert "../timeline.md" in text  # back to the list of parts
    # Every event is on exactly one part, and every link to it names that part.
    where = {e.id: _part_holding(large_site, e.id) for e in events}
    actor = read(large_site, "actors/mykhailo-podolyak.md")
    assert f"](../{where[BIG_EVENT]}#{BIG_EVENT})" in actor
    # The navigation's Timeline is the list of parts; the built site has every part.
    for part in parts:
        assert (large_site.site / part.replace(".md", "/index.html")).is_file() or (
            large_site.site / part.replace(".md", ".html")
        ).is_file()


def test_long_quote_lists_split_and_every_quote_has_one_home(large_site: Config) -> None:
    for first, folder in (
        ("quotes/index.md", "quotes/speakers"),
        ("quotes/by-date.md", "quotes/by-date"),
    ):
        listed = {
            p for p in _links_from(first, read(large_site, first)) if p.startswith(folder + "/")
        }
        parts = {
            p.relative_to(large_site.docs).as_posix()
            for p in (large_site.docs / folder).glob("*.md")
        }
        assert listed == parts and len(parts) >= 2
    homes = {}
    for page in sorted((large_site.docs / "quotes/speakers").glob("*.md")):
        for quote_id in re.findall(r'<a id="(q-[^"]+)"></a>', page.read_text(encoding="utf-8")):
            assert quote_id not in homes
            homes[quote_id] = page.name
    assert set(homes) == {q.id for q in large_content().quotes}


def test_small_lists_stay_one_page(tmp_path: Path) -> None:
    from site_fixture import seed_content

    config = make_project(tmp_path / "project")
    render_markdown(seed_content(), config)
    assert not (config.docs / "timeline").exists()
    assert not (config.docs / "quotes/speakers").exists()
    assert not (config.docs / "cited").exists()
    assert "## Parts" not in read(config, "timeline.md")


@given(
    st.lists(
        st.tuples(st.dates(dt.date(2021, 11, 1), dt.date(2022, 4, 30)), st.integers(1, 30)),
        unique_by=lambda g: g[0],
    ),
    st.integers(2, 25),
)
def test_split_groups_keeps_every_entry_once_in_order_within_months(
    groups: list[tuple[dt.date, int]], limit: int
) -> None:
    lists = [(day, [f"{day}:{i}" for i in range(n)]) for day, n in sorted(groups)]
    parts = split_groups(
        lists,
        "timeline",
        boundary=lambda d: (d.year, d.month),
        boundary_name=lambda d: (f"{d:%Y-%m}", f"{d:%B %Y}"),
        key_name=lambda d: (d.isoformat(), d.isoformat()),
        limit=limit,
    )
    everything = [e for _, entries in lists for e in entries]
    if len(everything) <= limit:
        assert parts == ()
        return
    assert [e for p in parts for _, entries in p.groups for e in entries] == everything
    assert all(p.count <= limit for p in parts)
    assert all(len({(d.year, d.month) for d, _ in p.groups}) == 1 for p in parts)
    assert len({p.path for p in parts}) == len(parts)


def test_many_sources_are_listed_by_month_and_left_off_the_home_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.render import layout

    monkeypatch.setattr(layout, "SOURCES_PART_SIZE", 10)
    monkeypatch.setattr(layout, "REPORTS_LISTED", 20)
    config = make_project(tmp_path / "project")
    content = large_content()
    render_markdown(content, config)
    listing = read(config, "sources/index.md")
    parts = sorted(p for p in _links_from("sources/index.md", listing) if "/by-month/" in p)
    on_disk = sorted(
        p.relative_to(config.docs).as_posix()
        for p in (config.docs / "sources/by-month").glob("*.md")
    )
    assert parts == on_disk and len(parts) >= 5
    rows: list[str] = []
    for part in parts:
        text = read(config, part)
        rows += [line for line in text.splitlines() if line.startswith("| [")]
        assert len([line for line in text.splitlines() if line.startswith("| [")]) <= 10
    assert len(rows) == len(content.sources) == len(set(rows))
    home = read(config, "index.md").split("## Who reports what", 1)[1]
    assert "45 sources are too many to list here" in home
    assert "| [" not in home


def test_a_long_page_of_sources_splits_and_links_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.render import layout

    monkeypatch.setattr(layout, "CITED_SOURCES_PER_PAGE", 15)
    config = make_project(tmp_path / "project")
    render_markdown(large_content(), config)
    page, seen = "cited/actors/mykhailo-podolyak.md", set()
    pages = []
    while page:
        text = read(config, page)
        pages.append(page)
        seen |= {m[0] for m in CITE.findall(text)}
        following = re.search(r"\[next »\]\(([^)]+)\)", text)
        page = _links_from(page, following.group(0))[0] if following else ""
    assert len(pages) == 3 and len(seen) == 45
    assert "Sources 31–45 of 45" in read(config, pages[-1])


def test_whats_new_lists_fifty_facts_a_section_then_says_how_many_more(tmp_path: Path) -> None:
    from dataclasses import replace

    from briefgen.records.content import ChangeSet

    content = large_content()
    first_build = ChangeSet(
        dt.date(2022, 3, 30),
        sources=tuple(s.id for s in content.sources),
        events=tuple(e.id for e in content.events),
    )
    config = make_project(tmp_path / "project")
    render_markdown(replace(content, changes=(first_build,)), config)
    news = read(config, "whats-new.md")
    sources = news.split("**New sources**", 1)[1].split("**New events**", 1)[0]
    events = news.split("**New events**", 1)[1]
    assert sources.count("\n- [") == len(content.sources) <= 50  # all, when few
    assert events.count("\n- [") == 50
    assert f"- and {len(content.events) - 50} more, each on its page" in events


def test_the_citations_shown_are_of_as_many_sources_as_can_be() -> None:
    from briefgen.render.layout import shown_refs

    refs = [Ref("a", "p1"), Ref("a", "p2"), Ref("a", "p3"), Ref("b", "p4"), Ref("c", "p1")]
    assert shown_refs(refs, 3) == [Ref("a", "p1"), Ref("b", "p4"), Ref("c", "p1")]
    # Fewer sources than shown: further paragraphs, in their order.
    assert shown_refs(refs, 4) == [Ref("a", "p1"), Ref("a", "p2"), Ref("b", "p4"), Ref("c", "p1")]
