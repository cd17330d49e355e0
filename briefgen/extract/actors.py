"""Actors of one source: people, organisations, countries and places, with roles and aliases.

The statistical NER is only a first guess. A name becomes a person when it is a
multi-word PERSON, or when a title or an appositive gives it an office; a lone surname
joins the person whose full name ends with it, whatever label NER gave it; a lone word
NER calls a person with nothing else to back it ("Kyiv") is dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.extract.doc import ParsedPara
from briefgen.extract.lexicon import (
    COUNTRY_ALIASES,
    ORG_ALIASES,
    ORG_WORDS,
    ROLE_GENERALISATIONS,
    SPEECH_LEMMAS,
    words,
)
from briefgen.extract.roles import appositive_after, appositive_before, is_role_noun, title_before
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Lower-case words inside personal names: "Majed al-Ansari", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset(
    words("al el bin ibn abu van von der den de da del di dos du la le ter")
)
_FIRST_NAME_HONOURS = frozenset(words("sir dame lord lady"))
_KNOWN_ORGS = frozenset(ORG_ALIASES.values())
_SITE_NOUNS = frozenset(
    words(
        "airport airfield base hospital plant port city town village region province district"
        " oblast station"
    )
)
_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "region", "province", "district", "port", "oblast"}
)


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "actor"


@dataclass(frozen=True)
class Mention:
    para: int
    start: int  # token offsets within the paragraph's doc
    end: int
    key: str


@dataclass
class _Candidate:
    para: int
    start: int
    end: int
    label: str
    roles: list[str] = field(default_factory=list)

    def words(self, doc: Doc) -> list[str]:
        return [t.text for t in doc[self.start : self.end]]


@dataclass
class _Actor:
    key: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)

    def add(self, name: str | None, roles: list[str], ref: Ref) -> None:
        if (
            name
            and self.name.isupper()
            and not name.isupper()
            and name.lower() == self.name.lower()
        ):
            # A dateline's "KYIV" reads better as the body's "Kyiv".
            name, self.name = self.name, name
        if name and name != self.name and name not in self.aliases:
            self.aliases.append(name)
        for role in roles:
            if role.lower() not in (r.lower() for r in self.roles):
                self.roles.append(role)
        if ref not in self.refs:
            self.refs.append(ref)

    def freeze(self) -> ActorMention:
        return ActorMention(
            key=self.key,
            name=self.name,
            kind=self.kind,
            roles=tuple(self.roles),
            aliases=tuple(self.aliases),
            refs=tuple(
                sorted(self.refs, key=lambda r: int(r.para[1:]) if r.para[1:].isdigit() else 0)
            ),
        )


@dataclass(frozen=True)
class ActorTable:
    actors: tuple[ActorMention, ...]
    mentions: tuple[Mention, ...]  # in reading order

    @functools.cached_property
    def _kinds(self) -> dict[str, str]:
        return {a.key: a.kind for a in self.actors}

    @functools.cached_property
    def _by_token(self) -> dict[tuple[int, int], str]:
        index: dict[tuple[int, int], str] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                index.setdefault((m.para, i), m.key)
        return index

    def kind_of(self, key: str | None) -> str | None:
        return self._kinds.get(key) if key is not None else None

    def at(self, para: int, token: int) -> str | None:
        return self._by_token.get((para, token))

    def in_range(self, para: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.para == para and start <= m.start and m.end <= end]

    def people_before(self, para: int, token: int) -> list[str]:
        """Person keys in the order last mentioned before (para, token), latest first."""
        seen: list[str] = []
        for m in reversed(self.mentions):
            if (
                (m.para, m.start) < (para, token)
                and self.kind_of(m.key) == "person"
                and m.key not in seen
            ):
                seen.append(m.key)
        return seen


def _strip_span(doc: Doc, start: int, end: int) -> tuple[int, int, list[str]]:
    """Drop articles, possessive endings and leading titles from an entity span."""
    roles: list[str] = []
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ in ("PUNCT", "CCONJ")):
        end -= 1
    lead = start
    while lead < end - 1 and is_role_noun(doc[lead]) and doc[lead].is_title:
        lead += 1
    if lead > start:
        roles.append(doc[start:lead].text)
        start = lead
    return start, end, roles


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    tokens = doc[start:end]
    if not tokens[0].text[:1].isupper():
        return False
    if not tokens[-1].text[:1].isupper():
        return False
    return all(
        t.text in ("-", "'", "’")
        or t.lower_ in _NAME_PARTICLES
        or (t.text[:1].isupper() and (t.is_alpha or "." in t.text))
        for t in tokens
    )


def _speech_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_LEMMAS


def _candidates(pp: ParsedPara) -> list[_Candidate]:
    doc = pp.doc
    found: list[_Candidate] = []
    if pp.heading:
        # Headlines and captions: NER reads Title Case as names ("Putin Sees"), and a
        # caption's people are not the story's. Known names are matched later.
        return found
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        if "," in ent.text or any(t.pos_ == "CCONJ" for t in ent):
            continue
        start, end, roles = _strip_span(doc, ent.start, ent.end)
        if start >= end or not doc[start].text[:1].isupper():
            continue
        if (
            end - start == 1
            and start > 0
            and doc[start - 1].lower_ == "of"
            and doc[start - 2 : start - 1].text[:1].isupper()
        ):
            continue  # "Secretary of State": part of a title, not an organisation
        found.append(_Candidate(pp.index, start, end, ent.label_, roles))
        covered.update(range(start, end))
    # Titled names NER missed: an office word followed by capitalised proper nouns.
    for tok in doc:
        if not is_role_noun(tok) or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while (
            j < len(doc)
            and j - tok.i <= 3
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and not is_role_noun(doc[j])
        ):
            j += 1
        if j - tok.i >= 3 and not covered.intersection(range(tok.i + 1, j)):
            found.append(_Candidate(pp.index, tok.i + 1, j, "PERSON"))
            covered.update(range(tok.i + 1, j))
    for cand in found:
        for role in (
            title_before(doc, cand.start),
            appositive_after(doc, cand.end),
            appositive_before(doc, cand.start),
        ):
            if role:
                cand.roles.append(role)
    return found


def _is_person(cand: _Candidate, doc: Doc) -> bool:
    n = sum(1 for t in doc[cand.start : cand.end] if t.is_alpha)
    text = doc[cand.start : cand.end].text.lower()
    if (
        text in COUNTRY_ALIASES
        or not _looks_like_name(doc, cand.start, cand.end)
        or cand.label == "NORP"
    ):
        return False
    tokens = doc[cand.start : cand.end]
    if any(t.lower_ in ORG_WORDS for t in tokens) or tokens.text in _KNOWN_ORGS:
        return False
    if cand.label == "PERSON" and 2 <= n <= 5:
        return True
    proper = all(t.pos_ == "PROPN" or t.lower_ in _NAME_PARTICLES or t.text == "-" for t in tokens)
    if 2 <= n <= 3 and proper and (cand.roles or _speech_subject(tokens.root)):
        # A two- or three-word name with an office, or one that speaks: a person,
        # whatever NER called it ("Igor Polishchuk" as an ORG).
        return True
    if n == 1 and cand.label == "PERSON":
        return bool(cand.roles) or _speech_subject(doc[cand.start])
    return False


def _locative(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in (
        "in", "near", "outside", "around", "from", "into", "to", "across", "towards", "toward",
    )  # fmt: skip


def _other_kind(cand: _Candidate, doc: Doc, text: str) -> tuple[str, str] | None:
    """(kind, canonical name) of a non-person entity; None when it is not an actor."""
    lowered = text.lower()
    if cand.label == "NORP" or (cand.end - cand.start == 1 and doc[cand.start].pos_ == "ADJ"):
        return None
    if lowered in COUNTRY_ALIASES:
        return "country", COUNTRY_ALIASES[lowered]
    if (text.isupper() or "." in text) and lowered in ORG_ALIASES:
        return "organization", ORG_ALIASES[lowered]
    before = doc[cand.start - 2 : cand.start] if cand.start >= 2 else doc[0:0]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in _PLACE_NOUNS:
        return "place", text
    single = doc[cand.start] if cand.end - cand.start == 1 else None
    if single is not None and cand.label in ("ORG", "GPE"):
        # "the Lutsk military airport", "in Mariupol": a lone name used as a location.
        if (
            single.dep_ == "compound"
            and single.head.pos_ == "NOUN"
            and single.head.lower_ in _SITE_NOUNS
        ):
            return "place", text
        if (
            single.head.lower_ in ("in", "near", "outside", "around")
            and single.dep_ == "pobj"
            and text not in _KNOWN_ORGS
        ):
            return "place", text
    if is_role_noun(doc[cand.end - 1]):
        return None  # "Kherson Governor": a title NER took for an organisation
    if cand.label == "PERSON" and single is not None and _locative(single):
        return "place", text  # "outside Kyiv": a lone name NER took for a person
    if cand.label == "ORG" or text in _KNOWN_ORGS:
        return "organization", text
    if cand.label in ("GPE", "LOC", "FAC"):
        return "place", text
    return None


def find_actors(paras: tuple[ParsedPara, ...]) -> ActorTable:
    cands = [(pp, c) for pp in paras for c in _candidates(pp)]
    actors: dict[str, _Actor] = {}
    mentions: list[Mention] = []
    # Full names first, so that lone surnames can join them whatever NER called them.
    surname_of: dict[str, list[str]] = {}
    for pp, c in cands:
        if _is_person(c, pp.doc) and c.end - c.start >= 2:
            name = pp.doc[c.start : c.end].text
            surname_of.setdefault(spelling_key(pp.doc[c.end - 1].text), []).append(name)
    full_names = {s: max(names, key=len) for s, names in surname_of.items()}
    for pp, c in cands:
        doc = pp.doc
        text = doc[c.start : c.end].text
        last = spelling_key(doc[c.end - 1].text)
        person_name: str | None = None
        if last in full_names and _looks_like_name(doc, c.start, c.end) and c.label != "NORP":
            full = full_names[last]
            full_key, text_key = spelling_key(full), spelling_key(text)
            if full_key.endswith(text_key) or text_key.endswith(full_key):
                person_name = full if len(full_key) >= len(text_key) else text
        # "Sir Keir", "Dame Judi": a title of honour goes with the first name.
        honoured = c.start > 0 and doc[c.start - 1].lower_ in _FIRST_NAME_HONOURS
        if person_name is None and c.end - c.start == 1 and honoured:
            firsts = [f for f in full_names.values() if f.split()[0] == text]
            if len(firsts) == 1:
                person_name = firsts[0]
        if person_name is None and _is_person(c, doc):
            person_name = text
        if person_name is not None:
            key = slugify(person_name)
            actor = actors.setdefault(key, _Actor(key, person_name, "person"))
            actor.add(text, c.roles, pp.ref)
            mentions.append(Mention(pp.index, c.start, c.end, key))
            continue
        other = _other_kind(c, doc, text)
        if other is None:
            continue
        kind, name = other
        key = slugify(name)
        actor = actors.setdefault(key, _Actor(key, name, kind))
        actor.add(text, [], pp.ref)
        mentions.append(Mention(pp.index, c.start, c.end, key))
    _join_org_suffixes(actors, mentions)
    _join_spelling_variants(actors, mentions)
    _add_unlabelled_mentions(paras, actors, mentions)
    mentions.sort(key=lambda m: (m.para, m.start))
    table = ActorTable(tuple(a.freeze() for a in actors.values()), tuple(mentions))
    return _add_role_phrases(paras, table, actors)


def _join_org_suffixes(actors: dict[str, _Actor], mentions: list[Mention]) -> None:
    """ "Security Council" joins "UN Security Council": the fullest name wins."""
    orgs = sorted(
        (a for a in actors.values() if a.kind == "organization"), key=lambda a: -len(a.name)
    )
    for short in reversed(orgs):
        words = short.name.split()
        if len(words) < 2:
            continue
        for long in orgs:
            if long is short or len(long.name) <= len(short.name):
                continue
            if long.name.split()[-len(words) :] == words:
                for alias in [short.name, *short.aliases]:
                    long.add(alias, short.roles, short.refs[0])
                for ref in short.refs:
                    long.add(None, [], ref)
                del actors[short.key]
                for i, m in enumerate(mentions):
                    if m.key == short.key:
                        mentions[i] = Mention(m.para, m.start, m.end, long.key)
                break


def spelling_key(name: str) -> str:
    """Transliterations of one name agree on this: Zelensky, Zelenskyy, Zelenskiy."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z ]", "", text)
    text = text.replace("iy", "y").replace("yi", "y").replace("ij", "y")
    return re.sub(r"(.)\1+", r"\1", text)


