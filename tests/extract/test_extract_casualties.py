from __future__ import annotations

import datetime as dt


def figures(facts):
    return {(c.kind, c.count, c.qualifier) for c in facts.casualties}


def claimant_names(facts, fact):
    names = {a.key: a.name for a in facts.actors}
    return [names.get(c, c) for c in fact.claimed_by]


def test_killed_and_wounded_with_qualifier_and_claimant(extract):
    facts = extract(
        "At least 21 people were killed and 112 wounded in the shelling of Kharkiv on Tuesday, "
        "regional governor Oleh Synehubov said."
    )
    assert figures(facts) == {("killed", 21, "at_least"), ("injured", 112, "exact")}
    killed = next(c for c in facts.casualties if c.kind == "killed")
    assert claimant_names(facts, killed) == ["Oleh Synehubov"]
    assert killed.date == dt.date(2022, 3, 8)
    assert killed.victims == "people"


def test_counts_in_words_and_according_to(extract):
    facts = extract(
        "The missile strike killed five civilians, including two children, "
        "according to the regional administration."
    )
    assert figures(facts) == {("killed", 5, "exact")}
    (fact,) = facts.casualties
    assert fact.claimed_by == ("regional administration",)
    assert fact.victims == "civilians, including two children"


def test_millions_of_refugees_are_displaced(extract):
    facts = extract(
        "More than 1.5 million refugees have fled to neighbouring "
        "countries, the UN refugee agency said."
    )
    assert figures(facts) == {("displaced", 1_500_000, "more_than")}


def test_written_out_millions(extract):
    facts = extract("The war has displaced about two million people, the United Nations said.")
    (fact,) = facts.casualties
    assert (fact.kind, fact.count, fact.qualifier) == ("displaced", 2_000_000, "about")
    assert claimant_names(facts, fact) == ["United Nations"]


def test_detained_protesters(extract):
    facts = extract(
        "Nearly 200 protesters have been detained at anti-war rallies, a rights group said."
    )
    assert figures(facts) == {("detained", 200, "about")}


def test_zero_toll(extract):
    facts = extract("A shell hit the school overnight, but police said no one was injured.")
    assert figures(facts) == {("injured", 0, "exact")}
    assert facts.casualties[0].claimed_by == ("police",)


def test_death_toll_rose(extract):
    facts = extract("The death toll from the attack on the theatre rose to 35, the mayor said.")
    assert figures(facts) == {("killed", 35, "exact")}


def test_updated_toll_is_superseded(extract):
    facts = extract(
        "Eleven people were killed in the strike on the market, city officials said, "
        "updating an earlier toll of eight."
    )
    by_count = {c.count: c for c in facts.casualties}
    assert set(by_count) == {11, 8}
    assert by_count[11].supersedes == by_count[8].key
    assert by_count[8].supersedes is None


def test_information_given_by_next_sentence(extract):
    facts = extract(
        "Two soldiers were killed and four injured in the raid. "
        "The information was given by army spokesman Yuriy Ignat."
    )
    assert figures(facts) == {("killed", 2, "exact"), ("injured", 4, "exact")}
    for fact in facts.casualties:
        assert "Yuriy Ignat" in claimant_names(facts, fact)


def test_money_distance_and_things_are_not_casualties(extract):
    facts = extract(
        "Washington pledged $350 million in new military aid on Wednesday.",
        "The column of armoured vehicles stretched for 40 miles north of the capital.",
        "Officials opened three humanitarian corridors for civilians.",
        "All 400 residents sheltered safely in the metro during the raid.",
        "Talks resumed for a fourth round in 2022.",
    )
    assert facts.casualties == ()


def test_quoted_figure_is_claimed_by_the_speaker(extract):
    facts = extract(
        '"Seven people were killed in this building alone," Mayor Vitali Klitschko said.'
    )
    (fact,) = facts.casualties
    assert (fact.kind, fact.count) == ("killed", 7)
    assert claimant_names(facts, fact) == ["Vitali Klitschko"]


def test_remaining_missing_and_among_the_injured(extract):
    facts = extract(
        "About 4,000 people remain missing, the Red Cross said.",
        "The blast left 10 people dead, the minister said. "
        "Seven police officers were among the injured.",
    )
    assert figures(facts) == {
        ("missing", 4000, "about"),
        ("killed", 10, "exact"),
        ("injured", 7, "exact"),
    }


def test_bodies_found_count_the_dead(extract):
    facts = extract("The bodies of 410 civilians were found in towns around the capital on Sunday.")
    assert figures(facts) == {("killed", 410, "exact")}


