"""Long lists of references are emitted one reference at a time and spliced into their
entry (yamlio.dump_cached); the text must be byte for byte what PyYAML writes for the
whole entry, whatever the ids hold."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_state_text import ANY_TEXT

from briefgen.store import yamlio
from briefgen.store.ref_lists import SPLICE_MIN_ITEMS, ref_text
from briefgen.store.yamlio import FlowMap, dump_cached, dump_yaml

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
    # The long list's references were written without the emitter (nothing cached for
    # them), the short list's with the rest of the entry.
    assert yamlio.DUMPED.get(yamlio.dump_key(refs[0])) is None
    quoted = [*refs, FlowMap(source="yes", para="p1")]  # 'yes' must be quoted
    data = entry("A", quoted, [])
    assert dump_cached(data) == dump_yaml(data)
    assert yamlio.DUMPED.get(yamlio.dump_key(quoted[-1])) == "{source: 'yes', para: p1}\n"


# Ids that read back as something else, or that the emitter must quote or escape.
TRICKY_IDS = str.split(
    """yes No ON off y n null Null ~ true 0010_2131 0005_53a 1_000 0x1F 0b101 0o17 1:20
    1.5 .5 1e3 +1 -1 .inf .NaN 2001-12-14 2001-12-14t21:59:43.10-05:00 <<  = a:b a#b
    -x ?x :x ,x [x] {x} x, @x `x 'x "x %x *x &x !x |x >x #x ünï ß→ \u00e9t\u00e9 a-b_c.d"""
) + ["", " a", "a ", "a b", "a: b", "a #b", "a\tb", "a\nb", "a\x85b", "a\u2028b", "\x07"]


def test_a_reference_is_written_as_pyyaml_writes_it() -> None:
    for source in TRICKY_IDS:
        for para in ("p1", source):
            ref = FlowMap(source=source, para=para)
            assert ref_text(ref) == dump_yaml(ref), (source, para)


def test_a_reference_that_breaks_over_lines_falls_back_to_the_whole_entry() -> None:
    refs = [FlowMap(source=f"s-{i}", para="p1") for i in range(SPLICE_MIN_ITEMS)]
    refs.append(FlowMap(source="two\nlines", para="x" * 2_000))
    data = entry("A", refs, [])
    yamlio.DUMPED.clear()
    assert dump_cached(data) == dump_yaml(data)
