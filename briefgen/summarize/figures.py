"""Casualty figures that disagree: the same kind of toll, place and date, other counts.

A toll revised over the days is not a dispute: officials report nine dead on Sunday,
14 on Monday, 21 on Tuesday. Two counts are rival claims when two different parties
give them at the same time (one source reports both side by side, or both were first
reported on the same day), or when both parties are named ones, not 'officials'. An
unattributed figure has no party to argue for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from briefgen.merge.casualties import dates_compatible, places_compatible
from briefgen.merge.text import ref_key, sorted_refs
from briefgen.merge.updates import is_generic, same_party, speaks_for
from briefgen.records.content import (
    QUALIFIER_WORDS,
    CasualtyEntry,
    Content,
    Dispute,
    DisputeSide,
    Ref,
    figure_dispute_about,
)


def _qualified(c: CasualtyEntry) -> str:
    victims = c.victims or "people"
    return f"{QUALIFIER_WORDS.get(c.qualifier, '')}{c.count} {victims} {c.kind}"


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


def first_reported(c: CasualtyEntry, published: dict[str, dt.date | None]) -> dt.date | None:
    days = [d for d in (published.get(r.source) for r in c.sources) if d is not None]
    return min(days) if days else None


def side_by_side(a: CasualtyEntry, b: CasualtyEntry) -> bool:
    """One source reports both: they are counts of the same toll, whatever dates the
    extractor gave them."""
    return bool({r.source for r in a.sources} & {r.source for r in b.sources})


def at_the_same_time(
    a: CasualtyEntry, b: CasualtyEntry, published: dict[str, dt.date | None]
) -> bool:
    """Reported side by side in one source, or first reported on the same day."""
    if side_by_side(a, b):
        return True
    day_a, day_b = first_reported(a, published), first_reported(b, published)
    return day_a is not None and day_a == day_b


def rival_claims(a: CasualtyEntry, b: CasualtyEntry, published: dict[str, dt.date | None]) -> bool:
    """Two parties' counts at the same time; on different days only when both parties
    are named: 'officials' giving 14 on Monday and the ministry 21 on Tuesday is the
    toll rising, an opposition lawmaker's 40 on Tuesday is a claim against it."""
    if at_the_same_time(a, b, published):
        return True
    return not is_generic(a.claimed_by) and not is_generic(b.claimed_by)


def rival_figures(
    a: CasualtyEntry,
    b: CasualtyEntry,
    by_id: dict[str, CasualtyEntry],
    published: dict[str, dt.date | None],
    via: Mapping[str, str] | None = None,
) -> bool:
    return (
        b.id != a.id
        and a.scope == b.scope == "story"
        and not a.counted_by
        and not b.counted_by
        and b.kind == a.kind
        and b.count != a.count
        and places_compatible(a.place, b.place)
        and (dates_compatible(a.date, b.date) or side_by_side(a, b))
        and bool(a.claimed_by)
        and bool(b.claimed_by)
        and not same_party(a.claimed_by, b.claimed_by, via)
        and not _superseded(a, b, by_id)
        and rival_claims(a, b, published)
    )


def _one_per_party(
    group: list[CasualtyEntry], actor_ids: set[str], via: Mapping[str, str] | None = None
) -> list[tuple[CasualtyEntry, str | None, tuple[Ref, ...]]]:
    """One count given by several parties is one side, citing them all; a party giving
    several counts speaks through its latest, best-reported, then highest one."""
    by_count: dict[int, list[CasualtyEntry]] = {}
    for c in group:
        by_count.setdefault(c.count, []).append(c)

    def parties(cs: list[CasualtyEntry]) -> tuple[str, ...]:
        return tuple(p for c in cs for p in c.claimed_by)

    def reach(cs: list[CasualtyEntry]) -> int:
        return len({r.source for c in cs for r in c.sources})

    replaced = {c.supersedes for c in group if c.supersedes}

    def outdated(cs: list[CasualtyEntry]) -> bool:
        return any(c.id in replaced for c in cs)

    def latest(cs: list[CasualtyEntry]) -> int:
        days = [c.as_of for c in cs if c.as_of is not None]
        return -max(days).toordinal() if days else 0

    ranked = sorted(
        by_count.values(), key=lambda cs: (outdated(cs), latest(cs), -reach(cs), -cs[0].count)
    )
    kept: list[list[CasualtyEntry]] = []
    for cs in ranked:
        if not any(same_party(parties(cs), parties(k), via) for k in kept):
            kept.append(cs)
    order = {c.id: i for i, c in enumerate(group)}
    out = []
    for cs in sorted(kept, key=lambda cs: min(order[c.id] for c in cs)):
        # A named actor speaks for the side better than 'officials'.
        named = [p for p in parties(cs) if p in actor_ids] or list(parties(cs))
        first = min(cs, key=lambda c: order[c.id])
        refs = sorted_refs(r for c in cs for r in c.sources)
        out.append((first, named[0] if named else None, refs))
    return out


