"""The correction rules of DESIGN.md, at the store: base (last proposal) × ours (content/)
× theirs (this proposal), with hand-made records so every case is exact."""

from __future__ import annotations

from dataclasses import replace

import pytest
from story import S1, S2, D, Story, proposal, ref, source, with_quote_speaker

from briefgen.errors import ContentError
from briefgen.records import content as c
from briefgen.store import check_edits, store_content
from briefgen.store.state import load_state

Q_PUTIN = "q-there-are-certain-positive-shifts"
Q_ZEL = "q-we-will-not-give-up"


def test_a_first_build_writes_the_proposal_and_a_state(story: Story) -> None:
    result = story.build(proposal())
    written = story.content()
    assert replace(written, changes=()) == proposal()
    # and the change log's first change set: everything there is, dated with the build
    (first,) = written.changes
    assert first.sources == tuple(s.id for s in proposal().sources)
    assert "content/.briefgen-state.yaml" in result.changed
    assert result.warnings == ()
    state = load_state(story.config)
    assert state is not None
    assert [a.id for a in state.base.actors] == [a.id for a in proposal().actors]


def test_a_rebuild_without_edits_changes_no_byte(story: Story) -> None:
    story.build(proposal())
    before = story.snapshot()
    result = story.build(proposal())
    assert result.changed == ()
    assert story.snapshot() == before


def test_an_edited_speaker_survives_rebuilds_and_other_machine_changes(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_PUTIN, lambda q: q.update(speaker="dmytro-kuleba"))
    story.build(proposal())
    assert story.entry("quotes.yaml", Q_PUTIN)["speaker"] == "dmytro-kuleba"
    # briefgen now dates the quote differently: that field follows, the speaker stays
    later = proposal()
    later = replace(
        later,
        quotes=tuple(replace(q, said_on=None) if q.id == Q_PUTIN else q for q in later.quotes),
    )
    result = story.build(later)
    quote = story.entry("quotes.yaml", Q_PUTIN)
    assert quote["speaker"] == "dmytro-kuleba"
    assert quote["said_on"] is None
    assert result.warnings == ()


def test_a_machine_change_to_an_edited_field_keeps_the_edit_and_warns_once(
    story: Story,
) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_PUTIN, lambda q: q.update(speaker="dmytro-kuleba"))
    story.build(proposal())
    changed = with_quote_speaker(proposal(), Q_PUTIN, "volodymyr-zelenskyy")
    result = story.build(changed)
    assert story.entry("quotes.yaml", Q_PUTIN)["speaker"] == "dmytro-kuleba"
    (warning,) = result.warnings
    assert warning.startswith(f"content/quotes.yaml: {Q_PUTIN}: speaker:")
    assert "'dmytro-kuleba'" in warning and "'volodymyr-zelenskyy'" in warning
    assert story.build(changed).warnings == ()  # said once, not on every build


def test_a_deleted_actor_stays_deleted_and_its_references_go(story: Story) -> None:
    story.build(proposal())
    story.delete_entry("actors.yaml", "vladimir-putin")
    result = story.build(proposal())
    assert "vladimir-putin" not in story.ids("actors.yaml")
    assert story.entry("quotes.yaml", Q_PUTIN)["speaker"] is None
    event = story.entry("events.yaml", "e-2022-03-11-putin-remarks")
    assert event["actors"] == ["dmytro-kuleba"]
    assert any(
        "content/quotes.yaml" in w and "speaker 'vladimir-putin'" in w for w in result.warnings
    )
    assert any("content/events.yaml" in w and "vladimir-putin" in w for w in result.warnings)
    assert any("'vladimir-putin' was deleted" in n for n in result.notes)
    state = load_state(story.config)
    assert state is not None and state.deleted == {"actors": ("vladimir-putin",)}
    # briefgen keeps proposing Putin; he stays out, and nothing dangles
    again = story.build(proposal())
    assert "vladimir-putin" not in story.ids("actors.yaml")
    assert again.warnings == () and again.changed == ()
    story.content()  # reads back valid


def test_an_editor_can_bring_a_deleted_entry_back(story: Story) -> None:
    story.build(proposal())
    putin = story.entry("actors.yaml", "vladimir-putin")
    story.delete_entry("actors.yaml", "vladimir-putin")
    story.build(proposal())
    story.save("actors.yaml", [*story.load("actors.yaml"), putin])
    story.build(proposal())
    assert "vladimir-putin" in story.ids("actors.yaml")
    state = load_state(story.config)
    assert state is not None and state.deleted == {}


