"""Casualty figures: how many people were killed, injured, displaced … and who says so.

A number counts casualties only when it counts people (or stands alone before a
casualty word: "six injured") and a casualty word governs it or follows it. Money,
distances, dates and counts of things never qualify. Which numbers count people is
`people_counts`; what kind a count tells is `casualty_kind`; this module makes the
figure: its qualifier, claimants, date, place, scope and the toll it updates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.casualty_kind import casualty_kind
from briefgen.extract.dates import DateHit, find_dates, starts_a_period
from briefgen.extract.displacement import tells_no_displacement
from briefgen.extract.doc import ParsedPara
from briefgen.extract.figure_claimants import agent_claimants, figure_claimants
from briefgen.extract.figure_scope import (
    coordinated,
    is_background,
    is_increment,
    is_old_toll,
    shot_with_deaths,
    stated_on,
)
from briefgen.extract.numbers import qualifier_before
from briefgen.extract.people_counts import (
    count_of_people,
    lower_bound_count,
    number_groups,
    range_bound,
)
from briefgen.extract.speakers import Speech
from briefgen.extract.table import ActorTable
from briefgen.extract.victims import count_victims, victims_of
from briefgen.records.facts import CasualtyFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class FoundCasualty:
    fact: CasualtyFact
    para: int
    sentence_start: int  # token offset of the sentence within the paragraph
    single: bool = False  # "a soldier was killed": one victim told, not a count stated


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
            for start, end in number_groups(sent):
                figure = _figure_at(pp, sent, (start, end), found, table, by_verb, published)
                if figure is not None:
                    found.append(figure)
    return _with_victims_counted(found, paras, published)


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
    counted = count_of_people(doc, start, end)
    bound = range_bound(doc, start, end)
    if counted is None or bound == "upper":
        return None  # "between 3,000 and 5,000 people": one figure, at least 3,000
    first, last, noun = doc[start], doc[end - 1], counted.noun
    kind = casualty_kind(last, noun) or _running_total_kind(found, pp.index, sent, last)
    if kind == "injured" and shot_with_deaths(sent, noun or last, end):
        return None  # "five were shot, one fatally": the wounded are not stated
    updated = _figure_updated_from(found, pp.index, sent.start, doc, start)
    if kind is None and updated is not None:
        kind = updated.kind  # "rose to 21, up from 17": 17 was the earlier toll
    if kind is None or _tells_no_figure(kind, counted.zero, noun or last):
        return None
    if _adds_to_a_toll(found, pp.index, sent, group, kind, noun or last):
        return None
    scaled = lower_bound_count(doc, start, end) if bound == "lower" else None
    count = (scaled or counted.count) + coordinated(noun)
    words_before = [t.text for t in doc[max(sent.start, start - 3) : start]]
    qualifier, _ = qualifier_before(words_before)
    if bound == "lower" and qualifier == "exact":
        qualifier = "at_least"
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


def _tells_no_figure(kind: str, zero: bool, counted: Token) -> bool:
    """A number of a kind that is no figure a reader keeps: people who went home ("6,200
    IDPs returned to their areas of origin"), none displaced ("no one was displaced": a
    report says so when nothing happened to count), or a projection ("up to 30,000 people
    could be displaced if the dam fails")."""
    displacing = kind in ("displaced", "evacuated")
    if displacing and (tells_no_displacement(counted) or zero):
        return True
    return _projected(counted)


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


# Nouns of a running total that name no kind of their own: "bringing the total to 2.6
# million", "the overall figure stands at 412,000".
_TOTAL_NOUNS = frozenset({"total", "figure", "tally", "number", "count"})


def _adds_to_a_toll(
    found: list[FoundCasualty],
    para: int,
    sent: Span,
    group: tuple[int, int],
    kind: str,
    counted: Token,
) -> bool:
    """ "14 more bodies": the running toll, where stated, is the figure; but "a further
    3,000 people were displaced" is a flow, what reports count, and so is a count of
    another place ("850 households in Jonglei and a further 300 in Upper Nile")."""
    in_sentence = {f.fact.kind for f in found if f.para == para and f.sentence_start == sent.start}
    # "2,000 people in Borno and about 1,200 in Yobe", "a further 1.2 million refugees
    # abroad"; and "another 20,000 have crossed into Niger", "a further 4,000 sought
    # asylum in Uganda": people who went somewhere else are a flow of their own
    own_place = any(
        (c.dep_ == "prep" and c.lower_ == "in") or c.lower_ == "abroad" for c in counted.children
    )
    verb = counted.head if counted.dep_ in ("nsubj", "nsubjpass") else None
    went = ("in", "into", "to", "across")
    if verb is not None and any(c.dep_ == "prep" and c.lower_ in went for c in verb.children):
        own_place = True
    flow = kind in ("displaced", "evacuated") and (kind not in in_sentence or own_place)
    return not flow and is_increment(sent, group[0], group[1], in_sentence, kind)


# Auxiliaries of what may happen, not what did: a projection is no figure.
_MODALS = frozenset({"could", "might", "may", "would", "will", "shall"})
# Verbs of what someone means or expects to do: "plans to relocate 5,000 residents",
# "is preparing to evacuate 20,000 people" tell no one moved yet.
_INTENDING = frozenset(
    {"plan", "prepare", "intend", "aim", "hope", "want", "expect", "propose", "consider",
     "threaten", "try", "attempt", "seek"}
)  # fmt: skip


def _projected(counted: Token) -> bool:
    verb = counted.head
    if counted.dep_ in ("dobj", "nsubjpass") and verb.dep_ == "xcomp":
        return verb.head.lemma_.lower() in _INTENDING
    if counted.dep_ == "dobj" and verb.lemma_.lower() in _INTENDING:
        # "officials expect about 10,000 more people to leave the city"
        return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if counted.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and infinitive:
        return verb.head.lemma_.lower() in _INTENDING  # the parser's other reading of it
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _running_total_kind(
    found: list[FoundCasualty], para: int, sent: Span, number: Token
) -> str | None:
    """The kind of the sentence's earlier figure, for a number a running total reaches:
    "3,000 were displaced this week, bringing the total to 2.6 million"."""
    if number.dep_ != "pobj" or number.head.lower_ not in ("to", "at"):
        return None
    verb = number.head.head
    totals = [c for c in verb.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
    if not any(t.lemma_.lower() in _TOTAL_NOUNS for t in totals):
        return None
    same = [f.fact for f in found if f.para == para and f.sentence_start == sent.start]
    return same[-1].kind if same else None


def _figure_updated_from(
    found: list[FoundCasualty], para: int, sent_start: int, doc: Doc, start: int
) -> CasualtyFact | None:
    """The figure of this sentence that "up from N" / "down from N" revises, if any."""
    before = [t.lower_ for t in doc[max(sent_start, start - 5) : start]]
    # "down from 22,000", "down from a peak of 31,000", "up from a low of 900"
    peak = before[-5:-3] in (["up", "from"], ["down", "from"]) and before[-3:-1] in (
        ["a", "peak"],
        ["a", "high"],
        ["a", "low"],
    )
    if before[-2:] not in (["up", "from"], ["down", "from"]) and not (peak and before[-1] == "of"):
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
