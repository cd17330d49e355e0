"""Kinds of action: the verbs and nouns outlets use for one kind of happening.

Outlets word one happening differently ("capsized", "overturned", "sank"); merge joins
reports of one kind of action at one place and time. The lists are general news
vocabulary, one kind a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.lexicon import SPEECH_LEMMAS, words

if TYPE_CHECKING:
    from spacy.tokens import Token

_KINDS = {
    "capsize": "capsize capsizing overturn flip sink sinking founder keel",
    "crash": "crash collide collision derail derailment",
    "collapse": "collapse cave",
    "fire": "blaze burn gut engulf",
    "explode": "explode explosion blast detonate",
    "attack": """attack strike bomb bombing shell shelling hit raid bombard bombardment
        airstrike assault shoot shooting gunfire ambush storm invade invasion offensive
        clash fighting fight""",
    "damage": "destroy damage flatten raze",
    "kill": "kill die death dead toll",
    "injure": "injure wound hurt graze",
    "rescue": "rescue save pull recover retrieve search",
    "arrest": "arrest detain apprehend custody",
    "charge": "charge indict prosecute sentence convict",
    "meet": "meet meeting talk talks negotiate negotiation summit visit host speak",
    "declare": "declare proclaim impose order",
    "mourn": "mourn mourning funeral vigil bury burial",
    "resign": "resign resignation quit sack",
    "protest": "protest march rally demonstrate demonstration",
    "evacuate": "evacuate evacuation flee displace",
    "sign": "sign authorize authorise approve pass",
    "restore": "restore repair reconnect reopen resume",
    "suspend": "suspend halt close shut ban ground",
    "launch": "launch begin start open",
    "deny": "deny reject dismiss refute",
}
# Verbs that say something of a happening without being one.
_CLAIMS = frozenset(words("blame praise criticise criticize condemn welcome"))
ACTION_KINDS: dict[str, str] = {w: kind for kind, ws in _KINDS.items() for w in words(ws)}


def action_kind(lemma: str) -> str:
    """The kind of action a verb or noun names; "speech" for a speech verb; "" unknown."""
    lemma = lemma.lower()
    if lemma in ACTION_KINDS:
        return ACTION_KINDS[lemma]
    return "speech" if lemma in SPEECH_LEMMAS or lemma in _CLAIMS else ""


_LIGHT = frozenset({"", "speech", "declare", "launch"})
_FINDING = frozenset(words("find discover"))
_AMMUNITION = frozenset(words("round bullet shot"))


def action_of(anchor: Token) -> str:
    """The anchor's kind, else its object's or subject's ("carried out airstrikes",
    "the capsizing happened")."""
    kind = action_kind(anchor.lemma_)
    children = list(anchor.children)
    # "pulled up to a group", "drove up to the house": a coming near, whatever the verb
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in children
    ):
        kind = ""
    # "opened fire", "exchanged fire": shooting, not a blaze
    if anchor.lemma_.lower() in ("open", "exchange", "return") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in anchor.children
    ):
        return "attack"
    # "declared national mourning", "began an offensive": the object is the happening.
    if kind not in _LIGHT:
        return kind
    # "was found lying on the ground with a gunshot wound": the finding tells it
    if anchor.dep_ in ("xcomp", "oprd") and anchor.head.lemma_.lower() in _FINDING:
        return action_of(anchor.head)
    # "was found dead", "found him shot": what was found is the happening.
    told: tuple[str, ...] = ("dobj", "nsubj", "nsubjpass", "attr")
    if anchor.lemma_.lower() in _FINDING:
        told += ("oprd", "acomp", "xcomp", "ccomp")
    for child in anchor.children:
        # "pulled up and opened fire": a happening told by its second verb
        if child.dep_ == "conj" and child.pos_ == "VERB" and not kind:
            second = action_of(child)
            if second not in _LIGHT:
                return second
        if child.dep_ not in told:
            continue
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp"):
            inner = action_kind(child.lemma_)
            if inner not in _LIGHT:
                return inner
        # "three days of national mourning": the kind may sit inside the phrase.
        for token in child.subtree:
            lemma = token.lemma_.lower()
            # "sprayed dozens of rounds", "fired shots": ammunition spent is shooting
            # ("a round of talks" is no ammunition)
            if lemma in _AMMUNITION and not any(c.lower_ == "of" for c in token.children):
                return "attack"
            if token.pos_ == "NOUN" and lemma in ACTION_KINDS:
                return ACTION_KINDS[lemma]
    return kind
