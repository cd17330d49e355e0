"""A list file's parse put together from its entries' parses (parallel_yaml) must be the
file's own parse: the same values and the same line for every mapping, key and item, so
that every error message points where it did."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_roundtrip import contents
from test_spliced_dump import ID, REF, REFS, entry
from test_state_text import ANY_TEXT

from briefgen.records import content as c
from briefgen.store import yamlio
from briefgen.store.encode import encode_list_entries, join_entries
from briefgen.store.list_parses import parse_entries_ahead
from briefgen.store.ref_lists import SPLICE_MIN_ITEMS, parse_spliced
from briefgen.store.yamlio import FlowMap, dump_yaml


def with_lines(data: Any) -> Any:
    """The parsed data with every line number it carries, for an exact comparison."""
    if isinstance(data, yamlio.LineDict):
        keys = [(k, data.key_lines.get(k), with_lines(v)) for k, v in data.items()]
        return ("map", data.line, keys)
    if isinstance(data, yamlio.LineList):
        return ("seq", data.line, list(data.item_lines), [with_lines(v) for v in data])
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents(), st.lists(ANY_TEXT, min_size=2, max_size=4))
def test_a_list_file_parsed_by_entries_is_the_file_parsed_whole(
    content: c.Content, texts: list[str]
) -> None:
    # Several entries of differing lengths (a multi-line text shifts every later line).
    actor, quote = content.actors[0], content.quotes[0]
    content = replace(
        content,
        actors=tuple(replace(actor, id=f"a-{k}", name=t) for k, t in enumerate(texts)),
        quotes=tuple(replace(quote, id=f"q-{k}", text=t) for k, t in enumerate(texts)),
    )
    entries = encode_list_entries(content)
    for display, texts in entries.items():
        yamlio.PARSED.clear()
        parse_entries_ahead({display: texts})
        raw = join_entries(texts).encode("utf-8")
        blob = yamlio.PARSED.get(yamlio.parsed_key(raw))
        whole = yamlio.parse_yaml(raw.decode("utf-8"), display).data
        if blob is None:
            assert not texts or any(b in raw.decode() for b in ("\r", "\x85", "\u2028"))
            continue
        assert with_lines(yamlio.pickle.loads(blob)) == with_lines(whole)
        # And back: the entries' parses taken from the file's (an earlier build's memo).
        yamlio.PARSED.clear()
        yamlio.PARSED.put(yamlio.parsed_key(raw), blob)
        parse_entries_ahead({display: texts})
        for text in texts:
            one = yamlio.PARSED.get(yamlio.parsed_key(text.encode("utf-8")))
            assert one is not None
            expected = yamlio.parse_yaml(text, display).data
            assert with_lines(yamlio.pickle.loads(one)) == with_lines(expected)
    yamlio.PARSED.clear()


def test_an_entry_changed_is_the_only_entry_parsed_again() -> None:
    quote = c.QuoteEntry(id="q-1", text="We will win.", speaker="a-b", sources=())
    other = replace(quote, id="q-2", text="We will not.")
    yamlio.PARSED.clear()
    first = encode_list_entries(
        c.Content(briefing=c.BriefingEntry(title="T"), quotes=(quote, other))
    )["quotes.yaml"]
    parse_entries_ahead({"quotes.yaml": first})
    second = encode_list_entries(
        c.Content(
            briefing=c.BriefingEntry(title="T"), quotes=(quote, replace(other, text="Never."))
        )
    )
    missing = yamlio.PARSED.missing(yamlio.parsed_key(t.encode()) for t in second["quotes.yaml"])
    assert missing == [yamlio.parsed_key(second["quotes.yaml"][1].encode())]
    yamlio.PARSED.clear()


PLAIN_REF = st.builds(lambda s, p: FlowMap(source=s, para=p), ID, ID)
# Long runs of references written plain (the ones read without the parser), broken now
# and then by one the emitter must quote.
LONG_REFS = st.builds(
    lambda refs, odd, at: refs[:at] + odd + refs[at:],
    st.lists(PLAIN_REF, min_size=SPLICE_MIN_ITEMS, max_size=3 * SPLICE_MIN_ITEMS),
    st.lists(REF, max_size=1),
    st.integers(0, 3 * SPLICE_MIN_ITEMS),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, LONG_REFS | REFS, st.lists(st.tuples(ANY_TEXT, LONG_REFS | REFS), max_size=3))
def test_an_entry_read_with_its_references_spliced_is_the_entry_parsed(
    name: str, mentions: list[FlowMap], points: list[tuple[str, list[FlowMap]]]
) -> None:
    text = dump_yaml(entry(name, mentions, points))
    expected = yamlio.parse_yaml(text, "content/actors.yaml").data
    assert with_lines(parse_spliced(text, "content/actors.yaml")) == with_lines(expected)


def test_reference_lines_inside_a_text_are_text() -> None:
    refs = "".join(f"    - {{source: s-{i}, para: p1}}\n" for i in range(SPLICE_MIN_ITEMS))
    text = f"- id: a-b\n  name: |\n{refs}  kind: person\n"
    expected = yamlio.parse_yaml(text, "content/actors.yaml").data
    assert with_lines(parse_spliced(text, "content/actors.yaml")) == with_lines(expected)
    assert expected[0]["name"].count("source: s-") == SPLICE_MIN_ITEMS


def test_an_error_after_spliced_references_names_its_line_in_the_file() -> None:
    import pytest

    from briefgen.errors import BriefgenError

    refs = "".join(f"    - {{source: s-{i}, para: p1}}\n" for i in range(SPLICE_MIN_ITEMS))
    text = f"- id: a-b\n  mentions:\n{refs}  name: [unclosed\n"
    with pytest.raises(BriefgenError) as whole:
        yamlio.parse_yaml(text, "content/actors.yaml")
    with pytest.raises(BriefgenError) as spliced:
        parse_spliced(text, "content/actors.yaml")
    assert str(spliced.value) == str(whole.value)
    # The stood-in text is eight lines shorter: its own line number would be wrong.
    assert str(whole.value).startswith(f"content/actors.yaml:{SPLICE_MIN_ITEMS + 4}:")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ANY_TEXT, LONG_REFS | REFS), min_size=2, max_size=4))
def test_a_whole_file_read_with_references_spliced_is_the_file_parsed(
    entries: list[tuple[str, list[FlowMap]]],
) -> None:
    # As the workers read a planned list file: many runs of references, one per entry.
    text = join_entries([dump_yaml(entry(name, refs, [])) for name, refs in entries])
    expected = yamlio.parse_yaml(text, "content/actors.yaml").data
    assert with_lines(parse_spliced(text, "content/actors.yaml")) == with_lines(expected)


def test_a_parse_put_together_goes_once_to_its_reader_then_copies() -> None:
    quotes = tuple(
        c.QuoteEntry(id=f"q-{k}", text=f"Words {k}.", speaker="a-b", sources=()) for k in range(3)
    )
    texts = encode_list_entries(c.Content(briefing=c.BriefingEntry(title="T"), quotes=quotes))[
        "quotes.yaml"
    ]
    yamlio.PARSED.clear()
    parse_entries_ahead({"content/quotes.yaml": texts})
    raw = join_entries(texts).encode("utf-8")
    path = yamlio.Path("content/quotes.yaml")
    first = yamlio.yaml_from_bytes(raw, path, "content/quotes.yaml").data
    second = yamlio.yaml_from_bytes(raw, path, "content/quotes.yaml").data
    expected = with_lines(yamlio.parse_yaml(raw.decode("utf-8"), "content/quotes.yaml").data)
    assert with_lines(first) == with_lines(second) == expected
    assert first is not second  # a reader may keep what it got; the next gets its own
    yamlio.PARSED.clear()


def test_a_file_read_without_a_memo_is_parsed_with_its_references_spliced() -> None:
    refs = [FlowMap(source=f"s-{k}", para="p1") for k in range(3 * SPLICE_MIN_ITEMS)]
    text = dump_yaml([{"id": "a-1", "mentions": refs}, {"id": "a-2", "mentions": refs[:2]}])
    yamlio.PARSED.clear()
    doc = yamlio.yaml_from_bytes(text.encode("utf-8"), yamlio.Path("x.yaml"), "x.yaml")
    assert with_lines(doc.data) == with_lines(yamlio.parse_yaml(text, "x.yaml").data)
    yamlio.PARSED.clear()
