"""Direct quotations whose quotation marks the source lost (text from a news API, a PDF,
a feed): found by the shapes news writes them in, only in a source with no quotation
mark at all, where marked quotations cannot be told from the rest.

- a clause, a comma and a speech verb with its speaker to the end of the sentence:
  "The water rose faster than anyone expected, said Mary Collins, a councillor." /
  "…, Collins said."
- a speaker, a speech verb and a colon: "Collins said: We will rebuild." (the quotation
  runs to the end of the paragraph, as a marked one introduced so would);
- a paragraph opening with a dash, the convention of transcripts and much European
  news: "– We will rebuild, said Collins."

Indirect speech ("Collins said the water rose …") has no such shape and stays what it
is. So does a fact attributed after a comma ("Two people died, police said."): a
clause quoted in this shape must speak as a person does (I, we, you, a question, an
exclamation, a contraction), since news gives facts in the same shape without marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.lexicon import SPEECH_LEMMAS, words
from briefgen.nlp import quotemarks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that speak as a person does, not as a report of facts.
_FIRST_AND_SECOND_PERSON = frozenset(
    words("i me my mine myself we us our ours ourselves you your yours yourself yourselves")
)
_DASHES = ("—", "–", "-")
_MIN_WORDS = 4
_WORD = re.compile(r"[^\W_]+")


def unmarked_quote_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the paragraph's quotations told by shape alone."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    dashed = text[:1] in _DASHES and text[1:2] == " "
    for sent in doc.sents:
        opened = _after_colon(sent)
        if opened is not None:
            spans.append((opened, len(text)))
            break  # the quotation runs to the paragraph's end
        closed = _before_attribution(sent)
        if closed is not None:
            start = 2 if dashed and sent.start == 0 else sent.start_char
            if _speaks_as_a_person(doc, start, closed) or (dashed and sent.start == 0):
                spans.append((start, closed))
            continue
        if dashed and sent.start == 0 and _speaks_as_a_person(doc, 2, sent.end_char):
            spans.append((2, sent.end_char))  # "– We will rebuild." (not a list's "- item")
    return tuple(s for s in spans if len(_WORD.findall(text[s[0] : s[1]])) >= _MIN_WORDS)


def _is_speech(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_LEMMAS


def _before_attribution(sent: Span) -> int | None:
    """Where the clause before ", said NAME …" / ", NAME said …" ends (the comma's
    offset), when the sentence is that clause and its attribution."""
    doc = sent.doc
    for verb in (t for t in sent if _is_speech(t)):
        comma = _attribution_comma(sent, verb)
        if comma is None:
            continue
        clause = doc[sent.start : comma.i]
        # the clause is what the verb reports, not a clause of its own beside it
        if any(t.head.i == verb.i and t.dep_ in ("ccomp", "parataxis") for t in clause):
            return comma.idx
    return None


def _attribution_comma(sent: Span, verb: Token) -> Token | None:
    """The comma opening the attribution: right before the verb ("…, said Collins") or
    before its subject ("…, Collins said", "…, the mayor told reporters")."""
    doc = sent.doc
    before = doc[verb.i - 1] if verb.i > sent.start else None
    if before is not None and before.text == ",":
        return before
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects:
        return None
    first = subjects[0].left_edge
    if first.i - 1 < sent.start or doc[first.i - 1].text != ",":
        return None
    # only the subject (and an adverb: "…, Collins later said") between comma and verb
    between = doc[subjects[0].right_edge.i + 1 : verb.i]
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in between):
        return None
    return doc[first.i - 1]


def _after_colon(sent: Span) -> int | None:
    """Where a quotation introduced by "NAME said:" starts, or None."""
    doc = sent.doc
    for colon in (t for t in sent if t.text == ":"):
        if colon.i + 1 >= sent.end and colon.i + 1 >= len(doc):
            return None
        verbs = [t for t in doc[sent.start : colon.i] if _is_speech(t)]
        if not verbs:
            continue
        verb = verbs[-1]
        # "Collins said on Tuesday:": nothing but the verb's own words before the colon
        if any(t.pos_ == "VERB" for t in doc[verb.i + 1 : colon.i]):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        return doc[colon.i + 1].idx if colon.i + 1 < len(doc) else None
    return None


def _speaks_as_a_person(doc: Doc, start: int, end: int) -> bool:
    text = doc.text[start:end]
    lowered = [w.lower() for w in _WORD.findall(text)]
    if any(w in _FIRST_AND_SECOND_PERSON for w in lowered):
        return True
    return bool(re.search(r"[?!]|\w(?:n't|'re|'ll|'ve|'m)\b", text))


# Marks that only open or close a quotation (the curly apostrophe ’ is also a letter's).
_QUOTATION_ONLY = re.compile('["“”„‟«»‘`]')


def marks_lost(texts: list[str]) -> bool:
    """A source with no quotation mark anywhere (nor a pair of single marks, the British
    convention): its quotations, if any, lost theirs."""
    return not any(_QUOTATION_ONLY.search(t) or quotemarks.find_quote_spans(t) for t in texts)
