"""An event's title: the clause that tells the happening, shortened by whole phrases.

The title is the anchor's clause less its date phrase, long quotations and trailing
subordinate clauses, a named subject given by its name. When it is longer than
MAX_TITLE_WORDS, whole phrases go, the rightmost adjunct first (a prepositional phrase,
an adverbial, a conjunct, a relative clause), so a title is never cut mid-phrase and
never ends on a word that asks for more (an article, a preposition, an auxiliary or a
conjunction), nor without the phrase its verb needs ("was left [with two bullet
holes]"). A title is a clause: a participle or infinitive alone ("Real bullets used")
is none. A clause that cannot be told in so few words, or has no one doing it, gives
no title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.actions import action_kind
from briefgen.extract.doc import ParsedPara
from briefgen.extract.lexicon import words
from briefgen.extract.quotes import MIN_DIRECT_WORDS
from briefgen.extract.table import ActorTable

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_TITLE_WORDS = 12
MAX_BORROWED_TOKENS = 8  # "A 29-year-old Smithfield woman", borrowed by a subjectless verb
_DROP_DEPS = frozenset({"advcl", "relcl", "parataxis"})
_DROP_WORDS = frozenset(
    {"also", "however", "meanwhile", "separately", "earlier", "later", "then", "still"}
)
# Phrases a title can lose and still say what happened, when it is too long.
_ADJUNCT_DEPS = frozenset(
    {"prep", "advmod", "npadvmod", "advcl", "acl", "relcl", "appos", "conj", "agent"}
)
# What a speech verb says: its clause, its object ("told reporters that …").
_SAID_DEPS = frozenset({"ccomp", "dobj", "xcomp", "attr", "dative", "oprd"})
# A title ending on one of these is cut short: it asks for the words that were cut.
ENDS_INCOMPLETE = frozenset(
    words("""a an the this that these those of to in on at by for from with into onto upon about
    over under after before since during between among against through toward towards
    across along amid around near via per than as and or but nor yet so because while
    although though if when where whether who whom whose which is are was were be been
    being am has have had do does did will would shall should can could may might must
    its their his her our your my not""")
)
# Words standing for someone named elsewhere ("One said", "Another told reporters").
_PRONOUNS = frozenset(
    words("he she it they we i you him them us this these those who which one another")
)
CONNECTORS = frozenset(
    words("""but and yet so while as , though although when after before since because if
    until once where whereas""")
)


def quoted_tokens(pp: ParsedPara) -> set[int]:
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


def _actor_name(pp: ParsedPara, table: ActorTable, token_index: int) -> str | None:
    key = table.at(pp.index, token_index)
    actor = next((a for a in table.actors if a.key == key), None)
    return actor.name if actor is not None and actor.kind == "person" else None


def _subject(anchor: Token) -> Token | None:
    return next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class _Title:
    """The words of a title being made: kept token positions, dropped ones, and names
    said in place of a token (a float position, to sit between tokens)."""

    def __init__(self, pp: ParsedPara, keep: set[int], drop: set[int]) -> None:
        self.pp = pp
        self.keep = keep
        self.drop = drop
        self.replace: dict[float, str] = {}

    def pieces(self) -> list[str]:
        doc = self.pp.doc
        out: list[str] = []
        last = -2.0
        for pos in sorted({*self.keep, *self.replace}):
            if pos in self.replace:
                out.append(self.replace[pos] + " ")
            elif pos not in self.drop:
                if pos - last > 1:
                    out.append(" ")  # a cut: keep the words apart
                out.append(doc[int(pos)].text_with_ws)
                last = pos
        return out

    def text(self) -> str:
        words = drop_dateline(self.pieces())
        while words and (not words[0].strip() or words[0].strip().lower() in CONNECTORS):
            words.pop(0)
        return join(words)

    def shown(self) -> list[int]:
        return sorted(i for i in self.keep if i not in self.drop)

    def drop_subtree(self, token: Token) -> None:
        doc = self.pp.doc
        self.drop.update(t.i for t in token.subtree)
        # The comma or conjunction that joined the phrase goes with it.
        before = token.left_edge.i - 1
        if before >= 0 and doc[before].text in (",", "and", "or", "but", "—", "–"):
            self.drop.add(before)
            # ", which operates the ferry," goes with both its commas
            after = token.right_edge.i + 1
            if doc[before].text == "," and after < len(doc) and doc[after].text == ",":
                self.drop.add(after)
        for pos in [p for p in self.replace if token.left_edge.i <= p <= token.right_edge.i]:
            del self.replace[pos]


def _completes(token: Token) -> bool:
    """An "of" phrase completes its noun; so does the second preposition of a fixed
    phrase with a bare noun ("in connection with", "in response to")."""
    if token.dep_ != "prep" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = token.head
    fixed = (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.i == noun.head.i + 1
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children)
    )
    return token.lower_ == "of" or fixed


# Prepositions that bring a passive verb's argument, not its setting: "was left [with
# two bullet holes]", "was taken [to hospital]", "were treated [as suspects]".
_ARGUMENT_PREPS = frozenset(words("to into onto with as"))
_OBJECT_ARGUMENT_PREPS = frozenset(words("to into onto of"))
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def needed_phrase(anchor: Token, dropped: set[int]) -> Token | None:
    """The phrase a passive verb cannot end without: the argument right after it ("A girl
    was left" asks for "with two bullet holes"). Its objects and complements (dobj,
    attr, acomp, xcomp, prt, oprd: "keep their exits locked") are no adjuncts and
    never go. An active verb's object may ask for one too: "sent 14 workers [to
    hospital]", "accused the company [of failing to report leaks]"."""
    # ("as of Tuesday", "on Tuesday": a date phrase, dropped with its date, is no argument)
    after = [
        c
        for c in anchor.children
        if c.i > anchor.i
        and c.dep_ in ("prep", "oprd")
        and not all(t.i in dropped for t in c.subtree if t.i != c.i)
    ]
    if not after:
        return None
    first = min(after, key=lambda c: c.i)
    if any(c.dep_ == "auxpass" for c in anchor.children):
        return first if first.dep_ == "oprd" or first.lower_ in _ARGUMENT_PREPS else None
    objects = [c for c in anchor.children if c.dep_ == "dobj" and c.i < first.i]
    # (not "hit him with a bat": with an object, only a destination or an "of" is asked for)
    if objects and first.lower_ in _OBJECT_ARGUMENT_PREPS:
        return first
    return None


