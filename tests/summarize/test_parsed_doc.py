"""The dispute rules read ParsedDoc instead of spaCy's Doc: every part of the API they use
must answer as spaCy does, on real parses (non-projective or odd trees included)."""

from __future__ import annotations

import pickle

from briefgen.nlp.parsed_doc import ParsedDoc, doc_columns

SENTENCES = [
    "Ukraine's foreign minister Dmytro Kuleba said there had been no breakthrough in the talks.",
    "According to the regional governor, at least 12 people were killed when a missile hit "
    "a market in Kharkiv on Tuesday.",
    "The company denied the accusations, which it called baseless, and said it would appeal.",
    "“We will not negotiate,” he said, adding that Russia had rejected the proposal.",
    "Officials, who spoke on condition of anonymity, claimed without evidence that the strike "
    "was staged.",
    "Talks.",
]


def _names(tokens) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(t.i, t.text) for t in tokens]


def test_parsed_doc_answers_as_spacy_does(nlp) -> None:  # type: ignore[no-untyped-def]
    for doc in nlp.pipe(SENTENCES):
        # Through a pickle, as the parse cache stores it.
        parsed = ParsedDoc(pickle.loads(pickle.dumps(doc_columns(doc))))
        assert parsed.text == doc.text
        assert len(parsed) == len(doc)
        for mine, theirs in zip(parsed, doc, strict=True):
            assert parsed[mine.i] is mine
            assert (mine.i, mine.text, mine.lower_, mine.lemma_) == (
                theirs.i,
                theirs.text,
                theirs.lower_,
                theirs.lemma_,
            )
            assert (mine.pos_, mine.dep_, mine.ent_type_) == (
                theirs.pos_,
                theirs.dep_,
                theirs.ent_type_,
            )
            assert mine.head.i == theirs.head.i
            assert _names(mine.children) == _names(theirs.children)
            assert _names(mine.lefts) == _names(theirs.lefts)
            assert _names(mine.rights) == _names(theirs.rights)
            assert _names(mine.subtree) == _names(theirs.subtree)
            assert _names(mine.ancestors) == _names(theirs.ancestors)
            if mine.i + 1 < len(doc):
                assert mine.nbor(1).i == theirs.nbor(1).i


def test_a_cycle_in_a_damaged_cache_does_not_hang() -> None:
    rows = (("a", "a", "a", "X", "dep", "", 1), ("b", "b", "b", "X", "dep", "", 0))
    parsed = ParsedDoc(("a b", rows))
    assert len(list(parsed[0].ancestors)) == 2
