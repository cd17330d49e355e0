"""Disputes: where actors or sources contradict each other about the same thing.

Three general patterns:
- an assessment claimed by one actor and negated by another ('some progress' /
  'zero progress', 'a breakthrough' / 'no breakthrough'), about the same object;
- an attack blamed by one side and denied or contested by the other ('X denied …',
  'X claimed without evidence …'), about the same place;
- an accusation against a party that the party denies ('A accused B of …' / 'B denied
  …'), when no place ties it to an attack;
- differing casualty figures for the same incident, unless one supersedes the other
  (figures.py).

Each claim is attributed through the parse (claims.py); an actor heard on both sides
keeps its majority stance; each dispute lists up to two actors per stance.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from briefgen.config import Config
from briefgen.merge.text import ref_key, sorted_refs, stem
from briefgen.nlp.parse_cache import parse_sentences
from briefgen.nlp.parsed_doc import ParsedDoc, ParsedToken
from briefgen.records.content import Content, Dispute, DisputeSide, Ref
from briefgen.records.source import Source
from briefgen.summarize.blame import blame_stances, called_by, called_so
from briefgen.summarize.claims import ActorIndex, Speaker, claimant, compact
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.figures import casualty_disputes
from briefgen.summarize.sentences import (
    ends_a_sentence,
    is_boilerplate,
    is_outlet_opinion,
    source_sentences,
)

# Assessments: the words that assert (or, negated, deny) that something moves forward.
PROGRESS = frozenset({"progress", "breakthrough", "headway", "result", "success"})
SETBACK = frozenset({"stalemate", "deadlock", "impasse", "standstill", "failure", "collapse"})
POSITIVE = frozenset({"positive", "constructive", "productive", "encouraging", "promising"})
NEGATORS = frozenset(
    {"no", "not", "n't", "never", "zero", "little", "few", "without", "none", "neither", "nor"}
)
OBJECTS = {"talk": "talks", "negotiation": "talks", "negotiations": "talks", "discussion": "talks"}
ATTACK = frozenset(
    str.split(
        """strike airstrike attack bombardment bombing shelling shell hit hitting target
        targeting raid assault blast missile rocket bomb"""
    )
)
DENY = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})
# "rejected the accusation", "disputed that account": a denial of what was just reported.
ANAPHORIC_OBJECTS = frozenset(
    str.split(
        """accusation accusations allegation allegations claim claims charge charges account
        accounts report reports criticism version"""
    )
)
REPORTING = frozenset({"say", "claim", "allege", "insist", "charge", "argue", "tell"})
CONTESTED = re.compile(
    r"\b(?:without (?:providing |offering |giving )?(?:any )?evidence|unsubstantiated|baseless|"
    r"unfounded|unproven)\b",
    re.IGNORECASE,
)
ACCUSE = frozenset({"accuse", "blame", "claim", "say", "report", "tell", "allege"})
SPEECH_OR_CLAIM = frozenset({"claim", "say", "allege", "insist", "assert", "argue"})
CASUALTY_WORDS = frozenset({"kill", "killed", "dead", "die", "died", "injure", "injured", "wound"})
SETTING_SHARE = 0.3  # a place named in more of the sentences than this is the setting
CONTEXT_SENTENCES = 4
MAX_SIDES_PER_STANCE = 2
MAX_DISPUTES = 6
ACCUSATIONS = "the accusations against "
_CUES = re.compile(
    r"progress|breakthrough|headway|result|success|positive|constructive|stalemate|deadlock|"
    r"impasse|deni|deny|reject|dismiss|without evidence|unsubstantiated|baseless|accus|blam|"
    r"strike|attack|bomb|shell|hit|target|kill|injur|dead|wound|disput",
    re.IGNORECASE,
)
# Reported speech that may accuse someone ('A says B ignored the warnings').
_REPORTED = re.compile(r"\bsa(?:y|ys|id)\b|claim|alleg|insist|argu|charg", re.IGNORECASE)


@dataclass(frozen=True)
class Stance:
    """One actor's claim, for (+1) or against (-1) an assessment or an accusation."""

    topic: str  # what the dispute is about
    polarity: int
    speaker: Speaker
    index: int  # the sentence


