"""Sentences of the sources, and which of them may stand alone as a key point.

A careful regex splitter (abbreviations, initials, dotted acronyms, quotations that run
over several sentences) keeps summarize free of the NLP pipeline; the tests pin its
behaviour on news copy.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefgen.merge.text import content_words, fold
from briefgen.records.content import Ref
from briefgen.records.source import Source

_ABBREVIATIONS = frozenset(
    str.split(
        """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm rep sen gov pres st jr sr rev
        no nos vs etc inc corp co ltd dept univ approx est fig jan feb mar apr jun jul aug sep
        sept oct nov dec mon tue tues wed thu thurs fri sat sun am pm ft mt"""
    )
)
# A candidate end of sentence: . ! ? (or an ellipsis), closing quotes/brackets, space,
# then something that can open a sentence.
_BOUNDARY = re.compile(
    r"(?:\.\.\.|[.!?\u2026])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
)
_DOUBLE_QUOTES = '"\u201c\u201d\u201e'
_QUOTED = re.compile(r"[\"\u201c\u201e][^\"\u201c\u201d\u201e]*[\"\u201d\u201c]?")

SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according to|announced|claimed|claims|claiming|"
    r"accused|accuses|denied|denies|deny|warned|warns|stated|reported|reports|described|"
    r"alleged|alleges|insisted|confirmed|confirms|urged|noted|explained|argued|blamed|"
    r"rejected|dismissed|acknowledged|admitted|estimated|quoted|tweeted|wrote|cited|"
    r"called|calls|announces|declared|vowed|pledged|promised)\b",
    re.IGNORECASE,
)
# "I" only as a pronoun: not "World War I" or "Phase I".
_OUTLET_VOICE = re.compile(
    r"(?<!War )(?<!Phase )(?<!Type )\bI\b(?!\.)|\b(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Ll]et's)\b"
)
_OPINION = re.compile(
    r"\b(?:should|must|ought|need to|needs to|it is time|clearly|obviously|undoubtedly|"
    r"shameful|disgraceful|outrageous|absurd|heroic|evil|barbaric|unfortunately|sadly|"
    r"hopefully|surely|of course|deserves?|admirable|appalling|ridiculous|best|worst)\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"https?://|www\.|\S+@\S+\.\w|\bclick (?:here|to)\b|^\s*(?:sign up|subscribe|click)\b|"
    r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|free)\b|newsletter|"
    r"contributed to this report|all rights reserved|copyright|\u00a9|live update|"
    r"\bread more\b|follow us|support us|donat|advertis|cookie|privacy policy|"
    r"terms of (?:use|service)|\bthis (?:article|story|report) (?:was|has been)\b|"
    r"getty images|\(photo|photo by|\bphoto:|\bfile photo\b|\bcaption\b|"
    r"\bsource link\b|\bleave a reply\b|\bcomments?\b\s*$",
    re.IGNORECASE,
)
_ANAPHORIC_START = frozenset(
    str.split("he she it they his her its their them this that these those such him there")
)
_FINAL_STOP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photos|image|images|file|AFP|Reuters|AP|Getty)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
# A wire dateline before the first sentence: "BISHKEK, June 9 (Reuters) - ", "KYIV — ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\u2019 -]{2,}"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s*"  # ", June 9" or ", Ukraine"
    r"(?:\([^()]{1,40}\)\s*[-\u2013\u2014]+"  # "(Reuters) -": the outlet
    r"|(?<=\d)\s*[-\u2013\u2014]+)\s+(?=\S)"  # or a date right before the dash
)
MIN_WORDS = 8
MAX_WORDS = 55


@dataclass(frozen=True)
class Sentence:
    source: str
    ref: Ref
    index: int  # position in the source, across paragraphs
    text: str
    keywords: tuple[str, ...]
    keyword_set: frozenset[str] = frozenset()

    @property
    def para_number(self) -> int:
        digits = re.sub(r"\D", "", self.ref.para)
        return int(digits) if digits else 0


def _is_abbreviation(before: str) -> bool:
    """The word ending at a '.': an abbreviation, an initial or a dotted acronym."""
    token = before.split()[-1] if before.split() else ""
    token = token.lstrip("\"'(\u201c\u2018[")
    bare = token.rstrip(".").lower()
    if bare in _ABBREVIATIONS:
        return True
    if re.fullmatch(r"[A-Za-z]", bare):
        return True  # an initial: "J. Smith"
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token.rstrip(".") + "."))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, never inside a quotation that is still open."""
    count_quotes = sum(text.count(c) for c in _DOUBLE_QUOTES)
    balanced = count_quotes % 2 == 0
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        piece = text[start : m.end()]
        stop = piece.rstrip()
        ending = text[start : m.start() + 1]
        if (
            m.group(0).startswith(".")
            and not m.group(0).startswith("...")
            and _is_abbreviation(ending)
        ):
            continue
        if balanced and sum(stop.count(c) for c in _DOUBLE_QUOTES) % 2 == 1:
            continue
        out.append(stop.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def strip_dateline(text: str) -> str:
    """The sentence without the wire dateline before it: a key point reads as a sentence."""
    return _DATELINE.sub("", text, count=1)


def outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", fold(text))


def word_count(text: str) -> int:
    return len(text.split())


# Asked of every sentence several times, and wire copy repeats sentences: cached by text.
@functools.lru_cache(maxsize=1 << 16)
def is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.search(text))


