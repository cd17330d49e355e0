"""Who states a casualty figure: the speaker of the sentence that gives it, whoever "puts"
or "gives" the figure, or the agent named in the next sentence ("The information was given
by X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.doc import ParsedPara
from briefgen.extract.lexicon import CLAIM_ONLY_LEMMAS, SPEECH_LEMMAS, words
from briefgen.extract.speakers import Speech, noun_phrase_text
from briefgen.extract.table import ActorTable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FIGURE_VERBS = frozenset(
    words("put raise revise update lower give set estimate count record register confirm")
)
_AGENT_VERBS = frozenset(
    {"give", "provide", "confirm", "report", "release", "announce", "issue", "publish"}
)


def figure_claimants(
    pp: ParsedPara,
    table: ActorTable,
    sent: Span,
    token: Token,
    by_verb: dict[tuple[int, int], Speech],
) -> list[str]:
    found: list[str] = []

    def add(speech: Speech | None) -> None:
        if speech is None:
            return
        who = speech.speaker or speech.free_text
        if who and who not in found:
            found.append(who)

    current = token
    while current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in SPEECH_LEMMAS:
            add(by_verb.get((pp.index, current.i)))
            break
    if not found:
        for t in sent:
            if (pp.index, t.i) in by_verb and not _aside(t, token):
                add(by_verb[(pp.index, t.i)])
                if found:
                    break
    if not found:
        # "the agency put the number of dead at 9": whoever states the figure.
        verb = token.head.head if token.head.pos_ == "ADP" else token.head
        if verb.lemma_.lower() in _FIGURE_VERBS:
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                key = table.at(pp.index, subject.i)
                found.append(key or noun_phrase_text(subject))
    return found


def _aside(verb: Token, figure: Token) -> bool:
    """ "a fire killed 21, as a union accused the authorities of …": a speech verb in a
    side clause that does not hold the figure reports something else."""
    if figure in verb.subtree:
        return False
    return verb.dep_ in ("advcl", "relcl", "acl") or verb.lemma_.lower() in CLAIM_ONLY_LEMMAS


def agent_claimants(pp: ParsedPara, sent: Span, table: ActorTable, following: bool) -> list[str]:
    """ "… The information was given by X." names who gave the figures (before it)."""
    nxt: Span | None = sent
    if following:
        later = [s for s in pp.doc.sents if s.start >= sent.end]
        nxt = later[0] if later else None
    if nxt is None:
        return []
    found = []
    for t in nxt:
        if t.dep_ == "agent" and t.head.lemma_.lower() in _AGENT_VERBS:
            for obj in (c for c in t.children if c.dep_ == "pobj"):
                key = table.at(pp.index, obj.i)
                if key is None:
                    inside = table.in_range(pp.index, obj.left_edge.i, obj.right_edge.i + 1)
                    key = inside[-1].key if inside else None
                found.append(key or obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text)
    return found
