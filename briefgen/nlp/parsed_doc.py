"""A parsed sentence as plain Python objects: what the dispute rules read of a spaCy Doc.

The rules walk the same few hundred distinct sentences once per use (wire copy repeats
them across sources), several passes each. A spaCy Doc builds a new Token object on every
access, which was most of the summarize stage's time at 1,000 sources. Here each token
is built once, its head and children linked, and the whole parse pickles as plain
tuples, so the parse cache holds them directly.

The subset of spaCy's API kept is the one the rules use, with spaCy's meaning: ``children``
in document order, ``subtree`` left children's subtrees, the token, then the right
children's; ``ancestors`` the heads up to the root.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# One token: text, lower_, lemma_, pos_, dep_, ent_type_, the index of its head.
TokenColumns = tuple[str, str, str, str, str, str, int]
# One parse: the sentence's text and its tokens.
DocColumns = tuple[str, tuple[TokenColumns, ...]]


def doc_columns(doc: Doc, strings: dict[str, str] | None = None) -> DocColumns:
    """What a ParsedDoc is made from; ``strings`` shares equal strings (tags, lemmas) so
    that a pickle of many parses stores each once."""
    share = strings if strings is not None else {}

    def one(s: str) -> str:
        return share.setdefault(s, s)

    tokens = tuple(
        (
            t.text,
            one(t.lower_),
            one(t.lemma_),
            one(t.pos_),
            one(t.dep_),
            one(t.ent_type_),
            t.head.i,
        )
        for t in doc
    )
    return doc.text, tokens


class ParsedToken:
    __slots__ = (
        "doc",
        "i",
        "text",
        "lower_",
        "lemma_",
        "pos_",
        "dep_",
        "ent_type_",
        "head",
        "lefts",
        "rights",
    )

    def __init__(self, doc: ParsedDoc, i: int, columns: TokenColumns) -> None:
        self.doc = doc
        self.i = i
        self.text, self.lower_, self.lemma_, self.pos_, self.dep_, self.ent_type_, _ = columns
        self.head: ParsedToken = self
        self.lefts: tuple[ParsedToken, ...] = ()
        self.rights: tuple[ParsedToken, ...] = ()

    @property
    def children(self) -> tuple[ParsedToken, ...]:
        return self.lefts + self.rights

    @property
    def ancestors(self) -> Iterator[ParsedToken]:
        current, steps = self, 0
        # A parse is a tree; the step limit guards against a cycle in a damaged cache.
        while current.head is not current and steps < len(self.doc):
            current = current.head
            steps += 1
            yield current

    @property
    def subtree(self) -> Iterator[ParsedToken]:
        for word in self.lefts:
            yield from word.subtree
        yield self
        for word in self.rights:
            yield from word.subtree

    def nbor(self, offset: int = 1) -> ParsedToken:
        return self.doc[self.i + offset]

    def __repr__(self) -> str:
        return self.text


class ParsedDoc:
    __slots__ = ("text", "tokens")

    def __init__(self, columns: DocColumns) -> None:
        self.text, rows = columns
        self.tokens = tuple(ParsedToken(self, i, row) for i, row in enumerate(rows))
        lefts: list[list[ParsedToken]] = [[] for _ in rows]
        rights: list[list[ParsedToken]] = [[] for _ in rows]
        for token, row in zip(self.tokens, rows, strict=True):
            head = row[6]
            if 0 <= head < len(rows) and head != token.i:
                token.head = self.tokens[head]
                (lefts if token.i < head else rights)[head].append(token)
        for token in self.tokens:
            token.lefts, token.rights = tuple(lefts[token.i]), tuple(rights[token.i])

    def __iter__(self) -> Iterator[ParsedToken]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> ParsedToken:
        return self.tokens[i]

    def __repr__(self) -> str:
        return self.text
