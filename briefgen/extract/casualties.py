"""Casualty figures: how many people were killed, injured, displaced … and who says so.

A number counts casualties only when it counts people (or stands alone before a
casualty word: "six injured") and a casualty word governs it or follows it. Money,
distances, dates and counts of things never qualify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.dates import DateHit, find_dates, starts_a_period
from briefgen.extract.displacement import displacement_kind, tells_no_displacement
from briefgen.extract.doc import ParsedPara
from briefgen.extract.figure_claimants import agent_claimants, figure_claimants
from briefgen.extract.figure_scope import (
    TOLL_NOUNS,
    coordinated,
    is_background,
    is_increment,
    is_old_toll,
    shot_with_deaths,
    stated_on,
)
from briefgen.extract.lexicon import (
    CASUALTY_ADJECTIVES,
    CASUALTY_NOUNS,
    CASUALTY_VERBS,
    PERSON_NOUNS,
    words,
)
from briefgen.extract.numbers import (
    SUFFIX_SCALES,
    is_number_word,
    parse_count,
    qualifier_before,
)
from briefgen.extract.speakers import Speech
from briefgen.extract.table import ActorTable
from briefgen.extract.victims import count_victims, victims_of
from briefgen.records.facts import CasualtyFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOT_COUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_UNITS = frozenset(
    words("""
    mile miles km kilometre kilometres kilometer kilometers meter meters metre metres percent
    % day days week weeks month months year years hour hours minute minutes dollar dollars
    euro euros pound pounds ton tons tonne tonnes round rounds time times
    """)
)
_CURRENCY = frozenset({"$", "€", "£", "¥", "us$"})
_ZERO_WORDS = frozenset({"nobody", "none"})
# Words between a count and its casualty word: "people were killed", "remain missing",
# "were among the dead".
_LINK_WORDS = frozenset(
    words(
        "were was have has had been being are is reportedly also remain remained remains "
        "still among the confirmed feared believed presumed now left later found pronounced "
        "newly recently internally temporarily reported registered recorded made"
    )
)


@dataclass(frozen=True)
class FoundCasualty:
    fact: CasualtyFact
    para: int
    sentence_start: int  # token offset of the sentence within the paragraph
    single: bool = False  # "a soldier was killed": one victim told, not a count stated


def _shot_kind(token: Token) -> str | None:
    """ "were shot" wounds, "shot dead", "shot and killed", "fatally shot" kill; "shot at"
    hits no one."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 3, len(doc))]]
    if after[:1] == ["at"] and (len(after) < 2 or not after[1].isalpha()):
        return None  # "were shot at": fired at, not hit
    if after[:1] == ["dead"] or after[:2] in (["and", "killed"], ["to", "death"]):
        return "killed"
    if token.i > 0 and doc[token.i - 1].lower_ in ("fatally", "mortally"):
        return "killed"
    return "injured"


