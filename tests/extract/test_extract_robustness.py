"""Odd copy never breaks extraction: every fact still points into the source."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = [
    "said", "told", "he", "she", "the", "Putin", "Kyiv", "President", "Mr", "Sir", "-", "—",
    '"', "“", "”", ",", ".", "killed", "injured", "at least", "three", "12", "$5", "million",
    "on Friday", "Wednesday's", "a day later", "Feb. 24", "according to", "people", "(AP)",
    "minister", "Jean-Yves Le Drian", "no one was hurt", "toll", "including", "'s", "\n",
]  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join), max_size=4))
def test_any_copy_gives_consistent_facts(extract, paragraphs):
    facts = extract(*paragraphs)
    paras = {f"p{i}" for i in range(1, len(paragraphs) + 1)}
    keys = {a.key for a in facts.actors}
    assert all(r.para in paras for a in facts.actors for r in a.refs)
    assert all(
        q.ref.para in paras and (q.speaker is None or q.speaker in keys) for q in facts.quotes
    )
    assert all(c.count >= 0 and c.ref.para in paras for c in facts.casualties)
    assert all(i < len(facts.quotes) for e in facts.events for i in e.quotes)
