"""The quotation and event clusters remember what they compared a shape with, and ask
only the shapes added since: every answer must be the one asking all shapes gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.merge.event_clusters import EventCluster
from briefgen.merge.quotes import _Cluster as QuoteCluster
from briefgen.merge.quotes import _Quote, same_quotation, speakers_conflict
from briefgen.merge.same_event import ReportedEvent
from briefgen.records.content import Ref
from briefgen.records.facts import EventFact, QuoteFact

from .event_reference import match_by_every_shape

WORDS = ["the", "talks", "will", "go", "on", "we", "never", "agreed", "to", "this"]

_quote = st.tuples(
    st.lists(st.sampled_from(WORDS), max_size=10),
    st.sampled_from(["direct", "partial"]),
    st.sampled_from([None, "a-putin", "a-biden"]),
    st.integers(0, 3),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_quote, st.booleans()), min_size=1, max_size=25))
def test_a_quotation_cluster_takes_what_asking_every_shape_takes(steps) -> None:  # type: ignore[no-untyped-def]
    cluster = QuoteCluster([], {})
    for n, ((tokens, kind, speaker, source), join) in enumerate(steps):
        q = _Quote(
            (f"s{source}", n),
            QuoteFact(" ".join(tokens), kind, speaker, None, Ref(f"s{source}", "p1")),
            speaker,
            tuple(tokens),
        )
        shapes = list(cluster.shapes.values())
        expected = any(same_quotation(q, o) for o in shapes) and not any(
            speakers_conflict(q, o) for o in shapes
        )
        assert cluster.takes(q) == expected
        if join or not cluster.members:
            cluster.add(q)


_event = st.tuples(
    st.integers(0, 2),  # day
    st.frozensets(st.sampled_from(WORDS), max_size=5),  # key words
    st.frozensets(st.sampled_from(["a-putin", "a-un"]), max_size=2),
    st.sampled_from([None, "Kyiv", "central Kyiv", "Lutsk"]),
    st.sampled_from(["", "attack", "kill", "speech"]),
    st.integers(0, 3),  # source
    st.sampled_from([(), ("Kyiv",), ("Lutsk", "central Kyiv")]),  # the source's places
)
KINDS = {"a-putin": "person", "a-un": "organization"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_event, st.booleans()), min_size=1, max_size=25))
def test_an_event_cluster_matches_as_asking_every_shape_does(steps) -> None:  # type: ignore[no-untyped-def]
    cluster = EventCluster([], {})
    answers: dict = {}  # type: ignore[type-arg]
    for n, ((day, kws, actors, place, action, source, places), join) in enumerate(steps):
        fact = EventFact(
            key=f"e{n}",
            date=dt.date(2024, 3, 1) + dt.timedelta(days=day),
            date_precision="day",
            title=" ".join(sorted(kws)),
            place=place,
            actors=(),
            quotes=(),
            casualties=(),
            ref=Ref(f"s{source}", f"p{n % 2}"),
            sentence=" ".join(sorted(kws)),
            action=action,
        )
        ev = ReportedEvent(f"s{source}", fact, actors, kws, places)
        if cluster.members:
            expected = match_by_every_shape(cluster, ev, KINDS)
            assert cluster.match(ev, KINDS, answers) == expected
        if join or not cluster.members:
            cluster.add(ev)


def test_an_unplaced_report_is_asked_again_when_its_source_names_other_places() -> None:
    # Two outlets' identical unplaced reports differ only in the places their articles
    # name: the remembered answer for one must not stand for the other.
    def event(source: str, place: str | None, places: tuple[str, ...], words: str) -> ReportedEvent:
        fact = EventFact(
            key=f"e-{source}",
            date=dt.date(2024, 3, 1),
            date_precision="day",
            title=words,
            place=place,
            actors=(),
            quotes=(),
            casualties=(),
            ref=Ref(source, "p1"),
            sentence=words,
            action="attack",
        )
        return ReportedEvent(source, fact, frozenset(), frozenset(words.lower().split()), places)

    cluster = EventCluster([], {})
    cluster.add(event("s0", "Kyiv", ("Kyiv",), "Gunmen opened fire"))
    answers: dict = {}  # type: ignore[type-arg]
    assert cluster.match(event("s1", None, ("Kyiv",), "Shots rang out"), KINDS, answers) is not None
    assert cluster.match(event("s2", None, ("Lutsk",), "Shots rang out"), KINDS, answers) is None