def is_finite(anchor: Token) -> bool:
    """A verb that makes a clause: a tensed verb, or one with its helpers ("were shot");
    not a participle or infinitive alone ("Real bullets used", "to speak to police")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return True  # a noun's title names a happening ("Wednesday's strike")
    # (a participle with a subject of its own is a past tense the tagger misread:
    # "A ferry capsized on Lake Victoria, police said")
    helpers = [c for c in anchor.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if anchor.tag_ == "VBN":
        helpers += [c for c in anchor.children if c.dep_ == "nsubj"]
    # ("One was killed and four others injured": a conjunct borrows its helper)
    own = any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
    gapped = (
        not own
        and anchor.dep_ == "conj"
        and any(c.dep_ in ("aux", "auxpass") for c in anchor.head.children)
    )
    return anchor.tag_ in _FINITE_TAGS or (bool(helpers) and not gapped)


def _participle_phrase(token: Token) -> bool:
    return token.dep_ in ("acl", "advcl") and token.tag_ in ("VBG", "VBN")


def _fit(title: _Title, anchor: Token, happening: Token) -> bool:
    """Drop whole adjunct phrases, rightmost first, until the title is short enough
    (never the phrase the verb needs, nor the conjunct ``happening`` that the title
    is for: then the title does not fit)."""
    doc = title.pp.doc
    needed = needed_phrase(anchor, title.drop)
    kept = {happening.i} | ({needed.i} if needed is not None else set())
    while len(title.text().split()) > MAX_TITLE_WORDS:
        shown = set(title.shown())
        # Each phrase's span as it stands, less what was dropped from it already.
        spans = {
            i: (min(inside), max(inside))
            for i in shown
            if i != anchor.i
            and doc[i].dep_ in _ADJUNCT_DEPS
            # "27-year-old", "12 miles from": a measure is part of its word, no adjunct
            and not (doc[i].dep_ in ("npadvmod", "advmod") and doc[i].head.pos_ == "ADJ")
            and anchor.i not in (inside := {t.i for t in doc[i].subtree})
            and (inside := inside & shown)
            and i not in kept
        }
        if not spans:
            return False
        # The rightmost phrase, and of phrases ending together the innermost.
        # "the head of state", "the capsizing of the ferry": an "of" phrase completes
        # its noun; it goes only when nothing else can.
        victim = doc[
            max(spans, key=lambda i: (not _completes(doc[i]), spans[i][1], spans[i][0], i))
        ]
        # "in one of the city's worst shootings": "one" asks for its "of"; both go.
        # So does "according" its "to …".
        # A participle phrase goes whole: "barely clinging [to life]" is cut mid-phrase.
        while (
            victim.head.pos_ in ("NUM", "PRON", "DET")
            or victim.head.dep_ == "prep"
            or (victim.dep_ == "prep" and _participle_phrase(victim.head))
        ) and victim.head.i != anchor.i:
            outer = victim.head
            while outer.dep_ not in _ADJUNCT_DEPS and outer.head.i not in (outer.i, anchor.i):
                outer = outer.head
            if outer.dep_ not in _ADJUNCT_DEPS or anchor.i in {t.i for t in outer.subtree}:
                break
            if outer.i in kept:
                break
            victim = outer
        title.drop_subtree(victim)
    return True


def asks_for_more(token: Token) -> bool:
    """A word that cannot end a clause: not a verb's particle ("go on") nor an adverb."""
    if token.dep_ == "prt" or token.pos_ in ("ADV", "NOUN", "PROPN", "NUM"):
        return False
    return token.lower_ in ENDS_INCOMPLETE


