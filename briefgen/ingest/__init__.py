"""Ingest: a file in seeds/ → a cleaned Source with metadata.

Placeholder cleaner (issue 3 replaces it): paragraphs split on blank lines, the first
line is the title. The signatures are the stage's contract with build.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Config
from briefgen.records.source import Paragraph, Source

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MANIFEST = "sources.yaml"


@dataclass(frozen=True)
class ManifestEntry:
    """What seeds/sources.yaml says of one file; None: not given."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def discover_sources(config: Config) -> tuple[Path, ...]:
    if not config.seeds.is_dir():
        return ()
    return tuple(
        sorted(p for p in config.seeds.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES)
    )


def load_manifest(config: Config) -> Mapping[str, ManifestEntry]:
    return {}


def ingest_source(path: Path, config: Config, manifest: ManifestEntry | None = None) -> Source:
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    blocks = [" ".join(b.split()) for b in text.split("\n\n")]
    blocks = [b for b in blocks if b]
    title = blocks[0] if blocks else None
    paragraphs = tuple(Paragraph(id=f"p{i}", text=t) for i, t in enumerate(blocks[1:], 1))
    return Source(
        id=path.stem,
        file=path.relative_to(config.project).as_posix(),
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        outlet=None,
        url=None,
        published=None,
        published_basis="unknown",
        paragraphs=paragraphs,
    )


def settle_corpus(sources: tuple[Source, ...], config: Config) -> tuple[Source, ...]:
    """The one step of ingest that sees every source: dates and duplicates across sources."""
    return sources
