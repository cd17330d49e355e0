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
    "injure": "injure wound hurt",
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


def action_of(anchor: Token) -> str:
    """The anchor's kind, else its object's or subject's ("carried out airstrikes",
    "the capsizing happened")."""
    kind = action_kind(anchor.lemma_)
    # "opened fire", "exchanged fire": shooting, not a blaze
    if anchor.lemma_.lower() in ("open", "exchange", "return") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in anchor.children
    ):
        return "attack"
    # "declared national mourning", "began an offensive": the object is the happening.
    if kind not in _LIGHT:
        return kind
    for child in anchor.children:
        if child.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
            continue
        # "three days of national mourning": the kind may sit inside the phrase.
        for token in child.subtree:
            lemma = token.lemma_.lower()
            if token.pos_ == "NOUN" and lemma in ACTION_KINDS:
                return ACTION_KINDS[lemma]
    return kind
