"""Attributed claims: who says a sentence's content, read from the dependency parse.

A claim's actor is the subject of its speech verb ('Kuleba said', 'officials claimed',
'X was quoted as saying'), the object of 'according to', the speaker of a quotation
merge already attributed, or — for 'he said' — the person last named before it.
Names become actor ids where an actor fits, free text ('Ukrainian officials') where
none does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from briefgen.merge.text import fold, words
from briefgen.nlp.parsed_doc import ParsedDoc, ParsedToken
from briefgen.records.content import ActorEntry, Content
from briefgen.summarize.corpus import Corpus

SPEECH_LEMMAS = frozenset(
    str.split(
        """say tell add claim accuse deny reject dismiss insist announce report allege warn
        state blame quote confirm argue tweet write note explain acknowledge admit describe
        refute contend maintain"""
    )
)
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "it"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Common nouns an article uses for an organisation it has just named.
ORGANISATION_NOUNS = frozenset(
    str.split(
        """company firm operator utility corporation group agency ministry department office
        organisation organization authority council committee party union"""
    )
)
# Nouns that fit any company, whatever its name ('Orex Mining' is 'the company');
# 'the ministry' must be an organisation whose name says ministry.
FIRM_NOUNS = frozenset({"company", "firm", "operator", "utility", "corporation", "group"})
# … and a party, whatever its name ('the Union for Renewal' is 'the party').
ANY_NAME_NOUNS = FIRM_NOUNS | {"party"}
LOOK_BACK = 6  # sentences


@dataclass(frozen=True)
class Speaker:
    actor: str  # an actor id, or free text
    is_id: bool


def speech_verb(token: ParsedToken) -> ParsedToken | None:
    """The nearest speech verb governing ``token`` (itself included)."""
    current: ParsedToken | None = token
    while current is not None:
        if current.lemma_.lower() in SPEECH_LEMMAS and current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def root_speech_verb(doc: ParsedDoc) -> ParsedToken | None:
    verbs = [t for t in doc if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"]
    if not verbs:
        return None
    # The verb highest in the tree says who speaks for the whole sentence.
    return min(verbs, key=lambda t: (len(list(t.ancestors)), t.i))


def subject_heads(verb: ParsedToken) -> list[ParsedToken]:
    heads = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for child in verb.children:
        if child.dep_ == "agent":  # "was rejected by the other side"
            heads.extend(p for p in child.children if p.dep_ == "pobj")
    if not heads and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "X said … and accused Y of …": the second verb shares the subject of the first,
        # which the parser may hang under the reported clause ("said 40 had died and
        # accused"): then the speech verb above it is the first verb.
        speaking = next((a for a in verb.ancestors if a.lemma_.lower() in SPEECH_LEMMAS), None)
        return subject_heads(speaking if speaking is not None else verb.head)
    if not heads:
        for token in verb.subtree:  # "according to X"
            if token.lower_ == "according" and token.i + 1 < len(token.doc):
                heads.extend(p for p in token.nbor(1).children if p.dep_ == "pobj")
    return heads


def compact(head: ParsedToken) -> str:
    """The subject's name: the head with its compounds and adjectives, no clauses;
    a common noun keeps the name set beside it ('the mining company Orex')."""
    keep = [head]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "det", "poss", "nummod") and child.i < head.i:
            keep.extend(t for t in child.subtree)
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and head.pos_ == "NOUN":
            keep.extend(t for t in child.subtree if t.dep_ in ("compound", "appos"))
    tokens = sorted(set(keep), key=lambda t: t.i)
    text = " ".join(t.text for t in tokens if t.dep_ != "punct")
    if tokens and tokens[0].lower_ == "the" and len(tokens) > 1:
        text = text.split(" ", 1)[1]
    return text.replace(" 's", "'s").replace(" ’s", "’s")


class NameIndex:
    """The actors a text names: a person by surname or whole name, anyone else by the
    whole name. Either way the name's last word is in the text, so names are looked up
    by that word instead of scanned one by one (quadratic at 1,000 sources)."""

    def __init__(self, actors: tuple[ActorEntry, ...]) -> None:
        self._by_last_word: dict[str, list[tuple[ActorEntry, tuple[str, ...]]]] = {}
        for a in actors:
            for name in (a.name, *a.aliases):
                w = tuple(words(name))
                if w:
                    self._by_last_word.setdefault(w[-1], []).append((a, w))

    def named(self, text: str) -> Iterator[tuple[ActorEntry, tuple[str, ...]]]:
        """(actor, the words of its name) for each name of an actor the text holds."""
        span = set(words(text))
        for word in span:
            for a, w in self._by_last_word.get(word, ()):
                if a.kind == "person" or set(w) <= span:
                    yield a, w


class ActorIndex:
    """Find the actor a name or pronoun stands for."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.actors = content.actors
        self.quotes = content.quotes
        self.names = NameIndex(content.actors)
        # Each attributed quotation of four words or more as quoted_speaker compares it
        # (folded once here, not once per sentence asked about).
        self._quoted = [
            (" ".join(w), q.speaker)
            for q in self.quotes
            if q.speaker and len(w := words(q.text)) >= 4
        ]
        # Each person's surname (the last word of the name), in the actors' order.
        self._surnames = [
            (words(a.name)[-1], a.id) for a in self.actors if a.kind == "person" and words(a.name)
        ]

    def match(self, text: str) -> ActorEntry | None:
        """The actor the text names: a person before anyone else, then the longest name."""
        best: tuple[int, int, str] | None = None
        found = None
        for a, w in self.names.named(text):
            rank = (0 if a.kind == "person" else 1, -len(w), a.id)
            if best is None or rank < best:
                best, found = rank, a
        return found

    def display(self, speaker: Speaker) -> str:
        if speaker.is_id:
            return next((a.name for a in self.actors if a.id == speaker.actor), speaker.actor)
        return speaker.actor

    def speaker(self, text: str) -> Speaker:
        actor = self.match(text)
        if actor is not None:
            return Speaker(actor.id, True)
        return Speaker(text, False)

    def quoted_speaker(self, sentence: str) -> Speaker | None:
        """The speaker merge found for a quotation that this sentence holds."""
        folded = " ".join(words(sentence))
        for text, speaker in self._quoted:
            if text in folded:
                return Speaker(speaker, True)
        return None

    def last_organization(self, corpus: Corpus, index: int, noun: str) -> Speaker | None:
        """The organisation last named before sentence ``index`` in the same source:
        one whose name holds ``noun`` ('the ministry'), else, for a company, the last
        one named."""
        source = corpus.sentences[index].source
        fallback: Speaker | None = None
        for j in range(index - 1, max(-1, index - LOOK_BACK), -1):
            s = corpus.sentences[j]
            if s.source != source:
                break
            text = " ".join(words(s.text))
            named = []
            for a in self.actors:
                if a.kind != "organization":
                    continue
                for name in (a.name, *a.aliases):
                    w = " ".join(words(name))
                    if w and f" {w} " in f" {text} ":
                        named.append((noun in w.split(), text.rfind(w), a.id))
            if any(holds for holds, _, _ in named):
                return Speaker(max(n for n in named if n[0])[2], True)
            if named and fallback is None and noun in ANY_NAME_NOUNS:
                fallback = Speaker(max(named)[2], True)
        return fallback

    def last_person(self, corpus: Corpus, index: int) -> Speaker | None:
        """The person last named before sentence ``index`` in the same source."""
        source = corpus.sentences[index].source
        for j in range(index - 1, max(-1, index - 6), -1):
            s = corpus.sentences[j]
            if s.source != source:
                break
            present = set(words(s.text))
            lowered = fold(s.text).lower()
            named = [
                (lowered.rfind(last), ident) for last, ident in self._surnames if last in present
            ]
            if named:
                return Speaker(max(named)[1], True)
        return None


def claimant(
    doc: ParsedDoc, token: ParsedToken, corpus: Corpus, index: int, actors: ActorIndex
) -> Speaker | None:
    """Who makes the claim that ``token`` belongs to."""
    verb = speech_verb(token) or root_speech_verb(doc)
    heads = subject_heads(verb) if verb is not None else []
    if not heads:
        return actors.quoted_speaker(doc.text)
    name = compact(heads[0])
    if name.lower() in PRONOUNS:
        return actors.last_person(corpus, index)
    if heads[0].pos_ == "NOUN" and name.lower() in ORGANISATION_NOUNS:
        # "The company denied …": the organisation the article just named.
        named = actors.last_organization(corpus, index, name.lower())
        if named is not None:
            return named
    # "Sudan's army chief Abdel Fattah al-Burhan said": the name may sit in an
    # apposition or a second subject; a person named there is the speaker.
    subtree = " ".join(t.text for h in heads for t in h.subtree)
    found = actors.match(subtree) if len(subtree.split()) <= 15 else None
    if found is None or found.kind != "person":
        found = actors.match(name) or found
    return Speaker(found.id, True) if found else Speaker(name, False)
