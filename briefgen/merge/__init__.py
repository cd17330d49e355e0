"""Merge: every source's facts → one proposed Content (stable ids, joined aliases).

Placeholder (issue 4 replaces it): sources only.
"""

from __future__ import annotations

from briefgen.config import Config
from briefgen.records.content import BriefingEntry, Content, ParagraphEntry, SourceEntry
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source


def source_entry(source: Source) -> SourceEntry:
    return SourceEntry(
        id=source.id,
        file=source.file,
        sha256=source.sha256,
        title=source.title,
        outlet=source.outlet,
        url=source.url,
        published=source.published,
        published_basis=source.published_basis,
        published_certainty=source.published_certainty,
        author=source.author,
        duplicate_of=source.duplicate_of,
        paragraphs=tuple(ParagraphEntry(p.id, p.text, p.heading) for p in source.paragraphs),
    )


def merge_facts(
    sources: tuple[Source, ...], facts: tuple[SourceFacts, ...], config: Config
) -> Content:
    title = config.title or (sources[0].title if sources and sources[0].title else "Briefing")
    return Content(
        briefing=BriefingEntry(title=title),
        sources=tuple(source_entry(s) for s in sources),
    )
