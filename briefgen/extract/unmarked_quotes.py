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


def unmarked_quote_spans(doc: Doc, introduced: bool = False) -> tuple[tuple[int, int], ...]:
    """Character spans of the paragraph's quotations told by shape alone; ``introduced``:
    the paragraph before ended "… wrote:", so this one is what was written."""
    text = doc.text
    if introduced:
        return _long_enough(text, [(0, len(text))])
    labelled = _after_label(doc)
    if labelled is not None:
        return _long_enough(text, [(labelled, len(text))])  # "Jo Bloggs, author: I'm …"
    spans: list[tuple[int, int]] = []
    dashed = text[:1] in _DASHES and text[1:2] == " "
    sents = list(doc.sents)
    going_on = False  # the sentences after an attribution go on with the quotation
    for k, sent in enumerate(sents):
        opened = _after_colon(sent) or _after_comma(sent)
        if opened is not None:
            spans.append((opened, len(text)))
            break  # the quotation runs to the paragraph's end
        attributed = _before_attribution(sent)
        if attributed is not None:
            closed, inverted = attributed
            # "We lost everything. The water rose …, said Collins.": a paragraph that
            # opens with the quotation holds it from its start
            opens = not any(_is_speech(t) for s in sents[:k] for t in s)
            start = (2 if dashed else 0) if opens else sent.start_char
            going_on = inverted or _speaks_as_a_person(doc, start, closed) or (dashed and opens)
            if going_on:
                spans.append((start, closed))
            continue
        if going_on and not any(_is_speech(t) for t in sent):
            # "…, Collins said. We will rebuild it."
            going_on = _speaks_as_a_person(doc, sent.start_char, sent.end_char)
            if going_on:
                spans.append((sent.start_char, sent.end_char))
            continue
        going_on = False
        if dashed and sent.start == 0 and _speaks_as_a_person(doc, 2, sent.end_char):
            spans.append((2, sent.end_char))  # "– We will rebuild." (not a list's "- item")
    return _long_enough(text, spans)


def introduces_next(doc: Doc) -> bool:
    """The paragraph ends "Collins wrote:": the next one is the quotation."""
    last = doc[-1] if len(doc) else None
    if last is None or last.text != ":":
        return False
    verbs = [t for t in last.sent if _is_speech(t) and t.i < last.i]
    return bool(verbs) and not any(t.pos_ == "VERB" for t in doc[verbs[-1].i + 1 : last.i])


def _long_enough(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(s for s in spans if len(_WORD.findall(text[s[0] : s[1]])) >= _MIN_WORDS)


def _after_label(doc: Doc) -> int | None:
    """Where the words of a transcript's or a round-up's speaker label end: "Jeremy
    Lott, author: I'm …", "Kathleen Parker, The Washington Post: …" (a name first, a
    colon within a few words, no verb before it)."""
    colon = next((t for t in doc[:9] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(doc) or colon.i == 0:
        return None
    label = doc[: colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in label) or label[0].ent_type_ != "PERSON":
        return None
    return doc[colon.i + 1].idx


def _after_comma(sent: Span) -> int | None:
    """Where a quotation introduced by "Collins said, We will …" starts: a speech verb
    with its speaker, a comma, and a capital opening a clause ("said, however," goes on
    in lower case)."""
    doc = sent.doc
    for verb in (t for t in sent if _is_speech(t)):
        if verb.i + 2 >= sent.end or doc[verb.i + 1].text != ",":
            continue
        first = doc[verb.i + 2]
        participle = verb.tag_ == "VBG"  # "…, adding, I respectfully urge you"
        spoken_by = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
        if first.text[:1].isupper() and (spoken_by or participle) and first.pos_ != "PROPN":
            return first.idx
    return None


def _is_speech(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_LEMMAS


def _before_attribution(sent: Span) -> tuple[int, bool] | None:
    """Where the clause before ", said NAME …" / ", NAME said …" ends (the comma's
    offset), when the sentence is that clause and its attribution; True when the verb
    comes first (", said NAME"), the order of direct speech."""
    doc = sent.doc
    for verb in (t for t in sent if _is_speech(t)):
        if verb.tag_ == "VBG" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # "…, saying …" goes on with the narration; a speaker is named
        comma = _attribution_comma(sent, verb)
        if comma is None:
            continue
        clause = doc[sent.start : comma.i]
        # the clause is what the verb reports, not a clause of its own beside it (the
        # parser ties them either way: the clause to the verb, or the verb to the clause)
        reported = any(t.head.i == verb.i and t.dep_ in ("ccomp", "parataxis") for t in clause)
        tied = verb.dep_ in ("advcl", "parataxis", "ccomp") and verb.head.i < comma.i
        if reported or tied:
            return comma.idx, comma.i == verb.i - 1
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
