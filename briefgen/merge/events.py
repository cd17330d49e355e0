"""Join the same event reported by several sources into one timeline entry.

Events are the same when they fall on the same date and their descriptions share key
words, backed by a shared actor (a person or organisation; countries take part in too
much to tell events apart) or a shared place. Outlets word one happening differently
("capsized", "overturned", "sank") and date it a day apart (a night's capsizing, told
the next morning): two reports of the same kind of action (extract.actions) at a
compatible place, with a shared place or participant, a day or less apart, are one
event; reports of different kinds of action are two, however alike their words.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction

from briefgen.merge.casualties import places_compatible
from briefgen.merge.text import STOPWORDS, content_words, ref_key, slugify, sorted_refs, unique_ids
from briefgen.records.content import DATE_PRECISIONS, ActorEntry, EventEntry
from briefgen.records.facts import EventFact, SourceFacts

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
class _Event:
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
_OUTCOMES = frozenset({"kill", "injure", "damage"})
_CAUSES = frozenset({"attack", "capsize", "crash", "collapse", "fire", "explode", *_OUTCOMES})


def _happening(action: str) -> bool:
    return action not in ("", "speech")


def _names(sentence: str, place: str | None) -> bool:
    wanted = content_words(place or "")
    return bool(wanted) and set(wanted) <= set(content_words(sentence))


def _same_kind(a: str, b: str) -> bool:
    return a == b or ((a in _OUTCOMES or b in _OUTCOMES) and a in _CAUSES and b in _CAUSES)


def same_event(a: _Event, b: _Event, actor_kinds: dict[str, str]) -> bool:
    gap = abs((a.fact.date - b.fact.date).days)
    if gap > DAY_WINDOW:
        return False
    sim = overlap(a.keywords, b.keywords)
    shared = {x for x in a.actors & b.actors if actor_kinds.get(x) in ("person", "organization")}
    both_placed = bool(a.fact.place and b.fact.place)
    # "on Lake Victoria near Mwanza": either place, as another outlet names it
    named = _names(a.fact.sentence, b.fact.place) or _names(b.fact.sentence, a.fact.place)
    same_place = named or (both_placed and places_compatible(a.fact.place, b.fact.place))
    kinds = (a.fact.action, b.fact.action)
    if not both_placed and _happening(kinds[0]) and _same_kind(*kinds) and not gap:
        # "Gunmen opened fire" told by an outlet whose story is all about Miami
        placed, unplaced = (a, b) if a.fact.place else (b, a)
        same_place = same_place or any(
            places_compatible(placed.fact.place, p) for p in unplaced.source_places
        )
    if both_placed and not same_place and not shared:
        return False
    backed = bool(shared) or same_place
    if _happening(kinds[0]) and _happening(kinds[1]):
        if not _same_kind(*kinds):
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


_Shape = tuple[frozenset[str], frozenset[str], str | None]  # keywords, actors, place


# All an event tells besides where it was read: a wire story's copies tell the same.
# Left out are what same_event never reads of events of two sources (the source, the ref,
# the per-source keys); everything else is in, so a field added later is compared, never
# silently ignored by a remembered answer.
_Told = tuple[object, ...]
_TOLD_FACT = tuple(
    f.name
    for f in fields(EventFact)
    if f.name not in ("key", "ref", "actors", "quotes", "casualties")
)
_TOLD_EVENT = tuple(f.name for f in fields(_Event) if f.name not in ("source", "fact"))


def _told(ev: _Event) -> _Told:
    told = tuple(getattr(ev.fact, name) for name in _TOLD_FACT)
    return (*told, *(getattr(ev, name) for name in _TOLD_EVENT))


@dataclass
class _Cluster:
    members: list[_Event]
    # Distinct (keywords, actors, place) with one member per source that has it: all
    # that same_event looks at, so an event many sources copy is compared once.
    shapes: dict[_Shape, dict[str, _Event]]
    # For key words asked before: how many shapes they were compared with, and the best
    # overlap (shapes are only added, so the next event is compared with the new ones).
    best_overlap: dict[frozenset[str], tuple[int, float]] = field(default_factory=dict)

    def add(self, ev: _Event) -> None:
        self.members.append(ev)
        shape = (ev.keywords, ev.actors, ev.fact.place)
        self.shapes.setdefault(shape, {}).setdefault(ev.source, ev)

    def match(
        self, ev: _Event, actor_kinds: dict[str, str], answers: dict[tuple[_Told, int], bool]
    ) -> float | None:
        """The best key-word overlap with a member, when some member is the same event.
        ``answers``: same_event of events of different sources, by what they tell."""
        same = False
        told = _told(ev)
        for by_source in self.shapes.values():
            # Another source's copy is the laxer test, so it stands for the shape.
            other = next((o for src, o in by_source.items() if src != ev.source), None)
            if other is None:
                same = same_event(ev, by_source[ev.source], actor_kinds)
            else:
                key = (told, id(other))
                if key not in answers:
                    answers[key] = same_event(ev, other, actor_kinds)
                same = answers[key]
            if same:
                break
        if not same:
            return None
        seen, best = self.best_overlap.get(ev.keywords, (0, -1.0))
        if seen < len(self.shapes):
            new = list(self.shapes)[seen:]
            best = max(best, max(overlap(ev.keywords, shape[0]) for shape in new))
            self.best_overlap[ev.keywords] = (len(self.shapes), best)
        return best


def _window(day: dt.date) -> list[dt.date]:
    return [day + dt.timedelta(days=d) for d in range(-DAY_WINDOW, DAY_WINDOW + 1)]


def _action_key(ev: _Event) -> tuple[str, ...]:
    """Indexed beside the key words: a kind of action matches whatever the wording."""
    action = ev.fact.action
    if action in _OUTCOMES:  # a toll meets whatever caused it
        return tuple(sorted(f"action:{kind}" for kind in _CAUSES))
    return (f"action:{action}",) if _happening(action) else ()


def _cluster(events: list[_Event], actor_kinds: dict[str, str]) -> list[list[_Event]]:
    """Each event joins the cluster it overlaps most among those holding the same event."""
    clusters: list[_Cluster] = []
    # Only events of one date that share a key word can be the same (same_event).
    holding: dict[tuple[object, str], set[int]] = {}
    answers: dict[tuple[_Told, int], bool] = {}
    for ev in events:
        candidates: set[int] = set()
        for day in _window(ev.fact.date):
            for w in (*ev.keywords, *_action_key(ev)):
                candidates |= holding.get((day, w), set())
        best, best_sim = None, -1.0
        for index in sorted(candidates):
            sim = clusters[index].match(ev, actor_kinds, answers)
            if sim is not None and sim > best_sim:
                best, best_sim = index, sim
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster([], {}))
        clusters[best].add(ev)
        for w in (*ev.keywords, *_action_key(ev)):
            holding.setdefault((ev.fact.date, w), set()).add(best)
    return [c.members for c in clusters]


def _central_title(cluster: list[_Event]) -> str:
    """The title that shares most key words with the others' (the first on a tie)."""
    # Wire copy gives many members the same key words: each distinct set is scored once,
    # against each distinct set times its members. The overlaps are ratios of small
    # counts, summed exactly, so no order of summation can break or make a tie.
    counts = Counter(ev.keywords for ev in cluster)
    score = {
        kw: sum((_exact_overlap(kw, o) * n for o, n in counts.items()), Fraction(0))
        - _exact_overlap(kw, kw)
        for kw in counts
    }
    # A report of the happening itself, rather than of what someone said of it.
    kinds = Counter(ev.fact.action for ev in cluster if _happening(ev.fact.action))
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    best = max(
        range(len(cluster)),
        key=lambda i: (
            cluster[i].fact.clause,
            cluster[i].fact.action == kind,
            score[cluster[i].keywords],
            -i,
        ),
    )
    return cluster[best].fact.title


