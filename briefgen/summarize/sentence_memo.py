"""Each source's sentences, kept on disk between builds (.briefgen/cache/sentences).

Splitting a thousand sources into sentences and their content words costs about a
second; a rebuild with one new source splits that one and reads the others back in a
tenth of that. A source's sentences follow from its id, its paragraphs and the code
that splits them: the first two key each entry, the code keys the file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefgen.config import Config
from briefgen.parallel import code_fingerprint
from briefgen.pickle_files import read_pickle, write_pickle
from briefgen.records.content import Ref
from briefgen.records.source import Source
from briefgen.store.transaction import STATE_DIR
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.sentences import Sentence, source_sentences

# A sentence as kept: its paragraph's id, its text and its content words. The rest of a
# Sentence follows from these and the source (rebuilt 8× faster than a pickled Sentence
# with its frozenset is read).
Row = tuple[str, str, tuple[str, ...]]
_FORMAT = "rows-1"


def memo_file(config: Config) -> Path:
    return config.project / STATE_DIR / "cache" / "sentences" / f"{_FORMAT}.pickle"


def source_digest(source: Source) -> str:
    """What a source's sentences depend on: its id and its paragraphs, every field."""
    text = f"{source.id}\x00{source.paragraphs!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _code() -> str:
    # The splitting rules (summarize) and the content words (merge.text) decide them.
    return code_fingerprint("summarize", "merge", "records")


class SentenceMemo:
    """source_sentences, answered from the last build's sentences where it can be."""

    def __init__(self, rows: dict[str, tuple[Row, ...]]) -> None:
        self._rows = rows
        self._used: set[str] = set()
        self._added = False

    @classmethod
    def load(cls, config: Config) -> SentenceMemo:
        data = read_pickle(memo_file(config))
        if not (isinstance(data, tuple) and len(data) == 2 and data[0] == _code()):
            return cls({})  # none yet, another code's, or damaged: split again
        rows = data[1]
        return cls(rows if isinstance(rows, dict) else {})

    def sentences(self, source: Source) -> list[Sentence]:
        key = source_digest(source)
        self._used.add(key)
        rows = self._rows.get(key)
        if rows is None or not _well_formed(rows):
            found = source_sentences(source)
            self._rows[key] = tuple((s.ref.para, s.text, s.keywords) for s in found)
            self._added = True
            return found
        return [
            Sentence(
                source=source.id,
                ref=Ref(source.id, para),
                index=i,
                text=text,
                keywords=keywords,
                keyword_set=frozenset(keywords),
            )
            for i, (para, text, keywords) in enumerate(rows)
        ]

    def save(self, config: Config) -> None:
        """Keep the sentences of the sources asked about (those of removed sources go)."""
        if not self._added and set(self._rows) == self._used:
            return
        kept = {k: v for k, v in sorted(self._rows.items()) if k in self._used}
        write_pickle(memo_file(config), (_code(), kept))


def _well_formed(rows: object) -> bool:
    return isinstance(rows, tuple) and all(
        isinstance(r, tuple)
        and len(r) == 3
        and isinstance(r[0], str)
        and isinstance(r[1], str)
        and isinstance(r[2], tuple)
        for r in rows
    )


def build_corpus(sources: tuple[Source, ...], config: Config) -> Corpus:
    """Corpus.build, with the sentences of the sources it has seen before read back."""
    memo = SentenceMemo.load(config)
    corpus = Corpus.build(sources, split=memo.sentences)
    memo.save(config)
    return corpus
