from __future__ import annotations

import datetime as dt


def speaker_name(facts, key):
    return next((a.name for a in facts.actors if a.key == key), None)


def only_direct(facts):
    return [q for q in facts.quotes if q.kind == "direct"]


def test_quote_then_speech_verb_names_the_speaker(extract):
    facts = extract(
        '"We will not surrender our cities to anyone," Ukrainian '
        "Defence Minister Oleksii Reznikov said on Tuesday."
    )
    (q,) = only_direct(facts)
    assert q.text == "We will not surrender our cities to anyone"
    assert speaker_name(facts, q.speaker) == "Oleksii Reznikov"
    assert q.said_on == dt.date(2022, 3, 8)


def test_speech_verb_before_the_quote_with_colon(extract):
    facts = extract(
        'Prime Minister Boris Johnson said: "This is a barbaric attack '
        'on innocent civilians across the country."'
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Boris Johnson"
    assert q.said_on is None


def test_split_quote_gives_both_halves_the_same_speaker(extract):
    facts = extract(
        '"The city is surrounded on three sides," said Ihor Terekhov, the mayor of Kharkiv. '
        '"We need help now, and we need it from every one of our partners."'
    )
    quotes = only_direct(facts)
    assert len(quotes) == 2
    assert {speaker_name(facts, q.speaker) for q in quotes} == {"Ihor Terekhov"}


def test_pronoun_speaker_is_the_last_named_person(extract):
    facts = extract(
        "German Chancellor Olaf Scholz met European leaders in Berlin on Thursday.",
        '"We stand united with our partners in this very difficult hour," he told reporters.',
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Olaf Scholz"


def test_role_noun_speaker_is_the_actor_with_that_role(extract):
    facts = extract(
        "French Foreign Minister Jean-Yves Le Drian spoke with his counterparts in Warsaw.",
        'The French minister said: "Europe will not look away while a nation is being crushed."',
    )
    (q,) = only_direct(facts)
    assert q.speaker is not None and "drian" in q.speaker


def test_organisation_can_speak(extract):
    facts = extract(
        '"Rescue work continues at the site and more teams are on their way," '
        "the International Committee of the Red Cross said in a statement."
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "International Committee of the Red Cross"


def test_according_to_names_the_speaker(extract):
    facts = extract(
        '"The situation is catastrophic and getting worse every '
        'hour," according to Pavlo Kyrylenko, '
        "the governor of the Donetsk region."
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Pavlo Kyrylenko"


def test_quote_over_two_sentences_is_one_quote(extract):
    facts = extract(
        "Emergency worker Olena Kovalenko described the night in the shelter.",
        '"The shelling has not stopped. People are hiding in '
        'basements across the whole city," she said.',
    )
    (q,) = only_direct(facts)
    assert "People are hiding" in q.text and "shelling has not stopped" in q.text
    assert speaker_name(facts, q.speaker) == "Olena Kovalenko"


def test_fragment_with_speaker_is_partial(extract):
    facts = extract(
        'Kremlin spokesman Dmitry Peskov said the talks had been "quite substantive" so far.'
    )
    (q,) = facts.quotes
    assert q.kind == "partial"
    assert speaker_name(facts, q.speaker) == "Dmitry Peskov"


def test_scare_quotes_are_not_quotes(extract):
    facts = extract(
        'The convoy was stuck near a "green corridor" for days.',
        'Residents described the so-called "safe zone" as anything but.',
    )
    assert [q for q in facts.quotes if q.speaker is None or q.kind == "direct"] == []
    assert all(len(q.text.split()) > 1 for q in facts.quotes)


def test_single_word_quotes_are_ignored(extract):
    facts = extract('Officials called the proposal "unacceptable" and left the room on Monday.')
    assert facts.quotes == ()


def test_curly_quotes_and_passive_quoting(extract):
    facts = extract(
        "Lawmaker Pyotr Tolstoy was quoted by the Interfax news agency as saying "
        "“nobody in Moscow expects a deal this month or the next one”."
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Pyotr Tolstoy"


def test_quote_carried_into_the_next_paragraph(extract):
    facts = extract(
        '"We have lost everything we built over twenty years," said farmer Mykola Bondar. '
        '"The fields are full of mines',
        '"Nobody will plant anything here for a very long time to come."',
    )
    quotes = only_direct(facts)
    assert len(quotes) == 3
    assert {speaker_name(facts, q.speaker) for q in quotes} == {"Mykola Bondar"}


def test_unnamed_body_speaks_as_an_actor(extract):
    facts = extract(
        '"Air defence systems destroyed most of the missiles over the capital," '
        "the defence ministry said in a statement."
    )
    (q,) = only_direct(facts)
    speaker = next(a for a in facts.actors if a.key == q.speaker)
    assert speaker.kind == "organization"
    assert speaker.name == "defence ministry"


def test_named_speaker_in_the_same_sentence_beats_an_unnamed_clause(extract):
    facts = extract(
        "Presidential adviser Mykhailo Podolyak spoke after the talks.",
        "The government, he added, wants "
        '"a full withdrawal of all Russian troops from the country," '
        "noting there was a dialogue.",
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Mykhailo Podolyak"


def test_the_body_named_before_speaks(extract):
    facts = extract(
        "Ukraine's State Emergency Service sent teams to the site on Monday.",
        '"All residents have been moved to safety and the fire is now out," the service said.',
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "State Emergency Service"


def test_without_publication_date_nothing_is_dated(extract):
    facts = extract(
        '"We will rebuild every house in this town," Mayor Ivan Fedorov said on Monday.',
        published=None,
    )
    (q,) = only_direct(facts)
    assert q.said_on is None
    assert facts.events == ()


def test_empty_source(extract):
    facts = extract()
    assert facts.actors == () and facts.quotes == () and facts.events == ()


def test_names_in_quote_marks_are_not_quotes(extract):
    facts = extract(
        'Parliament passed the "Law on the Protection of the Rights of Citizens" on Friday, '
        "the speaker said.",
        'Protesters carried banners reading "no war, no mobilisation, no more lies from above".',
    )
    assert only_direct(facts) == []


def test_pronoun_skips_a_person_of_the_other_gender(extract):
    facts = extract(
        "U.S. Deputy Secretary of State Wendy Sherman met Russian envoy Sergei Ryabkov in Geneva.",
        "Ms Sherman pressed for a de-escalation. Mr Ryabkov rejected the demands.",
        '"We were firm about the principles we will not give up," she said.',
    )
    (q,) = only_direct(facts)
    assert speaker_name(facts, q.speaker) == "Wendy Sherman"
