"""The change log for readers: the "What's new" page's sections and the Atom feed.

Both are made from content/changes.yaml alone, so a rebuild with nothing new writes
them byte for byte again (no clock is read here: each change set carries its date).
A fact listed in the log and deleted since is named by its id, without a link.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html import escape

from briefgen.records.content import ChangeSet
from briefgen.render import links
from briefgen.render.linker import format_count, format_date, shorten
from briefgen.render.model import SiteIndex

WHATS_NEW = "whats-new.md"
FEED = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class Item:
    text: str  # plain text: the template and the feed escape it
    page: str | None  # where the fact lives (a Markdown page), None when it is gone
    fragment: str | None = None


@dataclass(frozen=True)
class Section:
    label: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class LoggedChange:
    number: int  # its place in the log, from 1: the anchor change-N never moves
    change: ChangeSet
    sections: tuple[Section, ...]

    @property
    def anchor(self) -> str:
        return f"change-{self.number}"

    @property
    def title(self) -> str:
        counts = ", ".join(f"{len(s.items)} {s.label.lower()}" for s in self.sections)
        return f"{format_date(self.change.date)}: {counts}"


def _sources(index: SiteIndex, ids: tuple[str, ...]) -> tuple[Item, ...]:
    out = []
    for ident in ids:
        source = index.sources.get(ident)
        if source is None:
            out.append(Item(ident, None))
        else:
            label = source.title or source.id
            outlet = f" ({source.outlet})" if source.outlet else ""
            out.append(Item(f"{label}{outlet}", links.source_page(ident)))
    return tuple(out)


def _figures(index: SiteIndex, ids: tuple[str, ...]) -> tuple[Item, ...]:
    out = []
    for ident in ids:
        figure = index.casualties.get(ident)
        if figure is None:
            out.append(Item(ident, None))
            continue
        words = f"{format_count(figure.count, figure.qualifier)} {figure.kind}"
        if figure.place:
            words += f" in {figure.place}"
        claimants = [index.actors[a].name if a in index.actors else a for a in figure.claimed_by]
        if claimants:
            words += f", according to {', '.join(claimants)}"
        out.append(Item(words, links.CASUALTIES, links.anchor(ident)))
    return tuple(out)


def _events(index: SiteIndex, ids: tuple[str, ...]) -> tuple[Item, ...]:
    out = []
    for ident in ids:
        event = index.events.get(ident)
        if event is None:
            out.append(Item(ident, None))
        else:
            text = f"{format_date(event.date, event.date_precision)}: {event.title}"
            page = index.layout.event_page.get(ident, links.TIMELINE)
            out.append(Item(text, page, links.anchor(ident)))
    return tuple(out)


def _quotes(index: SiteIndex, ids: tuple[str, ...]) -> tuple[Item, ...]:
    out = []
    for ident in ids:
        quote = index.quotes.get(ident)
        if quote is None:
            out.append(Item(ident, None))
            continue
        speaker = index.actor(quote.speaker)
        who = f"{speaker.name}: " if speaker else ""
        page = index.layout.quote_page.get(ident, links.QUOTES)
        out.append(Item(f"{who}“{shorten(quote.text, 90)}”", page, links.anchor(ident)))
    return tuple(out)


def logged_changes(index: SiteIndex) -> list[LoggedChange]:
    """The log, newest first, each change set in sections of linked facts."""
    out = []
    for number, change in enumerate(index.content.changes, start=1):
        sections = [
            Section("New sources", _sources(index, change.sources)),
            Section("New figures", _figures(index, change.figures)),
            Section("Revised figures", _figures(index, change.revised)),
            Section("New events", _events(index, change.events)),
            Section("New quotes", _quotes(index, change.quotes)),
        ]
        out.append(LoggedChange(number, change, tuple(s for s in sections if s.items)))
    return out[::-1]


def atom_feed(index: SiteIndex, directory_urls: bool) -> str:
    """An Atom feed (RFC 4287) of the change log: one entry per change set, newest first,
    each linking to its part of the What's new page and listing the facts with links.
    Links are relative to the feed (the site's root), so the site works on any host."""
    logged = logged_changes(index)
    title = index.content.briefing.title
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    # An id that outlives a change of title or host: from the log's first change set.
    first = index.content.changes[0] if index.content.changes else None
    seed = f"briefgen-feed:{first.date.isoformat()}:{','.join(first.sources)}" if first else title
    feed_id = uuid.uuid5(uuid.NAMESPACE_URL, seed)
    _text(feed, "id", f"urn:uuid:{feed_id}")
    updated = max((x.change.date for x in logged), default=None)
    _text(feed, "updated", _timestamp(updated.isoformat() if updated else "1970-01-01"))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", title)
    _link(feed, links.built_path(links.HOME, directory_urls) or "./", "alternate", "text/html")
    _link(feed, FEED, "self", "application/atom+xml")
    _text(feed, "generator", "briefgen")
    whats_new = links.built_path(WHATS_NEW, directory_urls)
    for x in logged:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", x.title)
        _text(entry, "id", f"urn:uuid:{uuid.uuid5(feed_id, x.anchor)}")
        _text(entry, "updated", _timestamp(x.change.date.isoformat()))
        _link(entry, f"{whats_new}#{x.anchor}", "alternate", "text/html")
        content = ET.SubElement(entry, f"{{{ATOM}}}content", {"type": "html"})
        content.text = _entry_html(x, directory_urls)
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode", short_empty_elements=True)
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel, "type": kind})


def _entry_html(logged: LoggedChange, directory_urls: bool) -> str:
    """The entry's facts as HTML (escaped again by the XML writer, as Atom wants)."""
    parts = []
    for section in logged.sections:
        parts.append(f"<h3>{escape(section.label)}</h3><ul>")
        for item in section.items:
            text = escape(item.text)
            if item.page is not None:
                href = links.built_path(item.page, directory_urls)
                href += f"#{item.fragment}" if item.fragment else ""
                text = f'<a href="{escape(href)}">{text}</a>'
            parts.append(f"<li>{text}</li>")
        parts.append("</ul>")
    return "".join(parts)
