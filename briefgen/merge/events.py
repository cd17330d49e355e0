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
from collections.abc import Callable, Iterator
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


class _PlaceMemo:
    """_names and places_compatible of pairs asked before: a cluster asks the same few
    places of the same sentences again and again."""

    def __init__(self) -> None:
        self._named: dict[tuple[str, str | None], bool] = {}
        self._fit: dict[tuple[str | None, str | None], bool] = {}

    def named(self, sentence: str, place: str | None) -> bool:
        key = (sentence, place)
        if key not in self._named:
            self._named[key] = _names(sentence, place)
        return self._named[key]

    def fit(self, a: str | None, b: str | None) -> bool:
        key = (a, b)
        if key not in self._fit:
            self._fit[key] = places_compatible(a, b)
        return self._fit[key]


def _scan(
    memo: dict[str, tuple[int, list[_Shape]]],
    place: str,
    shapes: list[tuple[_Shape, _Event]],
    test: Callable[[_Event], bool],
) -> list[_Shape]:
    """The shapes whose first member passes ``test`` for ``place``, scanning only the
    shapes added since the place was last asked (shapes are only added)."""
    scanned, found = memo.get(place, (0, []))
    if scanned < len(shapes):
        found = found + [shape for shape, first in shapes[scanned:] if test(first)]
        memo[place] = (len(shapes), found)
    return found


@dataclass
class _Bucket:
    """Shapes whose first members report one kind of action on one day (and, for the
    worded index, with one set of key words), indexed by what backs a pair (a shared
    participant or place), so that a new event meets the shapes it shares a participant
    or a place with, not every shape of the day."""

    every: list[tuple[_Shape, _Event]] = field(default_factory=list)
    by_actor: dict[str, list[_Shape]] = field(default_factory=dict)
    placed: dict[str, list[_Shape]] = field(default_factory=dict)
    unplaced: list[tuple[_Shape, _Event]] = field(default_factory=list)
    # Wire copy repeats a sentence over many shapes: a place is looked for in each once.
    by_sentence: dict[str, list[_Shape]] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)
    # For a place asked before: how many sentences were scanned and those naming it
    # (naming); how many unplaced shapes were scanned and those whose source names a
    # place fitting it (fitting).
    naming: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    fitting: dict[str, tuple[int, list[_Shape]]] = field(default_factory=dict)

    def add(self, shape: _Shape, first: _Event) -> None:
        self.every.append((shape, first))
        if first.fact.sentence not in self.by_sentence:
            self.sentences.append(first.fact.sentence)
        self.by_sentence.setdefault(first.fact.sentence, []).append(shape)
        for actor in shape[1]:
            self.by_actor.setdefault(actor, []).append(shape)
        if first.fact.place:
            self.placed.setdefault(first.fact.place, []).append(shape)
        else:
            self.unplaced.append((shape, first))

    def backing(
        self, ev: _Event, same_day: bool, actor_kinds: dict[str, str], places: _PlaceMemo
    ) -> Iterator[_Shape]:
        """Every shape that same_event could find backed for ``ev`` (a shared person or
        organisation, or the same place by any of its rules), and perhaps a few more."""
        for actor in ev.actors:
            if actor_kinds.get(actor) in ("person", "organization"):
                yield from self.by_actor.get(actor, ())
        place, sentence = ev.fact.place, ev.fact.sentence
        for theirs, shapes in self.placed.items():
            if (
                (place and places.fit(place, theirs))
                or places.named(sentence, theirs)
                or (not place and same_day and any(places.fit(theirs, p) for p in ev.source_places))
            ):
                yield from shapes
        if place:
            scanned, naming = self.naming.get(place, (0, []))
            if scanned < len(self.sentences):
                new = [t for t in self.sentences[scanned:] if places.named(t, place)]
                naming = naming + new
                self.naming[place] = (len(self.sentences), naming)
            for sentence_naming in naming:
                yield from self.by_sentence[sentence_naming]
            if same_day:
                # An unplaced shape of a source that names a place fitting the event's.
                fitting = _scan(
                    self.fitting,
                    place,
                    self.unplaced,
                    lambda o: any(places.fit(place, p) for p in o.source_places),
                )
                yield from fitting
        elif same_day and ev.source_places:
            # Both unplaced: the unplaced rule then holds whenever the source names a place.
            yield from (shape for shape, _ in self.unplaced)


def _compatible_kinds(action: str) -> tuple[str, ...]:
    """The kinds of action _same_kind pairs with ``action`` (itself first)."""
    if action in _OUTCOMES:
        others = _CAUSES
    elif action in _CAUSES:
        others = _OUTCOMES
    else:
        others = frozenset()
    return (action, *sorted(k for k in others if k != action))


def _may_join_by_words(mine: str, theirs: str, sim: float) -> bool:
    """Whether same_event could hold two events of these kinds the same on their words
    alone (the caller gives only shapes of the same day worded at least BACKED_OVERLAP
    alike)."""
    if _happening(mine) and _happening(theirs) and not _same_kind(mine, theirs):
        return sim >= OTHER_KIND_OVERLAP
    return True