def test_a_deleted_quote_leaves_its_event(story: Story) -> None:
    story.build(proposal())
    story.delete_entry("quotes.yaml", Q_ZEL)
    story.build(proposal())
    assert story.entry("events.yaml", "e-2022-03-11-zelensky-address")["quotes"] == []
    assert Q_ZEL not in story.ids("quotes.yaml")


def test_an_added_casualty_figure_stays_with_its_defaults_filled_in(story: Story) -> None:
    story.build(proposal())
    figure = {"id": "c-izyum-missing-3", "kind": "missing", "count": 3, "place": "Izyum"}
    figure["claimed_by"] = ["dmytro-kuleba"]
    story.save("casualties.yaml", [*story.load("casualties.yaml"), figure])
    story.build(proposal())
    written = story.entry("casualties.yaml", "c-izyum-missing-3")
    assert written is not None
    assert written["qualifier"] == "exact" and written["sources"] == []  # filled in
    assert written["claimed_by"] == ["dmytro-kuleba"]
    story.build(proposal())
    assert "c-izyum-missing-3" in story.ids("casualties.yaml")


def test_an_added_actor_is_cross_linked_with_what_briefgen_finds_later(story: Story) -> None:
    story.build(proposal())
    mayor = {"id": "igor-polishchuk", "name": "Igor Polishchuk", "kind": "person"}
    story.save("actors.yaml", [*story.load("actors.yaml"), mayor])
    story.build(proposal())
    # a better extractor now finds the mayor (under its own id) and his claim
    found = c.ActorEntry(
        "polishchuk", "Igor Polishchuk", "person", ("mayor",), (), (ref("s1", "p4"),)
    )
    later = proposal()
    later = replace(
        later,
        actors=(*later.actors, found),
        casualties=tuple(
            replace(x, claimed_by=("polishchuk",)) if x.id == "c-lutsk-killed-4" else x
            for x in later.casualties
        ),
    )
    story.build(later)
    assert "polishchuk" not in story.ids("actors.yaml")
    actor = story.entry("actors.yaml", "igor-polishchuk")
    assert actor["roles"] == ["mayor"] and actor["mentions"] == [{"source": "s1", "para": "p4"}]
    assert story.entry("casualties.yaml", "c-lutsk-killed-4")["claimed_by"] == ["igor-polishchuk"]


def _merged_zelensky(story: Story) -> None:
    assert "zelensky" not in story.ids("actors.yaml")
    survivor = story.entry("actors.yaml", "volodymyr-zelenskyy")
    assert "zelensky" in [a.casefold() for a in survivor["aliases"]]
    assert {"source": "s2", "para": "p2"} in survivor["mentions"]
    assert story.entry("quotes.yaml", Q_ZEL)["speaker"] == "volodymyr-zelenskyy"
    assert story.entry("casualties.yaml", "c-kharkiv-injured-2")["claimed_by"] == [
        "volodymyr-zelenskyy"
    ]
    event = story.entry("events.yaml", "e-2022-03-11-zelensky-address")
    assert event["actors"] == ["volodymyr-zelenskyy"]
    story.content()


def test_an_added_alias_merges_two_actors_everywhere_for_good(story: Story) -> None:
    story.build(proposal())
    story.edit_entry(
        "actors.yaml", "volodymyr-zelenskyy", lambda a: a["aliases"].append("Zelensky")
    )
    result = story.build(proposal())
    _merged_zelensky(story)
    assert any("merged actor 'zelensky' into 'volodymyr-zelenskyy'" in n for n in result.notes)
    # a new quote of the merged-away actor lands on the survivor
    later = proposal()
    new_quote = c.QuoteEntry(
        "q-we-are-here", "We are here", "direct", "zelensky", None, (ref("s2", "p2"),)
    )
    later = replace(later, quotes=(*later.quotes, new_quote))
    story.build(later)
    _merged_zelensky(story)
    assert story.entry("quotes.yaml", "q-we-are-here")["speaker"] == "volodymyr-zelenskyy"
    assert story.build(later).changed == ()


