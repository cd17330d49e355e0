"""Where the entries of the long list pages live, and which facts' sources get a page of
their own.

A briefing of 10,000 sources cites its most reported facts thousands of times, and the
lists of events and quotes grow with the corpus; Python-Markdown's time grows faster
than a page's size, so no page may grow without bound. A fact shown on a list or
summary page cites a few of its sources and links "and N more" to its own page of
sources (every paragraph it came from, source by source). The timeline and the quote
lists split into parts (by month, and a crowded month at days) once they hold more than
PART_SIZE entries, with the first page listing the parts; below that they stay one page,
so a small briefing looks as it did.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefgen.records.content import Content, DisputeSide, Ref
from briefgen.render import links
from briefgen.render.escape import safe_slug

CITES_SHOWN = 5  # citations a fact shows on a list or summary page, when it has many:
CITES_ALL_UP_TO = 8  # up to this many it shows all ("and 2 more" would save nothing)
MENTIONS_SHOWN = 20  # sources an actor's page lists under "Mentioned in"
PART_SIZE = 60  # entries a timeline or quote list page holds before it splits
CHANGES_LISTED = 50  # facts What's new lists per section of a build, then "and N more"
REPORTS_LISTED = 100  # sources the home page's "Who reports what" lists, else none
SOURCES_PART_SIZE = 500  # rows of the sources' listing (short rows) before it splits
CITED_SOURCES_PER_PAGE = 200  # sources a fact's page of sources lists before it splits
CITED_FOLDER = "cited"

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Part:
    """One page of a split list: its groups (a day's events, a speaker's quotes) in order."""

    path: str
    title: str
    groups: tuple[tuple[Any, tuple[Any, ...]], ...]

    @property
    def count(self) -> int:
        return sum(len(entries) for _, entries in self.groups)


@dataclass(frozen=True)
class Cited:
    """The page listing every paragraph one fact came from."""

    path: str
    title: str  # plain text: what the fact is
    refs: tuple[Ref, ...]
    back: str  # the page holding the fact
    fragment: str | None  # its anchor there

    def page_paths(self, sources: int) -> list[str]:
        """The pages listing ``sources`` sources: this one, then ``…/2.md`` and on."""
        pages = max(1, -(-sources // CITED_SOURCES_PER_PAGE))
        folder = self.path.removesuffix(".md")
        return [self.path] + [f"{folder}/{n}.md" for n in range(2, pages + 1)]


@dataclass
class Layout:
    """Empty parts: the list is one page, as in a small briefing."""

    timeline: tuple[Part, ...] = ()
    quotes: tuple[Part, ...] = ()
    quotes_by_date: tuple[Part, ...] = ()
    sources: tuple[Part, ...] = ()
    event_page: dict[str, str] = field(default_factory=dict)
    quote_page: dict[str, str] = field(default_factory=dict)
    # (kind, id) -> the fact's page of sources: only for facts citing more than shown.
    cited: dict[tuple[str, str], Cited] = field(default_factory=dict)
    side_ids: dict[DisputeSide, str] = field(default_factory=dict)

    def cited_page(self, kind: str, ident: str) -> Cited | None:
        return self.cited.get((kind, ident))


def unique_refs(refs: tuple[Ref, ...] | list[Ref]) -> list[Ref]:
    return list(dict.fromkeys(refs))


def shown_refs(refs: list[Ref], limit: int = CITES_SHOWN) -> list[Ref]:
    """The citations shown: one paragraph from each of the first sources, so that the
    few a reader sees are as many outlets as can be; then further paragraphs."""
    first: dict[str, Ref] = {}
    for ref in refs:
        first.setdefault(ref.source, ref)
    chosen = list(first.values())[:limit]
    if len(chosen) < limit:
        taken = set(chosen)
        chosen += [r for r in refs if r not in taken][: limit - len(chosen)]
    keep = set(chosen)
    return [r for r in refs if r in keep]


def month_title(day: dt.date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def day_title(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def split_groups(
    groups: list[tuple[Any, list[Any]]],
    folder: str,
    *,
    boundary: Callable[[Any], Hashable],
    boundary_name: Callable[[Any], tuple[str, str]],
    key_name: Callable[[Any], tuple[str, str]],
    limit: int = PART_SIZE,
) -> tuple[Part, ...]:
    """``groups`` split into pages of at most ``limit`` entries, or none if they fit one.

    No page spans two boundaries (months). A boundary whose groups fit one page is one
    page, named by the boundary (``2022-03``, "March 2022"); a longer one packs its groups
    in order, a group longer than a page spreading over several, each page named by its
    first group's key (``2022-03-14``).
    """
    if sum(len(entries) for _, entries in groups) <= limit:
        return ()
    named: list[tuple[str, str, list[tuple[Any, tuple[Any, ...]]]]] = []
    for _, in_boundary in itertools.groupby(groups, key=lambda g: boundary(g[0])):
        members = list(in_boundary)
        if sum(len(entries) for _, entries in members) <= limit:
            slug, title = boundary_name(members[0][0])
            named.append((slug, title, [(k, tuple(es)) for k, es in members]))
            continue
        pages: list[list[tuple[Any, tuple[Any, ...]]]] = [[]]
        size = 0
        for key, entries in members:
            for start in range(0, len(entries), limit):
                chunk = tuple(entries[start : start + limit])
                if pages[-1] and size + len(chunk) > limit:
                    pages.append([])
                    size = 0
                pages[-1].append((key, chunk))
                size += len(chunk)
        for page in pages:
            first_slug, first_title = key_name(page[0][0])
            last_title = key_name(page[-1][0])[1]
            title = first_title if first_title == last_title else f"{first_title} – {last_title}"
            named.append((first_slug, title, page))
    parts = []
    used: dict[str, int] = defaultdict(int)
    for slug, title, page in named:
        used[slug] += 1
        unique = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        parts.append(Part(f"{folder}/{unique}.md", title, tuple(page)))
    return tuple(parts)


def _dated_parts(
    groups: Sequence[tuple[dt.date | None, list[Any]]], folder: str, limit: int = PART_SIZE
) -> tuple[Part, ...]:
    def boundary(day: dt.date | None) -> Hashable:
        return (day.year, day.month) if day else None

    def boundary_name(day: dt.date | None) -> tuple[str, str]:
        return (f"{day.year:04d}-{day.month:02d}", month_title(day)) if day else _UNDATED

    def key_name(day: dt.date | None) -> tuple[str, str]:
        return (day.isoformat(), day_title(day)) if day else _UNDATED

    return split_groups(
        list(groups),
        folder,
        boundary=boundary,
        boundary_name=boundary_name,
        key_name=key_name,
        limit=limit,
    )


_UNDATED = ("undated", "Date unknown")


def plan_layout(
    content: Content,
    days: Sequence[tuple[dt.date, list[Any]]],
    speakers: list[tuple[tuple[str, str], list[Any]]],
    quote_days: list[tuple[dt.date | None, list[Any]]],
    mentions: dict[str, tuple[str, tuple[Ref, ...]]],
    source_days: Sequence[tuple[dt.date | None, list[Any]]] = (),
) -> Layout:
    """The layout of ``content``'s list pages: ``days`` the timeline's events by day,
    ``speakers`` the quotes by (speaker id or "", name), ``quote_days`` the quotes by day,
    ``mentions`` each listed actor's (name, mentions), ``source_days`` the sources by
    publication day."""
    layout = Layout()
    layout.timeline = _dated_parts(days, links.TIMELINE.removesuffix(".md"))
    layout.quotes_by_date = _dated_parts(quote_days, links.QUOTES_BY_DATE.removesuffix(".md"))
    layout.sources = _dated_parts(source_days, "sources/by-month", SOURCES_PART_SIZE)

    def speaker_name(key: tuple[str, str]) -> tuple[str, str]:
        return (safe_slug(key[0]) or "unknown", key[1] or "Unknown speaker")

    layout.quotes = split_groups(
        speakers,
        "quotes/speakers",
        boundary=lambda _: None,
        boundary_name=speaker_name,
        key_name=speaker_name,
    )
    layout.event_page = _pages_of(content.events, links.TIMELINE, layout.timeline)
    layout.quote_page = _pages_of(content.quotes, links.QUOTES, layout.quotes)
    _plan_cited(layout, content, mentions)
    return layout


def _pages_of(entries: Sequence[Any], first: str, parts: tuple[Part, ...]) -> dict[str, str]:
    """The page each entry of a list lives on: its part's, or the list's first page when
    the list is not split."""
    pages = {entry.id: first for entry in entries}
    for part in parts:
        for _, members in part.groups:
            pages.update((entry.id, part.path) for entry in members)
    return pages


def _plan_cited(
    layout: Layout, content: Content, mentions: dict[str, tuple[str, tuple[Ref, ...]]]
) -> None:
    """A page of sources for each fact citing more paragraphs than a list shows (an
    actor: mentioned by more sources than its page lists)."""
    # (kind, id, what it is, its refs, the page and anchor where it lives)
    facts: list[tuple[str, str, str, tuple[Ref, ...], str, str | None]] = []
    for event in content.events:
        page = layout.event_page[event.id]
        facts.append(("events", event.id, event.title, event.sources, page, event.id))
    for quote in content.quotes:
        page = layout.quote_page[quote.id]
        facts.append(("quotes", quote.id, f"“{quote.text}”", quote.sources, page, quote.id))
    for c in content.casualties:
        what = f"{c.count:,} {c.kind}"
        facts.append(("casualties", c.id, what, c.sources, links.CASUALTIES, c.id))
    for number, point in enumerate(content.briefing.summary, start=1):
        facts.append(("key-points", str(number), point.text, point.sources, links.HOME, None))
    for d, dispute in enumerate(content.briefing.disputes, start=1):
        for s, side in enumerate(dispute.sides, start=1):
            if side in layout.side_ids:
                continue  # the same side twice: one page serves both
            layout.side_ids[side] = f"{d}-{s}"
            what = f"{dispute.about}: {side.claim}"
            facts.append(("disputes", f"{d}-{s}", what, side.sources, links.HOME, None))
    for kind, ident, title, refs, back, fragment in facts:
        unique = unique_refs(refs)
        if len(unique) > CITES_ALL_UP_TO:
            frag = f"k{ident}" if kind == "key-points" else fragment and links.anchor(fragment)
            layout.cited[(kind, ident)] = Cited(
                _cited_path(kind, ident), title, tuple(unique), back, frag
            )
    for actor_id, (name, refs) in sorted(mentions.items()):
        unique = unique_refs(refs)
        if len({r.source for r in unique}) > MENTIONS_SHOWN:
            back = links.actor_page(actor_id)
            title = f"{name}: mentions"
            layout.cited[("actors", actor_id)] = Cited(
                _cited_path("actors", actor_id), title, tuple(unique), back, None
            )


def _cited_path(kind: str, ident: str) -> str:
    return f"{CITED_FOLDER}/{kind}/{safe_slug(ident)}.md"
