"""Long lists of references are emitted one reference at a time and spliced into their
entry (yamlio.dump_cached); the text must be byte for byte what PyYAML writes for the
whole entry, whatever the ids hold."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_state_text import ANY_TEXT

from briefgen.store import yamlio
from briefgen.store.yamlio import SPLICE_MIN_ITEMS, FlowMap, dump_cached, dump_yaml

ID = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)
REF = st.builds(lambda s, p: FlowMap(source=s, para=p), ID | ANY_TEXT, ID | ANY_TEXT)
REFS = st.lists(REF, min_size=0, max_size=3 * SPLICE_MIN_ITEMS)


def entry(name: str, mentions: list[FlowMap], points: list[tuple[str, list[FlowMap]]]) -> Any:
    data: dict[str, Any] = {"id": "an-actor", "name": name, "mentions": mentions}
    data["summary"] = [{"text": text, "sources": refs} for text, refs in points]
    return [data]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, REFS, st.lists(st.tuples(ANY_TEXT, REFS), max_size=3))
def test_a_spliced_entry_is_what_pyyaml_writes(
    name: str, mentions: list[FlowMap], points: list[tuple[str, list[FlowMap]]]
) -> None:
    data = entry(name, mentions, points)
    yamlio.DUMPED.clear()
    assert dump_cached(data) == dump_yaml(data)
    assert dump_cached(data) == dump_yaml(data)  # again, from the cache


def test_long_lists_are_spliced_and_short_ones_are_not() -> None:
    refs = [FlowMap(source=f"s-{i}", para="p1") for i in range(SPLICE_MIN_ITEMS)]
    yamlio.DUMPED.clear()
    dump_cached(entry("A", refs, [("A point.", refs[:2])]))
    # Each reference of the long list was emitted (and cached) on its own.
    assert all(yamlio.DUMPED.get(yamlio.dump_key(r)) == dump_yaml(r) for r in refs)
    yamlio.DUMPED.clear()
    dump_cached(entry("A", refs[:2], []))
    assert yamlio.DUMPED.get(yamlio.dump_key(refs[0])) is None


def test_a_reference_that_breaks_over_lines_falls_back_to_the_whole_entry() -> None:
    refs = [FlowMap(source=f"s-{i}", para="p1") for i in range(SPLICE_MIN_ITEMS)]
    refs.append(FlowMap(source="two\nlines", para="x" * 2_000))
    data = entry("A", refs, [])
    yamlio.DUMPED.clear()
    assert dump_cached(data) == dump_yaml(data)
