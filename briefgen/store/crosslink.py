"""Entries an editor added get linked to the text like briefgen's own: an added actor's
mentions and an added quote's sources are found in the sources' paragraphs, when the
editor left them out. Plain text search: no NLP, so a rebuild stays fast."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.records import content as c

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _plain(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).split())


def _paragraphs(content: c.Content) -> list[tuple[c.Ref, str]]:
    return [
        (c.Ref(s.id, p.id), _plain(p.text))
        for s in content.sources
        if s.duplicate_of is None
        for p in s.paragraphs
    ]


def _name_pattern(names: list[str]) -> re.Pattern[str] | None:
    names = [_plain(n) for n in names if len(_plain(n)) >= 3]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def link_added(content: c.Content, added: dict[str, set[str]]) -> c.Content:
    """Fill the empty mentions/sources of the entries in ``added`` (kind → ids)."""
    if not any(added.values()):
        return content
    paragraphs = _paragraphs(content)
    actors = []
    for actor in content.actors:
        if actor.id in added.get("actors", set()) and not actor.mentions:
            pattern = _name_pattern([actor.name, *actor.aliases])
            if pattern is not None:
                found = tuple(r for r, text in paragraphs if pattern.search(text))
                actor = replace(actor, mentions=found)
        actors.append(actor)
    quotes = []
    for quote in content.quotes:
        if quote.id in added.get("quotes", set()) and not quote.sources:
            words = _plain(quote.text)
            found = tuple(r for r, text in paragraphs if words and words in text)
            quote = replace(quote, sources=found)
        quotes.append(quote)
    return replace(content, actors=tuple(actors), quotes=tuple(quotes))
