"""The pages of the lists that grow with a briefing: the timeline, the quotes by speaker
and by date (split into parts when long, briefgen.render.layout), and each fact's page
of sources; and the page records and orderings the other pages share."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from briefgen.records.content import ActorEntry, EventEntry, QuoteEntry, Ref, SourceEntry
from briefgen.render import charts, layout, links
from briefgen.render.model import SiteIndex


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to docs_dir
    template: str
    title: str  # plain text; the template escapes it
    context: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()


def date_key(day: dt.date | None) -> dt.date:
    return day if day is not None else dt.date.max


def mentions_by_source(refs: tuple[Ref, ...]) -> list[tuple[str, list[Ref]]]:
    grouped: dict[str, list[Ref]] = defaultdict(list)
    for ref in dict.fromkeys(refs):
        grouped[ref.source].append(ref)
    return sorted(grouped.items())


def sorted_quotes(quotes: list[QuoteEntry]) -> list[QuoteEntry]:
    return sorted(quotes, key=lambda q: (date_key(q.said_on), q.id))


def quotes_by_day(quotes: list[QuoteEntry]) -> list[tuple[dt.date | None, list[QuoteEntry]]]:
    days: dict[dt.date | None, list[QuoteEntry]] = defaultdict(list)
    for quote in sorted_quotes(quotes):
        days[quote.said_on].append(quote)
    return list(days.items())


def sorted_events(events: list[EventEntry]) -> list[EventEntry]:
    return sorted(events, key=lambda e: (e.date, e.id))


def merged_actors(index: SiteIndex, actor: ActorEntry) -> list[ActorEntry]:
    """The actor and every entry an editor merged into it with same_as."""
    return index.merged.get(actor.id, [actor])


def _timeline_days(index: SiteIndex) -> list[tuple[dt.date, list[EventEntry]]]:
    days: dict[dt.date, list[EventEntry]] = defaultdict(list)
    for event in index.content.events:
        days[event.date].append(event)
    return [(day, sorted_events(days[day])) for day in sorted(days)]


def timeline_pages(index: SiteIndex, directory_urls: bool) -> Iterator[PageSpec]:
    """The timeline; a long one lists its parts (by month), each a page of its own."""
    parts = index.layout.timeline
    yield from split_list_pages(
        links.TIMELINE,
        "timeline.md.j2",
        "Timeline",
        parts,
        {
            "days": [] if parts else _timeline_days(index),
            "timeline_svg": charts.timeline_svg(index, links.TIMELINE, directory_urls),
        },
        lambda part: {
            "days": [(day, list(events)) for day, events in part.groups],
            "timeline_svg": "",
        },
    )


def split_list_pages(
    first: str,
    template: str,
    title: str,
    parts: tuple[layout.Part, ...],
    whole: dict[str, Any],
    of_part: Callable[[layout.Part], dict[str, Any]],
) -> Iterator[PageSpec]:
    """A list's first page (``whole``: the list, or when it is split, what the first page
    shows beside the list of its parts) and a page for each part (``of_part``), which
    links its neighbours and the first page."""
    yield PageSpec(first, template, title, {**whole, **_parts_context(parts, None, first)})
    for number, part in enumerate(parts):
        yield PageSpec(
            part.path,
            template,
            f"{title}: {part.title}",
            {**of_part(part), **_parts_context(parts, number, first)},
        )


def _parts_context(
    parts: tuple[layout.Part, ...], number: int | None, first: str
) -> dict[str, Any]:
    """What a split list's pages show: the parts (on its first page), and this part's
    neighbours and the first page (on a part)."""
    return {
        "parts": parts,
        "part": parts[number] if number is not None else None,
        "previous_part": parts[number - 1] if number else None,
        "next_part": parts[number + 1] if number is not None and number + 1 < len(parts) else None,
        "all_parts": first,
    }


def _quotes_by_speaker(index: SiteIndex) -> list[tuple[ActorEntry | None, list[QuoteEntry]]]:
    """The quotes grouped by speaker (those of no known speaker last)."""
    speakers: dict[str, list[QuoteEntry]] = defaultdict(list)
    for quote in index.content.quotes:
        entry = index.actor(quote.speaker)
        speakers[entry.id if entry else ""].append(quote)
    speaker_order = sorted(
        speakers, key=lambda s: (s == "", index.actors[s].name.lower() if s else "", s)
    )
    return [(index.actors.get(s), sorted_quotes(speakers[s])) for s in speaker_order]


def quote_pages(index: SiteIndex) -> Iterator[PageSpec]:
    """The quotes by speaker, then by date; a long list lists its parts, each a page."""
    by_speaker = index.layout.quotes
    yield from split_list_pages(
        links.QUOTES,
        "quotes.md.j2",
        "Quotes by speaker",
        by_speaker,
        {"groups": [] if by_speaker else _quotes_by_speaker(index)},
        lambda part: {"groups": [(index.actors.get(key[0]), list(qs)) for key, qs in part.groups]},
    )
    by_date = index.layout.quotes_by_date
    yield from split_list_pages(
        links.QUOTES_BY_DATE,
        "quotes_by_date.md.j2",
        "Quotes by date",
        by_date,
        {"days": [] if by_date else quotes_by_day(list(index.content.quotes))},
        lambda part: {"days": [(day, list(qs)) for day, qs in part.groups]},
    )


def site_layout(index: SiteIndex) -> layout.Layout:
    """Where the long lists' entries live and which facts get a page of sources."""
    mentions = {
        actor.id: (actor.name, tuple(r for a in merged_actors(index, actor) for r in a.mentions))
        for actor in index.listed_actors()
    }
    speakers = [
        ((speaker.id if speaker else "", speaker.name if speaker else ""), quotes)
        for speaker, quotes in _quotes_by_speaker(index)
    ]
    return layout.plan_layout(
        index.content,
        _timeline_days(index),
        speakers,
        quotes_by_day(list(index.content.quotes)),
        mentions,
        sources_by_day(index),
    )


def source_sort_key(source: SourceEntry) -> tuple[dt.date, str]:
    return (source.published or dt.date.max, source.id)


def sources_by_day(index: SiteIndex) -> list[tuple[dt.date | None, list[SourceEntry]]]:
    """The sources, oldest first (undated last), by the day they were published."""
    days: dict[dt.date | None, list[SourceEntry]] = defaultdict(list)
    for source in sorted(index.content.sources, key=source_sort_key):
        days[source.published].append(source)
    return list(days.items())


def cited_pages(index: SiteIndex) -> Iterator[PageSpec]:
    """A page for each fact citing more paragraphs than a list shows: all of them, by
    source, CITED_SOURCES_PER_PAGE sources a page."""
    per_page = layout.CITED_SOURCES_PER_PAGE
    for cited in sorted(index.layout.cited.values(), key=lambda c: c.path):
        by_source = mentions_by_source(cited.refs)
        paths = cited.page_paths(len(by_source))
        title = cited.title if len(cited.title) <= 80 else f"{cited.title[:79]}…"
        for number, path in enumerate(paths):
            chunk = by_source[number * per_page : (number + 1) * per_page]
            first = number * per_page + 1
            yield PageSpec(
                path,
                "cited.md.j2",
                f"Sources: {title}" + (f" ({number + 1})" if number else ""),
                {
                    "cited": cited,
                    "by_source": chunk,
                    "sources_total": len(by_source),
                    "shown_from": first,
                    "shown_to": first + len(chunk) - 1,
                    "previous_page": paths[number - 1] if number else None,
                    "next_page": paths[number + 1] if number + 1 < len(paths) else None,
                },
            )