def _exact_overlap(a: frozenset[str], b: frozenset[str]) -> Fraction:
    if not a or not b:
        return Fraction(0)
    return Fraction(len(a & b), min(len(a), len(b)))


def _date(cluster: list[_Event]) -> dt.date:
    """The day most sources give (the earliest on a tie)."""
    counts = Counter(e.fact.date for e in cluster)
    return min(counts, key=lambda d: (-counts[d], d))


def _place(cluster: list[_Event]) -> str | None:
    counts = Counter(e.fact.place for e in cluster if e.fact.place)
    return min(counts, key=lambda p: (-counts[p], len(p), p)) if counts else None


def _title_slug(title: str) -> str:
    kept = [w for w in slugify(title, max_words=20).split("-") if w not in STOPWORDS]
    return "-".join(kept[:5]) or "event"


def merge_events(
    facts: tuple[SourceFacts, ...],
    actor_ids: dict[tuple[str, str], str],
    actor_entries: tuple[ActorEntry, ...],
    quote_ids: dict[tuple[str, int], str],
    casualty_ids: dict[tuple[str, str], str],
) -> tuple[EventEntry, ...]:
    actor_kinds = {a.id: a.kind for a in actor_entries}
    name_words = {
        a.id: frozenset(w for n in (a.name, *a.aliases) for w in content_words(n))
        for a in actor_entries
    }
    events = []
    for f in sorted(facts, key=lambda f: f.source_id):
        places = tuple(sorted(a.name for a in f.actors if a.kind == "place"))
        for e in sorted(f.events, key=lambda e: (e.date, ref_key(e.ref), e.key)):
            taking_part = frozenset(
                actor_ids[(f.source_id, a)] for a in e.actors if (f.source_id, a) in actor_ids
            )
            names = frozenset(w for i in taking_part for w in name_words.get(i, ()))
            events.append(_Event(f.source_id, e, taking_part, keywords(e, names), places))
    events.sort(key=lambda e: (e.fact.date, e.source, ref_key(e.fact.ref), e.fact.key))
    clusters = _cluster(events, actor_kinds)
    entries = []
    for cluster in clusters:
        facts_ = [(e.source, e.fact) for e in cluster]
        precision = min(
            (f.date_precision for _, f in facts_),
            key=lambda p: DATE_PRECISIONS.index(p) if p in DATE_PRECISIONS else 9,
        )
        quotes = {quote_ids[(s, i)] for s, f in facts_ for i in f.quotes if (s, i) in quote_ids}
        casualties = {
            casualty_ids[(s, c)] for s, f in facts_ for c in f.casualties if (s, c) in casualty_ids
        }
        entries.append(
            EventEntry(
                id="",
                date=_date(cluster),
                title=_central_title(cluster),
                date_precision=precision,
                place=_place(cluster),
                actors=tuple(sorted(set().union(*(e.actors for e in cluster)))),
                quotes=tuple(sorted(quotes)),
                casualties=tuple(sorted(casualties)),
                sources=sorted_refs(f.ref for _, f in facts_),
            )
        )
    order = [[ref_key(r) for r in e.sources] for e in entries]
    ids = unique_ids(
        [
            (f"e-{e.date.isoformat()}-{_title_slug(e.title)}", k)
            for e, k in zip(entries, order, strict=True)
        ]
    )
    final = [replace(e, id=i) for e, i in zip(entries, ids, strict=True)]
    final.sort(key=lambda e: (e.date, [ref_key(r) for r in e.sources], e.id))
    return tuple(final)
