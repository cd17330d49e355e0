"""Text normalisation shared by merge and summarize: folding, words, slugs, ref order."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from briefgen.records.content import Ref

_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"[a-z0-9$]+(?:'[a-z]+)?")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")

# Function words carry no topic; the list is deliberately small and general.
STOPWORDS = frozenset(
    str.split(
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours yourself
    yourselves said says say saying told tell according added adding would could may might
    must shall one two three four five six seven eight nine ten also however meanwhile
    s t don doesn didn isn wasn weren aren won wouldn can't n't it's that's there's"""
    )
)


# Names and titles recur in source after source: folded once each.
@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """NFKC, straight quotes and dashes, single spaces: the form every comparison uses."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    """Strip accents so 'Çavuşoğlu' and 'Cavusoglu' compare equal."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text`` (apostrophes kept inside words, dots dropped)."""
    return list(_words(text))


# Summaries compare the same sentences many times over; folding is the costly part.
@functools.lru_cache(maxsize=1 << 17)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(ascii_fold(text).lower().replace(".", "")))


# The same few thousand words are stemmed millions of times at 1,000 sources.
@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'strikes'/'strike', 'talks'/'talk'."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Stemmed words of ``text`` without function words: the topic of a sentence."""
    return list(_content_words(text))


@functools.lru_cache(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(
        stem(w) for w in _words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1
    )


def slugify(text: str, max_words: int = 8) -> str:
    slug = _SLUG_JUNK.sub("-", ascii_fold(text).lower().replace("'", "")).strip("-")
    parts = [p for p in slug.split("-") if p][:max_words]
    return "-".join(parts) or "x"


@functools.lru_cache(maxsize=1 << 12)  # a few dozen ids ("p1" …), sorted by over and over
def para_number(para: str) -> int:
    digits = re.sub(r"\D", "", para)
    return int(digits) if digits else 0


def ref_key(ref: Ref) -> tuple[str, int, str]:
    """Refs in reading order: by source id, then paragraph number (p2 before p10)."""
    return (ref.source, para_number(ref.para), ref.para)


def sorted_refs(refs: Iterable[Ref]) -> tuple[Ref, ...]:
    return tuple(sorted(set(refs), key=ref_key))


def unique_ids(keys: list[tuple[str, Any]]) -> list[str]:
    """Give each (base id, sort key) a unique id; later ones in sort-key order get -2, -3 …

    The sort key, not the input order, decides who keeps the bare id, so adding an
    unrelated entry never renames an existing one.
    """
    order = sorted(range(len(keys)), key=lambda i: (keys[i][0], keys[i][1]))
    taken: set[str] = set()
    out = [""] * len(keys)
    for i in order:
        base = keys[i][0]
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        out[i] = candidate
    return out


def dedupe_casefold(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = " ".join(words(item))
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)
