"""Properties of the merge over many proposals: without edits a rebuild equals a fresh
build; an edited field holds whatever briefgen proposes next."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from story import S1, S2, Story, proposal

from briefgen.records import content as c
from briefgen.store.remap import drop_references, drop_source_refs

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@st.composite
def proposals(draw: st.DrawFn) -> c.Content:
    """The hand-made proposal with entries left out, fields changed, a source gone."""
    base = proposal()
    sources = (S1,) if draw(st.booleans()) else (S1, S2)

    def some(entries: tuple, fields: st.SearchStrategy) -> tuple:  # type: ignore[type-arg]
        kept = [e for e in entries if draw(st.booleans()) or draw(st.booleans())]
        return tuple(replace(e, **draw(fields)) for e in kept)

    actor_ids = [a.id for a in base.actors]
    actors = some(base.actors, st.fixed_dictionaries({}, optional={"roles": st.just(("x",))}))
    quotes = some(
        base.quotes,
        st.fixed_dictionaries(
            {}, optional={"speaker": st.sampled_from(actor_ids), "kind": st.just("partial")}
        ),
    )
    casualties = some(
        base.casualties, st.fixed_dictionaries({}, optional={"count": st.integers(0, 99)})
    )
    events = some(base.events, st.fixed_dictionaries({}, optional={"title": st.just("Talks")}))
    content = replace(
        base, sources=sources, actors=actors, quotes=quotes, casualties=casualties, events=events
    )
    paragraphs = {s.id: {p.id for p in s.paragraphs} for s in sources}
    content, _ = drop_source_refs(content, paragraphs)
    present = {k: {e.id for e in getattr(content, k)} for k in ("actors", "quotes", "casualties")}
    content, _ = drop_references(content, lambda kind, ident: ident not in present.get(kind, set()))
    return content


@SETTINGS
@given(first=proposals(), second=proposals())
def test_without_edits_a_rebuild_equals_a_fresh_build(
    tmp_path: Path, first: c.Content, second: c.Content
) -> None:
    shutil.rmtree(tmp_path / "a", ignore_errors=True)
    shutil.rmtree(tmp_path / "b", ignore_errors=True)
    rebuilt, fresh = Story(tmp_path / "a"), Story(tmp_path / "b")
    rebuilt.build(first)
    result = rebuilt.build(second)
    fresh.build(second)
    # The change log is history, not a function of the sources: it is left out (the
    # rebuilt one has a change set for what ``second`` added to ``first``).
    log = "changes.yaml"
    assert {k: v for k, v in rebuilt.snapshot().items() if k != log} == {
        k: v for k, v in fresh.snapshot().items() if k != log
    }
    assert result.warnings == ()


@SETTINGS
@given(second=proposals())
def test_an_edited_quote_text_holds_against_any_next_proposal(
    tmp_path: Path, second: c.Content
) -> None:
    shutil.rmtree(tmp_path / "a", ignore_errors=True)
    story = Story(tmp_path / "a")
    story.build(proposal())
    ident = "q-there-are-certain-positive-shifts"
    story.edit_entry("quotes.yaml", ident, lambda q: q.update(text="Certain positive shifts"))
    story.build(second)
    assert story.entry("quotes.yaml", ident)["text"] == "Certain positive shifts"
    story.content()  # and content/ reads back valid


EDITS = ("delete", "rename", "speaker", "alias", "same_as")


@SETTINGS
@given(
    first=proposals(),
    second=proposals(),
    edit=st.sampled_from(EDITS),
    kind=st.sampled_from(("actors", "quotes", "casualties", "events")),
    pick=st.integers(0, 10),
)
def test_no_edit_and_no_proposal_ever_leaves_a_broken_link(
    tmp_path: Path, first: c.Content, second: c.Content, edit: str, kind: str, pick: int
) -> None:
    shutil.rmtree(tmp_path / "a", ignore_errors=True)
    story = Story(tmp_path / "a")
    story.build(first)
    name = f"{kind}.yaml"
    entries = story.load(name)
    actors = story.load("actors.yaml")
    quotes = story.load("quotes.yaml")
    gone = renamed = None
    if edit == "delete" and entries:
        gone = entries[pick % len(entries)]["id"]
        story.delete_entry(name, gone)
    elif edit == "rename" and entries:
        renamed = entries[pick % len(entries)]["id"]
        story.edit_entry(name, renamed, lambda e: e.update(id=f"{renamed}-x"))
    elif edit == "speaker" and quotes and actors:
        who = actors[pick % len(actors)]["id"]
        story.edit_entry("quotes.yaml", quotes[0]["id"], lambda q: q.update(speaker=who))
    elif edit in ("alias", "same_as") and len(actors) >= 2:
        one, other = actors[pick % len(actors)], actors[(pick + 1) % len(actors)]
        if edit == "alias":
            story.edit_entry("actors.yaml", one["id"], lambda a: a["aliases"].append(other["name"]))
        else:
            story.edit_entry("actors.yaml", other["id"], lambda a: a.update(same_as=one["id"]))
    story.build(second)
    story.content()  # strict read: every reference resolves
    assert gone is None or gone not in story.ids(name)
    assert renamed is None or renamed not in story.ids(name)
    assert story.build(second).changed == ()  # and the merge has settled
