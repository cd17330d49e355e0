"""Victims described one by one, counted when the text states no total.

"Kevin Richardson, 30, died at the scene … Nakiel Jackson, 26, died after he was taken to
hospital" is killed 2; "a 14-year-old was shot in the leg; a 28-year-old man was wounded"
is injured 2. Nobody claims such a count: the figure says ``counted_by: briefgen`` and
has no claimant, so an editor sees briefgen made it.

One victim is one person told by a name, an age ("a 15-year-old boy"), an ordinal ("the
second victim") or a bare noun ("a woman"). Later mentions that fit an earlier one (the
same surname, the same age, "the woman", "he") are the same person; what happened to a
person last counts ("shot … later pronounced dead" is killed, not injured).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.extract.doc import ParsedPara
from briefgen.extract.figure_scope import is_background
from briefgen.extract.lexicon import CASUALTY_NOUNS, PERSON_NOUNS, words
from briefgen.records.facts import CasualtyFact

if TYPE_CHECKING:
    from spacy.tokens import Token

_FEMALE = frozenset(words("woman girl mother daughter wife sister female lady grandmother"))
_MALE = frozenset(words("man boy father son husband brother male gentleman grandfather"))
_ANYONE = frozenset(
    words(
        """victim person teen teenager child toddler infant baby adult student driver passenger
        customer resident bystander officer deputy agent suspect gunman shooter"""
    )
)
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_ORDINALS = frozenset(words("first second third fourth fifth sixth other another"))
_AGE = re.compile(r"^(\d{1,3})-year-old$|^(\d{1,3})$")

# What happened to the person: the clause's predicate.
_KILLED_WORDS = frozenset({"kill", "die", "murder", "slay"})
_INJURED_WORDS = frozenset({"wound", "injure", "hurt", "graze", "hospitalize", "hospitalise"})
# Verbs whose active subject is who it happened to.
_UNDERGONE = frozenset({"die", "suffer", "sustain", "perish"})
_TAKEN = frozenset({"take", "transport", "rush", "airlift", "fly", "carry"})


@dataclass
class _Victim:
    gender: str | None
    age: int | None
    name: str | None  # surname
    ordinal: str | None
    status: str  # killed | injured
    refs: list[ParsedPara] = field(default_factory=list)
    words: str = ""

    def fits(self, other: _Victim) -> bool:
        if self.name and other.name:
            return self.name == other.name
        if self.age is not None and other.age is not None and self.age != other.age:
            return False
        if self.gender and other.gender and self.gender != other.gender:
            return False
        return not (self.ordinal and other.ordinal and self.ordinal != other.ordinal)


def _status(verb: Token) -> str | None:
    """killed | injured for the predicate a victim is the subject of."""
    lemma = verb.lemma_.lower()
    right = [t.lower_ for t in verb.doc[verb.i + 1 : min(verb.i + 4, len(verb.doc))]]
    left = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
    if lemma in _KILLED_WORDS or left in ("fatally", "mortally"):
        return "killed"
    if lemma == "pronounce" and "dead" in right:
        return "killed"
    if lemma in ("shoot", "stab"):
        if right[:1] == ["dead"] or right[:2] in (["and", "killed"], ["to", "death"]):
            return "killed"
        return "injured" if right[:1] != ["at"] else None
    if lemma in _INJURED_WORDS or (lemma == "hit" and verb.tag_ == "VBN"):
        return "injured"
    if lemma in _TAKEN and any(t in ("hospital", "hospitals") for t in right + _tail(verb)):
        return "injured"
    if lemma in ("suffer", "sustain") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury", "burn") for c in verb.children
    ):
        return "injured"
    return None


def _tail(verb: Token) -> list[str]:
    return [t.lower_ for t in verb.subtree if t.i > verb.i][:8]


def _describe(subject: Token, ents: dict[int, str]) -> _Victim | None:
    """The victim a clause's subject names, or None when it names no single person."""
    lower, lemma = subject.lower_, subject.lemma_.lower()
    if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in subject.children):
        return None  # "four adults": a count the figures already read
    if lower in _PRONOUNS:
        return _Victim(_PRONOUNS[lower], None, None, None, "", words="")
    if subject.ent_type_ == "PERSON" and subject.i in ents:
        return _Victim(None, None, ents[subject.i], None, "", words=subject.text)
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON"):
        return _Victim(None, None, lower, None, "", words=subject.text)  # "Chaffin was …"
    left = list(subject.lefts)
    age = _age(subject)
    ordinal = next(
        (t.lower_ for t in subject.subtree if t.lower_ in _ORDINALS and t.i < subject.i), None
    )
    gender = "f" if lemma in _FEMALE else "m" if lemma in _MALE else None
    if gender is None and lemma not in _ANYONE and age is None:
        return None
    if any(t.lower_ == "one" and t.dep_ == "nummod" for t in left):
        return None
    text = subject.doc[subject.left_edge.i : subject.i + 1].text
    return _Victim(gender, age, None, ordinal, "", words=text)