def _kind_from(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in ("shoot", "graze") and token.tag_ == "VBN":
        return _shot_kind(token) if lemma == "shoot" else "injured"
    if token.pos_ in ("VERB", "AUX") and lemma in CASUALTY_VERBS:
        return CASUALTY_VERBS[lemma]
    if token.lower_ in CASUALTY_ADJECTIVES and token.pos_ in ("ADJ", "VERB", "NOUN"):
        return CASUALTY_ADJECTIVES[token.lower_]
    return None


def _counted_noun(last: Token) -> Token | None:
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN"):
        return last.head
    doc = last.doc
    for j in range(last.i + 1, min(len(doc), last.i + 4)):
        t = doc[j]
        if t.pos_ in ("ADJ",) or t.dep_ == "compound" or t.ent_type_ == "NORP":
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            return t
        break
    return None


def _is_people(noun: Token) -> bool:
    lemma, lower = noun.lemma_.lower(), noun.lower_
    return (
        lemma in PERSON_NOUNS
        or lower in PERSON_NOUNS
        or lemma in CASUALTY_NOUNS
        or lower in CASUALTY_NOUNS
        or (noun.ent_type_ == "NORP" and lower.endswith("s"))
    )


def _noun_kind(noun: Token) -> str | None:
    """The kind a counted noun names itself ("deaths", "the bodies of 410 civilians")."""
    for word in (noun.lemma_.lower(), noun.lower_):
        if word in CASUALTY_NOUNS:
            return CASUALTY_NOUNS[word]
    # "the bodies of 410 civilians"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        owner = noun.head.head
        for word in (owner.lemma_.lower(), owner.lower_):
            if word in CASUALTY_NOUNS:
                return CASUALTY_NOUNS[word]
    return None


def _kind_told_after(anchor: Token) -> str | None:
    """The kind the words after the count tell: "servicemen killed", "six injured",
    "people were killed", "have been displaced", "were taken hostage"."""
    doc = anchor.doc
    j = anchor.i + 1
    while j < len(doc) and doc[j].lower_ in _LINK_WORDS:
        j += 1
    if j >= len(doc):
        return None
    kind = _kind_from(doc[j])
    if kind:
        return kind
    # "were stabbed to death", "trampled to death"
    if doc[j].pos_ == "VERB" and [t.lower_ for t in doc[j + 1 : j + 3]] == ["to", "death"]:
        return "killed"
    taken = [t.lower_ for t in doc[j + 1 : j + 3]] if doc[j].lemma_.lower() == "take" else []
    if taken[:1] and taken[0] in ("hostage", "captive", "prisoner", "prisoners"):
        return "detained"
    if taken[:2] in (["to", "hospital"], ["to", "hospitals"]):
        return "injured"
    return None


def _casualty_kind(number: Token, noun: Token | None) -> str | None:
    anchor = noun if noun is not None else number
    if noun is not None:
        named = _noun_kind(noun)
        if named is not None:
            return named
    told = _kind_told_after(anchor)
    if told is not None:
        return told
    doc = anchor.doc
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl"):
            kind = _kind_from(child)
            if kind:
                return kind
    if anchor.dep_ in ("nsubjpass", "dobj", "nsubj"):
        kind = _kind_from(anchor.head)
        if kind:
            return kind
    # "a total of 5 people … were shot"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        owner = anchor.head.head
        if owner.lemma_.lower() in ("total",) and owner.dep_ in ("nsubj", "nsubjpass"):
            kind = _kind_from(owner.head)
            if kind:
                return kind
    # "wounded over 1,000": the qualifier took the number as its object
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("over", "than", "nearly", "around"):
        kind = _kind_from(anchor.head.head)
        if kind:
            return kind
    # "a previous toll of two deaths", "the death toll rose to 12", "put the number of dead at 9"
    window = doc[max(anchor.sent.start, number.i - 6) : number.i]
    tolls = [t for t in window if t.lemma_.lower() in TOLL_NOUNS]
    verb = number.head.head if number.head.pos_ == "ADP" else number.head
    tolls += [
        c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in TOLL_NOUNS
    ]
    for toll in tolls:
        kind = _toll_kind(toll)
        if kind:
            return kind
    return _kind_by_predicate(anchor)


# What people "suffered" or "sustained" that makes them injured.
_INJURY_OBJECTS = frozenset(
    words("burn burns injury injuries wound wounds inhalation fracture fractures trauma concussion")
)


def _kind_by_predicate(anchor: Token) -> str | None:
    """ "six firefighters suffered burns", "3,000 people were forced from their homes",
    "two dozen of the injured remain in hospital"."""
    head = anchor.head
    lemma = head.lemma_.lower()
    suffered = any(c.dep_ == "dobj" and c.lower_ in _INJURY_OBJECTS for c in head.children)
    if anchor.dep_ == "nsubj" and lemma in ("suffer", "sustain") and suffered:
        return "injured"
    displaced = displacement_kind(anchor)
    if displaced:
        return displaced
    # "two people were treated in hospital", "were treated for burns"
    treated = [t.lower_ for t in head.subtree if t.i > head.i][:3]
    if (
        anchor.dep_ == "nsubjpass"
        and lemma == "treat"
        and ("hospital" in treated or "for" in treated)
    ):
        return "injured"
    # Read by word order: the parser often ties "of the injured" to the wrong head.
    doc = anchor.doc
    following = doc[anchor.i + 1 : min(anchor.i + 4, len(doc))]
    if len(following) == 3 and [t.lower_ for t in following[:2]] == ["of", "the"]:
        group = following[2]
        kind = CASUALTY_ADJECTIVES.get(group.lower_) or CASUALTY_NOUNS.get(group.lemma_.lower())
        j = group.i + 1
        while j < len(doc) and doc[j].lower_ in _LINK_WORDS:
            j += 1
        # "four of the injured died": what happened to them, not what they were
        later = _kind_from(doc[j]) if j < len(doc) else None
        return later or kind
    return None


def _toll_kind(toll: Token) -> str | None:
    """What a toll counts ("death toll", "number of dead"); a bare toll counts deaths."""
    for t in toll.subtree:
        word = t.lemma_.lower()
        if t.i == toll.i:
            continue
        for table in (CASUALTY_NOUNS, CASUALTY_ADJECTIVES):
            if word in table or t.lower_ in table:
                return table.get(word) or table[t.lower_]
    return "killed" if toll.lemma_.lower() == "toll" else None


def _single_victim(token: Token) -> bool:
    """ "A soldier was killed", "a 10-year-old girl died": one victim, counted as 1."""
    if token.lower_ not in ("a", "an") or token.dep_ != "det":
        return False
    noun = token.head
    if noun.lemma_.lower() not in PERSON_NOUNS or noun.tag_ != "NN":
        return False
    return noun.dep_ in ("nsubjpass", "nsubj") and _kind_from(noun.head) is not None


def _is_part_of_a_figure(token: Token) -> bool:
    """ "… killed, including 6,000 children", "among them 13 Israelis": a share of a
    figure already given, told in its victims, not a figure of its own."""
    if token.dep_ == "pobj" and token.head.lower_ == "including":
        return True
    # "among them 13 Israelis"; but "a child was among the three people killed" is the figure.
    before = token.doc[max(token.left_edge.i - 2, 0) : token.left_edge.i]
    return [t.lower_ for t in before] == ["among", "them"]


def _number_groups(sent: Span) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        t = sent.doc[i]
        if (
            (t.like_num or is_number_word(t.text))
            and t.pos_ in ("NUM", "NOUN", "ADJ", "PRON")
            or t.lower_ in _ZERO_WORDS
        ):
            j = i + 1
            while j < sent.end and (
                sent.doc[j].like_num
                or is_number_word(sent.doc[j].text)
                or _number_hyphen(sent, j)
                or _scale_suffix(sent, j)
            ):
                j += 1
            groups.append((i, j))
            i = j
        elif _dozen_phrase(sent, i):
            # "half a dozen", "a dozen": the article is part of the number
            j = i + (3 if t.lower_ == "half" else 2)
            groups.append((i, j))
            i = j
        elif _single_victim(t):
            groups.append((i, i + 1))
            i += 1
        elif (
            t.lower_ == "no"
            and i + 1 < sent.end
            and (sent.doc[i + 1].lower_ == "one" or _is_people(sent.doc[i + 1]))
        ):
            groups.append((i, i + 1))
            i += 2 if sent.doc[i + 1].lower_ == "one" else 1
        else:
            i += 1
    return groups


def _number_hyphen(sent: Span, j: int) -> bool:
    """The hyphen of "Forty-one", split off by the tokenizer."""
    doc = sent.doc
    return (
        doc[j].text == "-"
        and j + 1 < sent.end
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and is_number_word(doc[j + 1].text)
    )


def _scale_suffix(sent: Span, j: int) -> bool:
    """The "m" of "1.2m people", split off the digits by the tokenizer."""
    doc = sent.doc
    before = doc[j - 1]
    return doc[j].lower_ in SUFFIX_SCALES and before.like_num and not before.whitespace_


def _bare_count(token: Token) -> bool:
    """ "the toll stands at 45": NER calls a lone number a date; with no month, weekday or
    year beside it, it is a count."""
    if token.ent_type_ != "DATE" or not token.text.replace(",", "").isdigit():
        return False
    if 1900 <= int(token.text.replace(",", "")) <= 2100:
        return False
    doc = token.doc
    near = doc[max(token.i - 2, 0) : min(token.i + 3, len(doc))]
    return not any(
        t.i != token.i and (t.ent_type_ == "DATE" and not t.is_punct and t.pos_ != "ADP")
        for t in near
    )


def _dozen_phrase(sent: Span, i: int) -> bool:
    doc = sent.doc
    following = [t.lower_ for t in doc[i : min(i + 3, sent.end)]]
    return following[:3] in (["half", "a", "dozen"], ["half", "an", "dozen"]) or (
        following[:2] in (["a", "dozen"], ["an", "dozen"])
        and (i == sent.start or doc[i - 1].lower_ != "half")
    )


def _place(pp: ParsedPara, table: ActorTable, sent: Span, at: int, exclude: set[str]) -> str | None:
    best: tuple[int, int, str] | None = None
    for m in table.in_range(pp.index, sent.start, sent.end):
        kind = table.kind_of(m.key)
        if kind not in ("place", "country") or m.key in exclude:
            continue
        rank = (0 if kind == "place" else 1, abs(m.start - at))
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], next(a.name for a in table.actors if a.key == m.key))
    return best[2] if best else None


