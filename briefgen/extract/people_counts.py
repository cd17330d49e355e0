"""Counts of people in a sentence: the number groups it holds ("2,000", "Forty-one",
"half a dozen", "1.2m", "a soldier", "no one") and which of them count people rather than
money, measures, years, things, or a share of a larger figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.casualty_kind import kind_from
from briefgen.extract.lexicon import (
    CASUALTY_NOUNS,
    CASUALTY_VERBS,
    DISPLACED_GROUP_NOUNS,
    PERSON_NOUNS,
    words,
)
from briefgen.extract.numbers import SUFFIX_SCALES, is_number_word, parse_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOT_COUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})


_UNITS = frozenset(
    words("""
    mile miles km kilometre kilometres kilometer kilometers meter meters metre metres percent
    % day days week weeks month months year years hour hours minute minutes dollar dollars
    euro euros pound pounds ton tons tonne tonnes round rounds time times
    """)
)


_CURRENCY = frozenset({"$", "€", "£", "¥", "us$"})


_ZERO_WORDS = frozenset({"nobody", "none"})
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+$")


@dataclass(frozen=True)
class PeopleCount:
    """What a group of number tokens counts: how many, and of whom (the noun)."""

    count: int
    noun: Token | None
    zero: bool  # "no one was hurt"
    single: bool  # "a soldier was killed"


def count_of_people(doc: Doc, start: int, end: int) -> PeopleCount | None:
    """The count that tokens start..end state, when it counts people: None for money, a
    measure, a year, a count of things, or a part of a larger figure."""
    first, last = doc[start], doc[end - 1]
    if any(
        t.ent_type_ in _NOT_COUNT_ENTS and not _bare_count(t) and not _counts_people_anyway(t)
        for t in doc[start:end]
    ):
        return None
    if start > 0 and doc[start - 1].lower_ in _CURRENCY:
        return None
    if end < len(doc) and doc[end].lower_ in _UNITS:
        return None
    zero = first.lower_ in ("no", "nobody", "none")
    single = first.lower_ in ("a", "an") and end - start == 1
    count = 1 if single else 0 if zero else parse_count([t.text for t in doc[start:end]])
    if count is None or (1900 <= count <= 2100 and first.text.isdigit()):
        return None
    noun = first.head if single else None if first.lower_ in _ZERO_WORDS else _counted_noun(last)
    if noun is not None and noun.i < start:
        # Numbers come before what they count; a word before one names a row of a
        # table flattened into text ("Somalia 3.8 million", "Catanduanes 2,100").
        noun = None
    if noun is not None and not _is_people(noun) and noun.lower_ != "one":
        return None
    if _is_part_of_a_figure(noun or last):
        return None
    two_groups = noun is not None and _names_its_group(noun) and _names_its_group(noun.head)
    if noun is not None and noun.dep_ == "conj" and _is_people(noun.head) and not two_groups:
        return None  # "four adults and two children": counted with the first
    return PeopleCount(count, noun, zero, single)


def _names_its_group(noun: Token) -> bool:
    return noun.lemma_.lower() in DISPLACED_GROUP_NOUNS or noun.lower_ in DISPLACED_GROUP_NOUNS


def _counts_people_anyway(token: Token) -> bool:
    """NER calls "more than 2.5 million people" a QUANTITY, "between 1 and 1.5 million
    people" a DATE at times; a number that directly counts a noun of people is a count
    whatever the entity says (a measure has its unit after it, which the caller checks
    first, and a year is refused after)."""
    if token.ent_type_ not in ("QUANTITY", "DATE"):
        return False
    number = token
    while number.dep_ == "compound" and number.head.pos_ == "NUM":
        number = number.head  # "2.5" → "million"
    counted = number.head
    return number.dep_ == "nummod" and counted.pos_ == "NOUN" and _is_people(counted)


def _counted_noun(last: Token) -> Token | None:
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    doc = last.doc
    for j in range(last.i + 1, min(len(doc), last.i + 4)):
        t = doc[j]
        if t.pos_ in ("ADJ",) or t.dep_ == "compound" or t.ent_type_ == "NORP":
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            # "down from a peak of 31,000 last week": a time, not what is counted
            when = t.lower_ in _UNITS and doc[j - 1].lower_ in ("last", "this", "next", "previous")
            return None if when else t
        break
    return None


def _is_people(noun: Token) -> bool:
    lemma, lower = noun.lemma_.lower(), noun.lower_
    return (
        lemma in PERSON_NOUNS
        or lower in PERSON_NOUNS
        or lemma in CASUALTY_NOUNS
        or lower in CASUALTY_NOUNS
        or (noun.ent_type_ == "NORP" and lower.endswith("s"))
        # "4,000 Congolese", "one million Rohingya": a people counted by a number
        or (noun.ent_type_ == "NORP" and any(c.dep_ == "nummod" for c in noun.children))
    )


def _single_victim(token: Token) -> bool:
    """ "A soldier was killed", "a 10-year-old girl died": one victim, counted as 1."""
    if token.lower_ not in ("a", "an") or token.dep_ != "det":
        return False
    noun = token.head
    if noun.lemma_.lower() not in PERSON_NOUNS or noun.tag_ != "NN":
        return False
    return noun.dep_ in ("nsubjpass", "nsubj") and kind_from(noun.head) is not None


def _is_part_of_a_figure(token: Token) -> bool:
    """ "… killed, including 6,000 children", "among them 13 Israelis": a share of a
    figure already given, told in its victims, not a figure of its own."""
    if token.dep_ == "pobj" and token.head.lower_ == "including":
        return not _displaced_share_of_others(token, token)
    # "among them 13 Israelis"; but "a child was among the three people killed" is the figure.
    before = token.doc[max(token.left_edge.i - 2, 0) : token.left_edge.i]
    if [t.lower_ for t in before] == ["among", "them"]:
        return True
    # "16,840 people in 4,210 households": the same people counted by household
    owner = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "in" and owner.lower_ in ("total", "number"):
        # "a total of 16,840 people in 4,210 households": the parser hangs the households
        # on "total"; the people are the total's "of"
        owner = next(
            (p for o in owner.children if o.lower_ == "of" for p in o.children if p.dep_ == "pobj"),
            owner,
        )
    if token.dep_ == "pobj" and token.head.lower_ == "in" and _is_people(owner):
        return any(c.dep_ == "nummod" for c in owner.children)
    # "displaced 6,100 people; 2,400 of them are in evacuation centres"
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
    if after in (["of", "them"], ["of", "those"], ["of", "whom"]):
        return not _displaced_share_of_others(token, token.head)
    return False


# Verbs whose object counts people touched by a disaster, not harmed in a stated way.
_AFFECTING = frozenset(words("affect hit impact"))


def _displaced_share_of_others(share: Token, clause: Token) -> bool:
    """ "affected 120,000 people, 15,000 of whom were displaced", "including 15,000
    who were displaced": the share tells a displacement the whole (people affected)
    does not, so it is the displacement figure."""
    verb = clause if clause.pos_ in ("VERB", "AUX") else None
    if verb is None:
        verb = next((c for c in share.children if c.dep_ == "relcl"), None)
    if verb is None or CASUALTY_VERBS.get(verb.lemma_.lower()) not in ("displaced", "evacuated"):
        return False
    whole = verb.head if verb.dep_ == "relcl" and verb.head.i != share.i else share.head.head
    return whole.dep_ in ("dobj", "nsubjpass") and whole.head.lemma_.lower() in _AFFECTING


def number_groups(sent: Span) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        t = sent.doc[i]
        if (
            (t.like_num or is_number_word(t.text))
            and t.pos_ in ("NUM", "NOUN", "ADJ", "PRON")
            or t.lower_ in _ZERO_WORDS
        ):
            j = i + 1
            while j < sent.end and (
                sent.doc[j].like_num
                or is_number_word(sent.doc[j].text)
                or _number_hyphen(sent, j)
                or _scale_suffix(sent, j)
                or _and_in_words(sent, j)
            ):
                j += 1
            groups.append((i, j))
            i = j
        elif _article_number(sent, i):
            # "half a dozen", "a million": the article is part of the number
            j = i + (3 if t.lower_ == "half" else 2)
            groups.append((i, j))
            i = j
        elif _single_victim(t):
            groups.append((i, i + 1))
            i += 1
        elif (
            t.lower_ == "no"
            and i + 1 < sent.end
            and (sent.doc[i + 1].lower_ == "one" or _is_people(sent.doc[i + 1]))
        ):
            groups.append((i, i + 1))
            i += 2 if sent.doc[i + 1].lower_ == "one" else 1
        else:
            i += 1
    return groups


def _number_hyphen(sent: Span, j: int) -> bool:
    """The hyphen of "Forty-one", split off by the tokenizer; between digits
    ("3,000-5,000") it marks a range, two numbers."""
    doc = sent.doc
    return (
        doc[j].text == "-"
        and j + 1 < sent.end
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and is_number_word(doc[j + 1].text)
        and not (doc[j - 1].text[:1].isdigit() and doc[j + 1].text[:1].isdigit())
    )


# Word numbers below a hundred, what "and" joins to a scale: "two hundred and fifty".
_BELOW_HUNDRED = frozenset(
    words("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """)
)


