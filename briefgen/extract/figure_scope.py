"""What a number in a casualty sentence is: a toll of this story, an increment of it, or
a toll of something else (background).

"14 more bodies were recovered" adds to a running toll and is no toll of its own; "in
2018 more than 220 people died when …", "August 1982: eight people killed …" and
"ferry accidents kill hundreds every year" count another incident, a past disaster or a
statistic, and are kept as background.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefgen.extract.dates import DateHit
from briefgen.extract.lexicon import DISPLACED_GROUP_NOUNS, PERSON_NOUNS, words
from briefgen.extract.numbers import parse_count

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "14 more bodies", "two additional deaths", "three further victims", "two new deaths"
_MORE_AFTER = frozenset({"more", "additional", "further", "new"})
# "another three", "an additional five", "a further two"
_MORE_BEFORE = (("another",), ("an", "additional"), ("a", "further"), ("additional",))
# "the toll rose by 14"
_BY_VERBS = frozenset({"rise", "increase", "climb", "jump", "grow", "go"})
# A statistic, not a toll: "kill hundreds every year", "die each year", "a year"
_PER_PERIOD = re.compile(
    r"\b(?:every|each|per|a)\s+(?:year|month|week|day|decade)\b|\bannually\b|\bon average\b",
    re.IGNORECASE,
)
# "In a separate shooting, …": another incident, whatever the story.
_ANOTHER_INCIDENT = re.compile(
    r"\bin (?:a|an) (?:separate|unrelated|other)\b"
    r"|\bin another (?:incident|shooting|attack|accident|crash)\b",
    re.IGNORECASE,
)
# "Meanwhile, a man was fatally shot …": in a report of one incident, a victim told after
# "meanwhile" is another incident's; in a story of many (a war), a stated figure after it
# is still the story's ("Meanwhile, emergency services said no one was hurt").
_ASIDE = re.compile(r"^\W*(?:meanwhile|separately|elsewhere)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_PAST_WORDS = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|decade|summer|winter|spring|autumn|fall)\b"
    r"|\b(?:years|decades)\s+ago\b|\ba\s+year\s+ago\b",
    re.IGNORECASE,
)
# A paragraph that opens with a past date as its label: "August 1982: Eight people killed …"
_DATE_LABEL = re.compile(
    r"^\s*(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)\s*[:\u2014-]"
)


def is_increment(sent: Span, start: int, end: int, earlier_kinds: set[str], kind: str) -> bool:
    """ "14 more bodies", "another three", "rose by 14": a number added to a running
    toll. "Two were killed and seven more shot" is not: "more" there means others, told
    beside a figure of another kind in the same sentence."""
    doc = sent.doc
    after = doc[end].lower_ if end < sent.end else ""
    before = tuple(t.lower_ for t in doc[max(sent.start, start - 2) : start])
    added = after in _MORE_AFTER and (end + 1 >= sent.end or doc[end + 1].lower_ != "than")
    added = added or any(before[-len(p) :] == p for p in _MORE_BEFORE)
    if not added:
        by = before[-1:] == ("by",) and start >= 2
        verb = doc[start - 2] if by else None
        return verb is not None and (
            verb.lemma_.lower() in _BY_VERBS or doc[start - 1].head.lemma_.lower() in _BY_VERBS
        )
    return not (earlier_kinds - {kind})


def _clause_verb(token: Token) -> Token:
    current = token
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    return current


def is_background(
    sent: Span,
    start: int,
    paragraph_text: str,
    published: dt.date | None,
    first_sentence: bool,
    one_victim: bool = False,
) -> bool:
    """A figure of another time: a year before the source's, "last year", "decades ago"
    in the figure's own clause (or the clause it hangs from), a past date that labels the
    paragraph, or a rate ("every year")."""
    doc = sent.doc
    number = doc[start]
    if _ANOTHER_INCIDENT.search(sent.text) or (one_victim and _ASIDE.search(sent.text)):
        return True
    if first_sentence and published is not None:
        label = _DATE_LABEL.match(paragraph_text)
        if label and int(label.group(1)) < published.year:
            return True
    verb = _clause_verb(number)
    clause = {t.i for t in verb.subtree}
    clause_text = " ".join(doc[i].text for i in sorted(clause))
    if _PER_PERIOD.search(clause_text):
        return True
    if _PAST_WORDS.search(clause_text):
        return True
    if published is None:
        return False
    for t in sent:
        if not _YEAR.match(t.text) or int(t.text) >= published.year:
            continue
        if t.ent_type_ not in ("DATE", "") or t.i == start:
            continue
        # The figure's clause hangs from the year: "since 2018, when 228 died".
        if verb.dep_ in ("relcl", "advcl", "acl") and (verb in t.subtree or t.head == verb.head):
            return True  # also "the 2013 Rana Plaza collapse, which killed 1,100"
        if any(a.lower_ in ("since", "than") for a in list(t.ancestors)[:2]):
            continue  # "the deadliest since 2018": a comparison's baseline dates nothing here
        if t.i in clause:
            return True
    return False


_DEATH_WORDS = frozenset(words("fatal fatally mortally dead died killed killing death deaths"))


def shot_with_deaths(sent: Span, anchor: Token, end: int) -> bool:
    """ "Five people were shot, one fatally": a count of people shot holds the dead too,
    so it is no count of the wounded. "Two were killed and seven more shot" counts the
    others."""
    doc = sent.doc
    if anchor.head.lemma_.lower() != "shoot" and not any(
        t.lemma_.lower() == "shoot" for t in doc[end : min(end + 4, sent.end)]
    ):
        return False
    if end < sent.end and doc[end].lower_ in ("more", "other", "others"):
        return False
    if any(t.lower_ in ("more", "other", "others") for t in anchor.lefts):
        return False
    if any(t.lower_ in _DEATH_WORDS for t in sent if t.i >= end):
        return True
    # "Five people were shot. Two of the victims later died."
    later = doc[sent.end :].text
    return _OF_THEM_DIED.search(later) is not None


_OF_THEM_DIED = re.compile(
    r"\bof (?:them|the (?:victims|wounded|injured))\b[^.]*\b(?:died|dead|killed|succumbed)\b",
    re.IGNORECASE,
)


def _has_place(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "in" for c in word.children)


def _own_group(noun: Token) -> bool:
    return noun.lemma_.lower() in DISPLACED_GROUP_NOUNS or noun.lower_ in DISPLACED_GROUP_NOUNS


def coordinated(noun: Token | None) -> int:
    """ "four adults and a 3-year-old were shot": the people told beside the count add to it."""
    if noun is None:
        return 0
    # "2,300 families, or about 13,800 people": the same people told another way
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in noun.children):
        return 0
    extra = 0
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        if _has_place(noun) and _has_place(conj):
            continue  # "300 people in Kisumu and 200 people in Busia": two figures
        nums = [c for c in conj.children if c.dep_ == "nummod"]
        if nums and _own_group(noun) and _own_group(conj):
            continue  # "230,000 IDPs and (a further) 50,000 refugees": two groups, two figures
        if any(d.lower_ in ("a", "an") and d.dep_ == "det" for d in conj.children):
            # "residents of a care home and a hospital": a place is no one more
            thing = conj.pos_ == "NOUN" and conj.lemma_.lower() not in PERSON_NOUNS
            extra += 0 if thing and not conj.lower_.endswith("old") else 1
        else:
            nums = [c for c in conj.children if c.dep_ == "nummod"]
            if nums and conj.lemma_.lower() not in PERSON_NOUNS:
                continue  # "612,000 IDPs and 140,000 returnees": another group, not more of it
            value = parse_count([nums[0].text]) if nums else None
            extra += value or 0
    return extra


_STATING = frozenset(words("toll tally figure count rise climb bring reach revise update raise"))


def stated_on(dates: list[DateHit], published: dt.date | None, sent: Span) -> dt.date | None:
    """When the claimant stated the figure: the day a sentence that states or revises a
    toll names ("on Tuesday the toll rose to 41"), if not after the source's date; else
    the source's date. The day a shooting happened is not when its toll was given."""
    if published is not None and not any(t.lemma_.lower() in _STATING for t in sent):
        return published
    for hit in dates:
        if sent.text[hit.start : hit.end].endswith(("'s", "’s")):
            continue  # "the toll from Monday's capsizing": the happening's day, not the claim's
        if published is None or hit.date <= published:
            return hit.date if published is None or (published - hit.date).days <= 7 else published
    return published


TOLL_NOUNS = frozenset({"toll", "figure", "tally", "count", "number"})
_OLD_TOLL_ADJ = frozenset({"previous", "earlier", "initial", "preliminary", "prior", "old"})


def is_old_toll(doc_tokens: list[Token]) -> bool:
    """ "a previous toll of two": a count the sentence's figure replaces."""
    words = {t.lower_ for t in doc_tokens}
    return bool(words & _OLD_TOLL_ADJ) and bool(words & TOLL_NOUNS)
