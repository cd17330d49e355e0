"""The site's pages: which pages exist, and the data each template receives."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from briefgen import kinds
from briefgen.records.content import (
    ACTOR_KINDS,
    ActorEntry,
    CasualtyEntry,
    Content,
    DisputeSide,
    Ref,
    SourceEntry,
    is_figure_dispute,
)
from briefgen.render import changes, charts, layout, links
from briefgen.render.escape import tag_name
from briefgen.render.linker import Linker, format_date
from briefgen.render.lists import (
    PageSpec,
    cited_pages,
    date_key,
    mentions_by_source,
    merged_actors,
    quote_pages,
    sorted_events,
    sorted_quotes,
    source_sort_key,
    split_list_pages,
    timeline_pages,
)
from briefgen.render.model import SiteIndex
from briefgen.summarize.figures import key_figures as choose_key_figures

KIND_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "place": "Places",
    "group": "Groups",
}


def key_figures(index: SiteIndex) -> list[CasualtyEntry]:
    """The briefing's key figures, in its order (an editor's order stays); for content/
    written before briefing.yaml had them, the ones summarize would choose (one rule)."""
    listed = index.content.briefing.key_figures or choose_key_figures(index.content)
    return [index.casualties[i] for i in listed if i in index.casualties]


def rival_sides(content: Content, casualty: CasualtyEntry) -> list[DisputeSide]:
    """The other sides of the dispute over a key figure's count, to show beside it."""
    return [
        side
        for d in content.briefing.disputes
        if is_figure_dispute(d, casualty.kind)
        and any(s.actor in casualty.claimed_by for s in d.sides)
        for side in d.sides
        if side.actor not in casualty.claimed_by
    ]


def figure_groups(index: SiteIndex) -> list[tuple[str, list[CasualtyEntry]]]:
    """Figures of one kind for one happening that disagree, to show side by side.

    A happening is the event that lists the figure, else its place and date. Only the
    counts in force disagree: a revised toll shows as its latest count with its history,
    and background figures and briefgen's own counts argue with no one.
    """
    groups: dict[tuple[str, str], list[CasualtyEntry]] = defaultdict(list)
    labels: dict[tuple[str, str], str] = {}
    for casualty in index.content.casualties:
        if (
            casualty.scope == "background"
            or casualty.counted_by
            or casualty.id in index.superseded_by
        ):
            continue
        events = index.events_by_casualty.get(casualty.id, [])
        if events:
            where = f"event:{events[0].id}"
            label = events[0].title
        else:
            place = (casualty.place or "").strip()
            where = f"at:{place.lower()}:{casualty.date or ''}"
            when = format_date(casualty.date) if casualty.date else ""
            label = ", ".join(p for p in (place, when) if p)
        key = (where, casualty.kind)
        groups[key].append(casualty)
        labels[key] = f"{label or 'Unplaced figures'} — {casualty.kind}"
    out = []
    for key in sorted(groups):
        figures = groups[key]
        if len({(c.count, c.qualifier) for c in figures}) > 1:
            out.append((labels[key], sorted(figures, key=lambda c: (date_key(c.as_of), c.id))))
    return out


def disputes_of(index: SiteIndex, actor_id: str) -> list[tuple[str, DisputeSide]]:
    found = []
    for dispute in index.content.briefing.disputes:
        for side in dispute.sides:
            entry = index.actor(side.actor)
            if entry is not None and entry.id == actor_id:
                found.append((dispute.about, side))
    return found


def fact_count(index: SiteIndex, source: SourceEntry) -> int:
    """Quotes, figures and events drawn from a source (each counted once)."""
    found: set[str] = set()
    for para in source.paragraphs:
        facts = index.facts_by_ref.get(Ref(source.id, para.id))
        if facts is not None:
            found.update(q.id for q in facts.quotes)
            found.update(c.id for c in facts.casualties)
            found.update(e.id for e in facts.events)
    return len(found)