def _and_in_words(sent: Span, j: int) -> bool:
    """The "and" of "two hundred and fifty" (British usage): one number; between digits
    ("between 3,000 and 5,000") it joins two."""
    doc = sent.doc
    if doc[j].lower_ != "and" or j + 1 >= sent.end:
        return False
    before, after = doc[j - 1].lower_, doc[j + 1].lower_
    tens = after.split("-")[0]
    return before in ("hundred", "thousand") and (after in _BELOW_HUNDRED or tens in _BELOW_HUNDRED)


def _scale_suffix(sent: Span, j: int) -> bool:
    """The "m" of "1.2m people", split off the digits by the tokenizer."""
    doc = sent.doc
    before = doc[j - 1]
    return doc[j].lower_ in SUFFIX_SCALES and before.like_num and not before.whitespace_


def _bare_count(token: Token) -> bool:
    """ "the toll stands at 45": NER calls a lone number a date; with no month, weekday or
    year beside it, it is a count."""
    if token.ent_type_ != "DATE" or not token.text.replace(",", "").isdigit():
        return False
    if _GROUPED.match(token.text):
        return True  # "Amhara 580,000": no day or year is written with a thousands comma
    if 1900 <= int(token.text.replace(",", "")) <= 2100:
        return False
    doc = token.doc
    near = doc[max(token.i - 2, 0) : min(token.i + 3, len(doc))]
    return not any(
        t.i != token.i and (t.ent_type_ == "DATE" and not t.is_punct and t.pos_ != "ADP")
        for t in near
    )


