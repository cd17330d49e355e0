"""Roles written next to a name: a title before it, or an appositive on either side.

"Russian President Vladimir Putin" → "Russian President"; "Dmytro Kuleba, Ukraine's top
diplomat," → "Ukraine's top diplomat"; "its first deputy UN ambassador, Dmitry Polyansky"
→ "first deputy UN ambassador".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.lexicon import OCCUPATION_NOUNS, ROLE_NOUNS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STOP_ENT_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_APPOSITIVE = 16


def is_role_noun(token: Token) -> bool:
    return token.lower_ in ROLE_NOUNS or token.lemma_.lower() in ROLE_NOUNS


def is_appositive_head(token: Token) -> bool:
    """A noun that can say who a person is beside the name: an office or an occupation."""
    return is_role_noun(token) or (
        token.pos_ == "NOUN"
        and (token.lower_ in OCCUPATION_NOUNS or token.lemma_.lower() in OCCUPATION_NOUNS)
    )


def _title_token(token: Token) -> bool:
    """A word that can sit in a title run before a name ("Deputy", "Ukraine's", "-")."""
    if token.ent_type_ in _STOP_ENT_LABELS or token.lower_ in WEEKDAYS:
        return False
    if token.tag_ == "POS":
        return True
    if token.text == "-" and token.i > 0 and not token.nbor(-1).whitespace_:
        return True
    if token.lower_ == "of":
        return (
            token.i > 0
            and token.i + 1 < len(token.doc)
            and token.nbor(-1).is_title
            and token.nbor(1).is_title
        )
    if is_role_noun(token) and (token.is_title or token.is_lower):
        return True
    if token.text in ("U.S.", "U.K.", "U.N.", "E.U."):
        return True
    if not token.is_alpha or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    # A lower-case noun belongs to a title when it is an office ("mayor") or names
    # what the office leads ("opposition leader", "army chief").
    if token.pos_ != "NOUN" or token.is_title or is_role_noun(token):
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before = token.nbor(-1) if token.i > 0 else None
    return (
        after is not None
        and is_role_noun(after)
        and token.dep_ == "compound"
        and (before is None or before.lower_ != "of")
    )


_ABBREVIATIONS = {
    "Gov.": "Governor", "Sen.": "Senator", "Rep.": "Representative", "Gen.": "General",
    "Lt.": "Lieutenant", "Col.": "Colonel", "Sgt.": "Sergeant", "Capt.": "Captain",
    "Adm.": "Admiral", "Amb.": "Ambassador", "Maj.": "Major", "Cmdr.": "Commander",
}  # fmt: skip


def _clean(doc: Doc, start: int, end: int, appositive: bool = False) -> str | None:
    """The role text of doc[start:end], or None when no role noun is in it."""
    while start < end and (
        doc[start].pos_ in ("DET", "PRON", "ADP", "PUNCT", "CCONJ") or doc[start].tag_ == "POS"
    ):
        start += 1
    while end > start and doc[end - 1].pos_ in ("PUNCT", "CCONJ", "ADP", "DET"):
        end -= 1
    heads = is_appositive_head if appositive else is_role_noun
    if start >= end or not any(heads(t) for t in doc[start:end]):
        return None
    return (
        " ".join(_ABBREVIATIONS.get(t.text, t.text) for t in doc[start:end])
        if any(t.text in _ABBREVIATIONS for t in doc[start:end])
        else doc[start:end].text
    )


def title_before(doc: Doc, start: int) -> str | None:
    """The title run that ends just before token ``start``, if it names a role."""
    i = start
    while i > 0 and _title_token(doc[i - 1]):
        i -= 1
    if i == start:
        return None
    # A title run is only a role when its last word is an office ("Lutsk mayor"),
    # or it holds one and ends in a proper noun ("Secretary of State").
    run = doc[i:start]
    if not is_role_noun(run[-1]) and not (
        run[-1].pos_ == "PROPN" and any(is_role_noun(t) for t in run)
    ):
        return None
    return _clean(doc, i, start)


def _participle_of_office(token: Token) -> bool:
    """ "managing director", "acting president": a participle that is part of the title."""
    return (
        token.tag_ in ("VBG", "VBN")
        and token.i + 1 < len(token.doc)
        and is_role_noun(token.nbor(1))
    )


def _is_a_list(span: Span) -> bool:
    """Two noun phrases with their own articles joined by "and"/"or": several people."""
    doc = span.doc
    if any(
        t.pos_ == "CCONJ" and t.i + 1 < span.end and doc[t.i + 1].pos_ in ("DET", "NUM")
        for t in span
    ):
        return True
    # "including Name, the foreman, …": the name opens a list of the people counted
    name_start = span.start - 1
    while name_start > 0 and doc[name_start - 1].pos_ == "PROPN":
        name_start -= 1
    return name_start > 0 and doc[name_start - 1].lower_ in ("including", "among")


def appositive_after(doc: Doc, end: int) -> str | None:
    """ "Name, the regional governor," → "the regional governor" (without the article)."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    # "Maria Ortiz, 54, a shopkeeper": an age between the name and the appositive
    if j + 1 < len(doc) and doc[j].like_num and doc[j + 1].text == ",":
        j += 2
    stop = min(len(doc), j + MAX_APPOSITIVE)
    k = j
    while k < stop:
        t = doc[k]
        if (
            t.text in (",", ".", ";", ":", "—", "–", "(", ")")
            or t.is_quote
            or t.lower_ in ("who", "which", "that")
        ):
            break
        if t.pos_ in ("VERB", "AUX") and not (
            (t.tag_ == "VBN" and t.dep_ == "amod") or _participle_of_office(t)
        ):
            break
        k += 1
    if k == j:
        return None
    if _is_a_list(doc[j:k]):
        return None  # "including Name, the site foreman and a driver": a list of others
    # The head sits before the first preposition: "the country's civil protection chief",
    # "head of the burn unit at the hospital".
    h = j
    while h < k and h - j < 8 and doc[h].pos_ != "ADP":
        h += 1
    head_zone = [t for t in doc[j : max(h, min(k, j + 5))] if t.pos_ in ("NOUN", "PROPN")]
    if not head_zone or not any(is_appositive_head(t) for t in head_zone):
        return None
    return _clean(doc, j, k, appositive=True)


