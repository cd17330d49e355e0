from __future__ import annotations

import datetime as dt


def test_weekday_event_with_actors_and_title(extract):
    facts = extract(
        "Russian President Vladimir Putin told Belarusian leader Alexander Lukashenko on Friday "
        'that there were "positive shifts" in the talks.'
    )
    (event,) = facts.events
    assert event.date == dt.date(2022, 3, 11)
    assert event.date_precision == "day"
    assert "Putin" in event.title and "Lukashenko" in event.title
    assert len(event.title.split()) <= 18
    assert {"vladimir-putin", "alexander-lukashenko"} <= set(event.actors)


def test_explicit_date_event(extract):
    facts = extract(
        "Moscow launched its invasion of Ukraine on February 24, sending troops over the border."
    )
    (event,) = facts.events
    assert event.date == dt.date(2022, 2, 24)
    assert "invasion" in event.title


def test_possessive_weekday_event_and_its_casualties(extract):
    facts = extract(
        "Officials said three people were killed in Wednesday's "
        "strike on a maternity hospital in Mariupol."
    )
    assert [c.count for c in facts.casualties] == [3]
    events = [e for e in facts.events if e.date == dt.date(2022, 3, 9)]
    assert events
    assert any(facts.casualties[0].key in e.casualties for e in events)
    assert any(e.place == "Mariupol" for e in events)


def test_a_day_later_follows_the_previous_date(extract):
    facts = extract(
        "On Thursday, the ministers met in Antalya for talks.",
        "A day later, President Joe Biden signed an order sending more aid to Ukraine.",
    )
    dates = {e.date for e in facts.events}
    assert dates == {dt.date(2022, 3, 10), dt.date(2022, 3, 11)}
    biden = next(e for e in facts.events if e.date == dt.date(2022, 3, 11))
    assert "Biden" in biden.title


def test_week_precision(extract):
    facts = extract(
        "Last week, the European Union agreed a new package of sanctions against Moscow."
    )
    (event,) = facts.events
    assert event.date_precision == "week"


def test_no_date_no_event(extract):
    facts = extract("Fighting continued in the east as talks stalled.")
    assert facts.events == ()


def test_quote_belongs_to_the_event_of_its_sentence(extract):
    facts = extract(
        '"There are certain positive shifts," Putin told '
        "Lukashenko during a meeting in Moscow on Friday."
    )
    (event,) = facts.events
    assert event.quotes == (0,)
    assert event.place == "Moscow"


def test_relative_pronoun_and_participle_titles(extract):
    facts = extract(
        "Foreign Minister Penny Wong, who arrived in Jakarta late on Thursday, met a counterpart.",
        "Speaking in a video address on Friday, Indonesian President Joko Widodo said "
        "the talks would go on.",
    )
    titles = {e.date: e.title for e in facts.events}
    assert titles[dt.date(2022, 3, 10)].startswith("Penny Wong arrived in Jakarta")
    assert "Joko Widodo said" in titles[dt.date(2022, 3, 11)]


def test_subjectless_participle_borrows_the_clause_subject(extract):
    facts = extract(
        "Prime Minister Rishi Sunak promised to cut waiting lists after meeting health leaders "
        "in London on Tuesday."
    )
    (event,) = facts.events
    assert event.title.startswith("Rishi Sunak was meeting health leaders")
    assert event.place == "London"


def test_title_keeps_words_apart_where_quote_marks_were_cut(extract):
    facts = extract(
        'Putin said on Friday that there were "positive shifts" in the talks with Kyiv.'
    )
    (event,) = facts.events
    assert "positive shifts in the talks" in event.title
    assert '"' not in event.title and not event.title.endswith(".")


def test_a_bare_speech_event_is_titled_with_the_opening_of_what_was_said(extract):
    facts = extract(
        "Health Minister Lena Holm visited the ward on Tuesday.",
        '"We have ordered twenty new ventilators and they will arrive within the week," '
        "Holm said on Wednesday.",
    )
    titles = [e.title for e in facts.events if e.date.day == 9]
    assert titles and titles[0].startswith('Lena Holm said: "We have ordered twenty new')


def test_an_event_in_a_where_clause_is_titled_without_the_relative_word(extract):
    facts = extract(
        "Police questioned the owner of a warehouse where a blaze killed six guards on Tuesday."
    )
    titles = [e.title for e in facts.events]
    assert titles and not titles[0].lower().startswith("where")
