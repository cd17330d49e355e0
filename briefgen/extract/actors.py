"""Actors of one source: people, organisations, countries and places, with roles and aliases.

The statistical NER is only a first guess. A name becomes a person when it is a
multi-word PERSON, or when a title or an appositive gives it an office; a lone surname
joins the person whose full name ends with it, whatever label NER gave it; a lone word
NER calls a person with nothing else to back it ("Kyiv") is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefgen.extract.doc import ParsedPara
from briefgen.extract.joins import (
    add_unlabelled_mentions,
    join_org_suffixes,
    join_spelling_variants,
    spelling_key,
)
from briefgen.extract.lexicon import (
    COUNTRY_ALIASES,
    ORG_ALIASES,
    ORG_WORDS,
    ROLE_GENERALISATIONS,
    SPEECH_LEMMAS,
    words,
)
from briefgen.extract.roles import (
    appositive_after,
    appositive_before,
    is_appositive_head,
    is_role_noun,
    occupation_before,
    one_of_a_group,
    title_before,
)
from briefgen.extract.table import ActorDraft, ActorTable, Mention, slugify

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Lower-case words inside personal names: "Majed al-Ansari", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset(
    words("al el bin ibn abu van von der den de da del di dos du la le ter")
)
# Forms of address, never part of the name: "Ms Sherman", "Dr. Tedros", "Sir Keir".
_HONORIFICS = frozenset(
    words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady mx mx.")
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


@dataclass
class _Candidate:
    para: int
    start: int
    end: int
    label: str
    roles: list[str] = field(default_factory=list)

    def words(self, doc: Doc) -> list[str]:
        return [t.text for t in doc[self.start : self.end]]


def _strip_span(doc: Doc, start: int, end: int) -> tuple[int, int, list[str]]:
    """Drop articles, possessive endings and leading titles from an entity span."""
    roles: list[str] = []
    while start < end - 1 and doc[start].lower_ in _HONORIFICS:
        start += 1
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ in ("PUNCT", "CCONJ")):
        end -= 1
    lead = start
    while lead < end - 1 and is_role_noun(doc[lead]) and (doc[lead].is_title or doc[lead].is_upper):
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
        or (t.text[:1].isupper() and (t.is_alpha or "." in t.text or _apostrophe_name(t.text)))
        for t in tokens
    )


def _apostrophe_name(text: str) -> bool:
    """ "O'Neill", "D’Souza", "N'Diaye": letters around one apostrophe."""
    head, sep, tail = text.replace("’", "'").partition("'")
    return bool(sep) and head.isalpha() and tail[:1].isupper() and tail.isalpha()


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
        start = given_names_before(doc, start, end) if ent.label_ == "PERSON" else start
        if is_byline(doc, start, end, ent.label_):
            covered.update(range(ent.start, ent.end))
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
    found.extend(_titled_names_ner_missed(pp, covered))
    for cand in found:
        for role in (
            title_before(doc, cand.start),
            appositive_after(doc, cand.end),
            appositive_before(doc, cand.start),
            one_of_a_group(doc, cand.start),
        ):
            if role:
                cand.roles.append(role)
        occupation = None if cand.roles else occupation_before(doc, cand.start)
        if occupation:
            cand.roles.append(occupation)
        # "MPP" stripped from the name and "NDP MPP" read before it: one role.
        cand.roles = [
            r for r in cand.roles if not any(o != r and o.endswith(" " + r) for o in cand.roles)
        ]
    return found


def _titled_names_ner_missed(pp: ParsedPara, covered: set[int]) -> list[_Candidate]:
    """An office word followed by two or three capitalised proper nouns that no entity
    covers: a person NER missed ("Minister Dmytro Kuleba")."""
    doc, found = pp.doc, []
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
    return found


def given_names_before(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when NER took only the surname after an office:
    "chief executive Anders Vik" tagged as "Vik". The word before it must be a
    capitalised proper noun that modifies it, in no other entity, and itself follow a
    lowercase office or occupation; anything else ("accused Justice Thomas", "to Close
    Trump", "Sir Keir") keeps NER's span."""
    if end - start != 1 or start < 2:
        return start
    given, office = doc[start - 1], doc[start - 2]
    if (
        given.pos_ == "PROPN"
        and given.is_title
        and given.is_alpha
        and given.dep_ == "compound"
        and given.head.i == start
        and not given.ent_type_
        and not is_role_noun(given)
        and given.lower_ not in _HONORIFICS
        and office.is_lower
        and is_appositive_head(office)
    ):
        return start - 1
    return start


# Words of a news agency's or an outlet's name in a byline: "Canadian Press Jane Doe".
_AGENCY_WORDS = frozenset(
    words(
        "press presse wire news reuters afp ap upi bloomberg xinhua tass interfax anadolu "
        "efe ansa dpa kyodo yonhap pti ani bernama antara newswire staff"
    )
)
_BYLINE_CUES = frozenset(words("by from written reported"))


