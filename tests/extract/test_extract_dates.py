from __future__ import annotations

import datetime as dt

import pytest

from briefgen.extract.dates import find_dates, resolve_weekday

FRIDAY = dt.date(2022, 3, 11)


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [("Friday", FRIDAY), ("thursday", dt.date(2022, 3, 10)), ("Saturday", dt.date(2022, 3, 5))],
)
def test_resolve_weekday_is_on_or_before_publication(weekday, expected):
    assert resolve_weekday(FRIDAY, weekday) == expected


def test_weekday_phrases():
    hits = find_dates("Wednesday's strike came after talks on Monday.", FRIDAY)
    assert [h.date for h in hits] == [dt.date(2022, 3, 9), dt.date(2022, 3, 7)]


def test_explicit_dates_take_the_year_of_publication():
    hits = find_dates(
        "Troops crossed the border on Feb. 24 and reached the city by February 26.", FRIDAY
    )
    assert [h.date for h in hits] == [dt.date(2022, 2, 24), dt.date(2022, 2, 26)]


def test_explicit_date_in_late_year_belongs_to_previous_year():
    (hit,) = find_dates("The first talks were on December 30.", dt.date(2022, 1, 5))
    assert hit.date == dt.date(2021, 12, 30)


def test_relative_days_move_from_the_previous_date():
    (hit,) = find_dates(
        "A day later, the president signed the order.", FRIDAY, previous=dt.date(2022, 3, 4)
    )
    assert hit.date == dt.date(2022, 3, 5) and hit.relative


def test_week_and_month_precision():
    hits = find_dates("Last week the plant lost power; the war began last month.", FRIDAY)
    assert [(h.date, h.precision) for h in hits] == [
        (dt.date(2022, 2, 28), "week"),
        (dt.date(2022, 2, 1), "month"),
    ]


def test_no_publication_date_means_no_weekday():
    assert find_dates("The talks resumed on Monday.", None) == []


def test_weekday_in_a_future_clause_is_the_coming_day() -> None:
    friday = dt.date(2022, 3, 11)

    def days(text: str) -> list[dt.date]:
        return [h.date for h in find_dates(text, friday)]

    assert days("Rescue teams will resume the search on Monday.") == [dt.date(2022, 3, 14)]
    assert days("The funeral is due to take place on Sunday.") == [dt.date(2022, 3, 13)]
    assert days("The board meets next Friday.") == [dt.date(2022, 3, 18)]
    assert days("A vigil is planned for Saturday.") == [dt.date(2022, 3, 12)]
    # reported speech and a relative clause about the future leave the day in the past
    assert days("He said on Monday he would resign.") == [dt.date(2022, 3, 7)]
    assert days("The mayor, who will retire in May, spoke on Monday.")[-1] == dt.date(2022, 3, 7)


def test_part_of_the_day_continues_the_previous_date() -> None:
    tuesday = dt.date(2022, 3, 8)
    hits = find_dates(
        "The minister visited the site in the afternoon.", dt.date(2022, 3, 11), tuesday
    )
    assert [(h.date, h.relative) for h in hits] == [(tuesday, True)]
    assert find_dates("She arrived in the afternoon.", dt.date(2022, 3, 11)) == []
