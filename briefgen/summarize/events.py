"""Event summaries: one or two sentences from the paragraphs an event was found in."""

from __future__ import annotations

from dataclasses import replace

from briefgen.merge.text import content_words
from briefgen.records.content import Content, EventEntry
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.sentences import (
    MAX_WORDS,
    can_stand_alone,
    is_boilerplate,
    is_outlet_opinion,
    word_count,
)

SECOND_SENTENCE_WORDS = 60  # both sentences together stay short
REDUNDANT = 0.5


def _event_words(event: EventEntry, content: Content) -> set[str]:
    names = {a.id: a for a in content.actors}
    text = " ".join(
        [event.title, event.place or ""] + [names[a].name for a in event.actors if a in names]
    )
    return set(content_words(text))


def _score(corpus: Corpus, i: int, keys: set[str]) -> float:
    s = corpus.sentences[i]
    shared = len(keys & set(s.keywords))
    support = corpus.corroboration(i, corpus.supporters(i))
    alone = 1.0 if can_stand_alone(s.text) else 0.0
    return shared + 0.5 * support + 2.0 * alone - 0.01 * s.index


def event_summary(corpus: Corpus, event: EventEntry, content: Content) -> str | None:
    refs = set(event.sources)
    pool = [
        i
        for i, s in enumerate(corpus.sentences)
        if s.ref in refs
        and not is_boilerplate(s.text)
        and not is_outlet_opinion(s.text)
        and word_count(s.text) <= MAX_WORDS
    ]
    if not pool:
        return None
    keys = _event_words(event, content)
    ranked = sorted(pool, key=lambda i: (-_score(corpus, i, keys), i))
    first = ranked[0]
    text = corpus.sentences[first].text
    for i in ranked[1:]:
        s = corpus.sentences[i]
        follows = s.source == corpus.sentences[first].source and i == first + 1
        if not (can_stand_alone(s.text) or follows):
            continue
        if not keys & set(s.keywords) or corpus.sim(first, i) >= REDUNDANT:
            continue
        if word_count(text) + word_count(s.text) > SECOND_SENTENCE_WORDS:
            continue
        text = f"{text} {s.text}" if i > first else f"{s.text} {text}"
        break
    return text


def summarize_events(corpus: Corpus, content: Content) -> tuple[EventEntry, ...]:
    return tuple(
        e if e.summary else replace(e, summary=event_summary(corpus, e, content))
        for e in content.events
    )
