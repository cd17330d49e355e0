"""Merging rules on hand-made SourceFacts: actors, quotes, figures, events, ids, order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefgen.config import Config
from briefgen.merge import merge_facts
from briefgen.merge.actors import first_names_agree, same_surname
from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention, CasualtyFact, EventFact, QuoteFact, SourceFacts
from briefgen.records.source import Paragraph, Source

D = dt.date(2022, 3, 11)
CONFIG = Config(project=Path("."))


def source(sid: str, duplicate_of: str | None = None) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256="0" * 64,
        title=f"Title {sid}",
        outlet=None,
        url=None,
        published=D,
        published_basis="text",
        paragraphs=(Paragraph("p1", "Text."),),
        duplicate_of=duplicate_of,
    )


def actor(key: str, name: str, kind: str = "person", **kw) -> ActorMention:  # type: ignore[no-untyped-def]
    return ActorMention(key=key, name=name, kind=kind, **kw)


def merge(*facts: SourceFacts):  # type: ignore[no-untyped-def]
    sources = tuple(source(f.source_id) for f in facts)
    return merge_facts(sources, facts, CONFIG)


def r(src: str, para: str = "p1") -> Ref:
    return Ref(src, para)


# --- actors ---------------------------------------------------------------


def test_surname_alias_joins_full_name_across_sources() -> None:
    a = SourceFacts("a", actors=(actor("vladimir-putin", "Vladimir Putin", refs=(r("a"),)),))
    b = SourceFacts("b", actors=(actor("putin", "Putin", refs=(r("b", "p3"),)),))
    content = merge(a, b)
    assert [x.id for x in content.actors] == ["vladimir-putin"]
    assert content.actors[0].mentions == (r("a"), r("b", "p3"))
    assert "Putin" in content.actors[0].aliases


def test_spelling_variants_join_and_keep_the_other_spelling_as_alias() -> None:
    a = SourceFacts("a", actors=(actor("vz", "Volodymyr Zelensky", refs=(r("a"),)),))
    b = SourceFacts("b", actors=(actor("vz", "Volodymyr Zelenskyy", refs=(r("b"),)),))
    c = SourceFacts("c", actors=(actor("vz", "Volodymyr Zelensky", refs=(r("c"),)),))
    content = merge(a, b, c)
    assert len(content.actors) == 1
    assert content.actors[0].name == "Volodymyr Zelensky"
    assert content.actors[0].aliases == ("Volodymyr Zelenskyy",)


def test_people_sharing_a_surname_with_different_first_names_stay_apart() -> None:
    a = SourceFacts("a", actors=(actor("jb", "Joe Biden"),))
    b = SourceFacts("b", actors=(actor("jb", "Jill Biden"),))
    content = merge(a, b)
    assert sorted(x.id for x in content.actors) == ["jill-biden", "joe-biden"]


def test_ambiguous_bare_surname_goes_to_the_full_name_of_its_own_source() -> None:
    a = SourceFacts(
        "a", actors=(actor("jb", "Joe Biden"), actor("b", "Biden", refs=(r("a", "p2"),)))
    )
    b = SourceFacts("b", actors=(actor("jb", "Jill Biden"),))
    content = merge(a, b)
    joe = next(x for x in content.actors if x.id == "joe-biden")
    assert r("a", "p2") in joe.mentions
    assert len(content.actors) == 2


def test_kind_by_majority_roles_unioned_and_acronym_joined() -> None:
    a = SourceFacts(
        "a",
        actors=(
            actor("sl", "Sergey Lavrov", roles=("Russian Foreign Minister",), refs=(r("a"),)),
            actor("un", "United Nations", kind="organization"),
        ),
    )
    b = SourceFacts(
        "b",
        actors=(
            actor("l", "Lavrov", kind="organization", refs=(r("b"),)),
            actor(
                "l2",
                "Sergey Lavrov",
                roles=("foreign minister", "top diplomat"),
                refs=(r("b"), r("b", "p2")),
            ),
            actor("un", "UN", kind="organization"),
        ),
    )
    content = merge(a, b)
    ids = [x.id for x in content.actors]
    assert ids == ["sergey-lavrov", "united-nations"]
    lavrov = content.actors[0]
    assert lavrov.kind == "person"
    assert lavrov.roles == ("Russian Foreign Minister", "top diplomat")
    assert content.actors[1].aliases == ("UN",)


def test_actor_ids_are_stable_when_unrelated_actors_are_added() -> None:
    a = SourceFacts("a", actors=(actor("g", "Georgia", kind="country"),))
    first = merge(a)
    b = SourceFacts(
        "b", actors=(actor("g", "Georgia", kind="place"), actor("x", "Jens Stoltenberg"))
    )
    second = merge(a, b)
    assert first.actors[0].id == "georgia"
    assert "georgia" in [x.id for x in second.actors]


def test_slug_collisions_get_deterministic_suffixes() -> None:
    a = SourceFacts(
        "a", actors=(actor("j", "John Smith"), actor("j2", "John Smith", kind="organization"))
    )
    b = SourceFacts("b", actors=(actor("j", "Jane Smith"),))
    one = merge(a, b)
    two = merge(b, a)
    assert one.actors == two.actors
    assert len({x.id for x in one.actors}) == len(one.actors)


def test_transliterated_names_join_across_outlets() -> None:
    a = SourceFacts("a", actors=(actor("dy", "Dinara Yesenbayeva", refs=(r("a"),)),))
    b = SourceFacts("b", actors=(actor("de", "Dinara Esenbaeva", refs=(r("b"),)),))
    c = SourceFacts("c", actors=(actor("de", "Dinara Ismailova", refs=(r("c"),)),))
    content = merge(a, b, c)
    people = sorted(x.name for x in content.actors)
    assert len(people) == 2
    assert "Dinara Ismailova" in people


def test_an_institution_named_head_first_and_head_last_is_one_actor() -> None:
    org = "organization"
    a = SourceFacts("a", actors=(actor("em", "Emergencies Ministry", org, refs=(r("a"),)),))
    b = SourceFacts(
        "b",
        actors=(
            actor("mes", "Ministry of Emergency Situations", org, refs=(r("b"),)),
            actor("mh", "Ministry of Health", org, refs=(r("b"),)),
        ),
    )
    c = SourceFacts("c", actors=(actor("fm", "Finance Ministry", org, refs=(r("c"),)),))
    content = merge(a, b, c)
    names = sorted(x.name for x in content.actors)
    assert len(names) == 3
    assert "Ministry of Health" in names and "Finance Ministry" in names


def test_an_outlet_met_only_in_its_own_name_is_not_an_actor() -> None:
    import dataclasses

    a = dataclasses.replace(
        source("a"),
        outlet="Global Dispatch",
        paragraphs=(
            Paragraph("p1", "The governor told Global Dispatch that 4,200 people had left."),
            Paragraph("p2", "Officials in Moscow said the talks would go on."),
        ),
    )
    b = dataclasses.replace(
        source("b"),
        outlet="The Moscow Times",
        paragraphs=(Paragraph("p1", "A Moscow Times reporter contributed to this report."),),
    )
    facts = (
        SourceFacts(
            "a",
            actors=(
                actor("gd", "Global Dispatch", "person", refs=(r("a"),)),
                actor("m", "Moscow", "place", refs=(r("a", "p2"),)),
            ),
        ),
        SourceFacts("b", actors=(actor("m", "Moscow", "place", refs=(r("b"),)),)),
    )
    content = merge_facts((a, b), facts, CONFIG)
    assert [x.name for x in content.actors] == ["Moscow"]


def test_name_matching_helpers() -> None:
    assert same_surname("zelensky", "zelenskyy")
    assert same_surname("synegubov", "sinegubov")
    assert not same_surname("biden", "bidet")
    assert same_surname("yesenbayeva", "esenbaeva")
    assert same_surname("tursunaliyev", "tursunaliev")
    assert not same_surname("yeltsin", "elton")
    assert first_names_agree("yevgeny", "evgeny")
    assert first_names_agree("sergey", "sergei")
    assert first_names_agree("j", "joe")
    assert not first_names_agree("joe", "jill")


# --- quotes ---------------------------------------------------------------

PUTIN_A = "There are certain positive shifts, negotiators from our side reported to me"
PUTIN_B = "There are certain positive shifts — negotiators from our side reported to me."


def test_same_quotation_in_several_sources_is_one_entry_with_every_source() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("vp", "Vladimir Putin"),),
        quotes=(QuoteFact(PUTIN_A, "direct", "vp", D, r("a", "p3")),),
    )
    b = SourceFacts(
        "b",
        actors=(actor("p", "Putin"),),
        quotes=(QuoteFact("\u201c" + PUTIN_B + "\u201d", "direct", "p", D, r("b", "p2")),),
    )
    content = merge(a, b)
    assert len(content.quotes) == 1
    q = content.quotes[0]
    assert q.id == "q-there-are-certain-positive-shifts"
    assert q.speaker == "vladimir-putin"
    assert q.sources == (r("a", "p3"), r("b", "p2"))


def test_partial_inside_a_full_quote_joins_it_but_a_different_remark_stays() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("vp", "Vladimir Putin"),),
        quotes=(
            QuoteFact(PUTIN_A, "direct", "vp", D, r("a", "p3")),
            QuoteFact("positive shifts", "partial", "vp", D, r("a", "p1")),
            QuoteFact("informed", "partial", "vp", D, r("a", "p4")),
            QuoteFact("shifts reported", "partial", "vp", D, r("a", "p5")),
        ),
    )
    content = merge(a)
    texts = sorted(q.text for q in content.quotes)
    assert texts == sorted([PUTIN_A, "informed", "shifts reported"])
    full = next(q for q in content.quotes if q.text == PUTIN_A)
    assert full.sources == (r("a", "p1"), r("a", "p3"))


def test_quotes_of_different_speakers_are_not_joined() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("x", "Anna Black"), actor("y", "Boris White")),
        quotes=(
            QuoteFact("We will never give up our land", "direct", "x", D, r("a", "p1")),
            QuoteFact("We will never give up our land", "direct", "y", D, r("a", "p2")),
        ),
    )
    content = merge(a)
    assert len(content.quotes) == 2
    assert len({q.id for q in content.quotes}) == 2


def test_quotes_are_ordered_by_first_source_then_paragraph() -> None:
    a = SourceFacts(
        "a",
        quotes=(
            QuoteFact(
                "Sanctions will not change our course at all", "direct", None, None, r("a", "p10")
            ),
            QuoteFact(
                "The corridors must stay open for civilians", "direct", None, None, r("a", "p2")
            ),
        ),
    )
    content = merge(a)
    assert [q.sources[0].para for q in content.quotes] == ["p2", "p10"]


# --- casualties -----------------------------------------------------------


def fig(key: str, count: int, src: str, **kw) -> CasualtyFact:  # type: ignore[no-untyped-def]
    base = dict(
        kind="killed",
        qualifier="exact",
        victims="people",
        place="Mariupol",
        date=None,
        claimed_by=(),
    )
    base.update(kw)
    return CasualtyFact(key=key, count=count, ref=r(src, "p5"), **base)  # type: ignore[arg-type]


def test_same_figure_from_two_sources_is_one_entry_with_claimants_unioned() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("io", "Igor Orlov"),),
        casualties=(fig("k3", 3, "a", claimed_by=("io",), date=dt.date(2022, 3, 9)),),
    )
    b = SourceFacts(
        "b",
        casualties=(
            fig("k3", 3, "b", claimed_by=("city council",), place="the besieged city of Mariupol"),
        ),
    )
    content = merge(a, b)
    assert len(content.casualties) == 1
    c = content.casualties[0]
    assert c.id == "c-mariupol-killed-3"
    assert c.claimed_by == ("igor-orlov", "city council")
    assert c.date == dt.date(2022, 3, 9)
    assert c.sources == (r("a", "p5"), r("b", "p5"))


def test_differing_figures_are_not_merged_and_supersedes_is_mapped() -> None:
    a = SourceFacts(
        "a",
        casualties=(
            fig("k2", 2, "a", place="Lutsk"),
            fig("k4", 4, "a", place="Lutsk", qualifier="at_least", supersedes="k2"),
        ),
    )
    b = SourceFacts("b", casualties=(fig("k5", 5, "b", place="Lutsk"),))
    content = merge(a, b)
    ids = {c.count: c.id for c in content.casualties}
    assert ids == {2: "c-lutsk-killed-2", 4: "c-lutsk-killed-4", 5: "c-lutsk-killed-5"}
    four = next(c for c in content.casualties if c.count == 4)
    assert four.supersedes == "c-lutsk-killed-2"


def test_same_count_in_different_places_stays_apart() -> None:
    a = SourceFacts("a", casualties=(fig("k", 3, "a", place="Kyiv"),))
    b = SourceFacts("b", casualties=(fig("k", 3, "b", place="Kharkiv"),))
    assert len(merge(a, b).casualties) == 2


# --- events ---------------------------------------------------------------


def ev(
    key: str, src: str, title: str, actors=(), place=None, date=D, quotes=(), casualties=()
) -> EventFact:  # type: ignore[no-untyped-def]
    return EventFact(
        key, date, "day", title, place, tuple(actors), quotes, casualties, r(src, "p2")
    )


def test_same_event_from_two_sources_is_one_entry() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("vp", "Vladimir Putin"), actor("al", "Alexander Lukashenko")),
        events=(
            ev(
                "m",
                "a",
                "Putin tells Lukashenko of positive shifts in talks",
                ("vp", "al"),
                "Moscow",
            ),
        ),
    )
    b = SourceFacts(
        "b",
        actors=(actor("p", "Putin"),),
        events=(
            ev("m", "b", "Putin says talks with Ukraine show positive shifts", ("p",)),
            ev("s", "b", "Russian strikes hit airfields in Lutsk", (), "Lutsk"),
        ),
    )
    content = merge(a, b)
    assert len(content.events) == 2
    meeting = next(e for e in content.events if "vladimir-putin" in e.actors)
    assert meeting.sources == (r("a", "p2"), r("b", "p2"))
    assert meeting.id.startswith("e-2022-03-11-")
    assert meeting.actors == ("alexander-lukashenko", "vladimir-putin")


def test_events_on_different_dates_are_not_joined() -> None:
    a = SourceFacts(
        "a", events=(ev("x", "a", "Strike on the Mariupol maternity hospital", place="Mariupol"),)
    )
    b = SourceFacts(
        "b",
        events=(
            ev(
                "x",
                "b",
                "Strike on the Mariupol maternity hospital",
                place="Mariupol",
                date=dt.date(2022, 3, 9),
            ),
        ),
    )
    content = merge(a, b)
    assert [e.date for e in content.events] == [dt.date(2022, 3, 9), D]


def test_same_input_in_any_order_gives_the_same_content() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("vp", "Vladimir Putin", refs=(r("a"),)), actor("k", "Kyiv", kind="place")),
        quotes=(QuoteFact(PUTIN_A, "direct", "vp", D, r("a", "p3")),),
        casualties=(fig("k", 3, "a"),),
        events=(
            ev(
                "m", "a", "Putin speaks of positive shifts", ("vp",), quotes=(0,), casualties=("k",)
            ),
        ),
    )
    b = SourceFacts(
        "b",
        actors=(actor("p", "Putin", refs=(r("b"),)),),
        quotes=(QuoteFact(PUTIN_B, "direct", "p", D, r("b", "p2")),),
        casualties=(fig("k", 3, "b"),),
        events=(ev("m", "b", "Putin speaks of positive shifts in talks", ("p",), quotes=(0,)),),
    )
    one = merge_facts((source("a"), source("b")), (a, b), CONFIG)
    two = merge_facts((source("b"), source("a")), (b, a), CONFIG)
    assert one == two
    assert len(one.events) == 1
    assert one.events[0].quotes == (one.quotes[0].id,)
    assert one.events[0].casualties == (one.casualties[0].id,)


def test_one_word_name_tagged_differently_is_one_actor_of_the_majority_kind() -> None:
    refs = (r("a"), r("a", "p2"), r("a", "p3"))
    a = SourceFacts("a", actors=(actor("k", "Kyiv", kind="place", refs=refs),))
    b = SourceFacts("b", actors=(actor("k", "Kyiv", refs=(r("b"),)),))
    c = SourceFacts("c", actors=(actor("k", "Kyiv", refs=(r("c"),)), actor("p", "Putin")))
    content = merge(a, b, c)
    kyiv = [x for x in content.actors if x.name == "Kyiv"]
    assert len(kyiv) == 1
    assert kyiv[0].kind == "place"
    assert len(kyiv[0].mentions) == 5


def test_a_claimant_spelled_out_more_fully_elsewhere_is_not_repeated() -> None:
    a = SourceFacts("a", casualties=(fig("k", 3, "a", claimed_by=("local health officials",)),))
    b = SourceFacts("b", casualties=(fig("k", 3, "b", claimed_by=("health officials",)),))
    assert merge(a, b).casualties[0].claimed_by == ("local health officials",)


def test_two_events_of_one_actor_on_one_day_stay_apart() -> None:
    a = SourceFacts(
        "a",
        actors=(actor("vp", "Vladimir Putin"), actor("al", "Alexander Lukashenko")),
        events=(ev("m", "a", "Putin tells Lukashenko of positive shifts", ("vp", "al")),),
    )
    b = SourceFacts(
        "b",
        actors=(actor("p", "Putin"),),
        events=(ev("s", "b", "Putin brushes off Western sanctions", ("p",)),),
    )
    assert len(merge(a, b).events) == 2


def test_a_long_identical_quotation_misattributed_by_one_source_is_still_one_entry() -> None:
    text = "We will not allow anyone to divide our country or our people"
    facts = [
        SourceFacts(
            sid,
            actors=(actor("s", speaker),),
            quotes=(QuoteFact(text, "direct", "s", D, r(sid)),),
        )
        for sid, speaker in (("a", "Anna Black"), ("b", "Anna Black"), ("c", "Boris White"))
    ]
    content = merge(*facts)
    assert len(content.quotes) == 1
    assert content.quotes[0].speaker == "anna-black"
    assert len(content.quotes[0].sources) == 3


def test_a_title_before_a_name_does_not_make_a_first_name() -> None:
    a = SourceFacts("a", actors=(actor("jb", "President Joe Biden"),))
    b = SourceFacts("b", actors=(actor("jb", "Joe Biden"),))
    content = merge(a, b)
    assert [x.name for x in content.actors] == ["Joe Biden"]
    assert content.actors[0].aliases == ("President Joe Biden",)


def test_a_titled_surname_joins_the_full_name() -> None:
    a = SourceFacts("a", actors=(actor("vp", "Vladimir Putin"),))
    b = SourceFacts("b", actors=(actor("p", "President Putin", refs=(r("b"),)),))
    content = merge(a, b)
    assert [x.id for x in content.actors] == ["vladimir-putin"]


def test_a_surname_taken_for_a_place_joins_the_person_named_in_the_same_source() -> None:
    a = SourceFacts(
        "a",
        actors=(
            actor("dk", "Dmytro Kuleba", refs=(r("a"),)),
            actor("k", "Kuleba", kind="country", refs=(r("a", "p4"),)),
        ),
    )
    b = SourceFacts("b", actors=(actor("j", "Jordan", kind="country"),))
    c = SourceFacts("c", actors=(actor("mj", "Michael Jordan"),))
    content = merge(a, b, c)
    kuleba = next(x for x in content.actors if x.id == "dmytro-kuleba")
    assert kuleba.kind == "person" and r("a", "p4") in kuleba.mentions
    assert {"jordan", "michael-jordan"} <= {x.id for x in content.actors}


def test_a_toll_naming_the_count_it_replaces_supersedes_another_source_figure() -> None:
    import dataclasses

    from briefgen.merge.updates import replaced_counts

    tuesday = dataclasses.replace(
        source("a"),
        paragraphs=(Paragraph("p1", "The toll rose to 21 on Tuesday, the ministry said."),),
    )
    thursday = dataclasses.replace(
        source("b"),
        paragraphs=(
            Paragraph(
                "p1",
                "The toll has risen to 26, the ministry said, up from 21 reported on Tuesday. "
                "Some 300 people fled from 12 villages.",
            ),
        ),
    )

    def toll(sid: str, count: int) -> CasualtyFact:
        return CasualtyFact(
            f"k{count}", "killed", count, "exact", "people", "Karvel", None, ("ministry",), r(sid)
        )

    facts = (
        SourceFacts("a", casualties=(toll("a", 21),)),
        SourceFacts("b", casualties=(toll("b", 26), toll("b", 12))),
    )
    content = merge_facts((tuesday, thursday), facts, CONFIG)
    by_count = {c.count: c for c in content.casualties}
    assert by_count[26].supersedes == by_count[21].id
    assert by_count[21].supersedes is None and by_count[12].supersedes is None
    assert replaced_counts("Some 300 people fled from 12 villages.", 300) == []
    assert replaced_counts("The toll rose to 14 from nine on Sunday.", 14) == [9]


def test_the_central_title_is_scored_exactly_and_the_first_wins_a_tie() -> None:
    from briefgen.merge.events import _central_title
    from briefgen.merge.same_event import ReportedEvent

    def member(src: str, title: str, words: str) -> ReportedEvent:
        return ReportedEvent(src, ev("k", src, title), frozenset(), frozenset(words.split()))

    # The first two share the same key words (their differing names are not key words):
    # tied, whatever the order of summation, so the first in the cluster wins.
    cluster = [
        member("a", "Alpha sent a memo on arms", "memo arms sent"),
        member("b", "Bravo sent a memo on arms", "memo arms sent"),
        member("c", "Arms memo", "memo arms"),
        member("d", "A memo sent on aid", "memo sent aid"),
    ]
    assert _central_title(cluster) == "Alpha sent a memo on arms"
    assert _central_title([cluster[1], cluster[0], *cluster[2:]]) == "Bravo sent a memo on arms"