def test_figure_stated_without_a_speech_verb(extract):
    facts = extract("Earlier, the disaster agency had put the number of dead at 2,921.")
    (fact,) = facts.casualties
    assert (fact.kind, fact.count) == ("killed", 2921)
    assert fact.claimed_by == ("disaster agency",)


def test_killing_and_wounding_others(extract):
    facts = extract(
        "A missile struck an apartment block, killing at least 12 people and wounding 49 others, "
        "Gov. Oleksandr Starukh said."
    )
    assert figures(facts) == {("killed", 12, "at_least"), ("injured", 49, "exact")}
    names = {a.key: a for a in facts.actors}
    assert names["oleksandr-starukh"].roles == ("Governor",)


def test_share_of_a_toll_is_in_the_victims_and_since_dates(extract):
    facts = extract(
        "The health ministry says more than 14,800 people have been killed since Oct. 7, "
        "including at least 6,000 children."
    )
    assert figures(facts) == {("killed", 14_800, "more_than")}
    (fact,) = facts.casualties
    assert fact.date is None
    assert fact.victims == "people, including at least 6,000 children"
    assert facts.events == ()


def test_taken_hostage(extract):
    facts = extract("Officials said some 240 people were taken hostage during the raid.")
    assert figures(facts) == {("detained", 240, "about")}


def test_single_victim_and_hospital(extract):
    facts = extract(
        "A 10-year-old girl was killed when a rocket hit her house on Tuesday, her uncle said.",
        "Two people died and 14 were taken to hospital, a hospital official told AFP.",
    )
    assert figures(facts) == {
        ("killed", 1, "exact"),
        ("killed", 2, "exact"),
        ("injured", 14, "exact"),
    }
    girl = next(c for c in facts.casualties if c.count == 1)
    assert girl.victims == "10-year-old girl"
    assert girl.date == dt.date(2022, 3, 8)


def test_a_victim_among_a_figure_is_not_counted_again(extract):
    facts = extract("The city council said a child was among the three people killed.")
    assert figures(facts) == {("killed", 3, "exact")}


def test_increments_are_never_tolls_and_the_stated_total_is(extract):
    facts = extract(
        "Divers recovered 14 more bodies on Wednesday, bringing the death toll to 41.",
        "Another three people died in hospital overnight, doctors said.",
        "Two more deaths were reported on Friday.",
        "The toll rose by 12 on Saturday, the agency said.",
    )
    assert figures(facts) == {("killed", 41, "exact")}


def test_tolls_of_other_times_and_places_are_background(extract):
    facts = extract(
        "At least 30 people were killed when the ferry capsized on Tuesday.",
        "In 2009, 228 people died when the Santa Lucia sank in the same strait.",
        "The toll makes it the deadliest sinking since 2009, when 228 died.",
        "Ferry accidents kill 300 people in the region every year.",
        "In a separate accident, two fishermen drowned off the coast.",
    )
    scopes = {(c.count, c.scope) for c in facts.casualties}
    assert scopes == {(30, "story"), (228, "background"), (300, "background"), (2, "background")}


def test_victims_told_one_by_one_are_counted_and_marked(extract):
    facts = extract(
        "Police said they found the body of a 15-year-old boy on the sidewalk. "
        "He was pronounced dead at the scene.",
        "The second victim, a 13-year-old boy who was shot in the arm, was taken to hospital.",
        "A woman was grazed by a bullet. The 55-year-old woman was treated at the scene.",
    )
    counted = {(c.kind, c.count, c.counted_by, c.claimed_by) for c in facts.casualties}
    assert counted == {("killed", 1, "briefgen", ()), ("injured", 2, "briefgen", ())}


def test_a_stated_total_is_not_counted_again_one_by_one(extract):
    facts = extract(
        "Three people were wounded in the shooting, police said.",
        "A 19-year-old man was shot in the hip. A woman was hit in the arm.",
    )
    # No count of 2 from the two victims; the one told alone stays, counted by briefgen.
    assert {(c.kind, c.count, c.counted_by) for c in facts.casualties} == {
        ("injured", 3, None),
        ("injured", 1, "briefgen"),
    }


def test_as_of_is_the_day_a_toll_was_given_else_the_source_date(extract):
    facts = extract(
        "The death toll rose to 27 on Tuesday, the coast guard said.",
        "Five people were injured in the stampede on Monday.",
    )
    as_of = {c.count: c.as_of for c in facts.casualties}
    # PUBLISHED is Friday 11 March 2022.
    assert as_of == {27: dt.date(2022, 3, 8), 5: dt.date(2022, 3, 11)}
