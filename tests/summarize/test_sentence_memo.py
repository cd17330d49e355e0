"""Sentences kept between builds: read back, a source's sentences are what splitting it
gives; a changed source is split again; a bad or foreign memo is a miss."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefgen.config import Config
from briefgen.records.source import Paragraph, Source
from briefgen.runtime.pickle_files import write_pickle
from briefgen.runtime.source_memo import source_digest
from briefgen.summarize import sentence_memo
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.sentence_memo import SentenceMemo, build_corpus, memo_file
from briefgen.summarize.sentences import source_sentences


def _config(tmp_path: Path) -> Config:
    return Config(project=tmp_path)


def test_sentences_read_back_are_the_split_ones(
    tmp_path: Path, story_sources: tuple[Source, ...]
) -> None:
    config = _config(tmp_path)
    first = build_corpus(story_sources, config)
    assert memo_file(config).is_file()
    memo = SentenceMemo.load(config)
    for source in story_sources:
        assert memo.sentences(source) == source_sentences(source)
    again = build_corpus(story_sources, config)
    assert again.sentences == first.sentences == Corpus.build(story_sources).sentences
    assert again.vectors == first.vectors


def test_a_changed_source_is_split_again(tmp_path: Path, story_sources: tuple[Source, ...]) -> None:
    config = _config(tmp_path)
    build_corpus(story_sources, config)
    first = story_sources[0]
    changed = dataclasses.replace(
        first,
        paragraphs=(
            Paragraph("p1", "The mayor said on Monday that the bridge would reopen in June."),
            *first.paragraphs[1:],
        ),
    )
    sources = (changed, *story_sources[1:])
    corpus = build_corpus(sources, config)
    assert corpus.sentences == Corpus.build(sources).sentences
    assert "bridge would reopen" in " ".join(s.text for s in corpus.sentences)


def test_sources_no_longer_built_leave_the_memo(
    tmp_path: Path, story_sources: tuple[Source, ...]
) -> None:
    config = _config(tmp_path)
    build_corpus(story_sources, config)
    build_corpus(story_sources[:1], config)
    memo = SentenceMemo.load(config)
    for source in story_sources[:1]:
        memo.sentences(source)
    memo.save()  # nothing new, nothing dropped: the file is left as it is
    kept = memo_file(config).read_bytes()
    build_corpus(story_sources[:1], config)
    assert memo_file(config).read_bytes() == kept
    assert len(kept) < 0.6 * len(_bytes_for(story_sources, tmp_path / "all"))


def _bytes_for(sources: tuple[Source, ...], project: Path) -> bytes:
    config = _config(project)
    build_corpus(sources, config)
    return memo_file(config).read_bytes()


def test_a_damaged_or_foreign_memo_is_split_again(
    tmp_path: Path, story_sources: tuple[Source, ...]
) -> None:
    config = _config(tmp_path)
    fresh = Corpus.build(story_sources).sentences
    path = memo_file(config)
    path.parent.mkdir(parents=True)
    for junk in (b"not a pickle", b""):
        path.write_bytes(junk)
        assert build_corpus(story_sources, config).sentences == fresh
    # A memo written by other code (another fingerprint) is not read …
    source = story_sources[0]
    lie = {source_digest(source): (("p1", "Invented words here.", ("invented",)),)}
    write_pickle(path, ("other code", lie))
    assert build_corpus(story_sources, config).sentences == fresh
    # … while this code's is (which is why the memo is keyed by the code).
    write_pickle(path, (sentence_memo._code(), lie))
    assert SentenceMemo.load(config).sentences(source)[0].text == "Invented words here."
    # A malformed entry under the right code is split again.
    write_pickle(path, (sentence_memo._code(), {source_digest(source): ("x",)}))
    assert build_corpus(story_sources, config).sentences == fresh