def _complete(title: _Title, anchor: Token) -> bool:
    """Drop a trailing phrase that ends on a word asking for more; False if none can go."""
    doc = title.pp.doc
    for _ in range(8):
        shown = title.shown()
        words = title.text().split()
        if not words:
            return False
        last_word = words[-1].strip("\"'“”‘’,.;:").lower()
        if last_word not in ENDS_INCOMPLETE and words[-1] not in ("—", "-", "–"):
            return True
        if not shown:
            return False
        last = doc[shown[-1]]
        if last_word == last.lower_ and not asks_for_more(last):
            return True  # "the talks would go on": a particle ends its verb
        # The largest phrase (short of the anchor's clause) that the trailing word ends.
        phrase = last
        while phrase.head.i != phrase.i and phrase.head.i != anchor.i:
            if phrase.head.right_edge.i < last.i:
                break
            phrase = phrase.head
        needed = needed_phrase(anchor, title.drop)
        if phrase.i == anchor.i or (needed is not None and phrase.i == needed.i):
            return False
        title.drop_subtree(phrase)
    return False


def build_title(
    pp: ParsedPara, table: ActorTable, anchor: Token, date_tokens: set[int]
) -> str | None:
    """The title of the happening ``anchor`` names, or None when no whole clause of at
    most MAX_TITLE_WORDS tells it."""
    happening = anchor
    # "after meeting health leaders": a participle of its clause's subject, told as
    # "Rishi Sunak was meeting health leaders" (_name_the_doers gives the helper)
    progressive = (
        anchor.tag_ == "VBG" and _subject(anchor) is None and anchor.dep_ in ("advcl", "pcomp")
    )
    if not (is_finite(anchor) or progressive):
        # "One was killed and four others injured", "was found lying on the ground":
        # the coordination, or the verb the participle completes, is the clause.
        head = anchor.head
        if (
            anchor.dep_ not in ("conj", "xcomp", "oprd")
            or head.pos_ not in ("VERB", "AUX")
            or not is_finite(head)
        ):
            return None
        anchor = head
    title = _title_words(pp, anchor, date_tokens)
    if not _name_the_doers(pp, table, anchor, title):
        return None
    if not (_fit(title, anchor, happening) and _complete(title, anchor)):
        return None
    text = _with_what_was_said(pp, anchor, title)
    if text is None or len(text.split()) < 2:
        return None
    return text[:1].upper() + text[1:]


