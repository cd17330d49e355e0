"""The writer and the reader of the files briefgen owns (briefgen.yamlfile).

write_yaml must write dump_yaml's text byte for byte (the example content/ and the golden
trees hold), and read_written must give what the hardened parser gives, value and line,
or nothing: for what was written, and for any text an editor makes of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.store import planned_files, read_content
from briefgen.yamlfile import (
    FlowMap,
    LineDict,
    LineList,
    dump_yaml,
    parse_yaml,
    read_written,
    write_entries,
    write_yaml,
)

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = ROOT / "tests" / "figures" / "previous_version"

# Any text, with YAML's own syntax, words it resolves to other types, and line breaks.
TEXTS = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["-", "- a", "a: b", "a:", "#x", "a #b", "null", "Null", "~", "1", "-0", "0x1F", "1:20",
     "2022-01-01", "2022-02-30", "true", "yes", "---x", "...", "?", "? a", ":a", "a,b", "a]",
     "'q'", " x", "x ", "", ".5", "<<", "a\u2028b", "tab\t", "é ü", "a: 'b'", "p3", "s-1"]
)  # fmt: skip
SCALARS = TEXTS | st.none() | st.booleans() | st.integers(-5, 10**6) | st.dates()
FLOW = st.dictionaries(TEXTS, SCALARS, max_size=3).map(FlowMap)
VALUES = st.recursive(
    SCALARS | FLOW,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(TEXTS, inner, max_size=3)
        | st.dictionaries(TEXTS, inner, max_size=3).map(FlowMap)
    ),
    max_leaves=12,
)
DOCUMENTS = st.lists(VALUES, max_size=3) | st.dictionaries(TEXTS, VALUES, max_size=4)


def with_lines(data: Any) -> Any:
    """``data`` with every line it knows, to compare two reads."""
    if isinstance(data, LineDict):
        lines = sorted(data.key_lines.items())
        return ("map", data.line, lines, {k: with_lines(v) for k, v in data.items()})
    if isinstance(data, LineList):
        return ("list", data.line, list(data.item_lines), [with_lines(v) for v in data])
    return (type(data).__name__, data)


def written(data: Any) -> str:
    return write_entries(data) if isinstance(data, list) else write_yaml(data)


def parsed(text: str) -> Any:
    return with_lines(parse_yaml(text, "content/x.yaml").data)


@settings(max_examples=1500, suppress_health_check=list(HealthCheck), deadline=None)
@given(DOCUMENTS)
def test_the_writer_writes_what_pyyaml_writes(data: Any) -> None:
    assert write_yaml(data) == dump_yaml(data)
    if isinstance(data, list):
        assert write_entries(data) == "\n".join(dump_yaml([x]) for x in data) or not data


@settings(max_examples=800, suppress_health_check=list(HealthCheck), deadline=None)
@given(DOCUMENTS, st.sampled_from(["", "# a header\n# of comments\n"]))
def test_what_is_written_reads_back_as_the_parser_reads_it(data: Any, header: str) -> None:
    text = header + written(data)
    fast = read_written(text)
    if fast is not None:
        assert with_lines(fast) == parsed(text)


@settings(max_examples=1500, suppress_health_check=list(HealthCheck), deadline=None)
@given(
    DOCUMENTS,
    st.integers(0, 10**6),
    st.sampled_from(["", " ", "  ", "- ", ": ", "#", "'", "{", "}", ",", "\n", "*a", "!!str "]),
    st.integers(0, 3),
)
def test_an_edited_text_is_read_as_the_parser_reads_it_or_left_to_it(
    data: Any, where: int, insert: str, cut: int
) -> None:
    text = written(data)
    at = where % (len(text) + 1)
    edited = text[:at] + insert + text[at + cut :]
    fast = read_written(edited)
    if fast is None:
        return
    try:
        expected = parsed(edited)
    except BriefgenError:
        raise AssertionError(f"read {edited!r}, which the parser refuses") from None
    assert with_lines(fast) == expected


def test_the_example_content_is_in_the_writers_style_and_written_again_unchanged() -> None:
    files = sorted((ROOT / "content").rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = read_written(text)
        assert fast is not None, path
        assert with_lines(fast) == parsed(text), path
    config = Config(project=ROOT)
    result = read_content(config)
    assert result.content is not None
    for rel, data in planned_files(result.content, config).items():
        assert data == (ROOT / rel).read_bytes(), rel


def test_the_files_of_the_previous_version_read_as_the_parser_reads_them() -> None:
    files = sorted(PREVIOUS.glob("*.yaml")) + sorted(PREVIOUS.glob(".*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = read_written(text)
        assert fast is None or with_lines(fast) == parsed(text), path


def test_what_is_not_as_written_is_left_to_the_parser_and_its_refusals() -> None:
    for text in [
        "a: &x 1\nb: *x\n",  # an alias
        "a: !!python/object:os.system x\n",  # a tag
        "a: 1\na: 2\n",  # a duplicate key
        "a: x # a comment\n",
        "a: |\n  block\n",
        "a:\n- indentless\n",
        'a: "double"\n',
        "a: yes\n",
        "a: 2022-02-30\n",
        "- {source: s1, para: p1}\n- {source: s1, para: p1, source: s2}\n",
        "a:\n" + "".join(" " * (2 * i) + "- b:\n" for i in range(1, 200)),
    ]:
        assert read_written(text) is None, text
