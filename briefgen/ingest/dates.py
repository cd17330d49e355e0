"""Publication dates from text: explicit dates, weekday words, and how they agree.

An article says "on Friday" about its news day; a caption dates the photo; a dateline
dates the article. A date inside an appeal ("Since July 1, 2024, we …") dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_DAY_YEAR = re.compile(
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b"
)
DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b"
)
# "2023-05-03", also as the head of a timestamp ("2023-05-03T10:20:00Z")
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?:\b|(?=T\d))")
# "3/13/2022" (US order) or "13/3/2022" (when the first number cannot be a month).
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})\b")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(?:['’]s)?\b", re.IGNORECASE)
# A date that bounds a span ("since July 1", "until May") is not the day of the news.
SPAN_WORD = re.compile(r"\b(?:since|until|till|from|before|after|by|through)\s*$", re.IGNORECASE)
FILE_PHOTO = re.compile(
    r"\b(?:file|archive|stock)\s*(?:photo|picture|image|pic|photograph)s?\b|/\s*file\b|"
    r"\((?:file|archive)\)",
    re.IGNORECASE,
)
DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last modified|am|pm|gmt|utc|et)\b", re.I
)


@dataclass(frozen=True)
class DateGuess:
    published: dt.date | None
    certainty: str  # certain | likely | guess | none


NO_DATE = DateGuess(None, "none")


def explicit_dates(text: str) -> list[dt.date]:
    found: list[dt.date] = []
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO_DATE):
        for m in pattern.finditer(text):
            if SPAN_WORD.search(text[: m.start()]):
                continue
            date = _to_date(m.group("year"), m.group("month"), m.group("day"))
            if date is not None:
                found.append(date)
    for m in NUMERIC_DATE.finditer(text):
        if SPAN_WORD.search(text[: m.start()]):
            continue
        a, b = m.group("a"), m.group("b")
        month, day = (b, a) if int(a) > 12 else (a, b)
        date = _to_date(m.group("year"), month, day)
        if date is not None:
            found.append(date)
    return found


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    number = int(month) if month.isdigit() else MONTHS[month[:3].lower()]
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def weekday_counts(texts: Iterable[str]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for text in texts:
        for m in WEEKDAY.finditer(text):
            counts[WEEKDAYS.index(m.group(1).lower())] += 1
    return counts


def is_dateline(text: str) -> bool:
    """A short line that is mostly a date: "Published March 11, 2022 10:15 AM"."""
    words = text.split()
    return bool(explicit_dates(text)) and (len(words) <= 8 or bool(DATELINE_WORDS.search(text)))


def next_on_or_after(start: dt.date, weekday: int) -> dt.date:
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def latest_on_or_before(end: dt.date, weekday: int) -> dt.date:
    return end - dt.timedelta(days=(end.weekday() - weekday) % 7)


def nearest(anchor: dt.date, weekday: int) -> dt.date:
    """The date with this weekday within three days of the anchor."""
    after = next_on_or_after(anchor, weekday)
    return after if (after - anchor).days <= 3 else after - dt.timedelta(days=7)


def news_weekday(counts: Counter[int], resolve: Callable[[int], dt.date]) -> int | None:
    """The article's own day: the weekday it names most, the latest on a tie."""
    if not counts:
        return None
    top = max(counts.values())
    tied = [w for w, c in counts.items() if c == top]
    return max(tied, key=resolve)


def infer_published(datelines: list[str], captions: list[str], body: list[str]) -> DateGuess:
    """Date an article from its own text.

    A dateline wins. Otherwise the latest explicit date (body or caption) anchors the
    weekday words: when they agree it is the day, else the article's news weekday on or
    after it (a photo from Monday in a story about "Sunday" dates the next Sunday).
    """
    for line in datelines:
        dates = explicit_dates(line)
        if dates:
            # "Published March 10 • Updated March 11": the first appearance is the date.
            return DateGuess(min(dates), "certain")
    # A photo's date is the news; a date in the body may be background ("invaded on
    # February 24, 2022"), so the body's dates count only when no caption is dated.
    # … unless it is a file photo: an old picture dates nothing in the story.
    fresh = [text for text in captions if not FILE_PHOTO.search(text)]
    candidates = [d for text in fresh for d in explicit_dates(text)]
    candidates = candidates or [d for text in body for d in explicit_dates(text)]
    if not candidates:
        return NO_DATE
    counts = weekday_counts(body)
    latest = max(candidates)
    weekday = news_weekday(counts, lambda w: next_on_or_after(latest, w))
    if weekday is None:
        return DateGuess(latest, "likely")
    # A date whose weekday is the article's own day names that day.
    agreeing = [d for d in candidates if d.weekday() == weekday]
    if agreeing:
        return DateGuess(max(agreeing), "certain")
    return DateGuess(next_on_or_after(latest, weekday), "likely")
