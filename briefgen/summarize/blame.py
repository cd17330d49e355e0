"""Accusation and counter-accusation: each of two parties blames the other; and the
party an accusation names by what it is ("the operator").

'The State Border Service accused Tajik troops of opening fire first' and 'Tajikistan's
foreign ministry blamed Kyrgyz forces for the fighting': two accusations whose parties
are crossed are one dispute between the two countries, though officials, ministries and
troops speak and are spoken of. A speaker's or a target's party is the country its
words name ("Tajikistan's foreign ministry") or whose people they are ("Tajik troops");
an accuser named by no country is the one other country its sentence names ("… on a
Kyrgyz checkpoint": whose post was hit is the one who complains).
"""

from __future__ import annotations

import re

from briefgen.extract.lexicon import COUNTRY_ALIASES
from briefgen.nlp.parsed_doc import ParsedToken
from briefgen.summarize.claims import ActorIndex, Speaker, subject_heads
from briefgen.summarize.corpus import Corpus

MIN_DEMONYM_PREFIX = 4  # "Tajik" / "Tajikistan", "Ukrainian" / "Ukraine"
_WORD = re.compile(r"[A-Z][\w'’-]+")
BLAME = "the blame between "

Accusation = tuple[int, Speaker, Speaker]  # (sentence, accuser, accused)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# Compiled once: countries_in is asked of every accusation's parties and sentence.
_ALIAS_PATTERNS = tuple(
    (alias, re.compile(rf"\b{re.escape(alias)}\b"), country)
    for alias, country in COUNTRY_ALIASES.items()
    if len(alias) > 3
)
_ONE_WORD_NAMES = tuple(sorted({c for c in COUNTRY_ALIASES.values() if " " not in c}))


def countries_in(text: str) -> set[str]:
    """The countries a text names, by name or by their people ("Kyrgyz forces")."""
    found = set()
    lowered = text.lower()
    for alias, pattern, country in _ALIAS_PATTERNS:
        # The plain test first: most aliases are nowhere in the text.
        if alias in lowered and pattern.search(lowered):
            found.add(country)
    for word in _WORD.findall(text):
        stem = word.lower().removesuffix("'s").removesuffix("’s")
        if len(stem) < MIN_DEMONYM_PREFIX or stem in COUNTRY_ALIASES:
            continue
        scored = [(_common_prefix(stem, c.lower()), c) for c in _ONE_WORD_NAMES]
        best = max(scored, default=(0, ""))
        ties = [c for n, c in scored if n == best[0]]
        # a demonym: most of the word is the country's name ("Tajik", "Ukrainian")
        if best[0] >= max(MIN_DEMONYM_PREFIX, len(stem) - 3) and len(ties) == 1:
            found.add(best[1])
    return found


def party_of(speaker: Speaker, actors: ActorIndex) -> str | None:
    text = speaker.actor
    if speaker.is_id:
        entry = next((a for a in actors.actors if a.id == speaker.actor), None)
        text = " ".join((entry.name, *entry.aliases)) if entry else ""
    parties = countries_in(text)
    return next(iter(parties)) if len(parties) == 1 else None


def blame_stances(
    corpus: Corpus, accusations: list[Accusation], actors: ActorIndex
) -> list[tuple[str, int, Speaker, int]]:
    """(topic, polarity, speaker, sentence) for each side of crossed accusations."""
    # The same few parties accuse each other in many sentences: each speaker's party and
    # each text's countries are found once here.
    parties: dict[Speaker, str | None] = {}
    named: dict[str, set[str]] = {}
    crossed: list[tuple[int, Speaker, str, str]] = []
    for i, accuser, accused in accusations:
        if accused not in parties:
            parties[accused] = party_of(accused, actors)
        target = parties[accused]
        if target is None:
            continue
        if accuser not in parties:
            parties[accuser] = party_of(accuser, actors)
        source = parties[accuser]
        if source is None:
            text = corpus.sentences[i].text
            if text not in named:
                named[text] = countries_in(text)
            others = named[text] - {target}
            source = next(iter(others)) if len(others) == 1 else None
        if source is not None and source != target:
            crossed.append((i, accuser, source, target))
    pairs = {(s, t) for _, _, s, t in crossed}
    out = []
    for i, accuser, source, target in crossed:
        if (target, source) in pairs:
            first, second = sorted((source, target))
            topic = f"{BLAME}{first} and {second}"
            out.append((topic, 1 if source == first else -1, accuser, i))
    return out


def called_by(verb: ParsedToken) -> set[str]:
    """The words the denier's subject is called by: 'The operator, Kiboko Marine, denied'."""
    return {
        t.lower_
        for head in subject_heads(verb)
        for t in head.subtree
        if t.pos_ in ("NOUN", "PROPN")
    }


def called_so(accused: Speaker, called: set[str]) -> bool:
    """'Police accused the operator …' / 'The operator, Kiboko Marine, denied …': the
    party accused by what it is is the party that, so called, denies it."""
    if accused.is_id:
        return False
    wanted = {w for w in accused.actor.casefold().split() if w not in ("the", "a", "an")}
    return bool(wanted) and wanted <= called