# Each distinct stance and how many times the rules found it, in the order first found:
# a stance found n times weighs n in an actor's majority (_settle_turncoats).
Found = dict[Stance, int]


def _usable(text: str) -> bool:
    return ends_a_sentence(text) and not is_boilerplate(text) and not is_outlet_opinion(text)


def _negated(token: ParsedToken) -> bool:
    """'no breakthrough', 'zero progress', 'doesn't see progress', 'few results'."""
    for child in token.children:
        if child.lower_ in NEGATORS or child.dep_ == "neg":
            return True
    head = token.head
    for _ in range(2):
        if any(c.dep_ == "neg" for c in head.children) or head.lower_ in NEGATORS:
            return True
        if head.lemma_.lower() in DENY:
            return True
        head = head.head
    return False


# The rules below ask the same questions of each parse, and wire copy repeats sentences
# (a parse is shared by every copy): each is answered once per parse, within one
# find_disputes (which empties these caches, so that no parse outlives it).
T = TypeVar("T")
_FORGET_PARSES: list[Callable[[], None]] = []  # each cached rule's cache_clear


def _per_parse(rule: Callable[[ParsedDoc], T]) -> Callable[[ParsedDoc], T]:
    cached = functools.lru_cache(maxsize=None)(rule)
    _FORGET_PARSES.append(cached.cache_clear)
    return cached


@_per_parse
def _assessments(doc: ParsedDoc) -> tuple[tuple[ParsedToken, int], ...]:
    out = []
    for t in doc:
        lemma = stem(t.lemma_.lower())
        if t.i >= 2 and doc[t.i - 2].lower_ == "as" and doc[t.i - 1].lower_ == "a":
            continue  # "as a result of the shelling" assesses nothing
        if lemma in PROGRESS and t.pos_ in ("NOUN", "PROPN"):
            out.append((t, -1 if _negated(t) else 1))
        elif lemma in SETBACK:
            out.append((t, 1 if _negated(t) else -1))
        elif t.lower_ in POSITIVE and t.head.pos_ == "NOUN" and t.dep_ == "amod":
            out.append((t.head, -1 if _negated(t.head) else 1))
    return tuple(out)


@_per_parse
def _object_of(doc: ParsedDoc) -> str | None:
    for t in doc:
        name = OBJECTS.get(t.lemma_.lower()) or OBJECTS.get(t.lower_)
        if name:
            return name
    return None


def assessment_stances(
    corpus: Corpus, docs: dict[int, ParsedDoc], actors: ActorIndex
) -> list[Stance]:
    stances = []
    for i, doc in sorted(docs.items()):
        found = _assessments(doc)
        thing = _object_of(doc)
        if not found or thing is None:
            continue
        polarity = -1 if any(p < 0 for _, p in found) else 1
        speaker = claimant(doc, found[0][0], corpus, i, actors)
        if speaker is not None:
            stances.append(Stance(f"progress in the {thing}", polarity, speaker, i))
    return stances


def _setting_words(corpus: Corpus, content: Content) -> set[str]:
    """Countries, and names in a large share of all sentences: where the story happens,
    too broad to tell one attack from another."""
    counts: Counter[str] = Counter()
    # Counted per distinct text, times its copies: wire copy repeats sentences.
    for text, copies in Counter(s.text for s in corpus.sentences).items():
        for w in set(re.findall(r"\b[A-Z][a-z]+\b", text)):
            counts[w] += copies
    limit = SETTING_SHARE * max(1, len(corpus.sentences))
    countries = {w for a in content.actors if a.kind == "country" for w in a.name.split()}
    return countries | {w for w, c in counts.items() if c > limit}


_LOCATIVE = frozenset({"in", "near", "at", "of", "outside", "around", "on"})


