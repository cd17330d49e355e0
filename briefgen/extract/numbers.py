"""Counts written in digits or words ("12", "2,000", "two million", "at least four")."""

from __future__ import annotations

import re
from collections.abc import Sequence

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_COMPOUND_TENS = frozenset(t + u for t in _TENS for u in _UNITS if 0 < _UNITS[u] < 10)
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    # South Asian reports: "1.5 lakh people evacuated", "2 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# Scales written onto the digits ("1.2m", "3bn", "40k"): the tokenizer splits them off.
SUFFIX_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
# A scale written onto digits the tokenizer keeps whole: "120k".
_SCALED_DIGITS = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn)$", re.IGNORECASE)
_THOUSANDS_GROUP = re.compile(r"^\d{3}$")

# Words before a number that qualify it, longest first.
QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("at", "least"), "at_least"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("more", "than"), "more_than"),
    (("over",), "more_than"),
    (("upwards", "of"), "more_than"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("about",), "about"),
    (("around",), "about"),
    (("roughly",), "about"),
    (("approximately",), "about"),
    (("some",), "about"),
    (("an", "estimated"), "about"),
    (("estimated",), "about"),
    (("up", "to"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("fewer", "than"), "fewer_than"),
    (("less", "than"), "fewer_than"),
    (("under",), "fewer_than"),
)


def is_number_word(word: str) -> bool:
    w = word.lower().replace("-", "")
    return (
        w in _UNITS
        and w not in ("a", "an", "no")
        or w == "dozen"
        or w in _TENS
        or w in _SCALES
        or bool(_DIGITS.match(word))
        or bool(_SCALED_DIGITS.match(word))
        or w in _COMPOUND_TENS
    )


def parse_count(words: Sequence[str]) -> int | None:
    """The value of a number written as words and/or digits; None when it is not one."""
    total = 0
    current = 0
    seen = False
    half = False
    previous = ""
    for raw in _unscaled(words):
        word = raw.lower()
        grouped = previous.isdigit() and _THOUSANDS_GROUP.match(word) and total == 0
        previous = word
        if grouped:
            # "12 500 people": a space (or a narrow one) parts the thousands, as UN
            # documents write them
            current = current * 1000 + int(word)
            continue
        if word in ("and", ",", "-"):
            continue
        if word == "half" and not seen:
            half = True  # "half a dozen"
            continue
        if word == "dozen":
            # "two dozen" is 24, "a dozen" 12: a multiplier, like "hundred"
            current = (current or 1) * 12
            seen = True
            continue
        parts = word.split("-") if "-" in word and not _DIGITS.match(word) else [word]
        for part in parts:
            if _DIGITS.match(part):
                current += int(float(part.replace(",", ""))) if "." not in part else 0
                if "." in part:
                    current = float(part)  # type: ignore[assignment]
                seen = True
            elif part in _UNITS:
                current += _UNITS[part]
                seen = True
            elif part in _TENS:
                current += _TENS[part]
                seen = True
            elif part in _SCALES or (seen and part in SUFFIX_SCALES):
                scale = _SCALES.get(part) or SUFFIX_SCALES[part]
                if scale == 100:
                    current = (current or 1) * scale
                else:
                    total += (current or 1) * scale
                    current = 0
                seen = True
            else:
                return None
    if not seen:
        return None
    # "4.1 million" is 4,100,000: the float product falls a hair short of it
    value = round(total + current)
    return value // 2 if half else value


def _unscaled(words: Sequence[str]) -> list[str]:
    """ "120k" as "120" "k", as the tokenizer parts "1.2m"."""
    out: list[str] = []
    for word in words:
        m = _SCALED_DIGITS.match(word)
        out += [m.group(1), m.group(2).lower()] if m else [word]
    return out


def qualifier_before(words_before: Sequence[str]) -> tuple[str, int]:
    """The qualifier that the words just before a number express, and how many words it used."""
    lowered = [w.lower() for w in words_before]
    for phrase, qualifier in QUALIFIER_PHRASES:
        if len(lowered) >= len(phrase) and tuple(lowered[-len(phrase) :]) == phrase:
            return qualifier, len(phrase)
    return "exact", 0
