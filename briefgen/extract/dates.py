"""Dates in a sentence, resolved against the source's publication date.

Weekday words name the most recent such weekday on or before publication; explicit
dates take their year from publication; relative words ("a day later", "earlier in the
day") move from the last date the text named.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.extract.lexicon import MONTHS, WEEKDAYS


@dataclass(frozen=True)
class DateHit:
    date: dt.date
    precision: str  # day | week | month
    start: int  # character offsets of the phrase within the text searched
    end: int
    relative: bool = False  # resolved from the previous date, not from publication


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_EXPLICIT = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAMES})\b\.?(?:,?\s+(?P<year2>\d{{4}}))?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|this|next|early|late|on)\s+)?(?P<day>"
    + "|".join(WEEKDAYS)
    + r")(?:'s|’s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<phrase>a day later|the next day|the following day|a day earlier|the day before"
    r"|the previous day|earlier in the day|later in the day|later that day|earlier that day"
    r"|the same day|that day|on the same day|in the (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(?P<phrase>last week|this week|earlier this week|last month|this month|earlier this month"
    r"|yesterday|today|(?P<n>two|three|\d) weeks ago)\b",
    re.IGNORECASE,
)
_RELATIVE_SHIFT = {
    "a day later": 1,
    "the next day": 1,
    "the following day": 1,
    "a day earlier": -1,
    "the day before": -1,
    "the previous day": -1,
}
_MONTH_NAMED_ONLY = re.compile(
    rf"\b(?:in|since|early|late|mid-?)\s+(?P<month>{_MONTH_NAMES})\b(?:\s+(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)


# The clause before a weekday speaks of the future: "will resume on Monday".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|'ll)\b[^.,;:!?]*$"
    r"|\b(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated|planned)\s+to\b[^.,;:!?]*$"
    r"|\b(?:planned|scheduled|set)\s+for\s*$",
    re.IGNORECASE,
)


def resolve_future_weekday(published: dt.date, weekday: str, strictly_after: bool) -> dt.date:
    """The next ``weekday`` on or after ``published`` (after it, for "next Friday")."""
    target = WEEKDAYS.index(weekday.lower())
    ahead = (target - published.weekday()) % 7
    if ahead == 0 and strictly_after:
        ahead = 7
    return published + dt.timedelta(days=ahead)


_PERIOD_WORDS = re.compile(r"\b(?:since|until|till|through|by|from)\s*$", re.IGNORECASE)


def starts_a_period(text: str, hit: DateHit) -> bool:
    """A date after "since", "until" …: it bounds a stretch of time; nothing happened on it.
    ("the toll from Tuesday's capsizing": a possessive names what happened that day.)"""
    if text[hit.start : hit.end].endswith(("'s", "’s")):
        return False
    return bool(_PERIOD_WORDS.search(text[: hit.start]))


BACKGROUND_DAYS = 45  # a happening this long before publication is the story's past
_NAMED_MONTH = re.compile(r"^(?:in|since|early|late|mid-?)\s", re.IGNORECASE)


def is_background(text: str, hit: DateHit, published: dt.date | None) -> bool:
    """A date the story looks back to: long before publication ("on March 3, 2018"), or a
    month named of another month than the article's ("renewed in January")."""
    if published is None:
        return False
    if hit.date < published - dt.timedelta(days=BACKGROUND_DAYS):
        return True
    named_month = hit.precision == "month" and bool(_NAMED_MONTH.match(text[hit.start : hit.end]))
    return named_month and (hit.date.year, hit.date.month) != (published.year, published.month)


def resolve_weekday(published: dt.date, weekday: str) -> dt.date:
    """The most recent ``weekday`` on or before ``published``."""
    target = WEEKDAYS.index(weekday.lower())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def resolve_month_day(published: dt.date, month: int, day: int, year: int | None) -> dt.date | None:
    try:
        if year is not None:
            return dt.date(year, month, day)
        resolved = dt.date(published.year, month, day)
    except ValueError:
        return None
    # A date well after publication with no year given belongs to the year before.
    if resolved > published + dt.timedelta(days=31):
        try:
            resolved = dt.date(published.year - 1, month, day)
        except ValueError:
            return None
    return resolved


def find_dates(
    text: str, published: dt.date | None, previous: dt.date | None = None
) -> list[DateHit]:
    """Every date phrase in ``text`` that can be resolved, in reading order."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(hit: DateHit) -> None:
        if free(hit.start, hit.end):
            hits.append(hit)
            taken.append((hit.start, hit.end))

    for m in _EXPLICIT.finditer(text):
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        day = int(m.group("day") or m.group("day2"))
        year_text = m.group("year") or m.group("year2")
        year = int(year_text) if year_text else None
        if year is None and published is None:
            continue
        date = resolve_month_day(published or dt.date(year or 1, 1, 1), month, day, year)
        if date is not None:
            add(DateHit(date, "day", m.start(), m.end()))
    if published is not None:
        for m in _WEEKDAY.finditer(text):
            mod = (m.group("mod") or "").lower()
            clause = text[max(0, m.start() - 80) : m.start()]
            if mod == "next" or (mod != "last" and _FUTURE_BEFORE.search(clause)):
                date = resolve_future_weekday(published, m.group("day"), mod == "next")
                add(DateHit(date, "day", m.start(), m.end()))
                continue
            date = resolve_weekday(published, m.group("day"))
            if mod == "last" and date == published:
                date -= dt.timedelta(days=7)
            add(DateHit(date, "day", m.start(), m.end()))
        for m in _PERIOD.finditer(text):
            phrase = m.group("phrase").lower()
            if phrase == "today":
                add(DateHit(published, "day", m.start(), m.end()))
            elif phrase == "yesterday":
                add(DateHit(published - dt.timedelta(days=1), "day", m.start(), m.end()))
            elif "week" in phrase:
                weeks = 1 if "last" in phrase else 0
                if m.group("n"):
                    n = m.group("n").lower()
                    weeks = {"two": 2, "three": 3}.get(n) or int(n)
                monday = published - dt.timedelta(days=published.weekday() + 7 * weeks)
                add(DateHit(monday, "week", m.start(), m.end()))
            else:
                first = published.replace(day=1)
                if "last" in phrase:
                    first = (first - dt.timedelta(days=1)).replace(day=1)
                add(DateHit(first, "month", m.start(), m.end()))
        for m in _MONTH_NAMED_ONLY.finditer(text):
            month = MONTHS[m.group("month").lower()]
            year = int(m.group("year")) if m.group("year") else published.year
            if not m.group("year") and month > published.month:
                year -= 1
            add(DateHit(dt.date(year, month, 1), "month", m.start(), m.end()))
    if previous is not None:
        for m in _RELATIVE.finditer(text):
            shift = _RELATIVE_SHIFT.get(m.group("phrase").lower(), 0)
            add(
                DateHit(
                    previous + dt.timedelta(days=shift), "day", m.start(), m.end(), relative=True
                )
            )
    hits.sort(key=lambda h: h.start)
    return hits
