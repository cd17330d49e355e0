"""The seed articles against the hand-made answer key, source by source.

Sources are built by tests/extract/extract_seed_sources.py (boilerplate lines and publication
dates from the key: ingest's job, not extract's).
"""

from __future__ import annotations

import re

import pytest
from extract_seed_sources import GOLD, load_gold, seed_sources

from briefgen.extract import extract_source

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared answer key not present")

_WORD = re.compile(r"\w+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower().replace("’", "'")))


def same_text(gold: str, got: str) -> bool:
    g, p = words(gold), words(got)
    return bool(g and p) and len(g & p) / len(g) >= 0.8 and len(g & p) / len(p) >= 0.3


@pytest.fixture(scope="module")
def seed_facts(config):
    return {s.id: extract_source(s, config) for s in seed_sources()}


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def names_of(facts, key):
    actor = next((a for a in facts.actors if a.key == key), None)
    return [key] if actor is None else [actor.name, *actor.aliases]


def surname_in(gold_name: str, names: list[str]) -> bool:
    last = gold_name.split()[-1].lower()
    return any(last in n.lower().split() for n in names)


def test_required_quotes_are_found_with_their_speakers(seed_facts, gold):
    missed, wrong = [], []
    for g in (q for q in gold["quotes"] if q.get("required")):
        for sid in g["sources"]:
            facts = seed_facts[sid]
            match = [q for q in facts.quotes if same_text(g["text"], q.text)]
            if not match:
                missed.append((sid, g["text"][:40]))
            elif not any(surname_in(g["speaker"], names_of(facts, q.speaker)) for q in match):
                wrong.append((sid, g["text"][:40]))
    assert missed == [] and wrong == []


def test_no_long_quote_outside_the_key(seed_facts, gold):
    extra = [
        q.text
        for facts in seed_facts.values()
        for q in facts.quotes
        if len(words(q.text)) >= 6 and not any(same_text(g["text"], q.text) for g in gold["quotes"])
    ]
    assert extra == []


def test_casualty_figures(seed_facts, gold):
    for g in gold["casualties"]:
        found = [
            c
            for sid in g["sources"]
            for c in seed_facts[sid].casualties
            if c.kind == g["kind"] and c.count == g["count"]
        ]
        assert found, g
        assert any(c.qualifier == g["qualifier"] for c in found), g
    never = {n["count"] for n in gold["not_casualties"]}
    assert [c.count for f in seed_facts.values() for c in f.casualties if c.count in never] == []


def test_updated_toll_supersedes_the_earlier_one(seed_facts):
    facts = seed_facts["000_e86b236ceaaf9bff"]
    by_key = {c.key: c for c in facts.casualties}
    updated = [c for c in facts.casualties if c.supersedes]
    assert [(c.count, by_key[c.supersedes].count) for c in updated] == [(4, 2)]


def test_people_with_roles(seed_facts, gold):
    for g in (a for a in gold["actors"] if a["kind"] == "person"):
        found = [
            a
            for facts in seed_facts.values()
            for a in facts.actors
            if a.kind == "person" and surname_in(g["name"], [a.name])
        ]
        assert found, g["name"]
        roles = " | ".join(r for a in found for r in a.roles).lower()
        assert any(r in roles for r in g["roles"]), (g["name"], roles)
    gold_surnames = {
        a["name"].split()[-1].lower().rstrip("y") for a in gold["actors"] if a["kind"] == "person"
    }
    extra = [
        a.name
        for facts in seed_facts.values()
        for a in facts.actors
        if a.kind == "person" and a.name.split()[-1].lower().rstrip("y") not in gold_surnames
    ]
    assert extra == []


def test_events_on_the_timeline(seed_facts, gold):
    events = [e for facts in seed_facts.values() for e in facts.events]
    found = 0
    for g in gold["events"]:
        keys = [k.lower() for k in g["keys"]]
        found += any(
            e.date == g["date"] and any(k in f"{e.title} {e.place or ''}".lower() for k in keys)
            for e in events
        )
    assert found / len(gold["events"]) >= 0.8
