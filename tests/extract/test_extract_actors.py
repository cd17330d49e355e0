from __future__ import annotations


def actor(facts, name):
    found = [a for a in facts.actors if a.name == name]
    assert found, f"{name} not among {[a.name for a in facts.actors]}"
    return found[0]


def people(facts):
    return sorted(a.name for a in facts.actors if a.kind == "person")


def test_title_before_name_is_a_role_and_surname_is_an_alias(extract):
    facts = extract(
        "Russian President Vladimir Putin met his envoy on Monday.",
        "Putin later spoke to reporters in the Kremlin.",
    )
    putin = actor(facts, "Vladimir Putin")
    assert putin.kind == "person"
    assert putin.roles == ("Russian President",)
    assert "Putin" in putin.aliases
    assert [r.para for r in putin.refs] == ["p1", "p2"]
    assert putin.key == "vladimir-putin"


def test_appositive_roles_on_either_side(extract):
    facts = extract(
        "Dmytro Kuleba, Ukraine's top diplomat, said the talks had failed.",
        "The request was made by its deputy UN ambassador, Dmitry Polyansky.",
        "Earlier, Lutsk mayor Igor Polishchuk said the airport had been hit.",
    )
    assert actor(facts, "Dmytro Kuleba").roles == ("Ukraine's top diplomat",)
    assert actor(facts, "Dmitry Polyansky").roles == ("deputy UN ambassador",)
    assert actor(facts, "Igor Polishchuk").roles == ("Lutsk mayor",)


def test_surname_tagged_as_an_organisation_joins_the_person(extract):
    facts = extract(
        "Russian Foreign Minister Sergey Lavrov arrived in Antalya on Thursday.",
        "Lavrov said Moscow had not attacked Ukraine. Lavrov also dismissed the criticism.",
    )
    assert people(facts) == ["Sergey Lavrov"]
    assert not [a for a in facts.actors if a.name == "Lavrov"]


def test_a_city_is_never_a_person(extract):
    facts = extract(
        "The column outside Kyiv was on the move again, and shelling near Kyiv continued.",
        "Residents of Kharkiv spent the night in shelters.",
    )
    assert people(facts) == []


def test_countries_and_organisations(extract):
    facts = extract(
        "The United States and the European Union imposed sanctions on Russia, "
        "while NATO ruled out a no-fly zone over Ukraine."
    )
    kinds = {a.name: a.kind for a in facts.actors}
    assert kinds["United States"] == "country"
    assert kinds["Russia"] == "country"
    assert kinds["Ukraine"] == "country"
    assert kinds["NATO"] == "organization"
    assert kinds["European Union"] == "organization"


def test_short_forms_join_the_full_name(extract):
    facts = extract(
        "The U.S. said it would send more weapons, and the UN Security Council met on Friday.",
        "The Security Council later adjourned.",
    )
    us = actor(facts, "United States")
    assert "U.S." in us.aliases
    council = actor(facts, "UN Security Council")
    assert "Security Council" in council.aliases


def test_role_phrase_alias_joins_its_person(extract):
    facts = extract(
        "Turkish Foreign Minister Mevlut Cavusoglu hosted the talks.",
        "The Turkish minister said that the sides had agreed to meet again.",
    )
    cavusoglu = actor(facts, "Mevlut Cavusoglu")
    assert "the Turkish minister" in cavusoglu.aliases
    assert [r.para for r in cavusoglu.refs] == ["p1", "p2"]


def test_one_record_per_actor_with_every_paragraph(extract):
    facts = extract(
        "Ukraine's President Volodymyr Zelensky addressed the nation.",
        "Zelensky said the army was holding.",
        "Zelensky later met Polish President Andrzej Duda.",
    )
    assert people(facts) == ["Andrzej Duda", "Volodymyr Zelensky"]
    assert len(actor(facts, "Volodymyr Zelensky").refs) == 3
    assert actor(facts, "Andrzej Duda").roles == ("Polish President",)


def test_no_actor_from_a_photo_caption(extract):
    facts = extract(
        "Senator Jane Holloway speaks during a rally in Washington on March 8, 2019. (AFP photo)",
        "Ukrainian President Volodymyr Zelensky asked for more air defence systems.",
    )
    assert people(facts) == ["Volodymyr Zelensky"]


def test_headline_case_is_not_read_as_names(extract):
    facts = extract(
        "Putin Sees Some Positive Shifts In Talks",
        "Russian President Vladimir Putin said on Friday that talks were going well.",
    )
    assert people(facts) == ["Vladimir Putin"]


def test_names_with_particles(extract):
    facts = extract(
        '"An agreement has been reached to extend the truce by two days," '
        "ministry spokesman Majed al-Ansari wrote on Monday."
    )
    assert people(facts) == ["Majed al-Ansari"]
    assert facts.quotes[0].speaker == "majed-al-ansari"


def test_roles_from_office_nouns_and_parsed_appositives(extract):
    facts = extract(
        '"This is a sad day," said opposition leader Peter Dutton.',
        "The spokesperson for the ministry, Teuku Faizasyah, said the meeting would go ahead.",
    )
    assert actor(facts, "Peter Dutton").roles == ("opposition leader",)
    assert actor(facts, "Teuku Faizasyah").roles == ("spokesperson for the ministry",)


def test_no_actor_from_reporting_credits(extract):
    facts = extract(
        "Prime Minister Mark Rutte said the Netherlands would send more aid.",
        "Reporting by Anna Holligan; Editing by Mark Potter",
        "Associated Press writer Jill Lawless contributed to this report.",
    )
    assert people(facts) == ["Mark Rutte"]


def test_title_of_honour_with_a_first_name_joins_the_person(extract):
    facts = extract(
        "Labour leader Keir Starmer dismissed the pledge.",
        '"They have had thirteen years and they have failed," Sir Keir told the BBC.',
    )
    assert people(facts) == ["Keir Starmer"]
    assert facts.quotes[0].speaker == "keir-starmer"


def test_transliterations_of_one_name_are_one_person(extract):
    facts = extract(
        "President Volodymyr Zelensky spoke to parliament on Monday.",
        "Volodymyr Zelenskyy later met troops near the front. Zelenskiy thanked them.",
    )
    assert people(facts) == ["Volodymyr Zelensky"]
    zelensky = actor(facts, "Volodymyr Zelensky")
    assert "Volodymyr Zelenskyy" in zelensky.aliases
    assert len(zelensky.refs) == 2


def test_a_speaking_two_word_name_is_a_person_whatever_ner_says(extract):
    facts = extract(
        "The strike hit the airport, Igor Polishchuk said on Friday.",
        "Bloomberg Television said the talks would continue.",
    )
    assert people(facts) == ["Igor Polishchuk"]


def test_speaking_institutions_are_not_people(extract):
    facts = extract(
        "Human Rights Watch said the strike may amount to a war crime.",
        "Al Jazeera reported that the border crossing was closed.",
        "The United Nations said aid convoys were ready.",
    )
    assert people(facts) == []


def test_a_given_name_ner_left_out_after_an_office_joins_the_person(extract) -> None:
    """NER tags only "Vik" in "chief executive Anders Vik": the given name between the
    office and the surname is part of the name."""
    facts = extract(
        '"The agency sat on our application," chief executive Anders Vik told Nordic Business.'
    )
    assert people(facts) == ["Anders Vik"]


def test_a_capitalised_word_before_a_surname_without_an_office_is_not_a_given_name(
    extract,
) -> None:
    facts = extract("An Alaska lawyer accused Justice Thomas of groping her at a dinner in 1999.")
    assert "Justice Thomas" not in people(facts)