def test_same_as_merges_two_actors_everywhere(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("actors.yaml", "zelensky", lambda a: a.update(same_as="volodymyr-zelenskyy"))
    story.build(proposal())
    _merged_zelensky(story)


def test_an_alias_added_together_with_deleting_the_duplicate_is_a_merge(story: Story) -> None:
    story.build(proposal())
    story.edit_entry(
        "actors.yaml", "volodymyr-zelenskyy", lambda a: a["aliases"].append("zelensky")
    )
    story.delete_entry("actors.yaml", "zelensky")
    story.build(proposal())
    _merged_zelensky(story)


def test_a_renamed_actor_id_is_followed_by_every_reference(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("actors.yaml", "vladimir-putin", lambda a: a.update(id="putin"))
    result = story.build(proposal())
    assert "vladimir-putin" not in story.ids("actors.yaml") and "putin" in story.ids("actors.yaml")
    assert story.entry("quotes.yaml", Q_PUTIN)["speaker"] == "putin"
    assert story.entry("events.yaml", "e-2022-03-11-putin-remarks")["actors"][0] == "putin"
    assert any("renamed 'vladimir-putin' to 'putin'" in n for n in result.notes)
    assert result.warnings == ()
    assert story.build(proposal()).changed == ()


def test_a_renamed_quote_id_is_followed_by_its_events(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_ZEL, lambda q: q.update(id="q-no-surrender"))
    story.build(proposal())
    event = story.entry("events.yaml", "e-2022-03-11-zelensky-address")
    assert event["quotes"] == ["q-no-surrender"]


def test_a_rename_that_could_be_two_entries_is_refused(story: Story) -> None:
    story.build(proposal())
    before = story.snapshot()
    putin = story.entry("actors.yaml", "vladimir-putin")
    story.delete_entry("actors.yaml", "vladimir-putin")
    story.save("actors.yaml", [*story.load("actors.yaml"), {**putin, "id": "putin-a"}])
    story.save("actors.yaml", [*story.load("actors.yaml"), {**putin, "id": "putin-b"}])
    edited = story.snapshot()
    with pytest.raises(ContentError) as info:
        story.build(proposal())
    message = str(info.value)
    assert "content/actors.yaml: id 'vladimir-putin' is gone" in message
    assert "'putin-a', 'putin-b'" in message
    assert story.snapshot() == edited != before  # nothing written


def test_a_misspelt_reference_still_stops_the_build_with_its_line(story: Story) -> None:
    story.build(proposal())
    text = story.path("quotes.yaml").read_text()
    story.path("quotes.yaml").write_text(
        text.replace("speaker: vladimir-putin", "speaker: vladimir-putn")
    )
    with pytest.raises(ContentError) as info:
        story.build(proposal())
    assert "content/quotes.yaml:4: speaker 'vladimir-putn' is not an actor id" in str(info.value)


def test_a_new_source_adds_its_facts_without_touching_edits(story: Story) -> None:
    story.build(proposal())
    story.edit_entry(
        "actors.yaml", "dmytro-kuleba", lambda a: a.update(roles=["Foreign Minister of Ukraine"])
    )
    s3 = source("s3", "Kuleba met Lavrov in Antalya.")
    later = proposal()
    actors = tuple(
        replace(a, mentions=(*a.mentions, ref("s3", "p1"))) if a.id == "dmytro-kuleba" else a
        for a in later.actors
    )
    event = c.EventEntry("e-2022-03-10-antalya", D, "Antalya meeting", sources=(ref("s3", "p1"),))
    later = replace(later, sources=(S1, S2, s3), actors=actors, events=(*later.events, event))
    result = story.build(later)
    kuleba = story.entry("actors.yaml", "dmytro-kuleba")
    assert kuleba["roles"] == ["Foreign Minister of Ukraine"]
    assert {"source": "s3", "para": "p1"} in kuleba["mentions"]
    assert "e-2022-03-10-antalya" in story.ids("events.yaml")
    assert story.path("sources/s3.yaml").exists()
    assert result.warnings == ()


def test_an_edited_entry_keeps_its_new_places_when_briefgen_adds_one(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("actors.yaml", "dmytro-kuleba", lambda a: a.update(mentions=[]))
    # editor cleared the mentions; briefgen finds a new one: the clearing holds, the new one joins
    later = proposal()
    actors = tuple(
        replace(a, mentions=(*a.mentions, ref("s1", "p1"))) if a.id == "dmytro-kuleba" else a
        for a in later.actors
    )
    story.build(replace(later, actors=actors))
    assert story.entry("actors.yaml", "dmytro-kuleba")["mentions"] == [
        {"source": "s1", "para": "p1"}
    ]


def test_a_removed_source_takes_its_unedited_facts_along(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_ZEL, lambda q: q.update(text="We will never give up"))
    without_s2 = _without_source(proposal(), "s2")
    result = story.build(without_s2)
    assert not story.path("sources/s2.yaml").exists()
    assert "c-kharkiv-injured-2" not in story.ids("casualties.yaml")
    assert "e-2022-03-11-zelensky-address" not in story.ids("events.yaml")
    kept = story.entry("quotes.yaml", Q_ZEL)  # edited, so it stays, without its lost source
    assert kept["text"] == "We will never give up" and kept["sources"] == []
    assert kept["speaker"] is None  # its speaker went with the source
    assert any(
        "content/quotes.yaml: q-we-will-not-give-up: dropped sources 's2:p2'" in w
        for w in result.warnings
    )
    story.content()


def test_an_edited_source_field_survives_a_changed_seed(story: Story) -> None:
    story.build(proposal())
    data = story.load("sources/s1.yaml")
    data["outlet"] = "Press TV"
    story.save("sources/s1.yaml", data)
    changed = replace(
        S1,
        sha256="1" * 64,
        title="Putin sees shifts",
        paragraphs=(*S1.paragraphs, c.ParagraphEntry("p5", "More news.")),
    )
    later = replace(proposal(), sources=(changed, S2))
    result = story.build(later)
    written = story.load("sources/s1.yaml")
    assert written["outlet"] == "Press TV"
    assert written["title"] == "Putin sees shifts"
    assert written["paragraphs"][-1] == {"id": "p5", "text": "More news."}
    assert result.warnings == ()


def test_fields_left_out_as_default_are_written_back_and_not_edits(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_PUTIN, lambda q: q.pop("kind"))
    story.edit_entry("events.yaml", "e-2022-03-11-putin-remarks", lambda e: e.pop("date_precision"))
    result = story.build(
        replace(proposal(), quotes=tuple(replace(q, kind="partial") for q in proposal().quotes))
    )
    assert story.entry("quotes.yaml", Q_PUTIN)["kind"] == "partial"  # not an edit: follows
    assert story.entry("events.yaml", "e-2022-03-11-putin-remarks")["date_precision"] == "day"
    assert result.warnings == ()


def test_a_dry_run_writes_nothing_and_says_what_would_change(story: Story) -> None:
    story.build(proposal())
    before = story.snapshot()
    result = story.build(with_quote_speaker(proposal(), Q_PUTIN, "dmytro-kuleba"), dry_run=True)
    assert story.snapshot() == before
    assert "content/quotes.yaml" in result.changed
    assert (
        "-  speaker: vladimir-putin" in result.diff and "+  speaker: dmytro-kuleba" in result.diff
    )


def _without_source(content: c.Content, ident: str) -> c.Content:
    def keep(refs: tuple[c.Ref, ...]) -> bool:
        return any(r.source != ident for r in refs)

    actors = tuple(
        replace(a, mentions=tuple(r for r in a.mentions if r.source != ident))
        for a in content.actors
        if keep(a.mentions)
    )
    quotes = tuple(q for q in content.quotes if keep(q.sources))
    casualties = tuple(x for x in content.casualties if keep(x.sources))
    events = tuple(e for e in content.events if keep(e.sources))
    sources = tuple(s for s in content.sources if s.id != ident)
    return replace(
        content, sources=sources, actors=actors, quotes=quotes, casualties=casualties, events=events
    )


def test_an_added_actor_and_quote_are_linked_to_the_paragraphs_they_appear_in(
    story: Story,
) -> None:
    story.build(proposal())
    mayor = {"id": "igor-polishchuk", "name": "Igor Polishchuk", "kind": "person"}
    story.save("actors.yaml", [*story.load("actors.yaml"), mayor])
    quote = {"id": "q-no-progress", "text": "no progress was made", "kind": "partial"}
    quote["speaker"] = "dmytro-kuleba"
    story.save("quotes.yaml", [*story.load("quotes.yaml"), quote])
    story.build(proposal())
    assert story.entry("actors.yaml", "igor-polishchuk")["mentions"] == [
        {"source": "s1", "para": "p4"}
    ]
    assert story.entry("quotes.yaml", "q-no-progress")["sources"] == [
        {"source": "s1", "para": "p3"}
    ]
    assert story.build(proposal()).changed == ()


def test_lists_merge_as_sets_the_editors_and_briefgens_changes_both_hold(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("actors.yaml", "vladimir-putin", lambda a: a["aliases"].append("V. Putin"))
    story.edit_entry(
        "events.yaml", "e-2022-03-11-putin-remarks", lambda e: e["actors"].remove("dmytro-kuleba")
    )
    later = proposal()
    actors = tuple(
        replace(a, roles=(*a.roles, "head of state"), aliases=(*a.aliases, "Vladimir V. Putin"))
        if a.id == "vladimir-putin"
        else a
        for a in later.actors
    )
    events = tuple(
        replace(e, actors=(*e.actors, "volodymyr-zelenskyy"))
        if e.id == "e-2022-03-11-putin-remarks"
        else e
        for e in later.events
    )
    result = story.build(replace(later, actors=actors, events=events))
    putin = story.entry("actors.yaml", "vladimir-putin")
    assert putin["aliases"] == ["Putin", "V. Putin", "Vladimir V. Putin"]
    assert putin["roles"] == ["Russian President", "head of state"]
    event = story.entry("events.yaml", "e-2022-03-11-putin-remarks")
    assert event["actors"] == ["vladimir-putin", "volodymyr-zelenskyy"]
    assert result.warnings == ()


def test_an_edited_paragraph_stays_and_a_changed_seed_says_so(story: Story) -> None:
    story.build(proposal())
    data = story.load("sources/s2.yaml")
    data["paragraphs"][0]["text"] = "President Volodymyr Zelenskyy said Ukraine would fight on."
    story.save("sources/s2.yaml", data)
    assert story.build(proposal()).warnings == ()
    assert story.load("sources/s2.yaml")["paragraphs"][0]["text"].endswith("fight on.")
    reworded = replace(S2, paragraphs=(*S2.paragraphs, c.ParagraphEntry("p4", "Later news.")))
    result = story.build(replace(proposal(), sources=(S1, reworded)))
    assert story.load("sources/s2.yaml")["paragraphs"][0]["text"].endswith("fight on.")
    (warning,) = result.warnings
    assert warning.startswith("content/sources/s2.yaml: s2: paragraphs: kept your")


def test_an_actor_an_editor_made_a_speaker_stays_when_the_sources_drop_it(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_ZEL, lambda q: q.update(speaker="dmytro-kuleba"))
    later = proposal()
    story.build(replace(later, actors=tuple(a for a in later.actors if a.id != "dmytro-kuleba")))
    assert story.entry("quotes.yaml", Q_ZEL)["speaker"] == "dmytro-kuleba"
    assert "dmytro-kuleba" in story.ids("actors.yaml")
    again = story.build(
        replace(later, actors=tuple(a for a in later.actors if a.id != "dmytro-kuleba"))
    )
    assert again.changed == ()


def test_an_edit_saved_while_the_build_runs_nlp_is_not_overwritten(story: Story) -> None:
    # The build reads content/ before NLP and merges after it; an editor may save between.
    story.build(proposal())
    edited_before = check_edits(story.config)
    story.edit_entry("quotes.yaml", Q_PUTIN, lambda q: q.update(speaker="dmytro-kuleba"))
    store_content(proposal(), story.config, edited=edited_before)
    assert story.entry("quotes.yaml", Q_PUTIN)["speaker"] == "dmytro-kuleba"


def test_a_reviewed_entry_is_never_changed_by_a_rebuild(story: Story) -> None:
    story.build(proposal())
    story.edit_entry("quotes.yaml", Q_PUTIN, lambda q: q.update(reviewed=True))
    checked = story.entry("quotes.yaml", Q_PUTIN)
    assert checked is not None and checked["said_on"] is not None
    # briefgen now reads the quote differently: an unreviewed entry would follow
    later = proposal()
    later = replace(
        later,
        quotes=tuple(
            replace(q, said_on=None, kind="partial") if q.id == Q_PUTIN else q for q in later.quotes
        ),
    )
    result = story.build(later)
    assert story.entry("quotes.yaml", Q_PUTIN) == checked
    assert result.warnings == ()
    # and when the sources no longer give it at all, it stays as checked
    gone = replace(proposal(), quotes=tuple(q for q in proposal().quotes if q.id != Q_PUTIN))
    story.build(gone)
    assert story.entry("quotes.yaml", Q_PUTIN) == checked
