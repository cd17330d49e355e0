"""Helper (not a test): ingest a project's seeds and write content/sources/*.yaml.

Usage: python tests/ingest/write_content.py PROJECT OUT_DIR
Lets the ingest stage be scored before the store stage exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from briefgen.config import load_config
from briefgen.ingest import (
    discover_sources,
    entry_for,
    ingest_source,
    load_manifest,
    settle_corpus,
)


def main(project: str, out: str) -> None:
    config = load_config(Path(project))
    manifest = load_manifest(config)
    sources = tuple(
        ingest_source(p, config, entry_for(manifest, p)) for p in discover_sources(config)
    )
    folder = Path(out) / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    for s in settle_corpus(sources, config):
        doc = {
            "id": s.id,
            "file": s.file,
            "sha256": s.sha256,
            "title": s.title,
            "outlet": s.outlet,
            "url": s.url,
            "published": s.published,
            "published_basis": s.published_basis,
            "published_certainty": s.published_certainty,
            "duplicate_of": s.duplicate_of,
            "paragraphs": [
                {"id": p.id, "text": p.text, **({"heading": True} if p.heading else {})}
                for p in s.paragraphs
            ],
        }
        text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000)
        (folder / f"{s.id}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