def _title_words(pp: ParsedPara, anchor: Token, date_tokens: set[int]) -> _Title:
    """The happening's clause, without its dates, quotations, asides and settings."""
    doc = pp.doc
    keep = {t.i for t in anchor.subtree}
    if anchor.pos_ == "NOUN":
        # The parse often hangs a noun's modifiers elsewhere: read on to the next comma.
        end = anchor.i
        while end + 1 < anchor.sent.end and doc[end + 1].text not in (",", ";", ".", "—"):
            end += 1
        keep = set(range(anchor.i, end + 1))
    title = _Title(pp, keep, set(date_tokens) | quoted_tokens(pp))
    drop = title.drop
    for i in date_tokens:
        head = doc[i].head
        if head.pos_ == "ADP" and head.i not in date_tokens and head.i < i:
            drop.add(head.i)
    for t in anchor.subtree:
        after_comma = t.i > anchor.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        # ", in which five were killed": a relative clause, however the parser hangs it
        relative = any(x.tag_ in ("WDT", "WP", "WP$") for x in list(t.subtree)[:2])
        clause_after_comma = (t.dep_ in _DROP_DEPS or relative) and t.i != anchor.i and after_comma
        if clause_after_comma or (
            # ("declared Wednesday a day of mourning": the parser's appositive of a date
            # is the object)
            t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.i not in date_tokens
        ):
            title.drop_subtree(t)
        elif t.dep_ == "advcl" and t.head.i == anchor.i and t.i < anchor.i and t.tag_ == "VBG":
            title.drop_subtree(t)  # "Speaking in a video address, X said": the setting
        elif (t.dep_ == "mark" and t.head.i == anchor.i) or (
            t.lower_ in _DROP_WORDS and t.dep_ == "advmod"
        ):
            drop.add(t.i)
    return title


def _name_the_doers(pp: ParsedPara, table: ActorTable, anchor: Token, title: _Title) -> bool:
    """Put names for the subject and the relative pronoun in ``title``; False when who
    does it, or to whom, is told only in another sentence."""
    drop = title.drop
    if anchor.dep_ == "relcl":
        # "Wong, who arrived in Jakarta": the relative pronoun stands for its antecedent.
        for child in anchor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("WP", "WDT"):
                key = table.at(pp.index, anchor.head.i)
                actor = next((a for a in table.actors if a.key == key), None)
                title.replace[child.i] = actor.name if actor is not None else anchor.head.text
                drop.add(child.i)
    subject = _subject(anchor)
    # A named subject reads better by its name alone than with its titles.
    if subject is not None and subject.i not in drop:
        name = _actor_name(pp, table, subject.i)
        if name is not None:
            drop.update(range(subject.left_edge.i, subject.right_edge.i + 1))
            title.replace[subject.left_edge.i] = name
        elif subject.lower_ in _PRONOUNS and anchor.dep_ != "relcl":
            return False  # "She said", "These were": whom it means is in another sentence
    if any(c.dep_ == "dobj" and c.lower_ in _PRONOUNS for c in anchor.children):
        return False  # "Putin brushed these off": what it means is in another sentence
    if anchor.pos_ in ("VERB", "AUX") and subject is None and anchor.dep_ != "relcl":
        # "… after meeting health leaders on Tuesday": say who met. (A clause with its
        # own helper has its own subject, one the parse lost: "after four adults were
        # shot" is not the police's.)
        helpers = [c for c in anchor.children if c.dep_ in ("aux", "auxpass")]
        before = anchor.doc[helpers[0].i - 1] if helpers and helpers[0].i > 0 else None
        # ("was arrested and was charged": a conjunct's helper follows the "and")
        joined = before is not None and (before.dep_ == "cc" or before.pos_ in ("PUNCT", "ADV"))
        if helpers and (anchor.dep_ != "conj" or not joined):
            return _lost_subject(title, before, helpers[0])
        doer, plural = _borrowed_subject(pp, table, anchor)
        if doer is None:
            return False  # "Tweeted by its deputy ambassador": no one does it in the title
        helper = (" were" if plural else " was") if anchor.tag_ == "VBG" else ""
        title.replace[anchor.left_edge.i - 0.5] = doer + helper
    return True


def _lost_subject(title: _Title, before: Token | None, helper: Token) -> bool:
    """The noun phrase right before a subjectless clause's helper, taken as its subject
    ("after [four adults and a 3-year-old] were shot"); False when there is none."""
    if before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return False
    phrase = before
    while phrase.head.i < helper.i and phrase.dep_ in ("conj", "compound", "amod", "nummod"):
        phrase = phrase.head
    if phrase.pos_ not in ("NOUN", "PROPN") or phrase.lower_ in _PRONOUNS:
        return False
    title.keep.update(t.i for t in phrase.subtree)
    return True


