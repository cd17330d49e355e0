"""Background dates make no story event; a kind of action is read from its verb or object."""

from __future__ import annotations

import datetime as dt

from briefgen.extract.actions import action_kind
from briefgen.extract.dates import find_dates, is_background

PUBLISHED = dt.date(2025, 6, 12)


def background(text: str) -> list[bool]:
    return [is_background(text, h, PUBLISHED) for h in find_dates(text, PUBLISHED)]


def test_a_month_named_other_than_the_articles_is_background() -> None:
    assert background("The certificate was renewed in January.") == [True]
    assert background("The ferry was inspected in June.") == [False]
    assert background("Officials said earlier this month that it was safe.") == [False]


def test_a_day_long_before_publication_is_background() -> None:
    assert background("The MV Nyerere sank on September 20, 2018.") == [True]
    assert background("The ferry capsized on Tuesday.") == [False]
    assert background("Talks began on May 30.") == [False]


def test_outlets_words_for_one_kind_of_action() -> None:
    assert {action_kind(w) for w in ("capsize", "overturn", "sink", "flip")} == {"capsize"}
    assert {action_kind(w) for w in ("arrest", "detain")} == {"arrest"}
    assert action_kind("say") == action_kind("blame") == "speech"
    assert action_kind("ponder") == ""