def _places(doc: ParsedDoc, setting: set[str]) -> list[str]:
    """Named places the sentence puts something 'in/near/of …' (the setting left out)."""
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "DATE") or t.text in setting:
            continue
        object_of_place = t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE
        names_a_place = (
            t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.head.lower_ in _LOCATIVE
        )
        if object_of_place or names_a_place:
            out.append(t.text)
    return out


@_per_parse
def _has_attack(doc: ParsedDoc) -> bool:
    return any(stem(t.lemma_.lower()) in ATTACK or t.lower_ in ATTACK for t in doc)


def _incident_place(
    corpus: Corpus, docs: dict[int, ParsedDoc], i: int, setting: set[str]
) -> str | None:
    """The place of the attack a sentence speaks of: its own, or the last one named
    beside an attack in the sentences just before it ('that strike')."""
    own = _places(docs[i], setting) if _has_attack(docs[i]) else []
    if own:
        return own[-1]
    source = corpus.sentences[i].source
    for j in range(i - 1, max(-1, i - 1 - CONTEXT_SENTENCES), -1):
        if corpus.sentences[j].source != source:
            break
        doc = docs.get(j)
        if doc is not None and _has_attack(doc):
            places = _places(doc, setting)
            if places:
                return places[-1]
    return None


@_per_parse
def _denial_verb(doc: ParsedDoc) -> ParsedToken | None:
    for t in doc:
        if (
            t.lemma_.lower() in DENY
            and t.pos_ == "VERB"
            and t.dep_ != "amod"  # "the disputed territory"
            and not any(c.dep_ == "neg" for c in t.children)
        ):
            return t
    return None


@_per_parse
def _names_casualties(doc: ParsedDoc) -> bool:
    return any(t.lemma_.lower() in CASUALTY_WORDS for t in doc)