def find_casualties(
    paras: tuple[ParsedPara, ...],
    table: ActorTable,
    speech_list: list[Speech],
    published: dt.date | None,
) -> list[FoundCasualty]:
    by_verb = {(s.para, s.verb.i): s for s in speech_list}
    found: list[FoundCasualty] = []
    for pp in paras:
        if pp.heading:
            continue
        for sent in pp.doc.sents:
            for start, end in _number_groups(sent):
                figure = _figure_at(pp, sent, (start, end), found, table, by_verb, published)
                if figure is not None:
                    found.append(figure)
    return _with_victims_counted(found, paras, published)


@dataclass(frozen=True)
class _Count:
    """What a group of number tokens counts: how many, and of whom (the noun)."""

    count: int
    noun: Token | None
    zero: bool  # "no one was hurt"
    single: bool  # "a soldier was killed"


def _count_of_people(doc: Doc, start: int, end: int) -> _Count | None:
    """The count that tokens start..end state, when it counts people: None for money, a
    measure, a year, a count of things, or a part of a larger figure."""
    first, last = doc[start], doc[end - 1]
    if any(t.ent_type_ in _NOT_COUNT_ENTS and not _bare_count(t) for t in doc[start:end]):
        return None
    if start > 0 and doc[start - 1].lower_ in _CURRENCY:
        return None
    if end < len(doc) and doc[end].lower_ in _UNITS:
        return None
    zero = first.lower_ in ("no", "nobody", "none")
    single = first.lower_ in ("a", "an") and end - start == 1
    count = 1 if single else 0 if zero else parse_count([t.text for t in doc[start:end]])
    if count is None or (1900 <= count <= 2100 and first.text.isdigit()):
        return None
    noun = first.head if single else None if first.lower_ in _ZERO_WORDS else _counted_noun(last)
    if noun is not None and not _is_people(noun) and noun.lower_ != "one":
        return None
    if _is_part_of_a_figure(noun or last):
        return None
    if noun is not None and noun.dep_ == "conj" and _is_people(noun.head):
        return None  # "four adults and two children": counted with the first
    return _Count(count, noun, zero, single)


