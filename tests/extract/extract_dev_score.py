"""Dev tool: extract the seeds, join facts naively across sources, write content/, score.

    PYTHONPATH=$PWD:$PWD/tests/extract python tests/extract/extract_dev_score.py /tmp/content

The join here is a stand-in for the real merge stage (another module), only good
enough to run shared/tools/score.py on extract's output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from extract_seed_sources import GOLD, SHARED, seed_sources

from briefgen.config import Config
from briefgen.extract import extract_source


def ref(r) -> dict:
    return {"source": r.source, "para": r.para}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    actors: dict[str, dict] = {}
    quotes: list[dict] = []
    casualties: list[dict] = []
    events: list[dict] = []
    config = Config(project=Path("."))
    for source in seed_sources():
        (out / "sources" / f"{source.id}.yaml").write_text(
            yaml.safe_dump(
                {
                    "id": source.id,
                    "file": source.file,
                    "title": source.title,
                    "published": source.published,
                    "paragraphs": [{"id": p.id, "text": p.text} for p in source.paragraphs],
                }
            )
        )
        facts = extract_source(source, config)
        local: dict[str, str] = {}
        for a in facts.actors:
            gid = a.key
            if a.kind == "person":
                last = a.name.split()[-1].lower().rstrip("y")
                for k, v in actors.items():
                    if v["kind"] == "person" and v["name"].split()[-1].lower().rstrip("y") == last:
                        gid = k
            entry = actors.setdefault(
                gid,
                {
                    "id": gid,
                    "name": a.name,
                    "kind": a.kind,
                    "roles": [],
                    "aliases": [],
                    "mentions": [],
                },
            )
            entry["roles"] += [r for r in a.roles if r not in entry["roles"]]
            entry["aliases"] += [x for x in a.aliases if x not in entry["aliases"]]
            entry["mentions"] += [ref(r) for r in a.refs]
            local[a.key] = gid
        for q in facts.quotes:
            same = [e for e in quotes if e["text"].lower() == q.text.lower()]
            if same:
                same[0]["sources"].append(ref(q.ref))
                continue
            quotes.append(
                {
                    "id": f"q{len(quotes)}",
                    "text": q.text,
                    "kind": q.kind,
                    "speaker": local.get(q.speaker or ""),
                    "sources": [ref(q.ref)],
                }
            )
        for c in facts.casualties:
            casualties.append(
                {
                    "id": f"{source.id}-{c.key}",
                    "kind": c.kind,
                    "count": c.count,
                    "qualifier": c.qualifier,
                    "victims": c.victims,
                    "place": c.place,
                    "date": c.date,
                    "claimed_by": [local.get(x, x) for x in c.claimed_by],
                    "supersedes": c.supersedes,
                    "sources": [ref(c.ref)],
                }
            )
        for e in facts.events:
            events.append(
                {
                    "id": f"{source.id}-{e.key}",
                    "date": e.date,
                    "date_precision": e.date_precision,
                    "title": e.title,
                    "place": e.place,
                    "actors": [local.get(x, x) for x in e.actors],
                    "sources": [ref(e.ref)],
                }
            )
    for name, data in (
        ("actors", list(actors.values())),
        ("quotes", quotes),
        ("casualties", casualties),
        ("events", events),
    ):
        (out / f"{name}.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            "--content",
            str(out),
            "--gold",
            str(GOLD),
        ],
        check=False,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/extract-content"))
