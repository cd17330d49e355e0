"""SVG pictures drawn at build time: the timeline strip.

Inline SVG, styled by classes from briefgen.css so that light and dark palettes both
work; every mark links to the fact it stands for and carries a <title> tooltip.
Links sit in raw HTML, which mkdocs does not rewrite, so they name built pages.
"""

from __future__ import annotations

import datetime as dt

from briefgen.records.content import EventEntry
from briefgen.render import links
from briefgen.render.escape import html_attr
from briefgen.render.linker import format_date
from briefgen.render.model import SiteIndex

WIDTH = 760
MAX_STACK = 8  # dots per day; more are summarised as "+n"


def _link(page: str, to_page: str, fragment: str | None, directory_urls: bool) -> str:
    return html_attr(links.html_href(page, to_page, fragment, directory_urls))


def timeline_svg(index: SiteIndex, page: str, directory_urls: bool) -> str:
    """Events as dots on a date axis, stacked per day, sized by how many sources report them."""
    # The story's events only: one outlier dated years back would squash the rest.
    events = sorted(index.story_events(), key=lambda e: (e.date, e.id))
    if not events:
        return ""
    first, last = events[0].date, events[-1].date
    span = max((last - first).days, 1)
    left, right, top = 60, WIDTH - 60, 24
    by_day: dict[dt.date, list[EventEntry]] = {}
    for event in events:
        by_day.setdefault(event.date, []).append(event)
    tallest = min(max(len(v) for v in by_day.values()), MAX_STACK)
    axis_y = top + tallest * 22 + 14
    height = axis_y + 40
    parts = [
        f'<svg class="bg-svg bg-timeline" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="bg-timeline-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="bg-timeline-title">Timeline of events</title>',
        f'<line class="bg-axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}"/>',
    ]
    for day in sorted(by_day):
        x = left + (right - left) * (day - first).days / span
        parts.append(
            f'<line class="bg-tick" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}"/>'
        )
        for level, event in enumerate(by_day[day][:MAX_STACK]):
            y = axis_y - 16 - level * 22
            radius = min(4 + 2 * len(set(r.source for r in event.sources)), 10)
            title = f"{format_date(event.date, event.date_precision)}: {event.title}"
            href = _link(
                page,
                index.layout.event_page.get(event.id, links.TIMELINE),
                links.anchor(event.id),
                directory_urls,
            )
            parts.append(
                f'<a href="{href}"><circle class="bg-dot" cx="{x:.1f}" cy="{y}" r="{radius}">'
                f"<title>{html_attr(title)}</title></circle></a>"
            )
        extra = len(by_day[day]) - MAX_STACK
        if extra > 0:
            y = axis_y - 16 - MAX_STACK * 22
            parts.append(
                f'<text class="bg-label" x="{x:.1f}" y="{y}" text-anchor="middle">+{extra}</text>'
            )
    labelled = _axis_labels(sorted(by_day), first, span, left, right)
    for day, x in labelled:
        parts.append(
            f'<text class="bg-label" x="{x:.1f}" y="{axis_y + 22}" text-anchor="middle">'
            f"{html_attr(format_date(day))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _axis_labels(
    days: list[dt.date], first: dt.date, span: int, left: int, right: int
) -> list[tuple[dt.date, float]]:
    """Dates to print under the axis, never closer than a label's width."""
    chosen: list[tuple[dt.date, float]] = []
    for day in days:
        x = left + (right - left) * (day - first).days / span
        if not chosen or x - chosen[-1][1] >= 120:
            chosen.append((day, x))
    return chosen