def _party_latest(
    party: tuple[str, ...],
    like: CasualtyEntry,
    figures: tuple[CasualtyEntry, ...],
    via: Mapping[str, str] | None = None,
) -> CasualtyEntry | None:
    """The party's last stated count of the same kind for the same place."""
    own = [
        c
        for c in figures
        if c.kind == like.kind
        and c.scope == "story"
        and c.as_of is not None
        and places_compatible(c.place, like.place)
        and party
        and same_party(party, c.claimed_by, via)
    ]
    return max(own, key=lambda c: (c.as_of, c.id), default=None)


def _revised(c: CasualtyEntry, by_id: dict[str, CasualtyEntry]) -> set[str]:
    """The ids of the counts ``c`` revises, directly or through a chain."""
    out: set[str] = set()
    current = c.supersedes
    while current and current not in out:
        out.add(current)
        nxt = by_id.get(current)
        current = nxt.supersedes if nxt else None
    return out


def _without_agreed(
    group: list[tuple[CasualtyEntry, str | None, tuple[Ref, ...]]],
    figures: tuple[CasualtyEntry, ...],
    via: Mapping[str, str] | None = None,
) -> list[tuple[CasualtyEntry, str | None, tuple[Ref, ...]]]:
    """Each side speaks through its latest count: a party that revised its count since
    ("12 → 27 → 41 → 43") stands by the last one; a party whose last count is another
    side's, not a revision of its own ("our count now matches the coast guard's"), has
    come round, and its side is closed."""
    by_id = {c.id: c for c in figures}
    sides = []
    for first, actor, refs in group:
        latest = _party_latest(first.claimed_by, first, figures, via)
        revises = latest is not None and first.id in _revised(latest, by_id)
        sides.append((first, actor, refs, latest, revises))
    out = []
    for first, actor, refs, latest, revises in sides:
        if revises and latest is not None:
            # The party speaks through whoever states its latest count.
            voice = [p for p in latest.claimed_by if same_party((p,), first.claimed_by, via)]
            out.append((latest, voice[0] if voice else actor, latest.sources))
            continue
        came_round = (
            latest is not None
            and latest.id != first.id
            and any(
                other is not first
                and other_latest is not None
                and other_latest.count == latest.count
                for other, _, _, other_latest, _ in sides
            )
        )
        if not came_round:
            out.append((first, actor, refs))
    return out


def casualty_disputes(content: Content) -> list[Dispute]:
    by_id = {c.id: c for c in content.casualties}
    published = {s.id: s.published for s in content.sources}
    via = speaks_for(content.actors)
    figures = sorted(content.casualties, key=lambda c: ([ref_key(r) for r in c.sources], c.id))
    out: list[Dispute] = []
    used: set[str] = set()
    for a in figures:
        if a.id in used:
            continue
        members = [a]
        for member in members:  # grows: a rival's rivals argue about the same toll
            members.extend(
                b
                for b in figures
                if b.id not in used
                and b not in members
                and rival_figures(member, b, by_id, published, via)
            )
        if len(members) < 2:
            continue
        group = _one_per_party(members, {a.id for a in content.actors}, via)
        used.update(c.id for c in members)
        group = _without_agreed(group, content.casualties, via)
        if len(group) < 2:
            continue
        sides = tuple(
            DisputeSide(
                claim=_qualified(c),
                actor=actor,
                sources=refs,
            )
            for c, actor, refs in group
        )
        place = next((c.place for c, _, _ in group if c.place), None)
        out.append(Dispute(about=figure_dispute_about(a.kind, place), sides=sides))
    return out


# The kinds the home page leads with, in this order.
KEY_KINDS = ("killed", "injured", "missing", "displaced", "evacuated", "detained")


def _key_rank(c: CasualtyEntry, published: dict[str, dt.date | None]) -> tuple[object, ...]:
    """Stated before counted by briefgen; a running toll (one that revises an earlier
    count, or that several sources report) before a lone claim; then the latest statement;
    then the count the most sources report; then one a named party claims; then the higher
    count."""
    day = c.as_of or first_reported(c, published) or dt.date.min
    running = c.supersedes is not None or len({r.source for r in c.sources}) > 1
    return (
        c.counted_by is None,
        running,
        day,
        len({r.source for r in c.sources}),
        bool(c.claimed_by),
        c.count,
    )


def key_figures(content: Content) -> tuple[str, ...]:
    """The current headline toll of each kind the story has: among this story's figures
    that no later one revises, the latest stated, then the best corroborated."""
    superseded = {c.supersedes for c in content.casualties if c.supersedes}
    published = {s.id: s.published for s in content.sources}
    out = []
    for kind in KEY_KINDS:
        current = [
            c
            for c in content.casualties
            if c.kind == kind and c.scope == "story" and c.id not in superseded and c.count > 0
        ]
        if current:
            out.append(max(current, key=lambda c: (_key_rank(c, published), c.id)).id)
    return tuple(out)
