"""The kinds registry agrees with the records, the schema and the site it describes."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from briefgen import kinds
from briefgen.kinds import Kind, Reference
from briefgen.kinds.schema import f
from briefgen.records import content as c
from briefgen.render import links


def test_briefgen_s_own_kinds_are_content_s_typed_fields() -> None:
    own = {"sources", "actors", "quotes", "casualties", "events", "briefing"}
    assert {k.name for k in kinds.all_kinds()} == own
    assert own <= {x.name for x in fields(c.Content)}


@pytest.mark.parametrize("kind", kinds.all_kinds(), ids=lambda k: k.name)
def test_a_kind_s_fields_references_and_provenance_are_fields_of_its_record(kind: Kind) -> None:
    record = {x.name for x in fields(kind.record)}
    specs = {s.name for s in kind.fields}
    assert specs <= record
    assert {r.field for r in kind.references} <= specs
    assert kind.provenance in record or (not kind.listed and kind.provenance == "")
    ordered = [k.name for k in kinds.all_kinds()]
    for ref in kind.references:  # a kind comes after the kinds it refers to
        assert ordered.index(ref.target) <= ordered.index(kind.name)


def test_each_kind_s_page_is_the_page_render_puts_it_on() -> None:
    assert kinds.kind("quotes").page == links.QUOTES
    assert kinds.kind("casualties").page == links.CASUALTIES
    assert kinds.kind("events").page == links.TIMELINE
    assert kinds.kind("actors").page == links.ACTORS
    assert links.actor_page("a-b").startswith(f"{kinds.kind('actors').entry_pages}/")
    assert kinds.kind("sources").page == links.SOURCES
    assert links.source_page("s-1").startswith(f"{kinds.kind('sources').entry_pages}/")
    assert kinds.kind("briefing").page == links.HOME


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    about: str | None = None
    sources: tuple[c.Ref, ...] = ()


NOTES = Kind(
    "notes",
    "notes.yaml",
    Note,
    (f("id", "str"), f("text", "str"), f("about", "str?"), f("sources", "refs")),
    references=(Reference("about", "actors", "an actor id"),),
)


def test_a_kind_may_refer_only_to_kinds_known_before_it() -> None:
    lost = Kind("lost", "lost.yaml", Note, NOTES.fields, (Reference("about", "nowhere", "x"),))
    with pytest.raises(ValueError, match="refers to unknown kinds: \\['nowhere'\\]"):
        kinds.register(lost)
    assert "lost" not in {k.name for k in kinds.all_kinds()}


def test_a_kind_s_name_and_file_are_its_own() -> None:
    with pytest.raises(ValueError, match="kind 'quotes' is registered already"):
        kinds.register(Kind("quotes", "notes.yaml", Note, NOTES.fields))
    with pytest.raises(ValueError, match="file 'actors.yaml' belongs to kind 'actors'"):
        kinds.register(Kind("notes", "actors.yaml", Note, NOTES.fields))
    with pytest.raises(ValueError, match="kind 'events' is briefgen's own"):
        kinds.unregister("events")


def test_entries_of_a_registered_kind_live_beside_briefgen_s_own() -> None:
    note = Note("n-1", "A note.", "vladimir-putin")
    with kinds.registered(NOTES):
        content = kinds.with_entries(c.Content(c.BriefingEntry("T")), {"notes": (note,)})
        assert kinds.entries(content, "notes") == (note,)
        assert content.more == (("notes", (note,)),)
        emptied = kinds.with_entries(content, {"notes": ()})
        assert emptied.more == () and emptied == c.Content(c.BriefingEntry("T"))
    assert "notes" not in kinds.names()
