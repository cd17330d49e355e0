"""Who a speech verb's subject is: a named actor, a pronoun, or a role phrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.actors import role_phrase_target
from briefgen.extract.doc import ParsedPara
from briefgen.extract.lexicon import SPEECH_LEMMAS
from briefgen.extract.table import ActorTable

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# What speaks in its owner's name: "the mayor's office", "Smith's campaign".
_SPEAKS_FOR_OWNER = frozenset({"office", "campaign", "cabinet", "chancellery", "press office"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Speech:
    """A speech verb (or "according to") outside quotation marks, with whoever it reports."""

    para: int
    verb: Token
    subject: Token | None  # the token naming the speaker
    speaker: str | None  # an actor key
    free_text: str | None  # the speaker's words when no actor fits ("local officials")


def is_speech_verb(token: Token) -> bool:
    if (
        token.lower_ == "according"
        and token.i + 1 < len(token.doc)
        and token.nbor(1).lower_ == "to"
    ):
        return True
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    # "twelve people are confirmed dead": a passive with no agent reports no speaker.
    if any(c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ == "agent" for c in token.children
    ):
        return token.lemma_.lower() == "quote"
    # "continued to seek", "called for": the verb heads another action, not speech.
    return not any(c.dep_ == "xcomp" for c in token.children) or token.lemma_.lower() == "quote"


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, climbing through "adding", "as saying", "warning"."""
    if verb.lower_ == "according":
        to = verb.nbor(1)
        objs = [c for c in to.children if c.dep_ == "pobj"]
        return objs[0] if objs else (to.nbor(1) if to.i + 1 < len(verb.doc) else None)
    current = verb
    first: Token | None = None
    for _ in range(5):
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subject = _speaking_conjunct(subjects[0], current)
            # "…, calling them 'a sham'": a participle speaks for the nearest
            # speech verb above it, not for any clause in between.
            if current.i == verb.i or is_speech_verb(current):
                return subject
            first = first or subject
        if current.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp") and (
            current.head.i != current.i
        ):
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            continue
        break
    return first


def _speaking_conjunct(subject: Token, verb: Token) -> Token:
    """ "images showed wounded civilians and the city council said …": the parser joins
    the speaker to the noun before it; the one next to the verb speaks."""
    conjs = [c for c in subject.children if c.dep_ == "conj" and c.right_edge.i == verb.i - 1]
    if subject.pos_ == "NOUN" and conjs and subject.i != verb.i - 1:
        return conjs[-1]
    return subject


def noun_phrase_text(token: Token) -> str:
    left = [t for t in token.lefts if t.dep_ in ("amod", "compound", "det", "poss", "nummod")]
    start = min([token.i] + [t.i for t in left])
    words = token.doc[start : token.i + 1]
    text = words.text
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(article):
            text = text[len(article) :]
    return text


def resolve_subject(
    table: ActorTable, pp: ParsedPara, subject: Token, last_person: str | None
) -> str | None:
    if subject.lower_ in PERSONAL_PRONOUNS:
        return last_person
    key = table.at(pp.index, subject.i)
    if key is not None:
        return key
    left, right = subject.left_edge.i, subject.right_edge.i + 1
    inside = table.in_range(pp.index, left, right)
    # "the country's disaster agency, AFAD", "Smith's lawyer, Jane Roe": the appositive
    # names the speaker; the owner in the possessive does not speak.
    for child in subject.children:
        if child.dep_ == "appos":
            key = table.at(pp.index, child.i)
            if key is not None:
                return key
    owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    if subject.lemma_.lower() in _SPEAKS_FOR_OWNER:
        # "Governor Jo Bloggs's office said": the office speaks for its holder.
        held = [m.key for m in inside if table.kind_of(m.key) == "person" and m.start in owners]
        if held:
            return held[0]
    people = [
        m.key
        for m in inside
        if table.kind_of(m.key) == "person" and not owners.intersection(range(m.start, m.end))
    ]
    if people:
        return people[0]
    role = role_phrase_target(table, subject, pp.index)
    if role is not None:
        return role
    body = _named_body(table, subject, pp.index)
    if body is not None:
        return body
    if inside and subject.pos_ == "PROPN":
        return inside[0].key
    return None


def _named_body(table: ActorTable, subject: Token, para: int) -> str | None:
    """ "the ministry said" after "Russia's Defence Ministry": the body named before."""
    if subject.pos_ not in ("NOUN", "PROPN") or not subject.is_lower:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    for m in reversed(table.mentions):
        if (m.para, m.start) >= (para, subject.i) or table.kind_of(m.key) != "organization":
            continue
        actor = next(a for a in table.actors if a.key == m.key)
        if actor.name.split()[-1].lower() == subject.lower_:
            return m.key
    return None


_HONOURS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
    "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
}  # fmt: skip
_GENDERED_WORDS = {
    "spokesman": "m", "chairman": "m", "congressman": "m", "king": "m", "prince": "m",
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "queen": "f",
    "princess": "f", "businesswoman": "f", "businessman": "m",
}  # fmt: skip
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def genders(paras: tuple[ParsedPara, ...], table: ActorTable) -> dict[str, str]:
    """What a source says of a person's gender: "Ms Sherman", "spokeswoman Olivia Dalton"."""
    found: dict[str, str] = {}
    for m in table.mentions:
        if m.start > 0:
            honour = _HONOURS.get(paras[m.para].doc[m.start - 1].lower_)
            if honour:
                found.setdefault(m.key, honour)
    for actor in table.actors:
        for role in actor.roles:
            for word in role.lower().split():
                if word in _GENDERED_WORDS:
                    found.setdefault(actor.key, _GENDERED_WORDS[word])
    return found


