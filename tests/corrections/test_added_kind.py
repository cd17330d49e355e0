"""A kind of fact defined here only (sanctions: a measure, who imposed it, on whom) goes
through store, corrections, validation and render with no edit to briefgen's own tables:
everything store and render do by kind is derived from the kinds registry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from story import Story, proposal, ref

from briefgen import kinds
from briefgen.errors import ContentError
from briefgen.kinds import Kind, Reference
from briefgen.kinds.schema import f
from briefgen.records import content as c
from briefgen.render import render_pages
from briefgen.store import read_content, remap
from briefgen.store.state import load_state


@dataclass(frozen=True)
class SanctionEntry:
    id: str
    measure: str
    imposed_by: str | None = None
    targets: tuple[str, ...] = ()
    sources: tuple[c.Ref, ...] = ()


SANCTIONS = Kind(
    name="sanctions",
    file="sanctions.yaml",
    record=SanctionEntry,
    fields=(
        f("id", "str", required=True),
        f("measure", "str", required=True),
        f("imposed_by", "str?"),
        f("targets", "strs"),
        f("sources", "refs"),
    ),
    references=(
        Reference("imposed_by", "actors", "an actor id"),
        Reference("targets", "actors", "an actor id", label="target"),
    ),
    page="sanctions.md",
    title="Sanctions",
)
FREEZE = "s-asset-freeze"


@pytest.fixture(autouse=True)
def sanctions_known() -> Iterator[None]:
    with kinds.registered(SANCTIONS):
        yield


def with_sanctions() -> c.Content:
    freeze = SanctionEntry(
        FREEZE,
        "Asset freeze",
        imposed_by="zelensky",
        targets=("vladimir-putin", "dmytro-kuleba"),
        sources=(ref("s2", "p1"),),
    )
    return kinds.with_entries(proposal(), {"sanctions": (freeze,)})


def test_the_kind_is_known_only_to_the_registry_not_to_the_tables_of_import_time() -> None:
    # The aliases kept for other code were derived when briefgen was imported: what the
    # tests below show works through the registry alone.
    assert "sanctions" not in remap.FILES and "sanctions" not in remap.ID_FIELDS
    assert kinds.kind("sanctions") is SANCTIONS
    assert (SANCTIONS, SANCTIONS.references[0]) in kinds.references_to("actors")


def test_entries_are_written_read_back_and_kept_in_the_merge_state(story: Story) -> None:
    story.build(with_sanctions())
    (entry,) = story.load("sanctions.yaml")
    assert entry == {
        "id": FREEZE,
        "measure": "Asset freeze",
        "imposed_by": "zelensky",
        "targets": ["vladimir-putin", "dmytro-kuleba"],
        "sources": [{"source": "s2", "para": "p1"}],
    }
    assert kinds.entries(story.content(), "sanctions") == kinds.entries(
        with_sanctions(), "sanctions"
    )
    state = load_state(story.config)
    assert state is not None
    assert [e.id for e in kinds.entries(state.base, "sanctions")] == [FREEZE]
    assert story.build(with_sanctions()).changed == ()


def test_an_actor_rename_is_followed_by_the_new_kinds_references(story: Story) -> None:
    story.build(with_sanctions())
    story.edit_entry("actors.yaml", "vladimir-putin", lambda a: a.update(id="putin"))
    story.build(with_sanctions())
    assert story.entry("sanctions.yaml", FREEZE)["targets"] == ["putin", "dmytro-kuleba"]
    assert story.build(with_sanctions()).changed == ()


def test_same_as_moves_the_new_kinds_references_to_the_survivor(story: Story) -> None:
    story.build(with_sanctions())
    story.edit_entry("actors.yaml", "zelensky", lambda a: a.update(same_as="volodymyr-zelenskyy"))
    story.build(with_sanctions())
    assert "zelensky" not in story.ids("actors.yaml")
    assert story.entry("sanctions.yaml", FREEZE)["imposed_by"] == "volodymyr-zelenskyy"


def test_a_deleted_actor_leaves_the_new_kind_and_says_so(story: Story) -> None:
    story.build(with_sanctions())
    story.delete_entry("actors.yaml", "dmytro-kuleba")
    result = story.build(with_sanctions())
    assert story.entry("sanctions.yaml", FREEZE)["targets"] == ["vladimir-putin"]
    assert (
        f"content/sanctions.yaml: {FREEZE}: dropped targets 'dmytro-kuleba' "
        "(deleted by an editor)" in result.warnings
    )
    story.build(with_sanctions())
    assert "dmytro-kuleba" not in story.ids("actors.yaml")  # tombstoned


def test_a_deleted_entry_of_the_new_kind_stays_deleted(story: Story) -> None:
    story.build(with_sanctions())
    story.delete_entry("sanctions.yaml", FREEZE)
    result = story.build(with_sanctions())
    assert story.load("sanctions.yaml") == []
    assert f"content/sanctions.yaml: '{FREEZE}' was deleted; it stays deleted" in result.notes
    state = load_state(story.config)
    assert state is not None and state.deleted == {"sanctions": (FREEZE,)}
    assert story.build(with_sanctions()).changed == ()


def test_a_renamed_entry_of_the_new_kind_keeps_its_new_id(story: Story) -> None:
    story.build(with_sanctions())
    story.edit_entry("sanctions.yaml", FREEZE, lambda s: s.update(id="s-freeze"))
    result = story.build(with_sanctions())
    assert story.ids("sanctions.yaml") == ["s-freeze"]
    assert f"content/sanctions.yaml: renamed '{FREEZE}' to 's-freeze'; every " in " ".join(
        result.notes
    )


def test_broken_references_of_the_new_kind_are_reported_with_file_and_line(
    story: Story,
) -> None:
    story.build(with_sanctions())
    text = story.path("sanctions.yaml").read_text(encoding="utf-8")
    story.path("sanctions.yaml").write_text(
        text.replace("imposed_by: zelensky", "imposed_by: zelenski").replace(
            "para: p1}", "para: p9}"
        ),
        encoding="utf-8",
    )
    messages = [e.render() for e in read_content(story.config).errors]
    assert messages == [
        "content/sanctions.yaml:8: paragraph 'p9' is not in source 's2'",
        "content/sanctions.yaml:3: imposed_by 'zelenski' is not an actor id",
    ]
    with pytest.raises(ContentError) as info:
        story.build(with_sanctions())
    assert "content/sanctions.yaml:3: imposed_by 'zelenski' is not an actor id" in str(info.value)


def test_the_new_kind_gets_a_page_whose_references_link_to_their_entries(
    story: Story,
) -> None:
    story.build(with_sanctions())
    pages = dict(render_pages(story.content(), story.config).pages)
    page = pages["sanctions.md"]
    assert "# Sanctions" in page
    assert "## Asset freeze {: #s-asset-freeze }" in page
    assert "**Imposed by:** [Zelensky](actors/zelensky.md)" in page
    assert (
        "**Targets:** [Vladimir Putin](actors/vladimir-putin.md), "
        "[Dmytro Kuleba](actors/dmytro-kuleba.md)" in page
    )
    assert "(sources/s2.md#p1)" in page