def _join_spelling_variants(actors: dict[str, _Actor], mentions: list[Mention]) -> None:
    """Two people of one source whose names differ only in transliteration are one."""
    people = [a for a in actors.values() if a.kind == "person"]
    for a in people:
        for b in people:
            if a is b or a.key not in actors or b.key not in actors:
                continue
            wa, wb = a.name.split(), b.name.split()
            if len(wa) != len(wb) or spelling_key(a.name) != spelling_key(b.name):
                continue
            keep, drop = (a, b) if len(a.refs) >= len(b.refs) else (b, a)
            for alias in [drop.name, *drop.aliases]:
                keep.add(alias, drop.roles, drop.refs[0])
            for ref in drop.refs:
                keep.add(None, [], ref)
            del actors[drop.key]
            for i, m in enumerate(mentions):
                if m.key == drop.key:
                    mentions[i] = Mention(m.para, m.start, m.end, keep.key)


def _name_patterns(actors: dict[str, _Actor]) -> list[tuple[tuple[str, ...], str]]:
    """Word sequences that name an actor already found: its names, a person's surname,
    the last two or more words of an organisation's name."""
    patterns: dict[tuple[str, ...], str] = {}
    for actor in actors.values():
        names = [actor.name, *actor.aliases]
        for name in names:
            words = tuple(name.split())
            if words and words[0][:1].isupper():
                patterns.setdefault(words, actor.key)
            if actor.kind == "person" and len(words) >= 2 and len(words[-1]) >= 4:
                patterns.setdefault(words[-1:], actor.key)
            if actor.kind == "organization":
                for k in range(2, len(words)):
                    if words[-k][:1].isupper():
                        patterns.setdefault(words[-k:], actor.key)
    return sorted(patterns.items(), key=lambda item: (-len(item[0]), item[0]))


