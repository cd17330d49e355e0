"""Dated happenings for the timeline.

Every date phrase outside quotation marks anchors an event: the verb (or the noun, as
in "Wednesday's strike") it modifies. The title is that clause, shortened: the date
phrase, long quotations and trailing subordinate clauses are cut, a named subject is
given by its name. Sentences without a resolvable date give no event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefgen.extract.actions import action_kind, action_of
from briefgen.extract.casualties import FoundCasualty
from briefgen.extract.dates import DateHit, find_dates, is_background, starts_a_period
from briefgen.extract.doc import ParsedPara
from briefgen.extract.quotes import FoundQuote
from briefgen.extract.table import ActorTable
from briefgen.extract.titles import build_title
from briefgen.records.facts import EventFact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _anchor(sent: Span, hit: DateHit) -> Token | None:
    doc = sent.doc
    span = doc.char_span(
        sent.start_char + hit.start, sent.start_char + hit.end, alignment_mode="expand"
    )
    if span is None or not len(span):
        return None
    # Climb from the date word itself, not from a preposition the phrase took in.
    token = next((t for t in span if t.pos_ in ("PROPN", "NOUN", "NUM")), span.root)
    for _ in range(6):
        outside = token.i not in range(span.start, span.end)
        # "a gathering following a funeral Monday night": a preposition, not a happening
        gerund = token.tag_ == "VBG" and (
            token.dep_ == "acl" or any(c.dep_ == "det" for c in token.children)
        )
        # "a shooting involving two teens Saturday night", "were wounded in a drive-by
        # shooting Monday night": a date on a noun (or on a gerund used as one) dates
        # the clause that holds it
        modifier = token.dep_ in ("prep", "amod") or gerund
        if token.pos_ == "VERB" and outside and not modifier:
            # "Speaking on Friday, X said …": the participle's event is its main clause's.
            subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            if token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and subjectless:
                return token.head
            # "is having a press conference to discuss the charges on Thursday": the
            # purpose is the main clause's; it happens then.
            purpose = any(c.tag_ == "TO" for c in token.children) and subjectless
            if token.dep_ == "advcl" and purpose and token.head.pos_ in ("VERB", "AUX"):
                return token.head
            return token
        if token.dep_ == "poss" and token.head.pos_ == "NOUN":
            return token.head
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return token if token.pos_ in ("VERB", "NOUN") else None


_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,}(?:,[^—–]{0,40})?(?:\([^)]*\))?\s*[—–]")


def _in_dateline(text: str, hit: DateHit) -> bool:
    """ "DAKAR, March 4 (Africa Dispatch) — …": the day of filing, not of a happening."""
    m = _DATELINE.match(text)
    return m is not None and hit.start < m.end()


def _reported_happening(pp: ParsedPara, anchor: Token) -> Token | None:
    """ "The prosecutor said on Thursday that two managers had been charged": the charging
    is the happening, told that day; the saying is the quotation's business. (Words in
    quotation marks are the quotation itself.)"""
    if action_kind(anchor.lemma_) != "speech":
        return None
    for child in anchor.children:
        quoted = any(start <= child.idx < end for start, end in pp.quote_spans)
        clause = child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and not quoted
        # the clause's own verb names the happening, and says who did it
        named = action_kind(child.lemma_) not in ("", "speech") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in child.children
        )
        if clause and named and is_happening(child):
            return child
    return None


def _date_tokens(sent: Span, hits: list[DateHit], current: DateHit) -> set[int]:
    """Every date phrase of the sentence: "on Wednesday and Thursday" leaves no "and Thursday"."""
    doc = sent.doc
    out: set[int] = set()
    for hit in hits:
        if hit != current and sent.text[hit.start : hit.end].endswith(("'s", "’s")):
            continue  # "from Tuesday's capsizing" names what it dates
        span = doc.char_span(
            sent.start_char + hit.start, sent.start_char + hit.end, alignment_mode="expand"
        )
        if span is not None:
            out.update(range(span.start, span.end))
    # the "and" between two dropped dates goes with them
    out.update(t.i for t in sent if t.dep_ == "cc" and t.head.i in out)
    return out


def is_happening(anchor: Token) -> bool:
    """Something happened: not a state ("was in jail"), not a negation ("were not
    released"), not a bare participle ("family members clinging to life"); a participle
    clause ("after meeting health leaders") is its sentence subject's happening."""
    if anchor.pos_ == "NOUN":
        return True
    if anchor.lemma_.lower() in ("be", "have", "remain", "seem") or anchor.pos_ == "AUX":
        return False
    children = list(anchor.children)
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
        # "was arrested and charged early Saturday": the conjunct shares its helpers
        children += [c for c in anchor.head.children if c.dep_ != "conj"]
    if any(c.dep_ == "neg" for c in children):
        return False
    helped = any(c.dep_ in ("aux", "auxpass") for c in children)
    if anchor.tag_ == "VBG" and not helped and anchor.dep_ in ("ROOT", "acl"):
        return False  # "Family members clinging to life": a caption, not a clause
    # A past tense the tagger took for a participle still has its subject.
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    bare_participle = anchor.tag_ == "VBN" and not (helped or subject)
    return not (bare_participle and anchor.dep_ not in ("acl", "relcl"))


def _place(pp: ParsedPara, table: ActorTable, anchor: Token, sent: Span) -> str | None:
    ranges = [(anchor.left_edge.i, anchor.right_edge.i + 1), (sent.start, sent.end)]
    for kinds in (("place",), ("country",)):
        for start, end in ranges:
            for m in table.in_range(pp.index, start, end):
                actor = next(a for a in table.actors if a.key == m.key)
                if actor.kind in kinds:
                    return actor.name
    return None


def find_events(
    paras: tuple[ParsedPara, ...],
    table: ActorTable,
    quotes: list[FoundQuote],
    casualties: list[FoundCasualty],
    published: dt.date | None,
) -> list[EventFact]:
    events: list[EventFact] = []
    previous: dt.date | None = published
    previous_para = -1
    for pp in paras:
        if pp.index - previous_para > 2:
            # A relative phrase far from the last date named speaks of the day of publication.
            previous = published
        if pp.heading:
            continue
        for sent in pp.doc.sents:
            hits = [
                h
                for h in find_dates(sent.text, published, previous)
                if not any(s <= sent.start_char + h.start < e for s, e in pp.quote_spans)
                and not starts_a_period(sent.text, h)
            ]
            for hit in hits:
                if hit.precision == "day":
                    previous, previous_para = hit.date, pp.index
            found = _sentence_events(pp, sent, hits, table, published, events)
            for hit, anchor, action, title in found:
                events.append(
                    _event(pp, sent, hit, anchor, action, title, table, quotes, casualties, events)
                )
    return events


def _sentence_events(
    pp: ParsedPara,
    sent: Span,
    hits: list[DateHit],
    table: ActorTable,
    published: dt.date | None,
    events: list[EventFact],
) -> Iterator[tuple[DateHit, Token, str, str]]:
    """The happenings a sentence dates: (date, word, action, title) of each. ``events``
    are those found before, which grow as this yields (a happening told twice is one)."""
    story = [h for h in hits if not is_background(sent.text, h, published)]
    anchors = {id(h): _anchor(sent, h) for h in story}
    # "29 died when the ferry sank on Tuesday, officials said on Wednesday": the
    # saying is about the happening, a quotation's business, not a second event.
    happenings = any(
        a is not None and action_of(a) != "speech" and is_happening(a) for a in anchors.values()
    )
    anchors_done: set[int] = set()
    for hit in hits:
        found = _event_anchor(pp, sent, hit, hit in story, happenings, anchors_done, events)
        if found is None:
            continue
        anchor, action = found
        anchors_done.add(anchor.i)
        title = build_title(pp, table, anchor, _date_tokens(sent, hits, hit))
        if title is not None:
            yield hit, anchor, action, title


def _event_anchor(
    pp: ParsedPara,
    sent: Span,
    hit: DateHit,
    in_story: bool,
    happenings: bool,
    anchors_done: set[int],
    events: list[EventFact],
) -> tuple[Token, str] | None:
    """The word of the happening ``hit`` dates and its action, or None when the date
    dates no new happening (a saying, a dateline, one told already, the background)."""
    anchor = _anchor(sent, hit)
    if anchor is not None and not happenings:
        # (with a happening of its own dated in the sentence, the saying is about that one)
        anchor = _reported_happening(pp, anchor) or anchor
    if anchor is None or anchor.i in anchors_done or not in_story:
        return None
    if not is_happening(anchor) or _in_dateline(sent.text, hit):
        return None
    if anchor.pos_ == "NOUN" and action_kind(anchor.head.lemma_) == "speech":
        return None  # "called Tuesday's incident a horrible accident": a saying
    action = action_of(anchor)
    if action == "speech" and happenings:
        return None
    if action not in ("", "speech") and action_kind(anchor.lemma_) == "speech":
        return None  # "confirmed the arrest": said of a happening, not one
    if action not in ("", "speech") and any(
        e.ref == pp.ref and e.date == hit.date and e.action == action for e in events
    ):
        return None  # the paragraph names a happening it has told already
    return anchor, action


def _actor_keys(pp: ParsedPara, table: ActorTable, anchor: Token) -> tuple[str, ...]:
    """The people, organizations and countries named in the happening's clause."""
    subtree = (anchor.left_edge.i, anchor.right_edge.i + 1)
    actor_keys: list[str] = []
    for m in table.in_range(pp.index, *subtree):
        if m.key not in actor_keys and table.kind_of(m.key) in (
            "person",
            "organization",
            "country",
        ):
            actor_keys.append(m.key)
    return tuple(actor_keys)


def _event(
    pp: ParsedPara,
    sent: Span,
    hit: DateHit,
    anchor: Token,
    action: str,
    title: str,
    table: ActorTable,
    quotes: list[FoundQuote],
    casualties: list[FoundCasualty],
    events: list[EventFact],
) -> EventFact:
    """The event, with the figures and quotes its sentence gives and its place."""
    cas = [c for c in casualties if c.para == pp.index and c.sentence_start == sent.start]
    place = next((c.fact.place for c in cas if c.fact.place), None) or _place(
        pp, table, anchor, sent
    )
    quote_ids = tuple(
        i
        for i, q in enumerate(quotes)
        if q.para == pp.index and q.speech is not None and q.speech.verb.sent.start == sent.start
    )
    return EventFact(
        key=f"e{len(events) + 1}-{hit.date.isoformat()}",
        date=hit.date,
        date_precision=hit.precision,
        title=title,
        place=place,
        actors=_actor_keys(pp, table, anchor),
        quotes=quote_ids,
        casualties=tuple(c.fact.key for c in cas),
        ref=pp.ref,
        sentence=sent.text,
        action=action,
        clause=anchor.pos_ != "NOUN",
    )
