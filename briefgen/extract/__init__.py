"""Extract: one cleaned Source → the facts it states (SourceFacts).

A pure function of the source and the configuration, so it can run in any process.
spaCy gives sentences, entities and the parse; the rules in the submodules settle
what each entity is and read quotations, casualty figures and dated events from it.
"""

from __future__ import annotations

from briefgen.config import Config
from briefgen.extract.actors import find_actors
from briefgen.extract.casualties import find_casualties
from briefgen.extract.doc import parse_source
from briefgen.extract.events import find_events
from briefgen.extract.quotes import find_quotes
from briefgen.extract.speakers import speeches
from briefgen.nlp import load_pipeline
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source


def extract_source(source: Source, config: Config) -> SourceFacts:
    nlp = load_pipeline(config.spacy_model)
    paras = parse_source(source, nlp)
    table = find_actors(paras)
    speech_list = speeches(paras, table)
    quotes = find_quotes(paras, table, speech_list, source.published)
    casualties = find_casualties(paras, table, speech_list, source.published)
    events = find_events(paras, table, quotes, casualties, source.published)
    return SourceFacts(
        source_id=source.id,
        actors=tuple(sorted(table.actors, key=lambda a: a.key)),
        quotes=tuple(q.fact for q in quotes),
        casualties=tuple(c.fact for c in casualties),
        events=tuple(events),
    )
