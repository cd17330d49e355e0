"""Event summaries: one or two sentences from the paragraphs an event was found in."""

from __future__ import annotations

from dataclasses import replace

from briefgen.merge.text import content_words
from briefgen.records.content import Content, EventEntry, Ref
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
    support = corpus.corroboration(i)
    alone = 1.0 if can_stand_alone(s.text) else 0.0
    return shared + 0.5 * support + 2.0 * alone - 0.01 * s.index


def event_summary(
    corpus: Corpus,
    event: EventEntry,
    content: Content,
    by_ref: dict[Ref, list[int]] | None = None,
) -> str | None:
    if by_ref is None:
        by_ref = sentences_by_ref(corpus)
    # Looked up by paragraph: a scan of every sentence per event is quadratic in sources.
    in_refs = sorted({i for ref in set(event.sources) for i in by_ref.get(ref, ())})
    pool = [
        i
        for i in in_refs
        if not is_boilerplate((s := corpus.sentences[i]).text)
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


def sentences_by_ref(corpus: Corpus) -> dict[Ref, list[int]]:
    out: dict[Ref, list[int]] = {}
    for i, s in enumerate(corpus.sentences):
        out.setdefault(s.ref, []).append(i)
    return out


def summarize_events(corpus: Corpus, content: Content) -> tuple[EventEntry, ...]:
    by_ref = sentences_by_ref(corpus)
    return tuple(
        e if e.summary else replace(e, summary=event_summary(corpus, e, content, by_ref))
        for e in content.events
    )
