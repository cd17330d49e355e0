"""Tolls that update one another across sources: 'has risen to 26, up from 21 reported
on Tuesday' in one article updates the figure of 21 another article gave.

The extractor links an update to an earlier figure of the same article; only merge sees
the earlier figure when another source reported it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from briefgen.merge.casualties import places_compatible
from briefgen.merge.text import STOPWORDS, words
from briefgen.records.content import ActorEntry, CasualtyEntry, Ref

_NUMBER_WORDS = str.split("one two three four five six seven eight nine ten eleven twelve")
_COUNT = r"(\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")"
# "26, up from 21", "rose from nine", "revised up from an earlier toll of 8"
_REVISED = re.compile(
    r"\b(?:up|down|rose|risen|raised|increased|revised|climbed|jumped)\s+from\s+"
    r"(?:an?\s+(?:earlier|previous|initial)\s+(?:toll|figure|count)\s+of\s+)?" + _COUNT + r"\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def as_count(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.index(token) + 1 if token in _NUMBER_WORDS else None


def _mentions(text: str, count: int) -> bool:
    spelled = _NUMBER_WORDS[count - 1] if 1 <= count <= len(_NUMBER_WORDS) else None
    pattern = rf"\b(?:{count:,}|{count}{'|' + spelled if spelled else ''})\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def replaced_counts(text: str, count: int) -> list[int]:
    """The counts a sentence giving ``count`` says it replaces ('26, up from 21' → [21];
    'rose to 14 from nine' → [9])."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        if not _mentions(sentence, count):
            continue
        olds = [m.group(1) for m in _REVISED.finditer(sentence)]
        to_from = rf"\bto\s+(?:{count:,}|{count})\s+from\s+{_COUNT}\b"
        olds += [m.group(1) for m in re.finditer(to_from, sentence, re.IGNORECASE)]
        out += [n for n in (as_count(o) for o in olds) if n is not None and n != count]
    return out


def link_updates(
    casualties: tuple[CasualtyEntry, ...], texts: dict[Ref, str]
) -> tuple[CasualtyEntry, ...]:
    """Set ``supersedes`` where a figure's own sentence names the count it replaces and
    another entry of the same kind and place gives that count."""
    out = []
    for c in casualties:
        if c.supersedes is None:
            olds = [n for ref in c.sources for n in replaced_counts(texts.get(ref, ""), c.count)]
            earlier = [
                e
                for e in casualties
                if e.id != c.id
                and e.kind == c.kind
                and e.count in olds
                and places_compatible(e.place, c.place)
                and e.supersedes != c.id
            ]
            if earlier:
                c = replace(c, supersedes=min(earlier, key=lambda e: e.id).id)
        out.append(c)
    return tuple(out)


def speaks_for(actors: tuple[ActorEntry, ...]) -> dict[str, str]:
    """Person id → the organisation id their role names: "Tomas Arden, a Coast Guard
    spokesman" speaks for the Kelvaran Coast Guard (the role holds at least two of the
    organisation's words, or all of them)."""
    orgs = [(a.id, set(words(a.name)) - STOPWORDS) for a in actors if a.kind == "organization"]
    out = {}
    for person in (a for a in actors if a.kind == "person"):
        for role in person.roles:
            held = set(words(role))
            match = [o for o, ws in orgs if ws and (ws <= held or len(ws & held) >= 2)]
            if len(match) == 1:
                out[person.id] = match[0]
                break
    return out


def same_party(
    a: tuple[str, ...], b: tuple[str, ...], via: Mapping[str, str] | None = None
) -> bool:
    """'officials' and 'local officials', 'ministry' and 'ministry-of-health' are one party:
    the words of one claimant hold the other's; a spokesperson is the office they speak
    for (``via``). Figures nobody claims are one party too: the news reporting the toll."""
    if not a and not b:
        return True
    if via:
        a = tuple(via.get(x, x) for x in a)
        b = tuple(via.get(x, x) for x in b)
    for x in a:
        for y in b:
            wx, wy = set(words(x.replace("-", " "))), set(words(y.replace("-", " ")))
            if wx and wy and (wx <= wy or wy <= wx):
                return True
    return False


# Claimants that name no one in particular: the authorities updating their own toll.
GENERIC_CLAIMANTS = frozenset(
    str.split(
        """officials official authorities authority government ministry police rescuers
        emergency emergencies services service local regional state city council health
        the a"""
    )
)


def is_generic(claimants: tuple[str, ...]) -> bool:
    """'officials', 'local health officials', 'the ministry': nobody in particular (and no
    claimant at all: the news reporting the toll)."""
    return all(set(words(c.replace("-", " "))) <= GENERIC_CLAIMANTS for c in claimants)


def link_revisions(
    casualties: tuple[CasualtyEntry, ...], via: Mapping[str, str] | None = None
) -> tuple[CasualtyEntry, ...]:
    """Chain each party's counts of one kind in the order they were stated: a later count
    of the same party for the same happening supersedes the one before it ("12 → 27 → 41
    → 43"). Background figures and briefgen's own counts are nobody's revisions."""
    by_id = {c.id: c for c in casualties}
    chained = {c.supersedes for c in casualties if c.supersedes}
    order = sorted(
        # A zero counts another group ("no officers were hurt"), never the toll's revision.
        (c for c in casualties if c.scope == "story" and not c.counted_by and c.as_of and c.count),
        key=lambda c: (c.as_of, c.id),
    )
    for i, newer in enumerate(order):
        if by_id[newer.id].supersedes is not None:
            continue
        earlier = [
            o
            for o in order[:i]
            if o.kind == newer.kind
            and o.as_of is not None
            and newer.as_of is not None
            and o.as_of < newer.as_of
            and o.count != newer.count
            and o.id not in chained
            and places_compatible(o.place, newer.place)
            and (
                same_party(o.claimed_by, newer.claimed_by, via)
                # 'officials' on Sunday, 'the ministry' on Tuesday, unattributed on
                # Thursday: the authorities' running toll as the news reports it
                or (is_generic(o.claimed_by) and is_generic(newer.claimed_by))
            )
        ]
        if earlier:
            older = earlier[-1]
            by_id[newer.id] = replace(by_id[newer.id], supersedes=older.id)
            chained.add(older.id)
    return tuple(by_id[c.id] for c in casualties)
