"""Parses of single sentences, kept on disk between builds.

The merge stage parses the claim sentences of the whole corpus to find disputes. A
sentence's parse depends only on its text and the model, so a rebuild with one new
source parses only the new sentences; the rest come back from .briefgen/cache/parse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from briefgen.config import STATE_DIR, Config
from briefgen.nlp import load_pipeline, resolve_model_name
from briefgen.nlp.parsed_doc import DocColumns, ParsedDoc, doc_columns
from briefgen.runtime.fingerprint import code_fingerprint
from briefgen.runtime.parallel import Runner, run_all
from briefgen.runtime.pickle_files import read_pickle, write_pickle

_CHUNK = 64  # sentences per task for the worker processes
# The shape of a cached parse (parsed_doc.DocColumns); a new shape gets a new file, and
# so does new code that makes the columns (its fingerprint is in the name).
_FORMAT = "columns-1"


def _cache_file(config: Config) -> Path:
    model = resolve_model_name(config.spacy_model)
    code = code_fingerprint("nlp/parsed_doc.py")
    return config.project / STATE_DIR / "cache" / "parse" / f"{model}.{_FORMAT}-{code}.pickle"


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _load(path: Path) -> dict[str, DocColumns]:
    data = read_pickle(path)
    if not isinstance(data, dict):
        return {}
    # A damaged entry is a miss (parsed again), never a crash.
    return {k: v for k, v in data.items() if _is_columns(v)}


def _is_columns(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], tuple)
        and all(isinstance(row, tuple) and len(row) == 7 for row in value[1])
    )


def _parse_chunk(texts: tuple[str, ...], config: Config) -> list[DocColumns]:
    nlp = load_pipeline(config.spacy_model)
    strings: dict[str, str] = {}
    return [doc_columns(doc, strings) for doc in nlp.pipe(texts)]


def _update(
    texts: Sequence[str],
    config: Config,
    *,
    parallel: bool,
    trim: bool = True,
    runner: Runner | None = None,
) -> tuple[list[str], dict[str, DocColumns], int]:
    """Parse the texts the cache lacks and save it, kept to ``texts`` when ``trim``:
    (keys, cache, how many were parsed)."""
    path = _cache_file(config)
    stored = _load(path)
    keys = [_key(t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in stored}.items())
    if missing:
        if runner is None:
            load_pipeline(config.spacy_model)  # before the pool forks, so workers share it
        chunks = [
            tuple(t for _, t in missing[i : i + _CHUNK]) for i in range(0, len(missing), _CHUNK)
        ]
        if parallel:
            # In order: a runner may yield the chunks as they finish.
            done = dict((runner or run_all)(_parse_chunk, chunks, config))
            parsed = [b for i in range(len(chunks)) for b in done[i]]
        else:
            parsed = [b for chunk in chunks for b in _parse_chunk(chunk, config)]
        for (key, _), data in zip(missing, parsed, strict=True):
            stored[key] = data
    used = set(keys) if trim else set(stored)
    if missing or set(stored) != used:
        # Only the entries this corpus uses are kept, so the file tracks the corpus' size.
        write_pickle(path, {k: v for k, v in stored.items() if k in used})
        for old in path.parent.glob(f"{resolve_model_name(config.spacy_model)}.*pickle"):
            if old != path and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)  # a cache of another shape, never read again
    return keys, stored, len(missing)


def prefill_parses(texts: Sequence[str], config: Config, runner: Runner | None = None) -> int:
    """Parse, across processes, the texts a later stage will ask parse_sentences for, so
    that the NLP runs in the extract stage. Returns how many were parsed. The other
    parses are kept: ``texts`` may be those of the new sources only (parse_sentences,
    given the whole corpus's, keeps the file to those)."""
    return _update(texts, config, parallel=True, trim=False, runner=runner)[2]


def parse_sentences(texts: Sequence[str], config: Config) -> list[ParsedDoc]:
    """The parses of ``texts``, in order; parsed once per text and model, ever."""
    keys, stored, _ = _update(texts, config, parallel=False)
    # Wire copy repeats sentences: each distinct text is built once, and its parse
    # shared (the dispute rules only read them).
    docs = {k: ParsedDoc(stored[k]) for k in dict.fromkeys(keys)}
    return [docs[k] for k in keys]
