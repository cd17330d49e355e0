"""What kind of casualty a count of people tells: killed, injured, displaced … read
from the counted noun ("deaths"), the words after the count ("people were killed"), a
toll it belongs to ("the death toll rose to 12") or the predicate ("suffered burns",
"were forced from their homes")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.displacement import displacement_kind
from briefgen.extract.figure_scope import TOLL_NOUNS
from briefgen.extract.lexicon import CASUALTY_ADJECTIVES, CASUALTY_NOUNS, CASUALTY_VERBS, words
from briefgen.extract.shelters import is_shelter

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words between a count and its casualty word: "people were killed", "remain missing",
# "were among the dead".
_LINK_WORDS = frozenset(
    words(
        "were was have has had been being are is reportedly also remain remained remains "
        "still among the confirmed feared believed presumed now left later found pronounced "
        "newly recently internally temporarily reported registered recorded made rendered"
    )
)


def _manner_adverb(doc: Doc, j: int) -> bool:
    """ "were forcibly displaced", "were pre-emptively evacuated" (split by the tokenizer
    at its hyphen): an adverb of how, between the count and its verb."""
    token = doc[j]
    if token.pos_ == "ADV" and token.lower_.endswith("ly"):
        return True
    # "pre" "-" "emptively": the parts of a hyphened adverb the tagger reads apart
    word = "".join(t.text for t in doc[j : min(j + 3, len(doc))])
    return token.lower_ in ("pre", "-") and "emptively" in word.lower()


def _shot_kind(token: Token) -> str | None:
    """ "were shot" wounds, "shot dead", "shot and killed", "fatally shot" kill; "shot at"
    hits no one."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : min(token.i + 3, len(doc))]]
    if after[:1] == ["at"] and (len(after) < 2 or not after[1].isalpha()):
        return None  # "were shot at": fired at, not hit
    if after[:1] == ["dead"] or after[:2] in (["and", "killed"], ["to", "death"]):
        return "killed"
    if token.i > 0 and doc[token.i - 1].lower_ in ("fatally", "mortally"):
        return "killed"
    return "injured"


