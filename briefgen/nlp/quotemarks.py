"""Where quotations are in a paragraph, in every convention of quotation marks.

“ ” and " " (American), ‘ ’ and ' ' (British, where the single mark is also the
apostrophe of "don't", "Ms Clinton's" and "the farmers' union"), « » (French), „ “
(German and central European), and quotations nested in one another (the outer one is
the quotation; the inner one is part of its text).

A single mark opens a quotation only at the start of a word (after a space, a bracket, a
dash or a double mark) and before a letter or digit; it closes one only at the end of a
word (before a space, punctuation or the end). An apostrophe inside a word is neither.
A mark after a plural's "s" before a lower-case word ("the farmers' union") closes only
when no other close comes before the next quotation opens.
"""

from __future__ import annotations

import re

# Straight and curly double quotes; a closing quote typed as an opening one still closes.
DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‛"
QUOTE_CHARS = DOUBLE_MARKS + "‘'`"
# Double marks, and the typewriter pairs some sources turn them into: ``…'' (TeX and
# treebank text) and ''…'' (two apostrophes for lost curly quotes).
_DOUBLE_RUN = re.compile(f"[{DOUBLE_MARKS}]|``|''")
# Elisions that begin with an apostrophe: 'em, 'til, 'n', '90s.
_ELISION = re.compile(r"(?:em|til|tis|twas|cause|bout|n|\d0s|\d\d)\b", re.IGNORECASE)
_OPEN_BEFORE = set(" \t\n([{—–-/" + DOUBLE_MARKS)
_CLOSE_AFTER = set(" \t\n)]}—–-/,.;:!?…" + DOUBLE_MARKS)
_SENTENCE_PUNCT = set(",.!?…;:")
MAX_SINGLE_QUOTE_CHARS = 1500  # a quotation, not the rest of a long paragraph


def find_quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of ``text`` as (start, end) offsets of their inner text, in order;
    a quotation inside another is part of the outer one's text, not a span of its own."""
    spans = double_spans(text) + single_spans(text)
    outer = [
        s
        for s in spans
        if not any(
            o != s and o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans
        )
    ]
    # Spans that cross (a stray mark pairing wrongly) keep the first met.
    kept: list[tuple[int, int]] = []
    for span in sorted(set(outer)):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return tuple(kept)


def double_spans(text: str) -> list[tuple[int, int]]:
    """Pairs of double marks, opened and closed alternately."""
    found = [(m.start(), m.end()) for m in _DOUBLE_RUN.finditer(text)]
    spans = [(a[1], b[0]) for a, b in zip(found[::2], found[1::2], strict=False)]
    if len(found) % 2:
        # News style leaves a quotation open at the end of a paragraph when the next
        # paragraph goes on with it.
        last, after = found[-1]
        opens = (
            after < len(text) and text[after].isalnum() and (last == 0 or text[last - 1] in " (—")
        )
        if opens:
            spans.append((after, len(text)))
    return spans


def typewriter_pairs(text: str) -> set[int]:
    """Offsets of the characters of `` and '' pairs, which are double marks."""
    return {i for m in re.finditer(r"``|''", text) for i in range(m.start(), m.end())}


def is_single_opener(text: str, i: int) -> bool:
    if text[i] not in "'‘‛":
        return False
    before_ok = i == 0 or text[i - 1] in _OPEN_BEFORE
    after = text[i + 1 : i + 2]
    return before_ok and (after.isalnum() or after in "…") and not _ELISION.match(text, i + 1)


def is_single_closer(text: str, i: int) -> bool:
    if text[i] not in "'’":
        return False
    if i == 0 or text[i - 1].isspace():
        return False
    return i + 1 == len(text) or text[i + 1] in _CLOSE_AFTER


def closer_rank(text: str, i: int) -> int:
    """How surely a closing-shaped mark closes: 2 after or before punctuation, 1 after a
    word, 0 after a plural's s before a lower-case word (a possessive: "farmers' union")."""
    before = text[i - 1]
    after = text[i + 1 : i + 2]
    if before in _SENTENCE_PUNCT or after in _SENTENCE_PUNCT or after == "":
        return 2
    following = text[i + 1 :].lstrip()[:1]
    if before in "sSzZ" and following.islower():
        return 0
    return 1


def single_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    doubled = typewriter_pairs(text)
    if doubled:
        # Blank the pairs (same length, so offsets hold): they are no single marks.
        text = "".join('"' if i in doubled else ch for i, ch in enumerate(text))
    i = 0
    n = len(text)
    while i < n:
        if not is_single_opener(text, i):
            i += 1
            continue
        best = find_closer(text, i, min(n, i + MAX_SINGLE_QUOTE_CHARS))
        if best is None:
            # A quotation left open at the end of its paragraph goes on in the next one.
            if i == 0 or text[i - 1] in "([{—–-":
                spans.append((i + 1, n))
            i += 1
            continue
        spans.append((i + 1, best))
        i = best + 1
    return spans


def find_closer(text: str, opener: int, limit: int) -> int | None:
    """The mark closing the quotation opened at ``opener``: the first closing-shaped mark
    that is not a possessive's; a possessive-shaped one when another quotation opens
    (or the text ends) before any other close."""
    possessive = None
    for j in range(opener + 2, limit):
        if is_single_closer(text, j):
            if closer_rank(text, j) >= 1:
                return j
            possessive = possessive if possessive is not None else j
        elif possessive is not None and is_single_opener(text, j):
            return possessive
    return possessive