def _figure_at(
    pp: ParsedPara,
    sent: Span,
    group: tuple[int, int],
    found: list[FoundCasualty],
    table: ActorTable,
    by_verb: dict[tuple[int, int], Speech],
    published: dt.date | None,
) -> FoundCasualty | None:
    """The casualty figure the number group ``start..end`` of ``sent`` states, or None
    when it states none (another kind of number, an increment, no harm named)."""
    doc = pp.doc
    start, end = group
    counted = _count_of_people(doc, start, end)
    if counted is None:
        return None
    first, last, noun = doc[start], doc[end - 1], counted.noun
    kind = _casualty_kind(last, noun)
    if kind == "injured" and shot_with_deaths(sent, noun or last, end):
        return None  # "five were shot, one fatally": the wounded are not stated
    updated = _figure_updated_from(found, pp.index, sent.start, doc, start)
    if kind is None and updated is not None:
        kind = updated.kind  # "rose to 21, up from 17": 17 was the earlier toll
    if kind is None or (kind == "displaced" and tells_no_displacement(noun or last)):
        return None  # "6,200 IDPs returned to their areas of origin"
    in_sentence = {
        f.fact.kind for f in found if f.para == pp.index and f.sentence_start == sent.start
    }
    # "14 more bodies": the running toll, where stated, is the figure; but "a further
    # 3,000 people were displaced" is a flow, what reports count.
    flow = kind in ("displaced", "evacuated") and kind not in in_sentence
    if not flow and is_increment(sent, start, end, in_sentence, kind):
        return None
    count = counted.count + coordinated(noun)
    words_before = [t.text for t in doc[max(sent.start, start - 3) : start]]
    qualifier, _ = qualifier_before(words_before)
    claimed = _claimants(pp, sent, noun or last, table, by_verb)
    dates = _days_nearest(sent, first.idx - sent.start_char, published)
    old = is_old_toll(list(doc[max(sent.start, start - 5) : start])) or (
        updated is not None and updated.kind == kind
    )
    background = is_background(sent, start, doc.text, published, sent.start == 0)
    fact = CasualtyFact(
        key=f"c{len(found) + 1}-{kind}-{count}",
        kind=kind,
        count=count,
        qualifier=qualifier,
        victims=None if counted.zero else victims_of(noun, end),
        place=_place(pp, table, sent, start, set()),
        date=None if old or not dates else dates[0].date,
        claimed_by=tuple(claimed),
        ref=pp.ref,
        as_of=stated_on(dates, published, sent),
        scope="background" if background else "story",
        # "a soldier was killed": a victim told, counted by briefgen
        counted_by="briefgen" if counted.single else None,
    )
    if old:
        fact = _link_old_toll(found, fact)
    return FoundCasualty(fact, pp.index, sent.start, counted.single)