def has_attribution(text: str) -> bool:
    return bool(SPEECH.search(outside_quotes(text)))


@functools.lru_cache(maxsize=1 << 16)
def is_outlet_opinion(text: str) -> bool:
    """The outlet speaking for itself: first/second person, questions, or unattributed
    evaluation outside any quotation."""
    outside = outside_quotes(text)
    if _OUTLET_VOICE.search(outside):
        return True
    if outside.rstrip().endswith(("?", "!")):
        return True
    return bool(_OPINION.search(outside)) and not has_attribution(text)


def is_anaphoric(text: str) -> bool:
    """Starts by pointing back ('He said …', '"…," she added'): not readable alone."""
    outside = outside_quotes(text).strip(" ,.;:-")
    first = outside.split()[0].lower().strip(",.") if outside.split() else ""
    return first.split("'")[0] in _ANAPHORIC_START


def ends_a_sentence(text: str) -> bool:
    """Headlines, captions and list lead-ins (ending in ':') have no final stop."""
    return bool(_FINAL_STOP.search(text))


@functools.lru_cache(maxsize=1 << 16)
def is_reportable(text: str) -> bool:
    """A body sentence of reasonable length, in a source's own reporting voice."""
    n = word_count(text)
    return (
        MIN_WORDS <= n <= MAX_WORDS
        and ends_a_sentence(text)
        and not is_boilerplate(text)
        and not is_outlet_opinion(text)
    )


@functools.lru_cache(maxsize=1 << 16)
def can_stand_alone(text: str) -> bool:
    """Reportable, and readable without the sentence before it."""
    return is_reportable(text) and not is_anaphoric(text) and not is_bare_quotation(text)


def is_bare_quotation(text: str) -> bool:
    """A quotation whose speaker is named only in another sentence."""
    quoted = any(c in text for c in _DOUBLE_QUOTES)
    return quoted and not has_attribution(text)


def is_caption_or_appeal(paragraph: str, sentences: list[str]) -> bool:
    """A photo caption (ends in a credit) or an outlet's appeal (speaks as 'we'/'you')."""
    if _CREDIT.search(paragraph):
        return True
    return any(_OUTLET_VOICE.search(outside_quotes(s)) for s in sentences)


def source_sentences(source: Source) -> list[Sentence]:
    """The sentences of the body, captions and outlet appeals left out."""
    return list(_source_sentences(source))


# The build asks twice per source (the claim sentences to parse with the NLP, then the
# summaries): split once.
@functools.lru_cache(maxsize=4096)
def _source_sentences(source: Source) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for para in source.paragraphs:
        if para.heading:
            continue
        texts = split_sentences(strip_dateline(" ".join(para.text.split())))
        if is_caption_or_appeal(para.text, texts):
            continue
        for text in texts:
            keywords = tuple(content_words(text))
            out.append(
                Sentence(
                    source=source.id,
                    ref=Ref(source.id, para.id),
                    index=len(out),
                    text=text,
                    keywords=keywords,
                    keyword_set=frozenset(keywords),
                )
            )
    return tuple(out)
