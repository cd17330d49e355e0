"""The same happening across outlets is one event, whatever the verb; other happenings
of the same day and place stay apart."""

from __future__ import annotations

import datetime as dt

from briefgen.merge.events import merge_events
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention, EventFact, SourceFacts

TUESDAY = dt.date(2025, 6, 10)


def fact(
    key: str, title: str, action: str, place: str | None, para: str, day: dt.date
) -> EventFact:
    return EventFact(
        key=key,
        date=day,
        date_precision="day",
        title=title,
        place=place,
        actors=(),
        quotes=(),
        casualties=(),
        ref=Ref(para.split("#")[0], para.split("#")[1]),
        sentence=f"{title} on Tuesday.",
        action=action,
    )


def merged(*facts_: tuple[str, EventFact]) -> list[tuple[str, list[str]]]:
    by_source: dict[str, list[EventFact]] = {}
    for source, f in facts_:
        by_source.setdefault(source, []).append(f)
    facts = tuple(SourceFacts(source_id=s, events=tuple(fs)) for s, fs in by_source.items())
    entries = merge_events(facts, {}, (), {}, {})
    return [(e.title, sorted({r.source for r in e.sources})) for e in entries]


def test_capsized_overturned_sank_a_day_apart_are_one_event() -> None:
    got = merged(
        (
            "a",
            fact(
                "e1",
                "A ferry capsized on Lake Victoria near Mwanza",
                "capsize",
                "Lake Victoria",
                "a#p1",
                TUESDAY,
            ),
        ),
        (
            "b",
            fact("e1", "The MV Kiboko overturned off Mwanza", "capsize", "Mwanza", "b#p1", TUESDAY),
        ),
        # told the next morning, dated by its report
        (
            "c",
            fact(
                "e1",
                "A ferry sank near Mwanza",
                "capsize",
                "Mwanza",
                "c#p2",
                TUESDAY + dt.timedelta(days=1),
            ),
        ),
    )
    assert got == [("A ferry capsized on Lake Victoria near Mwanza", ["a", "b", "c"])]


def test_other_happenings_of_the_same_day_and_place_stay_apart() -> None:
    got = merged(
        ("a", fact("e1", "A ferry capsized near Mwanza", "capsize", "Mwanza", "a#p1", TUESDAY)),
        (
            "c",
            fact(
                "e1",
                "A minibus crashed into a lorry near Mwanza",
                "crash",
                "Mwanza",
                "c#p5",
                TUESDAY,
            ),
        ),
        (
            "c",
            fact("e2", "Police arrested two men near Mwanza", "arrest", "Mwanza", "c#p6", TUESDAY),
        ),
    )
    assert len(got) == 3


def test_the_same_kind_two_days_apart_or_at_other_places_stays_apart() -> None:
    got = merged(
        ("a", fact("e1", "Shelling hit Lutsk", "attack", "Lutsk", "a#p1", TUESDAY)),
        ("b", fact("e1", "Shelling hit Kharkiv", "attack", "Kharkiv", "b#p1", TUESDAY)),
        (
            "c",
            fact(
                "e1",
                "Shelling hit Lutsk again",
                "attack",
                "Lutsk",
                "c#p1",
                TUESDAY + dt.timedelta(days=2),
            ),
        ),
    )
    assert len(got) == 3


def test_a_toll_and_the_strike_that_caused_it_are_one_event() -> None:
    got = merged(
        (
            "a",
            fact(
                "e1",
                "A strike hit the maternity hospital in Mariupol",
                "attack",
                "Mariupol",
                "a#p1",
                TUESDAY,
            ),
        ),
        (
            "b",
            fact("e1", "Three people were killed in Mariupol", "kill", "Mariupol", "b#p4", TUESDAY),
        ),
    )
    assert len(got) == 1


def _with_places(source: str, places: tuple[str, ...], *events: EventFact) -> SourceFacts:
    actors = tuple(ActorMention(key=p.lower(), name=p, kind="place") for p in places)
    return SourceFacts(source_id=source, actors=actors, events=events)


def test_an_unplaced_report_joins_the_same_kind_where_its_article_is() -> None:
    """One outlet says "gunmen opened fire" without a place, in an article about
    Riverton; another says a gunman fired at a Riverton apartment complex."""
    unplaced = fact("e1", "Gunmen opened fire on a group of men", "attack", None, "a#p4", TUESDAY)
    placed = fact(
        "e1",
        "Somebody fired dozens of rounds at an apartment",
        "attack",
        "Riverton",
        "b#p1",
        TUESDAY,
    )
    elsewhere = fact("e2", "A gunman fired at a bus stop", "attack", "Lakeside", "c#p1", TUESDAY)
    entries = merge_events(
        (
            _with_places("a", ("Riverton",), unplaced),
            _with_places("b", ("Riverton",), placed),
            _with_places("c", ("Lakeside",), elsewhere),
        ),
        {},
        (),
        {},
        {},
    )
    got = sorted(sorted({r.source for r in e.sources}) for e in entries)
    assert got == [["a", "b"], ["c"]]
    # an article naming neither place joins neither; nor one of another kind
    entries = merge_events(
        (
            _with_places("a", ("Fairview",), unplaced),
            _with_places("b", ("Riverton",), placed),
        ),
        {},
        (),
        {},
        {},
    )
    assert len(entries) == 2