def _pronoun_target(pronoun: Token, recent: list[str], gender: dict[str, str]) -> str | None:
    """The latest person a pronoun can stand for: one whose gender the text does not contradict."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    for key in recent:
        if wanted is None or gender.get(key, wanted) == wanted:
            return key
    return None


def speeches(paras: tuple[ParsedPara, ...], table: ActorTable) -> list[Speech]:
    """Every speech verb outside quotation marks, in reading order, speakers resolved.

    A pronoun stands for the person last seen as the subject of a clause (skipping
    one the text gives another gender).
    """
    found: list[Speech] = []
    recent: list[str] = []  # people seen as subjects, latest first
    gender = genders(paras, table)

    def saw(key: str) -> None:
        if key in recent:
            recent.remove(key)
        recent.insert(0, key)

    for pp in paras:
        subject_seen = False
        for tok in pp.doc:
            if pp.in_quote(tok):
                continue
            if is_speech_verb(tok):
                subject = subject_of(tok)
                if subject is not None and pp.in_quote(subject):
                    # the parser took the quotation's subject for the verb's: "…, said
                    # Mary Collins" names the speaker after the verb
                    subject = _named_after(tok)
                speaker = _speaker(pp, table, tok, subject, subject_seen, recent, gender)
                free = None
                if subject is not None and speaker is None and subject.pos_ in ("NOUN", "PROPN"):
                    free = noun_phrase_text(subject)
                found.append(Speech(pp.index, tok, subject, speaker, free))
                if speaker is not None and table.kind_of(speaker) == "person":
                    saw(speaker)
                    subject_seen = True
            elif (
                tok.dep_ in _SUBJECT_DEPS
                and tok.head.dep_ == "ROOT"
                and tok.lower_ not in PERSONAL_PRONOUNS
            ):
                key = table.at(pp.index, tok.i)
                if key is not None and table.kind_of(key) == "person":
                    saw(key)
                    subject_seen = True
        if not subject_seen and not pp.heading:
            # "For dockers like Peter Okafor, …": a paragraph that names one person but
            # never as a subject still gives the next "he said" its antecedent.
            named = _people_outside_quotes(pp, table)
            if len(named) == 1:
                saw(named[0])
    return found


def _named_after(verb: Token) -> Token | None:
    """The noun right after a speech verb (", said Mary Collins, a councillor")."""
    for t in verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]:
        if t.pos_ in ("PROPN", "NOUN"):
            while t.dep_ == "compound" and t.head.i > t.i:
                t = t.head
            return t
        if t.pos_ not in ("DET", "ADJ"):
            return None
    return None


def _speaker(
    pp: ParsedPara,
    table: ActorTable,
    verb: Token,
    subject: Token | None,
    subject_seen: bool,
    recent: list[str],
    gender: dict[str, str],
) -> str | None:
    """Who says ``verb``: its subject's actor, a pronoun's antecedent among the people
    ``recent``ly seen as subjects, or a person named just before it."""
    if subject is not None and subject.lower_ in PERSONAL_PRONOUNS:
        # "For workers like Jo Bloggs, …. '…,' he said.": a paragraph with no
        # subject person yet offers the one person it has named so far.
        here = [] if subject_seen else _people_outside_quotes(pp, table, verb.i)
        candidates = here + recent if len(here) == 1 else recent
        speaker = _pronoun_target(subject, candidates, gender)
        if speaker is None:
            # The parse gave no person a subject's place: the first person of
            # the latest sentence naming any is the likeliest antecedent.
            speaker = _pronoun_target(subject, _latest_named(table, pp, verb), gender)
        return speaker
    if subject is not None:
        return resolve_subject(table, pp, subject, None)
    # "In a post on X, opposition leader Ana Ruiz wrote:": the parser lost the
    # subject; a person named right before the verb is the one speaking.
    return _person_ending_at(table, pp.index, verb.i) or _inverted_speaker(table, pp, verb)


def _latest_named(table: ActorTable, pp: ParsedPara, verb: Token) -> list[str]:
    """People of the latest sentence before ``verb`` that names any, in reading order."""
    before = [
        m
        for m in table.mentions
        if (m.para, m.start) < (pp.index, verb.i)
        and m.para >= pp.index - 1
        and table.kind_of(m.key) == "person"
    ]
    if not before:
        return []
    last = before[-1]
    same = [m for m in before if m.para == last.para]
    if last.para == pp.index:
        sent_start = pp.doc[last.start].sent.start
        same = [m for m in same if m.start >= sent_start]
    keys: list[str] = []
    for m in same:
        if m.key not in keys:
            keys.append(m.key)
    return keys


def _inverted_speaker(table: ActorTable, pp: ParsedPara, verb: Token) -> str | None:
    """'"…," recounted survivor Ana Ruiz': after a quotation the speaker follows the verb,
    and the parser may take them for its object."""
    if verb.i == 0 or not (verb.nbor(-1).is_quote or verb.nbor(-1).is_punct):
        return None
    for m in table.mentions:
        if (
            m.para == pp.index
            and verb.i < m.start <= verb.i + 4
            and table.kind_of(m.key) == "person"
        ):
            return m.key
    return None


def _person_ending_at(table: ActorTable, para: int, at: int) -> str | None:
    for m in table.mentions:
        if m.para == para and m.end == at and table.kind_of(m.key) == "person":
            return m.key
    return None


def _people_outside_quotes(
    pp: ParsedPara, table: ActorTable, before: int | None = None
) -> list[str]:
    keys: list[str] = []
    for m in table.mentions:
        if m.para != pp.index or table.kind_of(m.key) != "person":
            continue
        if before is not None and m.start >= before:
            continue
        if pp.in_quote(pp.doc[m.start]) or m.key in keys:
            continue
        keys.append(m.key)
    return keys
