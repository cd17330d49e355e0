"""Corroboration counts: found without each sentence's table of best paraphrases (texts
whose groups are counted already are not compared), they must equal the table's count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.records.source import Source
from briefgen.summarize.corpus import (
    NEAR_COPY_COSINE,
    NEAR_COPY_SHARED,
    PARAPHRASE_COSINE,
    PARAPHRASE_OVERLAP,
    PARAPHRASE_SHARED,
    Corpus,
    compatible_figures,
    negated,
)

from .conftest import make_source

# Sentences that are, and are not, paraphrases of each other: shared words, changed
# figures, a negation, and wording that shares too little.
POOL = (
    "Shelling hit a crowded market in Omdurman on Wednesday, killing at least 12 people.",
    "At least 12 people were killed when shells struck a crowded market in Omdurman.",
    "At least 14 people were killed when shells struck a crowded market in Omdurman.",
    "The army said shelling did not hit a crowded market in Omdurman on Wednesday.",
    "Aid agencies said more than 700,000 people had fled their homes since April.",
    "More than 700,000 people have fled their homes since the fighting began, agencies said.",
    "Ceasefire talks in Jeddah made real progress, the army chief told reporters.",
    "The army chief told reporters the Jeddah ceasefire talks had made real progress.",
    "Residents of Khartoum queued for bread as prices rose for a third week.",
)


def count_from_tables(corpus: Corpus, i: int) -> int:
    """The definition: the sentence's own group and its supporters' groups."""
    groups = {corpus.group_of(i)} | {corpus.group_of(j) for j in corpus.supporters(i)}
    return len(groups)


@st.composite
def wire_corpora(draw: st.DrawFn) -> tuple[Source, ...]:
    count = draw(st.integers(min_value=1, max_value=7))
    sources = []
    for k in range(count):
        texts = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=5))
        # Some sources copy an earlier one: one independent voice between them.
        earlier = st.integers(min_value=0, max_value=k - 1) if k else st.nothing()
        copies = draw(st.one_of(st.none(), earlier))
        original = None if copies is None else f"s{copies}"
        sources.append(make_source(f"s{k}", texts, duplicate_of=original))
    return tuple(sources)


@settings(max_examples=150, deadline=None)
@given(wire_corpora())
def test_corroboration_counts_what_the_tables_count(sources: tuple[Source, ...]) -> None:
    counted = Corpus.build(sources)
    tabled = Corpus.build(sources)
    for i in range(len(counted.sentences)):
        assert counted.corroboration(i) == count_from_tables(tabled, i)


def test_a_count_after_the_table_is_the_tables_count(story_sources: tuple[Source, ...]) -> None:
    corpus = Corpus.build(story_sources)
    for i in range(len(corpus.sentences)):
        expected = count_from_tables(corpus, i)
        assert corpus.corroboration(i) == expected


def paraphrase_by_definition(corpus: Corpus, i: int, j: int, strict: bool) -> bool:
    """The test as first written, on the two sentences themselves."""
    si, sj = corpus.sentences[i], corpus.sentences[j]
    shared = len(si.keyword_set & sj.keyword_set)
    if strict and (
        not compatible_figures(si.text, sj.text) or negated(si.text) != negated(sj.text)
    ):
        return False
    cos = corpus.sim(i, j)
    if cos >= NEAR_COPY_COSINE and shared >= NEAR_COPY_SHARED:
        return True
    overlap = shared / min(len(si.keyword_set), len(sj.keyword_set))
    return (
        cos >= PARAPHRASE_COSINE and shared >= PARAPHRASE_SHARED and overlap >= PARAPHRASE_OVERLAP
    )


@settings(max_examples=60, deadline=None)
@given(wire_corpora(), st.booleans())
def test_the_paraphrase_test_on_distinct_texts_is_the_definition(
    sources: tuple[Source, ...], strict: bool
) -> None:
    corpus = Corpus.build(sources)
    n = len(corpus.sentences)
    for i in range(n):
        for j in range(n):
            assert corpus.paraphrase(i, j, strict) == paraphrase_by_definition(corpus, i, j, strict)
