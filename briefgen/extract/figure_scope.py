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