def _with_what_was_said(pp: ParsedPara, anchor: Token, title: _Title) -> str | None:
    """The title's text; for a saying whose words the title lacks, with the opening of
    the words said (None when they do not fit)."""
    text = title.text()
    # "Jo Bloggs said", "… described": what was said is the happening.
    # ("said at a briefing in Bishkek" tells where, not what.)
    shown = set(title.shown())
    # ("told his counterpart [that …]": with a clause said, the listener is not what)
    said = [c for c in anchor.children if c.dep_ == "ccomp"] or [
        c
        for c in anchor.children
        if c.dep_ in _SAID_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "about"))
    ]
    told = any(shown & {t.i for t in c.subtree} for c in said)
    # ("charged with negligence" is a happening, though "charge" may report speech)
    if action_kind(anchor.lemma_) == "speech" and not told:
        # "Jo Bloggs said": the words said are the happening; give them when they fit,
        # in place of where and how they were said ("at a briefing in Bishkek").
        for child in anchor.children:
            if child.i > anchor.i and child.dep_ in _ADJUNCT_DEPS:
                title.drop_subtree(child)
        # ("told his counterpart, Alexander Lukashenko,": the listener by one name)
        for token in list(anchor.subtree):
            if token.i > anchor.i and token.dep_ == "appos" and token.i in title.keep:
                title.drop_subtree(token)
        text = title.text()
        opening = _quoted_opening(pp, anchor, MAX_TITLE_WORDS - len(text.split()))
        if opening is None:
            return None
        text = f'{text.rstrip(" .,;:")}: "{opening}"'
    return text


_CLAUSE_END = re.compile(r",\s+|;\s+|\s+(?=(?:and|but|while|because|as)\s)")


def _quoted_opening(pp: ParsedPara, anchor: Token, max_words: int) -> str | None:
    """The first sentence of the quotation nearest the speech verb, when it is short."""
    spans = sorted(pp.quote_spans, key=lambda span: abs(span[0] - anchor.idx))
    if not spans:
        return None
    start, end = spans[0]
    text = pp.doc.text[start:end].strip()
    first = re.split(r"(?<=[.!?])\s", text)[0].rstrip(",.;: ")
    # Whole clauses only: "We have ordered twenty ventilators [and they will arrive …]".
    ends = [m.start() for m in _CLAUSE_END.finditer(first)] + [len(first)]
    fitting = [first[:end] for end in ends if len(first[:end].split()) <= max_words]
    opening = fitting[-1] if fitting else ""
    words = opening.split()
    if not words or words[-1].lower() in ENDS_INCOMPLETE:
        return None
    return " ".join(words)


def drop_dateline(words: list[str]) -> list[str]:
    """ "KYIV, Ukraine (AP) — Troops …" → "Troops …"."""
    for i, w in enumerate(words[:10]):
        if w.strip() in ("—", "--", "–") and i > 0:
            before = [b.strip() for b in words[:i]]
            if any(b.isupper() and len(b) > 2 for b in before) and all(
                b[:1].isupper() or not b[:1].isalnum() for b in before
            ):
                return words[i + 1 :]
    return words


def _borrowed_subject(pp: ParsedPara, table: ActorTable, anchor: Token) -> tuple[str | None, bool]:
    """The named subject of the nearest clause above a subjectless verb, and whether
    it is plural."""
    current = anchor
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                plural = child.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ == "conj" for c in child.children
                )
                key = table.at(pp.index, child.i)
                actor = next((a for a in table.actors if a.key == key), None)
                if actor is not None:
                    return actor.name, plural
                said = pp.doc[child.left_edge.i : child.right_edge.i + 1]
                if child.lower_ in _PRONOUNS or len(said) > MAX_BORROWED_TOKENS:
                    return None, False
                return said.text, plural
    return None, False


def join(pieces: list[str]) -> str:
    """Tokens with their own spacing; a cut leaves no double space nor a space before a comma."""
    text = "".join(pieces)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.;:)\]%])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"\(\s*\)", "", text)
    return text.strip(" ,;:.—–-")