def _anaphoric_denial(verb: ParsedToken) -> bool:
    """'rejected the accusation', 'disputed that account': no content of its own."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ANAPHORIC_OBJECTS | {"accusation", "allegation", "claim", "charge"}
        and any(d.dep_ == "det" for d in c.children)
        and not any(d.dep_ in ("prep", "acl", "relcl") for d in c.children)
        for c in verb.children
    )


def attack_stances(corpus: Corpus, docs: dict[int, ParsedDoc], actors: ActorIndex) -> list[Stance]:
    setting = _setting_words(corpus, actors.content)
    stances = []
    for i, doc in sorted(docs.items()):
        denial = _denial_verb(doc)
        contested = CONTESTED.search(doc.text) is not None
        accusing = _has_attack(doc) or _names_casualties(doc)
        if denial is None and not contested and not accusing:
            continue
        place = _incident_place(corpus, docs, i, setting)
        if place is None:
            continue
        topic = f"the attack in {place}"
        if denial is not None or contested:
            anchor = denial or next((t for t in doc if t.lemma_.lower() in SPEECH_OR_CLAIM), doc[0])
            speaker = claimant(doc, anchor, corpus, i, actors)
            if speaker is not None:
                stances.append(Stance(topic, -1, speaker, i))
            continue
        verbs = [t for t in doc if t.lemma_.lower() in ACCUSE and t.pos_ == "VERB"]
        # "X accused Y of hitting the hospital, while Z said no one was hurt": the
        # accuser makes the claim, not whoever else speaks in the sentence.
        accusing_verbs = [t for t in verbs if t.lemma_.lower() in ("accuse", "blame", "allege")]
        for t in accusing_verbs or verbs:
            speaker = claimant(doc, t, corpus, i, actors)
            if speaker is not None:
                stances.append(Stance(topic, 1, speaker, i))
    return stances


def same_party(a: Speaker, b: Speaker) -> bool:
    """'Orex' and 'the mining company Orex' are one party; ids must be equal."""
    if a.is_id or b.is_id:
        return a.is_id and b.is_id and a.actor == b.actor
    wa, wb = set(a.actor.casefold().split()), set(b.actor.casefold().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _accusations(
    corpus: Corpus, docs: dict[int, ParsedDoc], actors: ActorIndex
) -> list[tuple[int, Speaker, Speaker]]:
    """(sentence, accuser, accused) for every 'A accused/blamed B …'."""
    out = []
    for i, doc in sorted(docs.items()):
        for t in doc:
            if t.pos_ != "VERB":
                continue
            if t.lemma_.lower() in ("accuse", "blame"):
                targets = [c for c in t.children if c.dep_ == "dobj"]
            elif t.lemma_.lower() in REPORTING:
                targets = _reported_agents(t, actors)
            else:
                continue
            accuser = claimant(doc, t, corpus, i, actors) if targets else None
            for target in targets:
                accused = actors.speaker(compact(target))
                if accuser is not None and not same_party(accuser, accused):
                    out.append((i, accuser, accused))
    return out


def _reported_agents(verb: ParsedToken, actors: ActorIndex) -> list[ParsedToken]:
    """'A says B ignored the warnings': B, when B is a known person or organisation."""
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if clause.lemma_.lower() in SPEECH_OR_CLAIM:
            continue  # "A says B said …" reports B's words, it does not accuse B
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            named = actors.match(compact(subject))
            if named is not None and named.kind in ("person", "organization"):
                out.append(subject)
    return out


def accusation_stances(
    corpus: Corpus,
    docs: dict[int, ParsedDoc],
    actors: ActorIndex,
    skip: set[int],
    accusations: list[tuple[int, Speaker, Speaker]] | None = None,
) -> Found:
    """'A accused B of …' against 'B denied …': a dispute about the accusations. Every
    denial by a party stands against every accusation of it, so the same accusation is
    found once per denial: counted, not repeated (denials × accusations stances)."""
    if accusations is None:
        accusations = _accusations(corpus, docs, actors)
    # The same few parties are accused many times: each is compared with a denier once.
    by_accused: dict[Speaker, list[int]] = {}
    for position, (_, _, accused) in enumerate(accusations):
        by_accused.setdefault(accused, []).append(position)
    answered_by: dict[tuple[Speaker, frozenset[str]], tuple[int, ...]] = {}
    stances: Found = {}
    denials_of: dict[tuple[str, tuple[int, ...]], int] = {}  # (topic, accusations): denials
    for i, doc in sorted(docs.items()):
        verb = _denial_verb(doc)
        if i in skip or verb is None:
            continue
        denier = claimant(doc, verb, corpus, i, actors)
        if denier is None:
            continue
        called = frozenset(called_by(verb))
        found = answered_by.get((denier, called))
        if found is None:
            found = tuple(
                sorted(
                    n
                    for accused, at in by_accused.items()
                    if same_party(accused, denier) or called_so(accused, set(called))
                    for n in at
                )
            )
            answered_by[denier, called] = found
        if found:
            topic = f"{ACCUSATIONS}{actors.display(denier)}"
            _add(stances, Stance(topic, -1, denier, i))
            if (topic, found) not in denials_of:
                denials_of[topic, found] = 0
                for n in found:
                    stances.setdefault(Stance(topic, 1, accusations[n][1], accusations[n][0]), 0)
            denials_of[topic, found] += 1
        elif _anaphoric_denial(verb):
            for stance in _answered(corpus, i, denier, accusations, actors):
                _add(stances, stance)
    for (topic, found), denials in denials_of.items():
        for n in found:
            stances[Stance(topic, 1, accusations[n][1], accusations[n][0])] += denials
    return stances


def _add(found: Found, stance: Stance, times: int = 1) -> None:
    found[stance] = found.get(stance, 0) + times


def _answered(
    corpus: Corpus,
    i: int,
    denier: Speaker,
    accusations: list[tuple[int, Speaker, Speaker]],
    actors: ActorIndex,
) -> list[Stance]:
    """The accusation an anaphoric denial answers: the last one made, by another party,
    in the sentences just before it in the same source."""
    source = corpus.sentences[i].source
    before = [
        (j, a, accused)
        for j, a, accused in accusations
        if i - CONTEXT_SENTENCES <= j < i
        and corpus.sentences[j].source == source
        and not same_party(a, denier)
    ]
    if not before:
        return []
    j, accuser, accused = max(before, key=lambda x: x[0])
    topic = f"{ACCUSATIONS}{actors.display(accused)}"
    return [Stance(topic, -1, denier, i), Stance(topic, 1, accuser, j)]


def _side_key(s: Speaker) -> str:
    return s.actor if s.is_id else s.actor.casefold()


def _settle_turncoats(group: list[tuple[Stance, int]]) -> list[Stance]:
    """An actor heard on both sides keeps its majority stance (a denial on a tie)."""
    votes: Counter[str] = Counter()
    for s, times in group:
        votes[_side_key(s.speaker)] += s.polarity * times
    return [
        Stance(s.topic, 1 if votes[_side_key(s.speaker)] > 0 else -1, s.speaker, s.index)
        for s, _ in group
    ]


def _fold_free_text(members: dict[str, list[Stance]]) -> dict[str, list[Stance]]:
    """'health officials' and 'local health officials' are one side."""
    keys = sorted(members, key=lambda k: (-len(k.split()), k))
    out: dict[str, list[Stance]] = {}
    for key in keys:
        words_ = set(key.split())
        wider = next(
            (k for k in out if words_ < set(k.split()) and not members[k][0].speaker.is_id),
            None,
        )
        if wider is not None and not members[key][0].speaker.is_id:
            out[wider] = out[wider] + members[key]
        else:
            out[key] = list(members[key])
    return out


def _sides(group: list[Stance], polarity: int, corpus: Corpus) -> list[DisputeSide]:
    members: dict[str, list[Stance]] = {}
    for s in group:
        if s.polarity == polarity:
            members.setdefault(_side_key(s.speaker), []).append(s)
    members = _fold_free_text(members)
    ranked = sorted(
        members.values(),
        key=lambda ms: (-len({corpus.group_of(s.index) for s in ms}), min(s.index for s in ms)),
    )
    out = []
    for ms in ranked[:MAX_SIDES_PER_STANCE]:
        first = min(ms, key=lambda s: s.index)
        out.append(
            DisputeSide(
                claim=corpus.sentences[first.index].text,
                actor=first.speaker.actor,
                sources=sorted_refs(corpus.sentences[s.index].ref for s in ms),
            )
        )
    return out


def _one_party_topics(topics: set[str]) -> dict[str, str]:
    """'the accusations against Union' is 'the accusations against Union for Renewal'."""
    against = {
        t: set(t.removeprefix(ACCUSATIONS).split()) for t in topics if t.startswith(ACCUSATIONS)
    }
    out = {}
    for t, named in against.items():
        wider = [o for o, more in against.items() if named < more]
        out[t] = max(wider, key=lambda o: (len(against[o]), o)) if wider else t
    return out


def _disputes_from(stances: Found, corpus: Corpus) -> list[Dispute]:
    by_topic: dict[str, list[tuple[Stance, int]]] = {}
    same = _one_party_topics({s.topic for s in stances})
    for s, times in stances.items():
        by_topic.setdefault(same.get(s.topic, s.topic), []).append((s, times))
    out = []
    for topic, group in sorted(by_topic.items()):
        settled = _settle_turncoats(group)
        claims, denials = _sides(settled, 1, corpus), _sides(settled, -1, corpus)
        if claims and denials:
            out.append(Dispute(about=topic, sides=tuple(claims + denials)))
    return out


@functools.lru_cache(maxsize=1 << 16)
def is_claim_sentence(text: str) -> bool:
    """A sentence the dispute rules read the parse of."""
    return _usable(text) and bool(_CUES.search(text) or _REPORTED.search(text))


# Wire copy repeats sentences: each distinct text is searched once.
@functools.lru_cache(maxsize=1 << 16)
def _is_cued(text: str) -> bool:
    return bool(_CUES.search(text))


def claim_sentence_texts(source: Source) -> list[str]:
    """The sentences of a source whose parses find_disputes will ask for (the build parses
    them with the rest of the NLP, in parallel; see build.extract_all)."""
    return [s.text for s in source_sentences(source) if is_claim_sentence(s.text)]


def _parse(corpus: Corpus, config: Config) -> dict[int, ParsedDoc]:
    picked = [i for i, s in enumerate(corpus.sentences) if is_claim_sentence(s.text)]
    docs = parse_sentences([corpus.sentences[i].text for i in picked], config)
    return dict(zip(picked, docs, strict=True))


def _first_ref(d: Dispute) -> tuple[str, int, str]:
    refs: list[Ref] = [r for side in d.sides for r in side.sources]
    return min((ref_key(r) for r in refs), default=("", 0, ""))


def find_disputes(corpus: Corpus, content: Content, config: Config) -> tuple[Dispute, ...]:
    try:
        return _find_disputes(corpus, content, config)
    finally:
        for forget in _FORGET_PARSES:
            forget()


def _find_disputes(corpus: Corpus, content: Content, config: Config) -> tuple[Dispute, ...]:
    docs = _parse(corpus, config)
    # Attacks and assessments read only sentences that speak of them: a plain 'said'
    # sentence must not carry an attack's place to a denial further on.
    cued = {i: d for i, d in docs.items() if _is_cued(corpus.sentences[i].text)}
    actors = ActorIndex(content)
    attacks = attack_stances(corpus, cued, actors)
    denied = {s.index for s in attacks if s.polarity < 0}
    accusations = _accusations(corpus, docs, actors)
    stances: Found = {}
    for stance in assessment_stances(corpus, cued, actors) + attacks:
        _add(stances, stance)
    for stance, times in accusation_stances(corpus, docs, actors, denied, accusations).items():
        _add(stances, stance, times)
    for blamed in blame_stances(corpus, accusations, actors):
        _add(stances, Stance(*blamed))
    disputes = _fold_into_figures(_disputes_from(stances, corpus), casualty_disputes(content))
    # Keep the disputes the most sources take part in; show them in reading order.
    disputes.sort(key=lambda d: (-_voices(d, corpus), _first_ref(d), d.about))
    kept = disputes[:MAX_DISPUTES]
    kept.sort(key=lambda d: (_first_ref(d), d.about))
    return tuple(kept)


def _gives_count(side: DisputeSide, figure: DisputeSide) -> bool:
    """The stance's sentence, by the same actor, gives the count of the figure's side."""
    count = re.search(r"\d+", figure.claim)
    return (
        count is not None
        and side.actor is not None
        and side.actor == figure.actor
        and re.search(rf"(?<![\d,]){count.group(0)}(?![\d,])", side.claim.replace(",", ""))
        is not None
    )


def _fold_into_figures(stances: list[Dispute], figures: list[Dispute]) -> list[Dispute]:
    """An accusation made with a rival toll ('said at least 40 had died and accused the
    authorities of hiding it') and its denial are that toll's dispute: one entry."""
    out_figures = list(figures)
    kept = []
    for d in stances:
        if not d.about.startswith(ACCUSATIONS):
            kept.append(d)  # who carried out an attack is not how many it killed
            continue
        target = next(
            (
                k
                for k, f in enumerate(out_figures)
                if any(_gives_count(s, fs) for s in d.sides for fs in f.sides)
            ),
            None,
        )
        if target is None:
            kept.append(d)
            continue
        f = out_figures[target]
        known = {fs.actor for fs in f.sides}
        extra = tuple(s for s in d.sides if s.actor not in known)
        out_figures[target] = Dispute(about=f.about, sides=f.sides + extra)
    return kept + out_figures


def _voices(d: Dispute, corpus: Corpus) -> int:
    return len({corpus.group.get(r.source, r.source) for side in d.sides for r in side.sources})
