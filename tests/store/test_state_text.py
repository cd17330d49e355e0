"""The state file is put together from entries emitted one by one (and cached); it must be
byte for byte what PyYAML writes for the whole document, for any text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_roundtrip import contents

from briefgen.config import Config
from briefgen.records import content as c
from briefgen.store.state import (
    _HEADER,
    STATE_FILE,
    MergeState,
    encode_state,
    load_state,
    remember_state,
    state_document,
    state_from_content,
)
from briefgen.yamlfile import dump_yaml

# Line breaks and control characters too: a multi-line scalar is where indenting an entry
# emitted at the top level could go wrong.
ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
# Mostly the characters that decide how a scalar is quoted and broken over lines.
TRICKY_TEXT = st.text(alphabet="ab \n\x85\u2028\u2029'\"#:-\t", min_size=1, max_size=20).filter(
    lambda s: s.strip() != ""
)
ANY_TEXT = ANY_TEXT | TRICKY_TEXT


def whole_document(state: MergeState) -> str:
    """What PyYAML writes for the state document emitted in one piece (slow)."""
    return _HEADER + dump_yaml(state_document(state))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents(), ANY_TEXT, ANY_TEXT)
def test_the_state_reads_as_pyyaml_would_write_it(
    content: c.Content, title: str, name: str
) -> None:
    actors = tuple(replace(a, name=name) for a in content.actors)
    content = replace(content, briefing=replace(content.briefing, title=title), actors=actors)
    state = replace(
        state_from_content(content),
        ids={"actors": {"old": "a-b"}},
        deleted={"quotes": ("q-9",)},
    )
    assert encode_state(state) == whole_document(state)
    assert encode_state(state) == whole_document(state)  # again, from the cache


def test_an_empty_state_reads_as_pyyaml_would_write_it() -> None:
    empty = c.Content(
        briefing=c.BriefingEntry(title="T"),
        sources=(),
        actors=(),
        quotes=(),
        casualties=(),
        events=(),
    )
    state = state_from_content(empty)
    assert encode_state(state) == whole_document(state)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents(), ANY_TEXT)
def test_the_state_remembered_at_writing_is_the_state_read_from_the_file(
    tmp_path_factory: pytest.TempPathFactory, content: c.Content, title: str
) -> None:
    # The build keeps the state decoded from the data it wrote; the next build uses that
    # instead of parsing the file, so both must be the same state, for any text.
    root = tmp_path_factory.mktemp("state")
    config = Config(project=root)
    content = replace(content, briefing=replace(content.briefing, title=title))
    state = replace(state_from_content(content), ids={"actors": {"old": "a-b"}})
    data = encode_state(state).encode("utf-8")
    (root / "content").mkdir()
    (root / "content" / STATE_FILE).write_bytes(data)
    parsed = load_state(config)  # nothing remembered yet: parsed from the file
    remember_state(config, data, state)
    assert list((root / ".briefgen" / "cache").glob("state-*.pickle"))
    assert load_state(config) == parsed
    (root / "content" / STATE_FILE).write_bytes(data + b"# edited by hand\n")
    assert load_state(config) == parsed  # other bytes: parsed again, not remembered
