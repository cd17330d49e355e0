"""Casualty figures that disagree: the same kind of toll, place and date, other counts."""

from __future__ import annotations

from briefgen.merge.casualties import dates_compatible, places_compatible
from briefgen.merge.text import ref_key
from briefgen.records.content import CasualtyEntry, Content, Dispute, DisputeSide


def _qualified(c: CasualtyEntry) -> str:
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
        "fewer_than": "fewer than ",
    }
    victims = c.victims or "people"
    return f"{words.get(c.qualifier, '')}{c.count} {victims} {c.kind}"


def _superseded(a: CasualtyEntry, b: CasualtyEntry, by_id: dict[str, CasualtyEntry]) -> bool:
    """Whether one toll updates the other, directly or through a chain of updates."""
    for newer, older in ((a, b), (b, a)):
        seen: set[str] = set()
        current = newer.supersedes
        while current and current not in seen:
            if current == older.id:
                return True
            seen.add(current)
            nxt = by_id.get(current)
            current = nxt.supersedes if nxt else None
    return False


def casualty_disputes(content: Content) -> list[Dispute]:
    by_id = {c.id: c for c in content.casualties}
    figures = sorted(content.casualties, key=lambda c: ([ref_key(r) for r in c.sources], c.id))
    out: list[Dispute] = []
    used: set[str] = set()
    for a in figures:
        if a.id in used or not a.place:
            continue
        rivals = [
            b
            for b in figures
            if b.id != a.id
            and b.kind == a.kind
            and b.count != a.count
            and places_compatible(a.place, b.place)
            and dates_compatible(a.date, b.date)
            and not _superseded(a, b, by_id)
        ]
        if not rivals:
            continue
        group = [a, *rivals]
        used.update(c.id for c in group)
        sides = tuple(
            DisputeSide(
                claim=_qualified(c),
                actor=c.claimed_by[0] if c.claimed_by else None,
                sources=c.sources,
            )
            for c in group
        )
        out.append(Dispute(about=f"the number of people {a.kind} in {a.place}", sides=sides))
    return out
