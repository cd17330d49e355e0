"""Dev/test helper: Sources built from the seed files with obvious boilerplate skipped.

Only for development and the seed check: ``published`` and the boilerplate lines come
from the answer key, which library code never reads.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from briefgen.records.source import Paragraph, Source

SHARED = Path("/work/shared")
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.yaml"


def load_gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def seed_source(path: Path, gold: dict) -> Source:
    meta = gold["sources"][path.stem]
    raw = path.read_bytes()
    lines = [" ".join(line.split()) for line in raw.decode("utf-8").splitlines()]
    lines = [line for line in lines if line]
    drops = [" ".join(d.split()) for d in meta.get("drop", [])]
    title = meta["title"]
    body: list[str] = []
    started = False
    for line in lines:
        if not started:
            if " ".join(title.split()) in line:
                started = True
            continue
        if any(d in line for d in drops):
            if len(body) > 3:
                break
            continue
        if len(line.split()) < 4 or line == title:
            continue
        body.append(line)
    paragraphs = tuple(Paragraph(id=f"p{i}", text=t) for i, t in enumerate(body, 1))
    return Source(
        id=path.stem,
        file=f"seeds/{path.name}",
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        outlet=meta.get("outlet"),
        url=None,
        published=meta["published"],
        published_basis="manifest",
        paragraphs=paragraphs,
    )


def seed_sources() -> tuple[Source, ...]:
    gold = load_gold()
    return tuple(seed_source(p, gold) for p in sorted(SEEDS.glob("*.txt")))
