"""A stand-in extractor for measuring the build before the real one exists.

``--proxy-extract`` swaps briefgen.extract.extract_source for this: it runs the project's
spaCy pipeline over every paragraph (the cost that dominates real extraction) and keeps
the PERSON entities as actor mentions, so merge and store get a little data too.
"""

from __future__ import annotations

import re

from briefgen.config import Config
from briefgen.nlp import load_pipeline
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention, SourceFacts
from briefgen.records.source import Source


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def proxy_extract_source(source: Source, config: Config) -> SourceFacts:
    nlp = load_pipeline(config.spacy_model)
    refs: dict[str, list[Ref]] = {}
    names: dict[str, str] = {}
    texts = [p.text for p in source.paragraphs]
    for para, doc in zip(source.paragraphs, nlp.pipe(texts), strict=True):
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                key = _key(ent.text)
                names.setdefault(key, ent.text)
                refs.setdefault(key, []).append(Ref(source.id, para.id))
    actors = tuple(
        ActorMention(key=k, name=names[k], kind="person", refs=tuple(dict.fromkeys(refs[k])))
        for k in sorted(names)
    )
    return SourceFacts(source_id=source.id, actors=actors)


def install() -> None:
    import briefgen.extract

    briefgen.extract.extract_source = proxy_extract_source
