"""The seed articles, read raw (one paragraph a line, boilerplate and all) with actors
from the statistical NER: summarize must still cite every point, keep boilerplate and
the outlets' own voice out, and find the two gold disputes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.merge.text import fold, slugify, words
from briefgen.records.content import Content, Ref
from briefgen.records.facts import ActorMention, SourceFacts
from briefgen.records.source import Paragraph, Source
from briefgen.summarize import summarize

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/gold/seeds.yaml")
NER_KINDS = {"PERSON": "person", "GPE": "country", "ORG": "organization"}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds/ folder")


def raw_source(path: Path, published: dt.date | None) -> Source:
    lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
    paras = [line for line in lines if line]
    return Source(
        id=path.stem,
        file=f"seeds/{path.name}",
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        title=paras[0] if paras else None,
        outlet=None,
        url=None,
        published=published,
        published_basis="text",
        paragraphs=tuple(Paragraph(f"p{i + 1}", t) for i, t in enumerate(paras)),
    )


def ner_facts(sources: tuple[Source, ...], nlp) -> tuple[SourceFacts, ...]:  # type: ignore[no-untyped-def]
    out = []
    for s in sources:
        found: dict[str, tuple[str, str, list[Ref]]] = {}
        for p in s.paragraphs:
            for ent in nlp(p.text).ents:
                if ent.label_ in NER_KINDS:
                    key = slugify(ent.text)
                    name, kind, refs = found.setdefault(key, (ent.text, NER_KINDS[ent.label_], []))
                    refs.append(Ref(s.id, p.id))
        actors = tuple(
            ActorMention(k, n, kind, refs=tuple(dict.fromkeys(r)))
            for k, (n, kind, r) in sorted(found.items())
        )
        out.append(SourceFacts(s.id, actors=actors))
    return tuple(out)


@pytest.fixture(scope="module")
def gold() -> dict:
    if not GOLD.exists():
        pytest.skip("no gold answer key")
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_run(gold: dict, nlp, config: Config) -> tuple[tuple[Source, ...], Content]:  # type: ignore[no-untyped-def]
    dates = {sid: g.get("published") for sid, g in gold["sources"].items()}
    sources = tuple(raw_source(p, dates.get(p.stem)) for p in sorted(SEEDS.glob("*.txt")))
    content = merge_facts(sources, ner_facts(sources, nlp), config)
    return sources, summarize(content, sources, config)


def _name_matches(gold_name: str, names: list[str]) -> bool:
    """The scorer's rule: the gold name's last word is one of the name's words."""
    last = words(gold_name)[-1]
    return any(last in words(n) for n in names)


def test_seed_key_points_are_cited_verbatim_and_clean(seed_run, gold: dict) -> None:  # type: ignore[no-untyped-def]
    sources, content = seed_run
    points = content.briefing.summary
    assert 5 <= len(points) <= 10
    paragraphs = {(s.id, p.id): p.text for s in sources for p in s.paragraphs}
    drops = [fold(d) for g in gold["sources"].values() for d in g.get("drop", [])]
    for point in points:
        assert point.sources
        assert any(point.text in paragraphs[(r.source, r.para)] for r in point.sources)
        assert not any(d in fold(point.text) for d in drops), point.text
    assert len({p.text for p in points}) == len(points)


def test_seed_disputes_match_the_gold_ones(seed_run, gold: dict) -> None:  # type: ignore[no-untyped-def]
    _, content = seed_run
    actors = {a.id: [a.name, *a.aliases] for a in content.actors}
    for g in gold["disputes"]:
        who = [side["who"] for side in g["sides"]]
        assert any(
            all(
                _name_matches(
                    w,
                    [n for s in d.sides for n in actors.get(s.actor or "", [s.actor or ""])]
                    + [s.claim for s in d.sides],
                )
                for w in who
            )
            for d in content.briefing.disputes
        ), g["about"]