@dataclass(frozen=True)
class SourceReport:
    """What one source tells the reader: which key points it backs, how many facts."""

    source: SourceEntry
    key_points: tuple[int, ...]  # 1-based numbers of the home page's key points
    quotes: int
    figures: int
    events: int

    def facts_text(self) -> str:
        counts = [(self.quotes, "quote"), (self.figures, "figure"), (self.events, "event")]
        return " · ".join(f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n) or "—"


def who_reports_what(index: SiteIndex) -> list[SourceReport]:
    """Each source, oldest first, with the key points it supports and its facts counted:
    a reader sees at once which outlet to read for what."""
    reports = []
    for source in sorted(index.content.sources, key=source_sort_key):
        points: set[int] = set()
        quotes: set[str] = set()
        figures: set[str] = set()
        events: set[str] = set()
        for para in source.paragraphs:
            facts = index.facts_by_ref.get(Ref(source.id, para.id))
            if facts is None:
                continue
            points.update(facts.key_points)
            quotes.update(q.id for q in facts.quotes)
            figures.update(x.id for x in facts.casualties)
            events.update(e.id for e in facts.events)
        reports.append(
            SourceReport(source, tuple(sorted(points)), len(quotes), len(figures), len(events))
        )
    return reports


def source_places(index: SiteIndex, source: SourceEntry) -> tuple[str, ...]:
    """Tags for a source page: the places of the events and figures drawn from it."""
    places: set[str] = set()
    for para in source.paragraphs:
        facts = index.facts_by_ref.get(Ref(source.id, para.id))
        if facts is None:
            continue
        for place in [e.place for e in facts.events] + [c.place for c in facts.casualties]:
            if place and tag_name(place):
                places.add(tag_name(place))
    return tuple(sorted(places))


def registered_kind_pages(content: Content) -> Iterator[PageSpec]:
    """A listing page for each kind registered beyond briefgen's own, from its template
    (one with no entries yet says so: the site's navigation names every such page)."""
    for kind in kinds.added_kinds():
        yield PageSpec(
            kind_page(kind),
            kind.template,
            kind_title(kind),
            {"kind": kind, "entries": kinds.entries(content, kind.name)},
        )


def kind_page(kind: kinds.Kind) -> str:
    return kind.page or f"{kind.name}.md"


def kind_title(kind: kinds.Kind) -> str:
    return kind.title or kind.name.replace("_", " ").capitalize()


def site_pages(index: SiteIndex, directory_urls: bool) -> Iterator[PageSpec]:
    """Every page of the site, in the order the navigation lists them."""
    yield _home_page(index, directory_urls)
    yield from timeline_pages(index, directory_urls)
    yield from _actor_pages(index)
    yield from quote_pages(index)
    yield _casualties_page(index)
    yield from _source_pages(index)
    yield from cited_pages(index)
    yield PageSpec(
        changes.WHATS_NEW,
        "whats_new.md.j2",
        "What's new",
        {
            "changes": changes.logged_changes(index),
            "feed": changes.FEED,
            # A first build of 10,000 sources adds every fact at once.
            "items_shown": layout.CHANGES_LISTED,
        },
    )
    yield from registered_kind_pages(index.content)
    yield PageSpec(links.TAGS, "tags.md.j2", "Tags")


def _home_page(index: SiteIndex, directory_urls: bool) -> PageSpec:
    content = index.content
    reports = who_reports_what(index)
    return PageSpec(
        links.HOME,
        "home.md.j2",
        content.briefing.title,
        {
            "period": index.period(),
            "key_figures": key_figures(index),
            # One row per source: a large briefing's home would grow with the corpus; each
            # key point's sources and the sources' listing say the same.
            "reports": reports if len(reports) <= layout.REPORTS_LISTED else [],
            "reports_omitted": 0 if len(reports) <= layout.REPORTS_LISTED else len(reports),
            "rivals": {c.id: rival_sides(content, c) for c in key_figures(index)},
            # The coverage grid is gone; home templates of projects made before test it
            # and so draw nothing.
            "coverage_svg": "",
            "timeline_svg": charts.timeline_svg(index, links.HOME, directory_urls),
        },
    )


