"""Events into clusters of one happening each (``cluster_events``): a new event is
compared, by same_event's rules, only with the shapes of the clusters it could join,
found through each cluster's indexes (by kind of action, day, key words, participants
and places), so the work grows with the events, not with their pairs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields

from briefgen.merge.casualties import places_compatible
from briefgen.merge.same_event import (
    BACKED_OVERLAP,
    BARE_OVERLAP,
    CAUSES,
    DAY_WINDOW,
    OTHER_KIND_OVERLAP,
    OUTCOMES,
    ReportedEvent,
    is_happening,
    names_place,
    overlap,
    same_event,
    same_kind,
)
from briefgen.records.facts import EventFact

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
_TOLD_EVENT = tuple(f.name for f in fields(ReportedEvent) if f.name not in ("source", "fact"))


def _told(ev: ReportedEvent) -> _Told:
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
            self._named[key] = names_place(sentence, place)
        return self._named[key]

    def fit(self, a: str | None, b: str | None) -> bool:
        key = (a, b)
        if key not in self._fit:
            self._fit[key] = places_compatible(a, b)
        return self._fit[key]


def _scan(
    memo: dict[str, tuple[int, list[_Shape]]],
    place: str,
    shapes: list[tuple[_Shape, ReportedEvent]],
    test: Callable[[ReportedEvent], bool],
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

    every: list[tuple[_Shape, ReportedEvent]] = field(default_factory=list)
    by_actor: dict[str, list[_Shape]] = field(default_factory=dict)
    placed: dict[str, list[_Shape]] = field(default_factory=dict)
    unplaced: list[tuple[_Shape, ReportedEvent]] = field(default_factory=list)
    # Wire copy repeats a sentence over many shapes: a place is looked for in each once.
    by_sentence: dict[str, list[_Shape]] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)
    # For a place asked before: how many sentences were scanned and those naming it
    # (naming); how many unplaced shapes were scanned and those whose source names a
    # place fitting it (fitting).
    naming: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    fitting: dict[str, tuple[int, list[_Shape]]] = field(default_factory=dict)

    def add(self, shape: _Shape, first: ReportedEvent) -> None:
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
        self, ev: ReportedEvent, same_day: bool, actor_kinds: dict[str, str], places: _PlaceMemo
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
    """The kinds of action same_kind pairs with ``action`` (itself first)."""
    if action in OUTCOMES:
        others = CAUSES
    elif action in CAUSES:
        others = OUTCOMES
    else:
        others = frozenset()
    return (action, *sorted(k for k in others if k != action))


def _may_join_by_words(mine: str, theirs: str, sim: float) -> bool:
    """Whether same_event could hold two events of these kinds the same on their words
    alone (the caller gives only shapes of the same day worded at least BACKED_OVERLAP
    alike)."""
    if is_happening(mine) and is_happening(theirs) and not same_kind(mine, theirs):
        return sim >= OTHER_KIND_OVERLAP
    return True


@dataclass
class EventCluster:
    members: list[ReportedEvent]
    # Distinct (keywords, actors, place) with one member per source that has it: what a
    # new event is compared with, so that an event many sources copy is compared once.
    # A shape stands for its first member, except to an event of that member's source.
    shapes: dict[_Shape, dict[str, ReportedEvent]]
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

    def add(self, ev: ReportedEvent) -> None:
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
        if is_happening(action):
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

    def _candidates(self, ev: ReportedEvent, actor_kinds: dict[str, str]) -> Iterator[_Shape]:
        """The shapes of other sources' first members that ``ev`` could be the same
        event as: every one same_event would hold the same, and perhaps a few more."""
        near, _ = self._near(ev.keywords)
        day, action = ev.fact.date, ev.fact.action
        for kw, sim in near:
            for theirs, group in self.worded.get((day, kw), {}).items():
                if not _may_join_by_words(action, theirs, sim):
                    continue
                if not (is_happening(action) and is_happening(theirs)) and sim < BARE_OVERLAP:
                    # Worded only this alike, the pair must be backed.
                    yield from group.backing(ev, True, actor_kinds, self.places)
                elif ev.fact.place:
                    # Two placed events are apart unless backed (same_event's first test).
                    yield from (shape for shape, _ in group.unplaced)
                    yield from group.backing(ev, True, actor_kinds, self.places)
                else:
                    yield from (shape for shape, _ in group.every)
        if not is_happening(action):
            return
        for kind in _compatible_kinds(action):
            # A toll and a cause of it are told of the same day.
            for other_day in _window(day) if kind == action else [day]:
                bucket = self.buckets.get((other_day, kind))
                if bucket is not None:
                    yield from bucket.backing(ev, other_day == day, actor_kinds, self.places)

    def match(
        self,
        ev: ReportedEvent,
        actor_kinds: dict[str, str],
        answers: dict[tuple[_Told, int], bool],
        told: _Told | None = None,
    ) -> float | None:
        """The best key-word overlap with a member, when some member is the same event.
        ``answers``: same_event of events of different sources, by what they tell;
        ``told``: _told(ev), when the caller has it."""
        told = _told(ev) if told is None else told

        def same_as(other: ReportedEvent) -> bool:
            key = (told, id(other))
            if key not in answers:
                answers[key] = same_event(ev, other, actor_kinds)
            return answers[key]

        def own_shape_matches(by_source: dict[str, ReportedEvent]) -> bool:
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


def _action_key(ev: ReportedEvent) -> tuple[str, ...]:
    """Indexed beside the key words: a kind of action matches whatever the wording."""
    action = ev.fact.action
    if action in OUTCOMES:  # a toll meets whatever caused it
        return tuple(sorted(f"action:{kind}" for kind in CAUSES))
    return (f"action:{action}",) if is_happening(action) else ()


def cluster_events(
    events: list[ReportedEvent], actor_kinds: dict[str, str]
) -> list[list[ReportedEvent]]:
    """Each event joins the cluster it overlaps most among those holding the same event."""
    clusters: list[EventCluster] = []
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
            clusters.append(EventCluster([], {}))
        clusters[best].add(ev)
        for w in keys:
            holding.setdefault((ev.fact.date, w), set()).add(best)
    return [c.members for c in clusters]