def _add_unlabelled_mentions(
    paras: tuple[ParsedPara, ...], actors: dict[str, _Actor], mentions: list[Mention]
) -> None:
    """Names NER missed where the same source names them elsewhere ("The Security Council")."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, key in _name_patterns(actors):  # longest first
        by_first.setdefault(seq[0], []).append((seq, key))
    taken = {(m.para, i) for m in mentions for i in range(m.start, m.end)}
    for pp in paras:
        texts = [t.text for t in pp.doc]
        for i, first in enumerate(texts):
            for seq, key in by_first.get(first, ()):
                n = len(seq)
                if tuple(texts[i : i + n]) != seq or any(
                    (pp.index, j) in taken for j in range(i, i + n)
                ):
                    continue
                if i + n < len(texts) and pp.doc[i + n].pos_ == "PROPN" and pp.doc[i + n].is_title:
                    continue  # part of a longer name
                actor = actors[key]
                actor.add(" ".join(seq) if actor.kind == "organization" else None, [], pp.ref)
                mentions.append(Mention(pp.index, i, i + n, key))
                taken.update((pp.index, j) for j in range(i, i + n))
                break


def role_phrase_target(table: ActorTable, head: Token, para: int) -> str | None:
    """The person a phrase like "the Turkish minister" stands for, if exactly one fits."""
    if not is_role_noun(head) or head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    modifiers = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    noun = head.lemma_.lower()
    wanted = ROLE_GENERALISATIONS.get(noun, frozenset({noun}))
    for key in table.people_before(para, head.i):
        actor = next(a for a in table.actors if a.key == key)
        role_words = {w.lower().strip(",.'’s") for r in actor.roles for w in re.split(r"[\s-]+", r)}
        if not role_words & wanted:
            continue
        if all(m in role_words or any(w.startswith(m[:4]) for w in role_words) for m in modifiers):
            return key
    return None


def _add_role_phrases(
    paras: tuple[ParsedPara, ...], table: ActorTable, actors: dict[str, _Actor]
) -> ActorTable:
    mentions = list(table.mentions)
    for pp in paras:
        for tok in pp.doc:
            if table.at(pp.index, tok.i) is not None:
                continue
            key = role_phrase_target(table, tok, pp.index)
            if key is None:
                continue
            start = min(c.i for c in tok.children if c.dep_ == "det")
            phrase = pp.doc[start : tok.i + 1].text
            if tok.dep_ in ("nsubj", "nsubjpass") and len(phrase.split()) > 2:
                actors[key].add(phrase[0].lower() + phrase[1:], [], pp.ref)
            else:
                actors[key].add(None, [], pp.ref)
            mentions.append(Mention(pp.index, start, tok.i + 1, key))
    mentions.sort(key=lambda m: (m.para, m.start))
    return ActorTable(tuple(a.freeze() for a in actors.values()), tuple(mentions))
