"""Merge on the seeds, with actors from the statistical NER alone (one mention per
entity text and source): the same people must come out as one actor each."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.merge.text import slugify
from briefgen.nlp import load_pipeline
from briefgen.records.content import Content, Ref
from briefgen.records.facts import ActorMention, SourceFacts
from briefgen.records.source import Paragraph, Source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NER_KINDS = {"PERSON": "person", "GPE": "country", "ORG": "organization"}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds/ folder")


def _source(path: Path) -> Source:
    # A crude ingest: one paragraph a line, headlines (no final stop) left out.
    lines = [" ".join(x.split()) for x in path.read_text(encoding="utf-8").splitlines()]
    paras = [x for x in lines if x.endswith((".", '"', "\u201d"))]
    return Source(
        id=path.stem,
        file=f"seeds/{path.name}",
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        title=None,
        outlet=None,
        url=None,
        published=None,
        published_basis="unknown",
        paragraphs=tuple(Paragraph(f"p{i + 1}", t) for i, t in enumerate(p for p in paras if p)),
    )


@pytest.fixture(scope="module")
def seed_content() -> Content:
    nlp = load_pipeline(None)
    sources = tuple(_source(p) for p in sorted(SEEDS.glob("*.txt")))
    facts = []
    for s in sources:
        found: dict[str, tuple[str, str, list[Ref]]] = {}
        for p in s.paragraphs:
            for ent in nlp(p.text).ents:
                if ent.label_ in NER_KINDS:
                    entry = found.setdefault(
                        slugify(ent.text), (ent.text, NER_KINDS[ent.label_], [])
                    )
                    entry[2].append(Ref(s.id, p.id))
        actors = tuple(
            ActorMention(k, name, kind, refs=tuple(dict.fromkeys(refs)))
            for k, (name, kind, refs) in sorted(found.items())
        )
        facts.append(SourceFacts(s.id, actors=actors))
    return merge_facts(sources, tuple(facts), Config(project=Path(".")))


def _owners(content: Content, surname: str) -> list[str]:
    return [
        a.id
        for a in content.actors
        if a.kind == "person"
        and any(surname in slugify(n).split("-") for n in (a.name, *a.aliases))
    ]


@pytest.mark.parametrize("surname", ["putin", "lukashenko", "stoltenberg", "biden", "slutsky"])
def test_each_person_is_one_actor_across_the_seeds(seed_content: Content, surname: str) -> None:
    assert len(_owners(seed_content, surname)) == 1


def test_zelensky_spellings_are_one_actor_with_the_other_as_alias(seed_content: Content) -> None:
    owners = _owners(seed_content, "zelensky") + _owners(seed_content, "zelenskyy")
    assert len(set(owners)) == 1
    zelensky = next(a for a in seed_content.actors if a.id == owners[0])
    spellings = {slugify(n).split("-")[-1] for n in (zelensky.name, *zelensky.aliases)}
    assert spellings >= {"zelensky", "zelenskyy"}
    assert {r.source for r in zelensky.mentions} >= {
        "000_e86b236ceaaf9bff",
        "003_b4494dfb05ce646d",
    }


def test_ids_are_unique_and_sorted(seed_content: Content) -> None:
    ids = [a.id for a in seed_content.actors]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