def _claimants(
    pp: ParsedPara,
    sent: Span,
    counted: Token,
    table: ActorTable,
    by_verb: dict[tuple[int, int], Speech],
) -> list[str]:
    """Who gives a figure: whoever says it, then the agents the sentence names."""
    claimed = figure_claimants(pp, table, sent, counted, by_verb)
    agents = agent_claimants(pp, sent, table, False) + agent_claimants(pp, sent, table, True)
    return claimed + [c for c in agents if c not in claimed]


def _days_nearest(sent: Span, at: int, published: dt.date | None) -> list[DateHit]:
    """The sentence's dates to the day, nearest first to the figure at char ``at``
    (a date that starts a period, "since 7 October", dates no figure)."""
    return sorted(
        (
            h
            for h in find_dates(sent.text, published)
            if h.precision == "day" and not starts_a_period(sent.text, h)
        ),
        key=lambda h: min(abs(h.start - at), abs(h.end - at)),
    )


def _with_victims_counted(
    found: list[FoundCasualty], paras: tuple[ParsedPara, ...], published: dt.date | None
) -> list[FoundCasualty]:
    # Victims told one by one ("a soldier was killed … a 20-year-old died") are counted
    # together where the source states no count of their kind.
    stated = {f.fact.kind for f in found if f.fact.scope == "story" and not f.single}
    counted = count_victims(paras, published, stated, len(found))
    # A victim told alone is one of briefgen's count; beside a stated count it may be
    # another incident's ("a girl was killed when a rocket hit … two people died"), so it
    # stays, marked as counted by briefgen, and a stated count outranks it as key figure.
    kinds = {fact.kind for fact, _ in counted}
    found = [f for f in found if not (f.single and f.fact.kind in kinds)]
    found += [FoundCasualty(fact, para, 0) for fact, para in counted]
    return found


def _figure_updated_from(
    found: list[FoundCasualty], para: int, sent_start: int, doc: Doc, start: int
) -> CasualtyFact | None:
    """The figure of this sentence that "up from N" / "down from N" revises, if any."""
    before = [t.lower_ for t in doc[max(sent_start, start - 2) : start]]
    if before not in (["up", "from"], ["down", "from"]):
        return None
    same = [f.fact for f in found if f.para == para and f.sentence_start == sent_start]
    return same[-1] if same else None


def _link_old_toll(found: list[FoundCasualty], old: CasualtyFact) -> CasualtyFact:
    """An earlier toll takes its victims and place from the figure that updates it,
    and that figure is marked as superseding it (done by the caller's list order)."""
    for i in range(len(found) - 1, max(-1, len(found) - 4), -1):
        newer = found[i].fact
        if newer.kind == old.kind and newer.supersedes is None and newer.count != old.count:
            found[i] = FoundCasualty(
                CasualtyFact(**{**newer.__dict__, "supersedes": old.key}),
                found[i].para,
                found[i].sentence_start,
            )
            return CasualtyFact(
                **{
                    **old.__dict__,
                    "victims": old.victims or newer.victims,
                    "place": old.place or newer.place,
                }
            )
    return old