# Number words an article counts as one of: "a dozen", "half a million".
_ARTICLE_SCALES = frozenset(words("dozen hundred thousand million billion"))


def _article_number(sent: Span, i: int) -> bool:
    doc = sent.doc
    following = [t.lower_ for t in doc[i : min(i + 3, sent.end)]] + ["", "", ""]
    if following[0] == "half":
        return following[1] in ("a", "an") and following[2] in _ARTICLE_SCALES
    return (
        following[0] in ("a", "an")
        and following[1] in _ARTICLE_SCALES
        and (i == sent.start or doc[i - 1].lower_ != "half")
    )


# Scales a range may write once, on its upper bound: "between 1.5 and 2 million".
_RANGE_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def lower_bound_count(doc: Doc, start: int, end: int) -> int | None:
    """The lower bound of a range whose scale is written only on the upper bound:
    1,500,000 for the 1.5 of "between 1.5 and 2 million people"; None when the lower
    bound states its own scale or there is none to borrow."""
    if any(t.lower_ in _RANGE_SCALES or t.lower_ in SUFFIX_SCALES for t in doc[start:end]):
        return None
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "to", "-", "–"):
        return None
    upper, scale = doc[end + 1], doc[end + 2].lower_
    if not upper.like_num or scale not in _RANGE_SCALES:
        return None
    return parse_count([t.text for t in doc[start:end]] + [scale])


def range_bound(doc: Doc, start: int, end: int) -> str | None:
    """Where a number stands in a range of two ("between 3,000 and 5,000", "3,000 to
    5,000 people", "3,000-5,000"): "lower", "upper", or None when it is in none. A range
    is one figure, its lower bound at least; "rose from 10 to 12" is an update, no range."""
    before = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    if before[-1:] == ["and"] and len(before) >= 2 and doc[start - 2].like_num:
        opener = doc[start - 3] if start >= 3 else None
        return "upper" if opener is not None and opener.lower_ == "between" else None
    if before[-1:] in (["to"], ["-"], ["–"]) and len(before) >= 2 and doc[start - 2].like_num:
        return None if start >= 3 and doc[start - 3].lower_ == "from" else "upper"
    if start > 0 and doc[start - 1].lower_ == "between":
        return "lower"
    after = [t.lower_ for t in doc[end : min(end + 2, len(doc))]]
    if len(after) == 2 and after[0] in ("to", "-", "–") and doc[end + 1].like_num:
        return None if start > 0 and doc[start - 1].lower_ == "from" else "lower"
    return None
