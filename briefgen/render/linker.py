"""Markdown snippets for facts, bound to the page they appear on.

Templates lay pages out; every link to an actor, quote, event, figure or source goes
through a ``Linker`` so that it points at the one place where that fact lives, and
every text in it has passed through the escape filter.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from briefgen import kinds
from briefgen.records.content import (
    QUALIFIER_WORDS,
    CasualtyEntry,
    DisputeSide,
    EventEntry,
    QuoteEntry,
    Ref,
    SourceEntry,
)
from briefgen.render import layout, links
from briefgen.render.escape import md_text, safe_url
from briefgen.render.model import ParaFacts, SiteIndex

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(day: dt.date | None, precision: str = "day") -> str:
    if day is None:
        return "date unknown"
    if precision == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"week of {text}" if precision == "week" else text


def format_count(count: int, qualifier: str, compact: bool = False) -> str:
    """ "at least 4"; compact: "more than 2 million" for a headline figure."""
    number = f"{count:,}"
    if compact and count >= 1_000_000:
        millions = f"{count / 1_000_000:.1f}".removesuffix(".0")
        number = f"{millions} million"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{number}"


@functools.lru_cache(maxsize=1 << 16)
def shorten(text: str, limit: int = 80) -> str:
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0] or words[:limit]
    return cut.rstrip(",;:") + "…"


# A large briefing cites each paragraph from many pages: its label is made once.
@functools.lru_cache(maxsize=1 << 17)
def cite_label(source_label: str, para: str) -> str:
    """A citation's text: the source's outlet (or title), shortened, and the paragraph."""
    number = para[1:] if para[:1] == "p" and para[1:].isdigit() else para
    return f"{md_text(shorten(source_label, 32))}&nbsp;¶{md_text(number)}"


class Linker:
    def __init__(self, index: SiteIndex, page: str):
        self.index = index
        self.page = page

    def href(self, to_page: str, fragment: str | None = None) -> str:
        return links.md_href(self.page, to_page, fragment)

    def page_link(self, label: str, to_page: str, fragment: str | None = None) -> str:
        return f"[{label}]({self.href(to_page, fragment)})"

    def actor(self, ident: str | None, fallback: str = "unknown") -> str:
        """A link to the actor's page; free text (not an actor id) stays plain."""
        if ident is None:
            return md_text(fallback)
        entry = self.index.actor(ident)
        if entry is None:
            return md_text(ident)
        return self.page_link(md_text(entry.name), links.actor_page(entry.id))

    def actors(self, idents: tuple[str, ...] | list[str], fallback: str = "unknown") -> str:
        if not idents:
            return md_text(fallback)
        return ", ".join(self.actor(i) for i in dict.fromkeys(idents))

    def cite(self, ref: Ref) -> str:
        """A citation that opens the exact paragraph of the source."""
        if ref.source not in self.index.sources:
            return md_text(f"{ref.source} {ref.para}")
        label = cite_label(self.index.source_label(ref.source), ref.para)
        target = self.href(links.source_page(ref.source), links.anchor(ref.para))
        return f"[{label}]({target}){{: .bg-cite }}"

    def cites(self, refs: tuple[Ref, ...] | list[Ref]) -> str:
        unique = list(dict.fromkeys(refs))
        if not unique:
            return '<span class="bg-cite bg-nosource">no source</span>'
        return " ".join(self.cite(r) for r in unique)

    def fact_cites(self, kind: str, ident: str | int, refs: tuple[Ref, ...] | list[Ref]) -> str:
        """A fact's citations on a list or summary page: all of them if few, else the first
        few and "and N more" linking to the fact's page of sources (layout.Cited)."""
        unique = layout.unique_refs(refs)
        cited = self.index.layout.cited_page(kind, str(ident))
        if cited is None or len(unique) <= layout.CITES_ALL_UP_TO:
            return self.cites(unique)
        shown = " ".join(self.cite(r) for r in layout.shown_refs(unique))
        more = len(unique) - layout.CITES_SHOWN
        return f"{shown} [and {more:,} more]({self.href(cited.path)}){{: .bg-more }}"

    def side_cites(self, side: DisputeSide) -> str:
        """A dispute side's citations, capped as fact_cites."""
        ident = self.index.layout.side_ids.get(side)
        if ident is None:
            return self.cites(side.sources)
        return self.fact_cites("disputes", ident, side.sources)

    def event_href(self, event_id: str) -> str:
        page = self.index.layout.event_page.get(event_id, links.TIMELINE)
        return self.href(page, links.anchor(event_id))

    def quote_href(self, quote_id: str) -> str:
        page = self.index.layout.quote_page.get(quote_id, links.QUOTES)
        return self.href(page, links.anchor(quote_id))

    def source(self, source_id: str) -> str:
        source = self.index.sources.get(source_id)
        if source is None:
            return md_text(source_id)
        label = md_text(source.title or source.id)
        return self.page_link(label, links.source_page(source.id))

    def quote(self, quote: QuoteEntry, limit: int = 90) -> str:
        label = md_text(f"“{shorten(quote.text, limit)}”")
        return f"[{label}]({self.quote_href(quote.id)})"

    def quote_id(self, ident: str) -> str:
        quote = self.index.quotes.get(ident)
        return self.quote(quote) if quote else md_text(ident)

    def event(self, event: EventEntry) -> str:
        return f"[{md_text(event.title)}]({self.event_href(event.id)})"

    def event_id(self, ident: str) -> str:
        event = self.index.events.get(ident)
        return self.event(event) if event else md_text(ident)

    def figure_text(self, casualty: CasualtyEntry) -> str:
        words = f"{format_count(casualty.count, casualty.qualifier)} {casualty.kind}"
        if casualty.victims:
            words += f" ({casualty.victims})"
        return md_text(words)

    def figure(self, casualty: CasualtyEntry) -> str:
        return self.page_link(
            self.figure_text(casualty), links.CASUALTIES, links.anchor(casualty.id)
        )

    def figure_id(self, ident: str) -> str:
        casualty = self.index.casualties.get(ident)
        return self.figure(casualty) if casualty else md_text(ident)

    def figure_notes(self, casualty: CasualtyEntry) -> str:
        """How a figure relates to others: which toll it updates or is updated by, its event."""
        notes = []
        if casualty.supersedes and casualty.supersedes in self.index.casualties:
            older = self.index.casualties[casualty.supersedes]
            label = md_text(format_count(older.count, older.qualifier))
            notes.append(
                f"updates {self.page_link(label, links.CASUALTIES, links.anchor(older.id))}"
            )
        newer_id = self.index.superseded_by.get(casualty.id)
        if newer_id in self.index.casualties:
            newer = self.index.casualties[newer_id]
            label = md_text(format_count(newer.count, newer.qualifier))
            notes.append(
                f"superseded by {self.page_link(label, links.CASUALTIES, links.anchor(newer.id))}"
            )
        for event in self.index.events_by_casualty.get(casualty.id, []):
            label = md_text(shorten(event.title, 40))
            notes.append(f"event: [{label}]({self.event_href(event.id)})")
        return "; ".join(notes)

    def figure_ids(self, idents: tuple[str, ...]) -> str:
        return " · ".join(self.figure_id(i) for i in dict.fromkeys(idents))

    def claimants(self, casualty: CasualtyEntry) -> str:
        if casualty.counted_by and not casualty.claimed_by:
            return "counted by briefgen from victims named one by one"
        return self.actors(casualty.claimed_by, fallback="claimant not named")

    def history(self, casualty: CasualtyEntry) -> str:
        """The chain of counts this one revises, oldest first: "12 → 27 → 41 → 43"."""
        chain = [casualty]
        seen = {casualty.id}
        current = casualty.supersedes
        while current and current in self.index.casualties and current not in seen:
            seen.add(current)
            chain.append(self.index.casualties[current])
            current = chain[-1].supersedes
        if len(chain) < 2:
            return ""
        return " → ".join(
            self.page_link(
                md_text(format_count(c.count, c.qualifier)), links.CASUALTIES, links.anchor(c.id)
            )
            for c in reversed(chain)
        )

    def where(self, casualty: CasualtyEntry) -> str:
        parts = [md_text(casualty.place)] if casualty.place else []
        if casualty.date:
            parts.append(format_date(casualty.date))
        return ", ".join(parts)

    def quote_byline(self, quote: QuoteEntry, speaker: bool = True, permalink: bool = True) -> str:
        """Who said it and when, the sources, and (away from the quotes page) its permalink."""
        who = [self.actor(quote.speaker, "unknown speaker")] if speaker else []
        if quote.said_on and quote.date_precision == "published":
            who.append(f"reported {format_date(quote.said_on)}")
        elif quote.said_on:
            who.append(format_date(quote.said_on, quote.date_precision))
        parts = [", ".join(who)] if who else []
        parts.append(self.fact_cites("quotes", quote.id, quote.sources))
        if permalink:
            target = self.quote_href(quote.id)
            parts.append(f"[permalink]({target}){{: .bg-more }}")
        return " · ".join(parts)

    def event_meta(self, event: EventEntry) -> str:
        parts = []
        if event.place:
            parts.append(f"**Where:** {md_text(event.place)}")
        if event.actors:
            parts.append(f"**Who:** {self.actors(event.actors)}")
        return " · ".join(parts)

    def source_meta(self, source: SourceEntry) -> str:
        published = format_date(source.published) if source.published else "unknown"
        parts = [
            f"**Outlet:** {md_text(source.outlet or 'unknown')}",
            f"**Published:** {published}",
        ]
        if source.author:
            parts.append(f"**By** {md_text(source.author)}")
        url = safe_url(source.url)
        if url:
            parts.append(f'<a href="{url}" rel="nofollow noopener noreferrer">original article</a>')
        return " · ".join(parts)

    def entry(self, kind_name: str, ident: str) -> str:
        """A link to any entry by its kind's name: where the registry says it lives."""
        builtin = {
            "actors": self.actor,
            "quotes": self.quote_id,
            "casualties": self.figure_id,
            "events": self.event_id,
            "sources": self.source,
        }.get(kind_name)
        if builtin is not None:
            return builtin(ident)
        kind = kinds.kind(kind_name)
        found = next(
            (e for e in kinds.entries(self.index.content, kind_name) if e.id == ident), None
        )
        if found is None:
            return md_text(ident)
        page = kind.page or f"{kind_name}.md"
        return self.page_link(self.entry_label(kind, found), page, links.anchor(ident))

    def entry_label(self, kind: kinds.Kind, entry: Any) -> str:
        """An entry's name on the site: its first required text field, else its id."""
        for spec in kind.fields:
            value = getattr(entry, spec.name)
            if spec.name != "id" and spec.kind == "str" and isinstance(value, str) and value:
                return md_text(shorten(value))
        return md_text(entry.id)

    def entry_fields(self, kind: kinds.Kind, entry: Any) -> list[tuple[str, str]]:
        """(field, Markdown) for each field of an entry that holds something, in schema
        order: references linked, provenance cited."""
        targets = {r.field: r.target for r in kind.references}
        out = []
        for spec in kind.fields:
            value = getattr(entry, spec.name)
            if spec.name == "id" or value in (None, (), ""):
                continue
            if spec.kind == "refs":
                shown = self.cites(value)
            elif spec.name in targets:
                values = value if isinstance(value, tuple) else (value,)
                shown = ", ".join(self.entry(targets[spec.name], v) for v in values)
            elif isinstance(value, dt.date):
                shown = format_date(value)
            elif isinstance(value, tuple):
                shown = ", ".join(md_text(str(v)) for v in value)
            else:
                shown = md_text(str(value))
            out.append((spec.name.replace("_", " ").capitalize(), shown))
        return out

    def facts(self, source_id: str, para_id: str) -> ParaFacts | None:
        return self.index.facts_by_ref.get(Ref(source_id, para_id))
