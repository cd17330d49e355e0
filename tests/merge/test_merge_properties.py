"""Properties of merge on random inputs: unique sorted ids, every ref kept, and
the same Content whatever order the sources come in."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention, CasualtyFact, SourceFacts

NAMES = [
    ("Vladimir Putin", "person"),
    ("Putin", "person"),
    ("Joe Biden", "person"),
    ("Jill Biden", "person"),
    ("Biden", "person"),
    ("Volodymyr Zelenskyy", "person"),
    ("Zelensky", "person"),
    ("United Nations", "organization"),
    ("UN", "organization"),
    ("Kyiv", "place"),
    ("Kyiv", "person"),
    ("Georgia", "country"),
    ("Georgia", "place"),
]
CONFIG = Config(project=Path("."))

mention = st.tuples(st.sampled_from(range(len(NAMES))), st.integers(1, 9))
source = st.lists(mention, max_size=6)
figure = st.tuples(st.sampled_from(["killed", "injured"]), st.integers(1, 4), st.integers(1, 9))


def build(spec: list[list[tuple[int, int]]], figs: list[tuple[str, int, int]]):  # type: ignore[no-untyped-def]
    facts = []
    for s, mentions in enumerate(spec):
        sid = f"s{s}"
        actors = {}
        for n, para in mentions:
            name, kind = NAMES[n]
            actors[f"k{n}"] = ActorMention(f"k{n}", name, kind, refs=(Ref(sid, f"p{para}"),))
        casualties = tuple(
            CasualtyFact(f"c{i}", kind, count, "exact", None, "Lutsk", None, (), Ref(sid, f"p{p}"))
            for i, (kind, count, p) in enumerate(figs)
        )
        facts.append(SourceFacts(sid, actors=tuple(actors.values()), casualties=casualties))
    return tuple(facts)


@settings(max_examples=60, deadline=None)
@given(st.lists(source, min_size=1, max_size=4), st.lists(figure, max_size=3))
def test_merge_is_order_free_with_unique_ids_and_every_ref_kept(spec, figs) -> None:  # type: ignore[no-untyped-def]
    facts = build(spec, figs)
    one = merge_facts((), facts, CONFIG)
    two = merge_facts((), tuple(reversed(facts)), CONFIG)
    assert one == two
    ids = [a.id for a in one.actors]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    refs = [r for a in one.actors for r in a.mentions]
    wanted = {r for f in facts for a in f.actors for r in a.refs}
    assert set(refs) == wanted
    casualty_ids = [c.id for c in one.casualties]
    assert len(set(casualty_ids)) == len(casualty_ids)
    # Joe and Jill are never one actor.
    for a in one.actors:
        firsts = {n.split()[0] for n in (a.name, *a.aliases) if n.endswith("Biden") and " " in n}
        assert len(firsts) <= 1
