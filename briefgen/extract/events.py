"""Dated happenings for the timeline.

Every date phrase outside quotation marks anchors an event: the verb (or the noun, as
in "Wednesday's strike") it modifies. The title is that clause, shortened: the date
phrase, long quotations and trailing subordinate clauses are cut, a named subject is
given by its name. Sentences without a resolvable date give no event.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefgen.extract.casualties import FoundCasualty
from briefgen.extract.dates import DateHit, find_dates, starts_a_period
from briefgen.extract.doc import ParsedPara
from briefgen.extract.lexicon import SPEECH_LEMMAS
from briefgen.extract.quotes import MIN_DIRECT_WORDS, FoundQuote
from briefgen.extract.table import ActorTable
from briefgen.records.facts import EventFact

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_TITLE_WORDS = 18
_DROP_DEPS = frozenset({"advcl", "relcl", "parataxis"})
_DROP_WORDS = frozenset(
    {"also", "however", "meanwhile", "separately", "earlier", "later", "then", "still"}
)
_TRAILING = frozenset({"DET", "ADP", "CCONJ", "PUNCT", "SCONJ", "PART", "AUX", "PRON"})


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
        if token.pos_ in ("VERB",) and token.i not in range(span.start, span.end):
            # "Speaking on Friday, X said …": the participle's event is its main clause's.
            subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            if token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and subjectless:
                return token.head
            return token
        if token.dep_ == "poss" and token.head.pos_ == "NOUN":
            return token.head
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return token if token.pos_ in ("VERB", "NOUN") else None


def _quoted_tokens(pp: ParsedPara) -> set[int]:
    """Tokens of long quotations, with their marks: a title keeps only short fragments."""
    out: set[int] = set()
    for start, end in pp.quote_spans:
        span = pp.doc.char_span(
            max(start - 1, 0), min(end + 1, len(pp.doc.text)), alignment_mode="expand"
        )
        if span is not None and len(span) - 2 >= MIN_DIRECT_WORDS:
            out.update(range(span.start, span.end))
        elif span is not None:
            out.update(t.i for t in span if t.is_quote)
    return out


def _title(pp: ParsedPara, table: ActorTable, anchor: Token, date_tokens: set[int]) -> str:
    doc = pp.doc
    keep = {t.i for t in anchor.subtree}
    if anchor.pos_ == "NOUN":
        # The parse often hangs a noun's modifiers elsewhere: read on to the next comma.
        end = anchor.i
        while end + 1 < anchor.sent.end and doc[end + 1].text not in (",", ";", ".", "—"):
            end += 1
        keep = set(range(anchor.i, end + 1))
    drop = set(date_tokens) | _quoted_tokens(pp)
    for i in date_tokens:
        head = doc[i].head
        if head.pos_ == "ADP" and head.i not in date_tokens and head.i < i:
            drop.add(head.i)
    for t in anchor.subtree:
        after_comma = t.i > anchor.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        if t.dep_ in _DROP_DEPS and t.i != anchor.i and after_comma:
            drop.update(x.i for x in t.subtree)
            if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",":
                drop.add(t.left_edge.i - 1)
        elif t.dep_ == "appos" and t.pos_ == "NOUN":
            drop.update(x.i for x in t.subtree)
            drop.add(t.left_edge.i - 1)
        elif (t.dep_ == "mark" and t.head.i == anchor.i) or (
            t.lower_ in _DROP_WORDS and t.dep_ == "advmod"
        ):
            drop.add(t.i)
    # A named subject reads better by its name alone than with its titles.
    replace: dict[float, str] = {}  # token position → words said in its place
    if anchor.dep_ == "relcl":
        # "Wong, who arrived in Jakarta": the relative pronoun stands for its antecedent.
        for child in anchor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("WP", "WDT"):
                key = table.at(pp.index, anchor.head.i)
                actor = next((a for a in table.actors if a.key == key), None)
                replace[child.i] = actor.name if actor is not None else anchor.head.text
                drop.add(child.i)
    for child in anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            key = table.at(pp.index, child.i)
            actor = next((a for a in table.actors if a.key == key), None)
            if actor is not None and actor.kind == "person":
                span = range(child.left_edge.i, child.right_edge.i + 1)
                drop.update(span)
                replace[child.left_edge.i] = actor.name
    # "… after meeting health leaders on Tuesday": say who met.
    if anchor.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children
    ):
        doer = _borrowed_subject(pp, table, anchor)
        if doer:
            replace[anchor.left_edge.i - 0.5] = doer
    words: list[str] = []
    positions: set[float] = {*keep, *replace}
    last = -2.0
    for pos in sorted(positions):
        if pos in replace:
            words.append(replace[pos] + " ")
        elif pos not in drop:
            if pos - last > 1:
                words.append(" ")  # a cut: keep the words apart
            words.append(doc[int(pos)].text_with_ws)
            last = pos
    words = _drop_dateline(words)
    while words and (not words[0].strip() or doc_lower_is_connector(words[0].strip())):
        words.pop(0)
    text = _join(words)
    if anchor.lemma_.lower() in SPEECH_LEMMAS and len(text.split()) <= 4:
        # "Jo Bloggs said": the words said are the happening; give their opening.
        opening = _quoted_opening(pp, anchor)
        if opening:
            text = f'{text.rstrip(" .,;:")}: "{opening}"'
    return _shorten(text)


def _quoted_opening(pp: ParsedPara, anchor: Token, n_words: int = 10) -> str | None:
    """The first words of the quotation nearest the speech verb, up to its first stop."""
    spans = sorted(pp.quote_spans, key=lambda span: abs(span[0] - anchor.idx))
    if not spans:
        return None
    start, end = spans[0]
    text = pp.doc.text[start:end].strip()
    first = re.split(r"(?<=[.!?])\s", text)[0].rstrip(",.;: ")
    words = first.split()
    return " ".join(words[:n_words]) + ("…" if len(words) > n_words else "") if words else None


def _drop_dateline(words: list[str]) -> list[str]:
    """ "KYIV, Ukraine (AP) — Troops …" → "Troops …"."""
    for i, w in enumerate(words[:10]):
        if w.strip() in ("—", "--", "–") and i > 0:
            before = [b.strip() for b in words[:i]]
            if any(b.isupper() and len(b) > 2 for b in before) and all(
                b[:1].isupper() or not b[:1].isalnum() for b in before
            ):
                return words[i + 1 :]
    return words


def doc_lower_is_connector(word: str) -> bool:
    return word.lower() in (
        "but", "and", "yet", "so", "while", "as", ",", "though", "although", "when", "after",
        "before", "since", "because", "if", "until", "once", "where", "whereas",
    )  # fmt: skip


def _borrowed_subject(pp: ParsedPara, table: ActorTable, anchor: Token) -> str | None:
    """The named subject of the nearest clause above a subjectless participle."""
    current = anchor
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        for child in current.children:
            if child.dep_ == "nsubj":
                key = table.at(pp.index, child.i)
                actor = next((a for a in table.actors if a.key == key), None)
                return actor.name if actor is not None else None
    return None


def _join(pieces: list[str]) -> str:
    """Tokens with their own spacing; a cut leaves no double space nor a space before a comma."""
    text = "".join(pieces)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.;:)\]%])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    return text.strip(" ,;:")


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        words = words[:MAX_TITLE_WORDS]
    while words and (
        words[-1].lower()
        in (
            "the",
            "a",
            "an",
            "of",
            "to",
            "in",
            "on",
            "and",
            "with",
            "for",
            "that",
            "by",
            "at",
            "as",
            "from",
            "but",
            "than",
            "more",
            "less",
            "about",
            "its",
            "their",
            "his",
            "her",
        )
        or words[-1] in ("—", "-", "–")
    ):
        words.pop()
    title = " ".join(words).strip(" ,;:.")
    return title[:1].upper() + title[1:]


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
        doc = pp.doc
        for sent in doc.sents:
            hits = [
                h
                for h in find_dates(sent.text, published, previous)
                if not any(s <= sent.start_char + h.start < e for s, e in pp.quote_spans)
                and not starts_a_period(sent.text, h)
            ]
            anchors_done: set[int] = set()
            for hit in hits:
                anchor = _anchor(sent, hit)
                if hit.precision == "day":
                    previous, previous_para = hit.date, pp.index
                if anchor is None or anchor.i in anchors_done:
                    continue
                anchors_done.add(anchor.i)
                span = doc.char_span(
                    sent.start_char + hit.start, sent.start_char + hit.end, alignment_mode="expand"
                )
                date_tokens = set(range(span.start, span.end)) if span is not None else set()
                title = _title(pp, table, anchor, date_tokens)
                if len(title.split()) < 2:
                    continue
                subtree = (anchor.left_edge.i, anchor.right_edge.i + 1)
                actor_keys: list[str] = []
                for m in table.in_range(pp.index, *subtree):
                    if m.key not in actor_keys and table.kind_of(m.key) in (
                        "person",
                        "organization",
                        "country",
                    ):
                        actor_keys.append(m.key)
                cas = [
                    c for c in casualties if c.para == pp.index and c.sentence_start == sent.start
                ]
                place = next((c.fact.place for c in cas if c.fact.place), None) or _place(
                    pp, table, anchor, sent
                )
                quote_ids = tuple(
                    i
                    for i, q in enumerate(quotes)
                    if q.para == pp.index
                    and q.speech is not None
                    and q.speech.verb.sent.start == sent.start
                )
                events.append(
                    EventFact(
                        key=f"e{len(events) + 1}-{hit.date.isoformat()}",
                        date=hit.date,
                        date_precision=hit.precision,
                        title=title,
                        place=place,
                        actors=tuple(actor_keys),
                        quotes=quote_ids,
                        casualties=tuple(c.fact.key for c in cas),
                        ref=pp.ref,
                        sentence=sent.text,
                    )
                )
    return events