def is_byline(doc: Doc, start: int, end: int, label: str) -> bool:
    """A name in a byline, not an actor of the story: right after an agency's name
    ("Canadian Press Jane Doe", "The Associated Press Jane Doe"), after a "By" that opens
    the sentence ("By Jane Doe"), or holding the agency's name itself ("Canadian Press
    Jane Doe" read as one name); also a name followed by an agency's with no verb in the
    sentence ("Jane Doe, The Canadian Press")."""
    tokens = doc[start:end]
    agency_at = [t.i for t in tokens[:-2] if t.lower_ in _AGENCY_WORDS]
    if len(tokens) >= 3 and agency_at:
        name = doc[agency_at[-1] + 1 : end]
        return len(name) >= 2 and all(t.text[:1].isupper() and t.is_alpha for t in name)
    if label != "PERSON":
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in _AGENCY_WORDS and before.text[:1].isupper():
        return True
    sentence = tokens[0].sent
    first = sentence.start
    if before is not None and before.lower_ in _BYLINE_CUES and before.i == first:
        return True
    after = doc[end : min(end + 5, sentence.end)]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sentence)
    return not has_verb and any(t.lower_ in _AGENCY_WORDS and t.text[:1].isupper() for t in after)


def _is_person(cand: _Candidate, doc: Doc) -> bool:
    n = sum(1 for t in doc[cand.start : cand.end] if t.is_alpha)
    text = doc[cand.start : cand.end].text.lower()
    if (
        text in COUNTRY_ALIASES
        or not _looks_like_name(doc, cand.start, cand.end)
        or cand.label == "NORP"
        # "a Liberal MLA said": an office with no name is no person.
        or is_role_noun(doc[cand.end - 1])
    ):
        return False
    tokens = doc[cand.start : cand.end]
    if any(t.lower_ in ORG_WORDS for t in tokens) or tokens.text in _KNOWN_ORGS:
        return False
    if cand.label != "PERSON" and _joined_to_an_organisation(tokens[-1]):
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


def _joined_to_an_organisation(last: Token) -> bool:
    """ "Steel Makers and Exporters Association": NER cut one name at "and"; a plural
    noun before "and" plus a capitalised name ending in an organisation word."""
    doc = last.doc
    if last.tag_ != "NNPS" or last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "and":
        return False
    j = last.i + 2
    while j < len(doc) and doc[j].is_title and j - last.i <= 6:
        if doc[j].lower_ in ORG_WORDS:
            return True
        j += 1
    return False


# Nouns for a part of a place: "on the outskirts of Dhaka", "in the north of Chad".
_PART_OF_PLACE = frozenset(
    words(
        "outskirts suburbs suburb centre center heart edge north south east west northeast"
        " northwest southeast southwest coast shores outskirt periphery streets"
    )
)


def _place_preposition(prep: Token) -> bool:
    """ "in Mariupol", "off Sulawesi", "through central Dhaka", "outskirts of Lagos"."""
    word = prep.lower_
    if word in ("in", "near", "outside", "around", "off", "across", "throughout", "through"):
        return True
    return word == "of" and prep.head.lower_ in _PART_OF_PLACE


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
        if single.dep_ == "pobj" and text not in _KNOWN_ORGS and _place_preposition(single.head):
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
    actors: dict[str, ActorDraft] = {}
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
            actor = actors.setdefault(key, ActorDraft(key, person_name, "person"))
            actor.add(text, c.roles, pp.ref)
            mentions.append(Mention(pp.index, c.start, c.end, key))
            continue
        other = _other_kind(c, doc, text)
        if other is None:
            continue
        kind, name = other
        key = slugify(name)
        actor = actors.setdefault(key, ActorDraft(key, name, kind))
        actor.add(text, [], pp.ref)
        mentions.append(Mention(pp.index, c.start, c.end, key))
    join_org_suffixes(actors, mentions)
    join_spelling_variants(actors, mentions)
    add_unlabelled_mentions(paras, actors, mentions)
    mentions.sort(key=lambda m: (m.para, m.start))
    table = ActorTable(tuple(a.freeze() for a in actors.values()), tuple(mentions))
    return _add_role_phrases(paras, table, actors)


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
        role_words = {_role_word(w) for r in actor.roles for w in re.split(r"[\s-]+", r)}
        if not role_words & wanted:
            continue
        if all(m in role_words or any(w.startswith(m[:4]) for w in role_words) for m in modifiers):
            return key
    return None


def _role_word(word: str) -> str:
    """ "Ukraine's" → "ukraine"; only a possessive ending goes ("secretary" keeps its s)."""
    word = word.lower().strip(',.;:()"“”')
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            word = word[: -len(ending)]
    return word


def _add_role_phrases(
    paras: tuple[ParsedPara, ...], table: ActorTable, actors: dict[str, ActorDraft]
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