def kind_from(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in ("shoot", "graze") and token.tag_ == "VBN":
        return _shot_kind(token) if lemma == "shoot" else "injured"
    if token.pos_ in ("VERB", "AUX") and lemma in CASUALTY_VERBS:
        return CASUALTY_VERBS[lemma]
    if token.lower_ in CASUALTY_ADJECTIVES and token.pos_ in ("ADJ", "VERB", "NOUN"):
        return CASUALTY_ADJECTIVES[token.lower_]
    return None


def _noun_kind(noun: Token) -> str | None:
    """The kind a counted noun names itself ("deaths", "the bodies of 410 civilians")."""
    for word in (noun.lemma_.lower(), noun.lower_):
        if word in CASUALTY_NOUNS:
            return CASUALTY_NOUNS[word]
    # "the bodies of 410 civilians"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        owner = noun.head.head
        for word in (owner.lemma_.lower(), owner.lower_):
            if word in CASUALTY_NOUNS:
                return CASUALTY_NOUNS[word]
    return None


def _kind_told_after(anchor: Token) -> str | None:
    """The kind the words after the count tell: "servicemen killed", "six injured",
    "people were killed", "have been displaced", "were taken hostage"."""
    doc = anchor.doc
    j = anchor.i + 1
    while j < len(doc) and (doc[j].lower_ in _LINK_WORDS or _manner_adverb(doc, j)):
        j += 1
    if j >= len(doc):
        return None
    kind = kind_from(doc[j])
    if kind:
        return kind
    # "were stabbed to death", "trampled to death"
    if doc[j].pos_ == "VERB" and [t.lower_ for t in doc[j + 1 : j + 3]] == ["to", "death"]:
        return "killed"
    taken = [t.lower_ for t in doc[j + 1 : j + 3]] if doc[j].lemma_.lower() == "take" else []
    if taken[:1] and taken[0] in ("hostage", "captive", "prisoner", "prisoners"):
        return "detained"
    if taken[:2] in (["to", "hospital"], ["to", "hospitals"]):
        return "injured"
    return None


def casualty_kind(number: Token, noun: Token | None) -> str | None:
    anchor = noun if noun is not None else number
    if noun is not None:
        named = _noun_kind(noun)
        if named is not None:
            return named
    told = _kind_told_after(anchor)
    if told is not None:
        return told
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl") and not _tells_a_share(child):
            kind = kind_from(child)
            if kind:
                return kind
    if anchor.dep_ in ("nsubjpass", "dobj", "nsubj"):
        kind = kind_from(anchor.head)
        if kind:
            return kind
        kind = _kind_of_all_of_whom(anchor.head)
        if kind:
            return kind
        kind = _recorded_kind(anchor)
        if kind:
            return kind
    if anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() == "be":
        # "about 800,000 are refugees in neighbouring countries"
        attrs = [_noun_kind(c) for c in anchor.head.children if c.dep_ == "attr"]
        if attrs and attrs[0] in ("displaced", "evacuated"):
            return attrs[0]
    listed = _listed_with(anchor)
    if listed is not None:
        # "displaced 2,100 people in Mandera, 1,300 in Wajir and 800 in Garissa"
        return casualty_kind(listed, listed)
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        # A verb left out: "displaced 3,000 people in Kisumu and 1,500 in Busia"
        kind = kind_from(anchor.head)
        if kind:
            return kind
    kind = _kind_through_a_preposition(anchor) or _kind_from_a_toll(anchor, number)
    if kind:
        return kind
    return _kind_by_predicate(anchor) or _labelled_kind(anchor, number)


def _kind_through_a_preposition(anchor: Token) -> str | None:
    """The kind a number takes from what it is the object of a preposition of."""
    if anchor.dep_ != "pobj":
        return None
    # "an IDP population of 45,000", "a refugee caseload of 1.2 million"
    if anchor.head.lower_ == "of":
        group = anchor.head.head
        if group.lemma_.lower() in _GROUP_TOTALS:
            kind = _toll_kind(group)
            if kind and kind != "killed":
                return kind
    # "a total of 5 people … were shot"
    if anchor.head.lower_ == "of":
        owner = anchor.head.head
        # "have displaced a total of 58,000 people"
        if owner.lemma_.lower() in ("total",) and owner.dep_ in ("nsubj", "nsubjpass", "dobj"):
            kind = kind_from(owner.head)
            if kind:
                return kind
    # "wounded over 1,000": the qualifier took the number as its object
    if anchor.head.lower_ in ("over", "than", "nearly", "around"):
        kind = kind_from(anchor.head.head)
        if kind:
            return kind
    return None


def _kind_from_a_toll(anchor: Token, number: Token) -> str | None:
    """ "a previous toll of two deaths", "the death toll rose to 12", "put the number of
    dead at 9": the kind of a toll word just before the number or governing it."""
    doc = anchor.doc
    window = doc[max(anchor.sent.start, number.i - 6) : number.i]
    tolls = [t for t in window if t.lemma_.lower() in TOLL_NOUNS]
    verb = number.head.head if number.head.pos_ == "ADP" else number.head
    # a group's size is a level it stands at, not what it "grew by"
    totals = TOLL_NOUNS if number.head.lower_ == "by" else TOLL_NOUNS | _GROUP_TOTALS
    tolls += [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.lemma_.lower() in totals
    ]
    for toll in tolls:
        kind = _toll_kind(toll)
        if kind:
            return kind
    return None


# A group's size, a toll when a casualty word qualifies it: "the displaced population
# stands at 412,000" (a town's population alone is no figure).
_GROUP_TOTALS = frozenset(words("population caseload"))
# "all of whom were displaced": the whole count, not a share of it.
_WHOLE_WORDS = frozenset(words("all both each"))


# Verbs of counting people in a state: "DTM tracked 4,215 individuals newly displaced".
_RECORDING = frozenset(words("track record register count report identify find list"))


def _recorded_kind(anchor: Token) -> str | None:
    """The kind of a state the people a count is of are recorded in, told by a clause
    after them: "tracked 4,215 individuals (843 households) newly displaced"."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.lemma_.lower() not in _RECORDING:
        return None
    for clause in verb.children:
        if clause.dep_ in ("advcl", "oprd", "xcomp") and clause.i > anchor.i:
            kind = kind_from(clause)
            if kind in ("displaced", "evacuated"):
                return kind
    return None


def _tells_a_share(clause: Token) -> bool:
    """ "120,000 people, 15,000 of whom were displaced": the clause tells what happened
    to a share, not to the whole ("all of whom" is the whole)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "…, of whom 96,000 have been displaced": the parser hangs "of whom" on the verb
    whole = any(s.lower_ in _WHOLE_WORDS for s in subjects)
    return any(s.lower_ not in _WHOLE_WORDS and _of_whom(s) for s in subjects) or (
        _of_whom(clause) and not whole
    )


def _of_whom(subject: Token) -> bool:
    return any(
        p.lower_ == "of" and any(w.lower_ == "whom" for w in p.children) for p in subject.children
    )


def _kind_of_all_of_whom(verb: Token) -> str | None:
    """ "affected 1,200 households, all of whom have been displaced"."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "relcl", "conj") or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        of_whom = [
            p
            for s in subjects
            if s.lower_ in _WHOLE_WORDS
            for p in s.children
            if p.lower_ == "of" and any(w.lower_ == "whom" for w in p.children)
        ]
        if of_whom:
            return kind_from(clause)
    return None


def _listed_with(anchor: Token) -> Token | None:
    """The counted noun a bare count is listed after, each with a place of its own:
    "2,100 people in Mandera, 1,300 in Wajir and 800 in Garissa" (1,300 and 800 are
    counts of people like 2,100). A count in brackets beside another restates it."""
    if not _has_own_place(anchor):
        return None
    item = anchor
    while item.dep_ == "conj" and item.head.i != item.i:
        item = item.head
        if item.dep_ == "pobj" and item.head.lower_ == "in":
            # "620 families in Sylhet and 410 families in Sunamganj": the parser ties
            # the second count to the first one's place
            counted = item.head.head
            if counted.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in counted.children):
                return counted
    if item is not anchor and _counted_in_a_place(item):
        # "displaced 1.5 million people in Bangladesh and another 300,000 in Myanmar":
        # the parser ties the bare count to the counted noun itself
        return item
    if item.dep_ != "appos" or not _has_own_place(item.head):
        return None
    return item.head if item.head.pos_ == "NOUN" else None


def _counted_in_a_place(word: Token) -> bool:
    counted = word.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in word.children)
    return counted and _has_own_place(word)


def _has_own_place(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "in" for c in word.children)


def _labelled_kind(anchor: Token, number: Token) -> str | None:
    """A figure under a label that names its kind, as tables flattened into text give
    them: "IDPs: Somalia 3.8 million; Ethiopia 4.4 million", "Displaced: 2,450 people".
    A count restated in brackets beside another ("2,450 individuals (490 households)")
    is no figure of its own."""
    sent = number.sent
    colons = [t for t in sent if t.text == ":" and t.i < number.i][-1:]
    # "Affected: 50,000; Displaced: 12,000": each label starts after the last item's end
    label_start = max(
        [sent.start] + [t.i + 1 for t in sent if t.text == ";" and colons and t.i < colons[0].i]
    )
    if not colons and sent.start > 0 and sent.doc[sent.start - 1].text == ":":
        # the parser ends a sentence at the label's colon: "Province / Displaced: | Nampula …"
        colons = [sent.doc[sent.start - 1]]
        label_start = colons[0].sent.start
    if not colons or colons[0].i - label_start > 6:
        return None
    if anchor.dep_ == "appos" and any(c.dep_ == "nummod" for c in anchor.head.children):
        return None
    before = sent.doc[max(number.i - 2, sent.start) : number.i]
    if any(t.text == "(" for t in before):
        return None
    for t in sent.doc[label_start : colons[0].i]:
        for word in (t.lower_, t.lemma_.lower()):
            if word in CASUALTY_NOUNS:
                return CASUALTY_NOUNS[word]
            if word in CASUALTY_ADJECTIVES:
                return CASUALTY_ADJECTIVES[word]
    return None


# What people "suffered" or "sustained" that makes them injured.
_INJURY_OBJECTS = frozenset(
    words("burn burns injury injuries wound wounds inhalation fracture fractures trauma concussion")
)


def _kind_by_predicate(anchor: Token) -> str | None:
    """ "six firefighters suffered burns", "3,000 people were forced from their homes",
    "two dozen of the injured remain in hospital"."""
    head = anchor.head
    lemma = head.lemma_.lower()
    suffered = any(c.dep_ == "dobj" and c.lower_ in _INJURY_OBJECTS for c in head.children)
    if anchor.dep_ == "nsubj" and lemma in ("suffer", "sustain") and suffered:
        return "injured"
    displaced = displacement_kind(anchor)
    if displaced:
        return displaced
    # "two people were treated in hospital", "were treated for burns"
    treated = [t.lower_ for t in head.subtree if t.i > head.i][:3]
    if (
        anchor.dep_ == "nsubjpass"
        and lemma == "treat"
        and ("hospital" in treated or "for" in treated)
    ):
        return "injured"
    # Read by word order: the parser often ties "of the injured" to the wrong head.
    doc = anchor.doc
    following = doc[anchor.i + 1 : min(anchor.i + 4, len(doc))]
    if len(following) == 3 and [t.lower_ for t in following[:2]] == ["of", "the"]:
        group = following[2]
        kind = CASUALTY_ADJECTIVES.get(group.lower_) or CASUALTY_NOUNS.get(group.lemma_.lower())
        j = group.i + 1
        while j < len(doc) and doc[j].lower_ in _LINK_WORDS:
            j += 1
        # "four of the injured died": what happened to them, not what they were
        later = kind_from(doc[j]) if j < len(doc) else None
        return later or kind
    return None


def _toll_kind(toll: Token) -> str | None:
    """What a toll counts ("death toll", "number of dead"); a bare toll counts deaths."""
    group = toll.lemma_.lower() in _GROUP_TOTALS
    for t in toll.subtree:
        word = t.lemma_.lower()
        if t.i == toll.i:
            continue
        if group and t.pos_ == "NOUN" and is_shelter(t):
            return "displaced"  # "the camp's population has swelled to 87,000"
        if word == "arrival" and any(c.lower_ == "new" for c in t.children):
            return "displaced"  # "bringing the number of new arrivals to 95,000"
        # "the number of people forced to flee their homes"
        told = kind_from(t) if t.dep_ in ("acl", "relcl", "xcomp") else None
        if told in ("displaced", "evacuated"):
            return told
        for table in (CASUALTY_NOUNS, CASUALTY_ADJECTIVES):
            if word in table or t.lower_ in table:
                return table.get(word) or table[t.lower_]
    return "killed" if toll.lemma_.lower() == "toll" else None