def _age(subject: Token) -> int | None:
    """ "a 15-year-old boy", "a 3-year-old" (the tokenizer splits them at the hyphens)."""
    doc = subject.doc
    for t in subject.subtree:
        if not t.like_num or t.i >= subject.i + 1:
            continue
        after = [x.lower_ for x in doc[t.i + 1 : min(t.i + 4, len(doc))] if x.text != "-"]
        m = _AGE.match(t.text)
        if m and m.group(2) and after[:1] in (["year"], ["years"]):
            return int(m.group(2))
    m = _AGE.match(subject.text)
    return int(m.group(1)) if m and m.group(1) else None


def _surnames(pp: ParsedPara) -> dict[int, str]:
    out = {}
    for ent in pp.doc.ents:
        if ent.label_ == "PERSON":
            for t in ent:
                out[t.i] = ent[-1].text.lower()
    return out


def count_victims(
    paras: tuple[ParsedPara, ...], published: dt.date | None, stated: set[str], first_key: int
) -> list[tuple[CasualtyFact, int]]:
    """Figures counted from victims described one by one, for each kind the source gives
    no figure of (``stated``); with the paragraph index of the first victim's mention."""
    victims: list[_Victim] = []
    for pp in paras:
        if pp.heading:
            continue
        ents = _surnames(pp)
        for sent in pp.doc.sents:
            for t in sent:
                status = None
                if t.lemma_.lower() == "body":  # "found the body of a 15-year-old boy"
                    owners = [c for p in t.children if p.lower_ == "of" for c in p.children]
                    if owners and owners[0].dep_ == "pobj":
                        t, status = owners[0], "killed"
                elif t.dep_ == "nsubjpass" or (
                    t.dep_ == "nsubj" and t.head.lemma_.lower() in _UNDERGONE
                ):
                    # "Coel shot Knowlton": the subject of an active verb did it
                    status = _status(t.head)
                    if t.lower_ in ("who", "that") and t.head.dep_ == "relcl":
                        t = t.head.head  # "a 13-year-old boy who was shot"
                if status is None:
                    continue
                if is_background(sent, t.i, pp.doc.text, published, sent.start == 0, True):
                    continue
                # "a 14-year-old and a 28-year-old were wounded": each subject a victim
                for subject in [t, *(c for c in t.children if c.dep_ == "conj")]:
                    told = _describe(subject, ents)
                    if told is None:
                        continue
                    told.status = status
                    _place(victims, told, pp, definite=_definite(subject))
    out: list[tuple[CasualtyFact, int]] = []
    for kind in ("killed", "injured"):
        group = [v for v in victims if v.status == kind]
        if kind in stated or not group:
            continue
        first = group[0].refs[0]
        words = [v.words for v in group if v.words]
        fact = CasualtyFact(
            key=f"c{first_key + len(out) + 1}-{kind}-{len(group)}-counted",
            kind=kind,
            count=len(group),
            qualifier="exact",
            victims="; ".join(dict.fromkeys(words)) or None,
            place=None,
            date=None,
            claimed_by=(),
            ref=first.ref,
            as_of=published,
            counted_by="briefgen",
        )
        out.append((fact, first.index))
    return out


def _definite(subject: Token) -> bool:
    return subject.lower_ in _PRONOUNS or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in subject.children
    )


def _place(victims: list[_Victim], told: _Victim, pp: ParsedPara, definite: bool) -> None:
    """Join ``told`` to the person it names again, or add a new person. A definite or
    pronoun mention ("the woman", "he") names the latest fitting person; an indefinite one
    ("a woman") someone new unless it adds an age or a name to a fitting person."""
    fitting = [v for v in victims if v.fits(told)]
    same = None
    if told.name:
        same = next((v for v in reversed(fitting) if v.name == told.name), None)
    elif definite or told.gender is not None and fitting and told.age is None:
        same = fitting[-1] if fitting else None
    elif told.age is not None:
        same = next((v for v in reversed(fitting) if v.age == told.age), None)
    if same is None and not told.words:
        return  # a pronoun with no one before it to name
    if same is None:
        told.refs.append(pp)
        victims.append(told)
        return
    if told.status == "killed":
        same.status = "killed"
    same.age = same.age if same.age is not None else told.age
    same.gender = same.gender or told.gender
    same.name = same.name or told.name
    if told.words and (not same.words or len(told.words) > len(same.words)):
        same.words = told.words


# Words before a counted noun that repeat the figure's kind: "newly displaced households"
# are households.
_KIND_WORDS = frozenset(words("displaced newly internally recently"))


def victims_of(noun: Token | None, count_end: int) -> str | None:
    """Who a figure counts: the counted noun and its modifiers, and the share told after
    "including"."""
    if noun is None:
        return None
    # "deaths" and "injured" say the kind, not who; "refugees" and "IDPs" are people.
    people = noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS
    if not people and (noun.lemma_.lower() in CASUALTY_NOUNS or noun.lower_ in CASUALTY_NOUNS):
        return None
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i < noun.i]
    start = min([noun.i] + [t.left_edge.i for t in left])
    # "an estimated 4,500 households": the parser may hang the count under a modifier
    start = max(start, count_end) if count_end <= noun.i else start
    while start < noun.i and noun.doc[start].lower_ in _KIND_WORDS:
        start += 1
    text = noun.doc[start : noun.i + 1].text
    for t in noun.sent:
        if t.lower_ == "including" and 0 < t.i - noun.i <= 10:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs:
                text += (
                    ", including " + noun.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1].text
                )
            break
    return text
