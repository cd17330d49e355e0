"""Text delivered as one long block (a transcript, a press release, a news API's or a
PDF's text) split back into paragraphs of a few sentences, so that a citation points to
a paragraph a reader can find, and each paragraph is judged on its own shape (one long
block mentioning "readers" and "support" four times is not an appeal).

A paragraph ends where news paragraphs end: before a quotation opens (a quotation turn)
and after the sentence that closes one, where the subject changes (the next sentence
shares no content word with the paragraph so far), before a dateline, and at three
sentences or about 80 words at most. It never ends inside a quotation, whose marks
must stay in one paragraph to be read as one.
"""

from __future__ import annotations

import re

from briefgen.ingest import signals as sig

LONG_UNIT_WORDS = 150  # longer than all but the rarest news paragraph
MAX_PARAGRAPH_WORDS = 80
# A whole text on one line is a flattened article once it is longer than one paragraph.
WHOLE_TEXT_WORDS = MAX_PARAGRAPH_WORDS
MAX_PARAGRAPH_SENTENCES = 3

# Words that end with a full stop without ending a sentence.
_ABBREVIATION_TEXT = (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cpl maj adm rev st mt ft jr sr inc "
    "corp co ltd no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m "
    "u.s u.k u.n e.u d.c approx est dept univ ave blvd rd fig vol op cf "
)
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
BOUNDARY = re.compile(r"(?<=[.!?…])([\"”’'»)\]]*)\s+(?=[\"“‘'«(\[]?[A-Z0-9])")
OPENING_QUOTE = re.compile(r"^[\"“‘«]")
# "WASHINGTON —", "KYIV, March 13 (Reuters) -": a wire dateline opens a new story part.
DATELINE_START = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,30}(?:,[^.!?]{1,40})?\s?(?:\([^)]{1,30}\))?\s?[-–—]\s"
)
DOUBLE_MARKS = re.compile(r"[\"“”«»„]")


def split_long_text(text: str, longer_than: int = LONG_UNIT_WORDS) -> list[str]:
    """``text`` as paragraphs: itself when it is not a flattened block of more than
    ``longer_than`` words (a whole text delivered as one line is one at any length)."""
    if len(sig.words(text)) <= longer_than:
        return [text]
    sentences = split_sentences(text)
    if len(sentences) < 3:
        return [text]
    paragraphs: list[list[str]] = []
    current: list[str] = []
    open_quote = False
    for sentence in sentences:
        # A quotation whose closing mark was lost must not hold the rest of the text.
        runaway = sum(len(sig.words(s)) for s in current) > 3 * MAX_PARAGRAPH_WORDS
        if current and (runaway or not open_quote) and should_break(current, sentence):
            paragraphs.append(current)
            current = []
        current.append(sentence)
        open_quote = inside_quotation(" ".join(current))
    if current:
        paragraphs.append(current)
    return [" ".join(p) for p in paragraphs]


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        before = text[start : m.start()].rstrip("\"”’'»)]")
        last_word = before.split()[-1].lower().rstrip(".!?…") if before.split() else ""
        # "Mr. Smith", "Jan. 5", "John F. Kennedy": not the end of a sentence.
        if before.endswith(".") and (
            last_word in ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word)
        ):
            continue
        sentences.append(text[start : m.start() + len(m.group(1))].strip())
        start = m.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def should_break(current: list[str], sentence: str) -> bool:
    n_words = sum(len(sig.words(s)) for s in current)
    if n_words + len(sig.words(sentence)) > MAX_PARAGRAPH_WORDS:
        return True
    if len(current) >= MAX_PARAGRAPH_SENTENCES:
        return True
    if OPENING_QUOTE.match(sentence) or DATELINE_START.match(sentence):
        return True  # a quotation turn, a new dateline
    if OPENING_QUOTE.match(current[-1]):
        return True  # the sentence that closed a quotation ends its paragraph
    so_far = set().union(*(sig.content_stems(s) for s in current[-2:]))
    # A new subject: nothing in common with the paragraph's last sentences.
    return len(current) >= 2 and not (sig.content_stems(sentence) & so_far)


def inside_quotation(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    marks = DOUBLE_MARKS.findall(text)
    # „…“ (German, Czech …) closes with the mark that opens in English.
    closing = "”»“" if "„" in marks else "”»"
    curly_open = sum(1 for m in marks if m in "“«„" and m not in closing)
    curly_close = sum(1 for m in marks if m in closing)
    straight = sum(1 for m in marks if m == '"')
    return curly_open > curly_close or straight % 2 == 1
