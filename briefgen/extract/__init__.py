"""Extract: one cleaned Source → the facts it states (SourceFacts).

A pure function of the source and the configuration, so it can run in any process.
spaCy gives sentences, entities and the parse; the rules in the submodules settle
what each entity is and read quotations, casualty figures and dated events from it.
"""

from __future__ import annotations

from dataclasses import replace

from briefgen.config import Config
from briefgen.extract.actors import find_actors
from briefgen.extract.casualties import find_casualties
from briefgen.extract.doc import parse_source
from briefgen.extract.events import find_events
from briefgen.extract.quotes import FoundQuote, find_quotes
from briefgen.extract.speakers import speeches
from briefgen.extract.table import slugify
from briefgen.nlp import load_pipeline
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention, QuoteFact, SourceFacts
from briefgen.records.source import Source


def para_order(ref: Ref) -> tuple[int, str]:
    """p2 before p10."""
    digits = ref.para.lstrip("p")
    return (int(digits), ref.para) if digits.isdigit() else (0, ref.para)


def add_unnamed_speakers(
    actors: tuple[ActorMention, ...], quotes: list[FoundQuote]
) -> tuple[tuple[ActorMention, ...], tuple[QuoteFact, ...]]:
    """Quotations from an unnamed body ("the health ministry said") get it as an actor."""
    by_key = {a.key: a for a in actors}
    facts = []
    for q in quotes:
        fact = q.fact
        if fact.speaker is None and q.unnamed is not None:
            name, kind = q.unnamed
            key = slugify(name)
            known = by_key.get(key)
            refs = tuple(sorted({*(known.refs if known else ()), fact.ref}, key=para_order))
            by_key[key] = ActorMention(
                key=key,
                name=known.name if known else name,
                kind=known.kind if known else kind,
                roles=known.roles if known else (),
                aliases=known.aliases if known else (),
                refs=refs,
            )
            fact = replace(fact, speaker=key)
        facts.append(fact)
    return tuple(sorted(by_key.values(), key=lambda a: a.key)), tuple(facts)


def extract_source(source: Source, config: Config) -> SourceFacts:
    nlp = load_pipeline(config.spacy_model)
    paras = parse_source(source, nlp)
    table = find_actors(paras)
    speech_list = speeches(paras, table)
    quotes = find_quotes(paras, table, speech_list, source.published)
    casualties = find_casualties(paras, table, speech_list, source.published)
    events = find_events(paras, table, quotes, casualties, source.published)
    actors, quote_facts = add_unnamed_speakers(table.actors, quotes)
    return SourceFacts(
        source_id=source.id,
        actors=actors,
        quotes=quote_facts,
        casualties=tuple(c.fact for c in casualties),
        events=tuple(events),
    )
