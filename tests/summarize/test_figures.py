"""Rival casualty figures against a toll revised over the days."""

from __future__ import annotations

import datetime as dt

from briefgen.records.content import (
    BriefingEntry,
    CasualtyEntry,
    Content,
    ParagraphEntry,
    Ref,
    SourceEntry,
)
from briefgen.summarize.figures import casualty_disputes, same_party

SUNDAY = dt.date(2025, 6, 8)


def _source(sid: str, day: dt.date | None) -> SourceEntry:
    return SourceEntry(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256="0" * 64,
        title=None,
        outlet=None,
        url=None,
        published=day,
        published_basis="text",
        duplicate_of=None,
        paragraphs=(ParagraphEntry("p1", "..."),),
    )


def _toll(cid: str, count: int, claimant: str, *sids: str) -> CasualtyEntry:
    return CasualtyEntry(
        id=cid,
        kind="killed",
        count=count,
        place="Kara-Bulak",
        claimed_by=(claimant,) if claimant else (),
        sources=tuple(Ref(s, "p1") for s in sids),
    )


def _content(days: dict[str, dt.date | None], *tolls: CasualtyEntry) -> Content:
    return Content(
        briefing=BriefingEntry(title="t"),
        sources=tuple(_source(s, d) for s, d in days.items()),
        casualties=tolls,
    )


def _day(n: int) -> dt.date:
    return SUNDAY + dt.timedelta(days=n)


def test_a_toll_revised_on_later_days_by_officials_is_not_a_dispute() -> None:
    content = _content(
        {"a": _day(1), "b": _day(2), "c": _day(4)},
        _toll("c-14", 14, "officials", "a"),
        _toll("c-21", 21, "emergencies-ministry", "b"),
        _toll("c-26", 26, "ministry of emergency situations", "c"),
    )
    assert casualty_disputes(content) == []


def test_a_rival_count_reported_beside_the_official_one_is_a_dispute() -> None:
    content = _content(
        {"a": _day(1), "b": _day(2), "c": _day(4)},
        _toll("c-14", 14, "officials", "a"),
        _toll("c-21", 21, "emergencies-ministry", "b"),
        _toll("c-40", 40, "dinara-esenbaeva", "b", "c"),
        _toll("c-26", 26, "emergencies ministry", "c"),
    )
    disputes = casualty_disputes(content)
    assert len(disputes) == 1
    claims = sorted(s.claim for s in disputes[0].sides)
    # the ministry speaks once, through its highest (latest) count; 14 was never beside 40
    assert claims == ["26 people killed", "40 people killed"]


def test_an_unattributed_figure_is_no_side() -> None:
    content = _content(
        {"a": _day(1)},
        _toll("c-9", 9, "", "a"),
        _toll("c-14", 14, "officials", "a"),
    )
    assert casualty_disputes(content) == []


def test_different_parties_on_the_same_day_in_different_sources_dispute() -> None:
    content = _content(
        {"a": _day(1), "b": _day(1), "c": None},
        _toll("c-12", 12, "health officials", "a"),
        _toll("c-15", 15, "activists", "b"),
        _toll("c-30", 30, "officials", "c"),  # undated, unnamed, never beside another count
    )
    disputes = casualty_disputes(content)
    assert len(disputes) == 1
    assert sorted(s.actor or "" for s in disputes[0].sides) == ["activists", "health officials"]


def test_same_party_reads_ids_and_free_text_alike() -> None:
    assert same_party(("local officials",), ("officials",))
    assert same_party(("ministry",), ("ministry-of-emergency-situations",))
    assert not same_party(("officials",), ("dinara-esenbaeva",))


def test_a_party_speaks_through_the_count_that_updates_its_older_one() -> None:
    import dataclasses

    content = _content(
        {"a": _day(2), "b": _day(2), "c": _day(4)},
        _toll("c-21", 21, "emergencies-ministry", "a", "b"),
        _toll("c-40", 40, "dinara-esenbaeva", "b", "c"),
        dataclasses.replace(_toll("c-26", 26, "emergencies-ministry", "c"), supersedes="c-21"),
    )
    disputes = casualty_disputes(content)
    assert len(disputes) == 1
    assert sorted(s.claim for s in disputes[0].sides) == ["26 people killed", "40 people killed"]


def test_named_parties_on_different_days_still_dispute() -> None:
    content = _content(
        {"a": _day(1), "b": _day(2)},
        _toll("c-12", 12, "health-ministry-of-sudan", "a"),
        _toll("c-15", 15, "resistance committee", "b"),
    )
    assert len(casualty_disputes(content)) == 1
    generic = _content(
        {"a": _day(1), "b": _day(2)},
        _toll("c-12", 12, "local officials", "a"),
        _toll("c-15", 15, "the ministry", "b"),
    )
    assert casualty_disputes(generic) == []
