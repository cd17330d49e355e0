"""The parsed paragraphs of one source: the spaCy docs every extractor reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.unmarked_quotes import introduces_next, marks_lost, unmarked_quote_spans
from briefgen.nlp import quotemarks
from briefgen.records.content import Ref
from briefgen.records.source import Source

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# Where quotations are, in every convention of quotation marks (quotemarks.py).
QUOTE_CHARS = quotemarks.QUOTE_CHARS


_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photos|image|images|AFP|Reuters|AP|Getty|EPA|file)\b[^()]*)\)\s*$"
    r"|\bvia Getty Images\b|\b(?:Photo|Photograph|Image) (?:by|credit|courtesy)\b",
    re.IGNORECASE,
)


_BYLINE = re.compile(
    r"^(?:\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Contributing)\b.{0,80}\bby\b)"
    r"|\bcontributed (?:reporting|to this (?:report|story|article))\b",
    re.IGNORECASE,
)


def looks_like_caption(text: str) -> bool:
    """A photo caption, a credit or a reporting line: "… (AFP photo)", "Reporting by …"."""
    return bool(_CREDIT.search(text) or _BYLINE.search(text))


def looks_like_headline(text: str) -> bool:
    """Title Case With Most Words Capitalised, no closing full stop: a heading."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or text.rstrip().endswith((".", '"', "”")):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= 0.7


@dataclass(frozen=True)
class ParsedPara:
    index: int
    ref: Ref
    doc: Doc
    heading: bool
    quote_spans: tuple[tuple[int, int], ...]  # character offsets of quoted text (inside the marks)

    def in_quote(self, token: Token) -> bool:
        return any(s <= token.idx < e for s, e in self.quote_spans)

    def sentence_of(self, token: Token) -> Span:
        return token.sent


def find_quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    return quotemarks.find_quote_spans(text)


def normalise_text(text: str) -> str:
    return " ".join(text.split())


def parse_source(source: Source, nlp: Language) -> tuple[ParsedPara, ...]:
    texts = [normalise_text(p.text) for p in source.paragraphs]
    docs = list(nlp.pipe(texts))
    # A source that lost its quotation marks has its quotations found by their shape.
    lost = marks_lost(texts)
    spans = [find_quote_spans(doc.text) for doc in docs]
    if lost:
        introduced = [i > 0 and introduces_next(docs[i - 1]) for i in range(len(docs))]
        spans = [unmarked_quote_spans(d, i) for d, i in zip(docs, introduced, strict=True)]
    return tuple(
        ParsedPara(
            index=i,
            ref=Ref(source=source.id, para=p.id),
            doc=doc,
            heading=p.heading or looks_like_headline(p.text) or looks_like_caption(p.text),
            quote_spans=quote_spans,
        )
        for i, (p, doc, quote_spans) in enumerate(zip(source.paragraphs, docs, spans, strict=True))
    )
