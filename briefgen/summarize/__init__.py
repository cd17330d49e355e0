"""Summarize: the merged Content + sources → the key points, disputes and event summaries.

Every line it writes is a sentence taken from the sources (or, for a dispute side, a
sentence or a figure found in them), with the sources that report it.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.config import Config
from briefgen.records.content import Content
from briefgen.records.source import Source
from briefgen.runtime.side_by_side import run_side_by_side
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.disputes import find_disputes
from briefgen.summarize.events import summarize_events
from briefgen.summarize.figures import key_figures
from briefgen.summarize.keypoints import key_points


def summarize(content: Content, sources: tuple[Source, ...], config: Config) -> Content:
    return summarize_corpus(content, Corpus.build(sources), config)


def summarize_corpus(content: Content, corpus: Corpus, config: Config) -> Content:
    """summarize, given the sources' corpus (built from the sources alone, so a build can
    build it while the facts are merged)."""
    # The key points and the disputes read the same corpus and never each other.
    summary, disputes = run_side_by_side(
        lambda: key_points(corpus, content),
        lambda: find_disputes(corpus, content, config),
        config,
    )
    briefing = replace(
        content.briefing,
        key_figures=key_figures(content),
        summary=summary,
        disputes=disputes,
    )
    return replace(content, briefing=briefing, events=summarize_events(corpus, content))