def appositive_before(doc: Doc, start: int) -> str | None:
    """ "its first deputy UN ambassador, Name" → "first deputy UN ambassador"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    end = start - 1
    if not is_role_noun(doc[end - 1]):
        # "The spokesperson for the ministry, Name": the parse ties the name to its office.
        name = doc[start]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        head = name.head
        if name.dep_ == "appos" and head.i < end and is_role_noun(head):
            return _clean(doc, head.left_edge.i, end)
        return _office_of_before(doc, end)
    i = end
    while i > 0 and _title_token(doc[i - 1]) and end - i < MAX_APPOSITIVE:
        i -= 1
    return _clean(doc, i, end)


def _office_of_before(doc: Doc, comma: int) -> str | None:
    """ "The mayor of Springfield, Name", "Lin's mother, Name": read by word order from the
    start of the sentence (or clause) to the comma, when the parse did not tie them."""
    sent_start = doc[comma].sent.start
    k = comma - 1
    while k > sent_start and comma - k < 8 and doc[k].lower_ not in ("of", "for", "at"):
        k -= 1
    head_at = k - 1 if doc[k].lower_ in ("of", "for", "at") else comma - 1
    if head_at < sent_start or not is_appositive_head(doc[head_at]):
        return None
    start = head_at
    while start > sent_start and (
        doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") or doc[start - 1].tag_ == "POS"
    ):
        start -= 1
    opener = doc[start - 1] if start > sent_start else None
    if opener is not None and opener.pos_ not in ("DET", "PRON", "PUNCT", "ADP", "CCONJ"):
        return None
    return _clean(doc, start, comma, appositive=True)


def one_of_a_group(doc: Doc, start: int) -> str | None:
    """ "for workers like Jo Bloggs", "nurses such as Ann Lee": one of the group named."""
    if start >= 2 and doc[start - 1].lower_ == "like":
        group = doc[start - 2]
    elif start >= 3 and [t.lower_ for t in doc[start - 2 : start]] == ["such", "as"]:
        group = doc[start - 3]
    else:
        return None
    if group.tag_ != "NNS" or not is_appositive_head(group):
        return None
    return group.lemma_.lower()


def occupation_before(doc: Doc, start: int) -> str | None:
    """ "survivor Maya Lin", "garment worker Ana Ruiz": a lower-case occupation as a title."""
    if start < 1:
        return None
    head = doc[start - 1]
    if not head.is_lower or head.pos_ != "NOUN" or not is_appositive_head(head):
        return None
    i = start - 1
    while i > 0 and start - i < 3 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("NOUN", "ADJ"):
        i -= 1
    return doc[i:start].text
