"""When two reports of events are one happening (``same_event``), and what of a report
it reads (``ReportedEvent``).

Events are the same when they fall on the same date and their descriptions share key
words, backed by a shared actor (a person or organisation; countries take part in too
much to tell events apart) or a shared place. Outlets word one happening differently
("capsized", "overturned", "sank") and date it a day apart (a night's capsizing, told
the next morning): two reports of the same kind of action (extract.actions) at a
compatible place, with a shared place or participant, a day or less apart, are one
event; reports of different kinds of action are two, however alike their words.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.merge.casualties import places_compatible
from briefgen.merge.text import content_words
from briefgen.records.facts import EventFact

_DATE_WORDS = frozenset(
    str.split(
        """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    week month year day earlier later"""
    )
)
BACKED_OVERLAP = 0.2  # key-word overlap enough when an actor or the place is shared
BARE_OVERLAP = 0.5  # key-word overlap enough on its own
SAME_SOURCE_OVERLAP = 0.5  # two events of one source are joined only when this close
OTHER_KIND_OVERLAP = 0.8  # two kinds of action are one event only when worded alike
DAY_WINDOW = 1  # days apart that outlets may date one happening


@dataclass(frozen=True)
class ReportedEvent:
    source: str
    fact: EventFact
    actors: frozenset[str]  # merged actor ids
    keywords: frozenset[str]
    # Places the event's source names: an unplaced event happened at one of them.
    source_places: tuple[str, ...] = ()


def keywords(fact: EventFact, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """What the event is about, less its date words and its actors' and place's names
    (those are compared as actors and place, not as words)."""
    place = frozenset(content_words(fact.place or ""))
    return frozenset(
        w
        for w in content_words(f"{fact.title} {fact.sentence}")
        if w not in _DATE_WORDS and w not in names and w not in place
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# A toll is the outcome of the happening that caused it: "three were killed" and "the
# strike on the hospital" of one day and place are one event.
OUTCOMES = frozenset({"kill", "injure", "damage"})
CAUSES = frozenset({"attack", "capsize", "crash", "collapse", "fire", "explode", *OUTCOMES})


def is_happening(action: str) -> bool:
    return action not in ("", "speech")


def names_place(sentence: str, place: str | None) -> bool:
    wanted = content_words(place or "")
    return bool(wanted) and set(wanted) <= set(content_words(sentence))


def same_kind(a: str, b: str) -> bool:
    return a == b or ((a in OUTCOMES or b in OUTCOMES) and a in CAUSES and b in CAUSES)


def same_event(a: ReportedEvent, b: ReportedEvent, actor_kinds: dict[str, str]) -> bool:
    gap = abs((a.fact.date - b.fact.date).days)
    if gap > DAY_WINDOW:
        return False
    sim = overlap(a.keywords, b.keywords)
    shared = {x for x in a.actors & b.actors if actor_kinds.get(x) in ("person", "organization")}
    both_placed = bool(a.fact.place and b.fact.place)
    # "on Lake Victoria near Mwanza": either place, as another outlet names it
    named = names_place(a.fact.sentence, b.fact.place) or names_place(b.fact.sentence, a.fact.place)
    same_place = named or (both_placed and places_compatible(a.fact.place, b.fact.place))
    kinds = (a.fact.action, b.fact.action)
    if not both_placed and is_happening(kinds[0]) and same_kind(*kinds) and not gap:
        # "Gunmen opened fire" told by an outlet whose story is all about Miami
        placed, unplaced = (a, b) if a.fact.place else (b, a)
        same_place = same_place or any(
            places_compatible(placed.fact.place, p) for p in unplaced.source_places
        )
    if both_placed and not same_place and not shared:
        return False
    backed = bool(shared) or same_place
    if is_happening(kinds[0]) and is_happening(kinds[1]):
        if not same_kind(*kinds):
            return gap == 0 and sim >= OTHER_KIND_OVERLAP
        if kinds[0] != kinds[1] and gap:
            return False  # a toll and a cause of it are told of the same day
        if a.source == b.source:
            return gap == 0 and (a.fact.ref == b.fact.ref or (backed and sim >= BACKED_OVERLAP))
        return backed or (gap == 0 and sim >= BACKED_OVERLAP)
    if gap:
        return False
    if a.source == b.source:
        return backed and sim >= SAME_SOURCE_OVERLAP
    return (backed and sim >= BACKED_OVERLAP) or sim >= BARE_OVERLAP
