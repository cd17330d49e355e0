"""The merge state under content/: small, exact to read back, and refused when broken;
and the last check before writing: a merged result that would not validate is not written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from story import S1, Story, proposal

from briefgen.errors import ContentError
from briefgen.records import content as c
from briefgen.store import planned_texts
from briefgen.store.state import STATE_FILE, encode_state, load_state
from briefgen.store.validate import validate_files


def test_the_state_holds_no_article_text_and_reads_back_exactly(story: Story) -> None:
    story.build(proposal())
    story.delete_entry("actors.yaml", "dmytro-kuleba")
    story.edit_entry("actors.yaml", "vladimir-putin", lambda a: a.update(id="putin"))
    story.build(proposal())
    text = story.path(STATE_FILE).read_text()
    assert S1.paragraphs[0].text not in text  # paragraphs are kept as a digest
    assert "paragraphs_sha256:" in text
    state = load_state(story.config)
    assert state is not None
    assert state.deleted == {"actors": ("dmytro-kuleba",)}
    assert state.ids == {"actors": {"vladimir-putin": "putin"}}
    assert encode_state(state) == text
    assert "putin" in [a.id for a in state.base.actors]


def test_a_broken_state_stops_the_build_and_says_how_to_recover(story: Story) -> None:
    story.build(proposal())
    story.path(STATE_FILE).write_text("version: 1\nproposed:\n  actors:\n    - {id: x}\n")
    with pytest.raises(ContentError) as info:
        story.build(proposal())
    message = str(info.value)
    assert "content/.briefgen-state.yaml" in message
    assert "lacks the required field 'name'" in message
    assert "restore it from git (`git checkout -- content/.briefgen-state.yaml`)" in message


def test_without_a_state_a_content_with_entries_is_refused_and_kept(story: Story) -> None:
    # Taking content/ as briefgen's own output would undo the edit (issue 22, case 3).
    story.build(proposal())
    story.path(STATE_FILE).unlink()
    story.edit_entry(
        "quotes.yaml",
        "q-there-are-certain-positive-shifts",
        lambda q: q.update(speaker="dmytro-kuleba"),
    )
    before = story.snapshot()
    with pytest.raises(ContentError) as info:
        story.build(proposal())
    assert "content/.briefgen-state.yaml: briefgen's merge state is missing" in str(info.value)
    assert story.snapshot() == before


def test_a_merged_result_with_a_broken_reference_is_never_written(story: Story) -> None:
    broken = proposal()
    broken = replace(
        broken,
        quotes=(replace(broken.quotes[0], speaker="nobody-at-all"), *broken.quotes[1:]),
    )
    data, texts = planned_texts(broken, story.config)
    with pytest.raises(ContentError) as info:
        validate_files(data, texts, story.config)
    # Checked in memory, located where the entry would be written.
    assert "content/quotes.yaml:1: speaker 'nobody-at-all' is not an actor id" in str(info.value)
    assert "nothing was written" in str(info.value)
    assert not (story.root / "content").exists()


def test_empty_content_builds(story: Story) -> None:
    story.build(c.Content(c.BriefingEntry("Nothing yet")))
    assert story.content() == c.Content(c.BriefingEntry("Nothing yet"))
    assert story.build(c.Content(c.BriefingEntry("Nothing yet"))).changed == ()
