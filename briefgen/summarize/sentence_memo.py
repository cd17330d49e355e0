"""Each source's sentences, kept between builds (source_memo; .briefgen/cache/sentences).

Splitting a thousand sources into sentences and their content words costs about a
second; a rebuild with one new source splits that one and reads the others back in a
tenth of that.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.config import Config
from briefgen.records.content import Ref
from briefgen.records.source import Source
from briefgen.runtime.parallel import code_fingerprint
from briefgen.runtime.source_memo import SourceMemo, memo_path, source_memo
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.sentences import Sentence, source_sentences

# A sentence as kept: its paragraph's id, its text and its content words. The rest of a
# Sentence follows from these and the source (rebuilt 8× faster than a pickled Sentence
# with its frozenset is read).
Row = tuple[str, str, tuple[str, ...]]


def memo_file(config: Config) -> Path:
    return memo_path(config, "sentences")


def _code() -> str:
    # The splitting rules (summarize) and the content words (merge.text) decide them.
    return code_fingerprint("summarize", "merge", "records")


def _rows(source: Source) -> tuple[Row, ...]:
    return tuple((s.ref.para, s.text, s.keywords) for s in source_sentences(source))


def _well_formed(rows: object) -> bool:
    return isinstance(rows, tuple) and all(
        isinstance(r, tuple)
        and len(r) == 3
        and isinstance(r[0], str)
        and isinstance(r[1], str)
        and isinstance(r[2], tuple)
        for r in rows
    )


class SentenceMemo:
    """source_sentences, answered from the last build's sentences where it can be."""

    def __init__(self, memo: SourceMemo[tuple[Row, ...]]) -> None:
        self._memo = memo

    @classmethod
    def load(cls, config: Config) -> SentenceMemo:
        return cls(SourceMemo.load(memo_file(config), _code(), _well_formed, _rows))

    def sentences(self, source: Source) -> list[Sentence]:
        return [
            Sentence(
                source=source.id,
                ref=Ref(source.id, para),
                index=i,
                text=text,
                keywords=keywords,
                keyword_set=frozenset(keywords),
            )
            for i, (para, text, keywords) in enumerate(self._memo.get(source))
        ]

    def save(self) -> None:
        self._memo.save()


def build_corpus(sources: tuple[Source, ...], config: Config) -> Corpus:
    """Corpus.build, with the sentences of the sources it has seen before read back."""
    with source_memo(config, "sentences", _rows, _code(), _well_formed) as memo:
        return Corpus.build(sources, split=SentenceMemo(memo).sentences)