def _actor_pages(index: SiteIndex) -> Iterator[PageSpec]:
    """The actors' listing by kind, then a page for each listed actor."""
    listed = index.listed_actors()
    by_kind = [
        (
            KIND_LABELS.get(kind, kind.title()),
            sorted((a for a in listed if a.kind == kind), key=lambda a: (a.name.lower(), a.id)),
        )
        for kind in (*ACTOR_KINDS, *sorted({a.kind for a in listed} - set(ACTOR_KINDS)))
    ]
    source_counts = {
        actor.id: len({r.source for a in merged_actors(index, actor) for r in a.mentions})
        for actor in listed
    }
    yield PageSpec(
        links.ACTORS,
        "actors.md.j2",
        "Actors",
        {"by_kind": [g for g in by_kind if g[1]], "source_counts": source_counts},
    )
    for actor in listed:
        yield _actor_page(index, actor)


def _actor_page(index: SiteIndex, actor: ActorEntry) -> PageSpec:
    merged = merged_actors(index, actor)
    refs = tuple(r for a in merged for r in a.mentions)
    return PageSpec(
        links.actor_page(actor.id),
        "actor.md.j2",
        actor.name,
        {
            "actor": actor,
            "aliases": sorted({al for a in merged for al in (*a.aliases, a.name)} - {actor.name}),
            "quotes": sorted_quotes(index.quotes_by_speaker.get(actor.id, [])),
            "events": sorted_events(index.events_by_actor.get(actor.id, [])),
            "figures": sorted(
                index.casualties_by_claimant.get(actor.id, []),
                key=lambda c: (date_key(c.date), c.id),
            ),
            "mentions": mentions_by_source(refs)[: layout.MENTIONS_SHOWN],
            "all_mentions": index.layout.cited_page("actors", actor.id),
            "disputes": disputes_of(index, actor.id),
        },
        tags=(tag_name(KIND_LABELS.get(actor.kind, actor.kind)),),
    )


def _casualties_page(index: SiteIndex) -> PageSpec:
    content = index.content
    return PageSpec(
        links.CASUALTIES,
        "casualties.md.j2",
        "Casualty figures",
        {
            "rows": sorted(
                (c for c in content.casualties if c.scope != "background"),
                key=lambda c: (date_key(c.as_of or c.date), (c.place or "").lower(), c.kind, c.id),
            ),
            "background": sorted(
                (c for c in content.casualties if c.scope == "background"),
                key=lambda c: (date_key(c.date), c.kind, c.id),
            ),
            "differing": figure_groups(index),
            "figure_disputes": [d for d in content.briefing.disputes if is_figure_dispute(d)],
        },
    )


def _source_pages(index: SiteIndex) -> Iterator[PageSpec]:
    """The sources' listing (a long one lists its parts, by month), then a page for each
    source."""
    sources = sorted(index.content.sources, key=source_sort_key)
    counts = {s.id: fact_count(index, s) for s in sources}
    parts = index.layout.sources
    yield from split_list_pages(
        links.SOURCES,
        "sources.md.j2",
        "Sources",
        parts,
        {"sources": sources, "rows": [] if parts else sources, "fact_counts": counts},
        lambda part: {
            "sources": sources,
            "rows": [s for _, day in part.groups for s in day],
            "fact_counts": counts,
        },
    )
    for source in sources:
        yield PageSpec(
            links.source_page(source.id),
            "source.md.j2",
            source.title or source.id,
            {"source": source},
            tags=source_places(index, source),
        )


def make_linker(index: SiteIndex, page: str) -> Linker:
    return Linker(index, page)