@dataclass
class _Cluster:
    members: list[_Event]
    # Distinct (keywords, actors, place) with one member per source that has it: what a
    # new event is compared with, so that an event many sources copy is compared once.
    # A shape stands for its first member, except to an event of that member's source.
    shapes: dict[_Shape, dict[str, _Event]]
    # Indexes of the shapes by what same_event needs of a pair of other sources' events:
    # the same day and like words (worded), or a compatible kind of happening within the
    # day window and a backing (buckets). An event is compared with the shapes these give,
    # a superset of those it is the same event as, never with every shape.
    own: dict[str, list[_Shape]] = field(default_factory=dict)
    keyword_sets: list[frozenset[str]] = field(default_factory=list)
    known_keywords: set[frozenset[str]] = field(default_factory=set)
    worded: dict[tuple[dt.date, frozenset[str]], dict[str, _Bucket]] = field(default_factory=dict)
    buckets: dict[tuple[dt.date, str], _Bucket] = field(default_factory=dict)
    # For key words asked before: how many keyword sets they were compared with, those
    # overlapping at least BACKED_OVERLAP, and the best overlap.
    near: dict[frozenset[str], tuple[int, list[tuple[frozenset[str], float]], float]] = field(
        default_factory=dict
    )
    places: _PlaceMemo = field(default_factory=_PlaceMemo)

    def add(self, ev: _Event) -> None:
        self.members.append(ev)
        shape = (ev.keywords, ev.actors, ev.fact.place)
        by_source = self.shapes.get(shape)
        if by_source is not None:
            by_source.setdefault(ev.source, ev)
            return
        self.shapes[shape] = {ev.source: ev}
        self.own.setdefault(ev.source, []).append(shape)
        if ev.keywords not in self.known_keywords:
            self.known_keywords.add(ev.keywords)
            self.keyword_sets.append(ev.keywords)
        day, action = ev.fact.date, ev.fact.action
        self.worded.setdefault((day, ev.keywords), {}).setdefault(action, _Bucket()).add(shape, ev)
        if _happening(action):
            self.buckets.setdefault((day, action), _Bucket()).add(shape, ev)

    def _near(self, kw: frozenset[str]) -> tuple[list[tuple[frozenset[str], float]], float]:
        scanned, near, best = self.near.get(kw, (0, [], -1.0))
        if scanned < len(self.keyword_sets):
            near = list(near)
            for other in self.keyword_sets[scanned:]:
                sim = overlap(kw, other)
                best = max(best, sim)
                if sim >= BACKED_OVERLAP:
                    near.append((other, sim))
            self.near[kw] = (len(self.keyword_sets), near, best)
        return near, best

    def _candidates(self, ev: _Event, actor_kinds: dict[str, str]) -> Iterator[_Shape]:
        """The shapes of other sources' first members that ``ev`` could be the same
        event as: every one same_event would hold the same, and perhaps a few more."""
        near, _ = self._near(ev.keywords)
        day, action = ev.fact.date, ev.fact.action
        for kw, sim in near:
            for theirs, group in self.worded.get((day, kw), {}).items():
                if not _may_join_by_words(action, theirs, sim):
                    continue
                if not (_happening(action) and _happening(theirs)) and sim < BARE_OVERLAP:
                    # Worded only this alike, the pair must be backed.
                    yield from group.backing(ev, True, actor_kinds, self.places)
                elif ev.fact.place:
                    # Two placed events are apart unless backed (same_event's first test).
                    yield from (shape for shape, _ in group.unplaced)
                    yield from group.backing(ev, True, actor_kinds, self.places)
                else:
                    yield from (shape for shape, _ in group.every)
        if not _happening(action):
            return
        for kind in _compatible_kinds(action):
            # A toll and a cause of it are told of the same day.
            for other_day in _window(day) if kind == action else [day]:
                bucket = self.buckets.get((other_day, kind))
                if bucket is not None:
                    yield from bucket.backing(ev, other_day == day, actor_kinds, self.places)

    def match(
        self,
        ev: _Event,
        actor_kinds: dict[str, str],
        answers: dict[tuple[_Told, int], bool],
        told: _Told | None = None,
    ) -> float | None:
        """The best key-word overlap with a member, when some member is the same event.
        ``answers``: same_event of events of different sources, by what they tell;
        ``told``: _told(ev), when the caller has it."""
        told = _told(ev) if told is None else told

        def same_as(other: _Event) -> bool:
            key = (told, id(other))
            if key not in answers:
                answers[key] = same_event(ev, other, actor_kinds)
            return answers[key]

        def own_shape_matches(by_source: dict[str, _Event]) -> bool:
            # Another source's copy is the laxer test, so it stands for the shape.
            other = next((o for src, o in by_source.items() if src != ev.source), None)
            if other is None:
                return same_event(ev, by_source[ev.source], actor_kinds)
            return same_as(other)

        same = any(own_shape_matches(self.shapes[s]) for s in self.own.get(ev.source, ()))
        if not same:
            asked: set[_Shape] = set()
            for shape in self._candidates(ev, actor_kinds):
                if shape in asked:
                    continue
                asked.add(shape)
                source, first = next(iter(self.shapes[shape].items()))
                if source != ev.source and same_as(first):
                    same = True
                    break
        if not same:
            return None
        return self._near(ev.keywords)[1]


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
        keys = (*ev.keywords, *_action_key(ev))
        for day in _window(ev.fact.date):
            for w in keys:
                found = holding.get((day, w))
                if found:
                    candidates |= found
        best, best_sim = None, -1.0
        told = _told(ev)
        for index in sorted(candidates):
            sim = clusters[index].match(ev, actor_kinds, answers, told)
            if sim is not None and sim > best_sim:
                best, best_sim = index, sim
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster([], {}))
        clusters[best].add(ev)
        for w in keys:
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
