"""extract_source as a stage: pure, deterministic, and fit for a process pool."""

from __future__ import annotations

import pickle
from dataclasses import replace

from extract_builders import make_source

from briefgen.build import extraction_input
from briefgen.extract import extract_source

COPY = (
    "Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko on Friday.",
    '"There are certain positive shifts," Putin said, adding that talks were held daily.',
    "At least four servicemen were killed in a strike on the airport, local officials said.",
)


def test_same_source_gives_equal_facts(config):
    source = make_source(*COPY)
    assert extract_source(source, config) == extract_source(source, config)


def test_facts_survive_pickling(config):
    facts = extract_source(make_source(*COPY), config)
    assert pickle.loads(pickle.dumps(facts)) == facts
    assert facts.source_id == "src"


def test_refs_point_at_the_source_paragraphs(config):
    facts = extract_source(make_source(*COPY), config)
    refs = {r for a in facts.actors for r in a.refs}
    refs |= {q.ref for q in facts.quotes} | {c.ref for c in facts.casualties}
    assert {r.source for r in refs} == {"src"}
    assert {r.para for r in refs} <= {"p1", "p2", "p3"}
    assert all(q.speaker in {a.key for a in facts.actors} for q in facts.quotes if q.speaker)
    keys = {c.key for c in facts.casualties}
    assert all(set(e.casualties) <= keys for e in facts.events)
    assert all(i < len(facts.quotes) for e in facts.events for i in e.quotes)
    actor_keys = {a.key for a in facts.actors}
    assert all(set(e.actors) <= actor_keys for e in facts.events)


def test_extraction_does_not_read_which_copy_a_source_repeats(config):
    # The extract cache key leaves duplicate_of out (build.extraction_input), because one
    # new article can move it from copy to copy; that holds only while no extractor reads it.
    source = make_source(*COPY)
    copy = replace(source, duplicate_of="an-earlier-wire-copy")
    assert extract_source(copy, config) == extract_source(source, config)
    assert extraction_input(copy) == extraction_input(source)
    assert extraction_input(replace(source, published=None)) != extraction_input(source)
