"""Direct quotations and who said them.

A quotation is the text between double quote marks. Its speaker is the subject of the
nearest speech verb outside the marks: first in the sentence where the quotation ends
("…," X said), then in the sentence where it starts (X said "…"), then earlier in the
paragraph (the second half of a split quotation), then later in it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.extract.dates import find_dates
from briefgen.extract.doc import QUOTE_CHARS, ParsedPara
from briefgen.extract.lexicon import words
from briefgen.extract.speakers import Speech
from briefgen.extract.table import ActorTable
from briefgen.records.facts import QuoteFact

_WORD = re.compile(r"[\w$]+")
MIN_DIRECT_WORDS = 6
MIN_PARTIAL_WORDS = 2


# Head nouns of unnamed bodies that speak: "the ministry said", "police said".
_BODY_NOUNS = frozenset(
    words(
        "ministry office agency service services council government army military police "
        "committee department administration company court parliament commission authority "
        "authorities prosecutor's spokesperson's command headquarters"
    )
)


@dataclass(frozen=True)
class FoundQuote:
    fact: QuoteFact
    para: int
    speech: Speech | None
    # An unnamed speaker worth an actor of its own ("emergency services"): (name, kind).
    unnamed: tuple[str, str] | None = None


def unnamed_speaker(speech: Speech | None) -> tuple[str, str] | None:
    """A group or body that speaks without a name: "residents", "the health ministry"."""
    if (
        speech is None
        or speech.speaker is not None
        or speech.subject is None
        or not speech.free_text
    ):
        return None
    head = speech.subject
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_lower):
        return None
    if head.lemma_.lower() in _BODY_NOUNS or head.lower_ in _BODY_NOUNS:
        return speech.free_text, "organization"
    if head.tag_ == "NNS":
        return speech.free_text, "group"
    return None


def _choose_speech(
    pp: ParsedPara, start: int, end: int, own: list[Speech]
) -> tuple[Speech | None, bool]:
    """The speech verb introducing the quotation at [start, end); True if in its sentence."""
    doc = pp.doc
    after = doc.char_span(end, min(end + 1, len(doc.text)), alignment_mode="expand")
    close_sent = after.sent if after is not None and len(after) else doc[-1].sent
    before = doc.char_span(max(start - 1, 0), start, alignment_mode="expand")
    open_sent = before.sent if before is not None and len(before) else doc[0].sent
    ranks = (
        (
            [s for s in own if close_sent.start <= s.verb.i < close_sent.end and s.verb.idx >= end],
            False,
            True,
        ),
        (
            [s for s in own if open_sent.start <= s.verb.i < open_sent.end and s.verb.idx < start],
            True,
            True,
        ),
        ([s for s in own if s.verb.idx < start], True, False),
        ([s for s in own if s.verb.idx >= end], False, False),
    )
    fallback: tuple[Speech | None, bool] = (None, False)
    for candidates, latest_first, same_sentence in ranks:
        ordered = sorted(candidates, key=lambda s: -s.verb.i if latest_first else s.verb.i)
        named = [s for s in ordered if s.speaker is not None]
        if named:
            return named[0], same_sentence
        if ordered and fallback[0] is None:
            fallback = (ordered[0], same_sentence)
        if not same_sentence and fallback[0] is not None:
            break  # a verb of the quotation's own sentence beats a named one further off
    return fallback


def _introducing_speech(
    paras: tuple[ParsedPara, ...], index: int, speech_list: list[Speech]
) -> Speech | None:
    if index == 0 or paras[index - 1].quote_spans or paras[index - 1].heading:
        return None
    before = [s for s in speech_list if s.para == index - 1 and s.speaker is not None]
    return before[-1] if before else None


# Words right before quotation marks that make them a name, a slogan or a title, not speech.
_NAMING_WORDS = frozenset(
    words(
        "titled entitled headlined dubbed nicknamed reading hashtag slogan slogans banner "
        "banners placard placards sign signs motto tagline so-called"
    )
)


def _names_a_text(pp: ParsedPara, start: int) -> bool:
    """ "a banner reading '…'", "the report, titled '…'", "the hashtag '…'"."""
    before = pp.doc.text[: max(start - 1, 0)].rstrip(" ,:")
    last = before.split()[-2:] if before else []
    if not last:
        return False
    if last[-1].lower() in _NAMING_WORDS:
        return True
    return [w.lower() for w in last] == ["known", "as"]


def looks_like_a_title(text: str) -> bool:
    """ "Law on the Protection of Citizens": a name in quote marks, not speech."""
    words_ = [w for w in text.split() if w[:1].isalpha()]
    if len(words_) < 3:
        return False
    small = {"of", "the", "and", "on", "in", "for", "a", "an", "to", "at", "by", "with"}
    big = [w for w in words_ if w.lower() not in small]
    return (
        bool(big)
        and all(w[:1].isupper() for w in big)
        and not text.rstrip().endswith((".", "?", "!"))
    )


def _has_verb(pp: ParsedPara, start: int, end: int) -> bool:
    span = pp.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def clean_quote_text(text: str) -> str:
    return text.strip().rstrip(",").strip()


def said_on(pp: ParsedPara, speech: Speech | None, published: dt.date | None) -> dt.date | None:
    if speech is None:
        return None
    sentence = speech.verb.sent
    for hit in find_dates(sentence.text, published):
        if hit.precision == "day":
            return hit.date
    return None


def find_quotes(
    paras: tuple[ParsedPara, ...],
    table: ActorTable,
    speech_list: list[Speech],
    published: dt.date | None,
) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    for pp in paras:
        if pp.heading:
            continue
        own = [s for s in speech_list if s.para == pp.index]
        # A paragraph that opens with a quotation and names no speaker carries on the
        # quotation of the paragraph before it.
        carried = None
        opens_with_quote = not own and pp.doc.text[:1] in QUOTE_CHARS
        if opens_with_quote and found and found[-1].para == pp.index - 1:
            carried = found[-1]
        # "Jo Bloggs spoke to reporters outside the plant. / "…"": a paragraph of pure
        # quotation after one that names a speaker and quotes nothing is that speaker's.
        intro = _introducing_speech(paras, pp.index, speech_list) if opens_with_quote else None
        for start, end in pp.quote_spans:
            text = clean_quote_text(pp.doc.text[start:end])
            n_words = len(_WORD.findall(text))
            if n_words < MIN_PARTIAL_WORDS:
                continue
            if looks_like_a_title(text) or _names_a_text(pp, start):
                continue
            speech, same_sentence = _choose_speech(pp, start, end, own)
            speaker = speech.speaker if speech is not None else None
            unnamed = unnamed_speaker(speech)
            if speech is None and carried is not None:
                speaker, unnamed = carried.fact.speaker, carried.unnamed
            elif speech is None and carried is None and intro is not None:
                speech, speaker = intro, intro.speaker
            elif speech is None and not _has_verb(pp, start, end):
                continue  # a name or a slogan in quote marks, not something said
            if n_words < MIN_DIRECT_WORDS:
                # A fragment is a quotation when a speech verb in its own sentence
                # reports it, its speaker named or not ("the newspaper called it 'a sham'");
                # otherwise it is a scare quote or a title.
                if speech is None or not same_sentence or not re.search(r"[^\W\d_]", text):
                    continue
                kind = "partial"
            else:
                kind = "direct"
            fact = QuoteFact(
                text=text,
                kind=kind,
                speaker=speaker,
                said_on=said_on(pp, speech, published),
                ref=pp.ref,
            )
            found.append(FoundQuote(fact, pp.index, speech, unnamed))
    return found
