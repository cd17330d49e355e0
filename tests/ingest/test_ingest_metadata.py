"""Dates and outlets inferred from the text of a page."""

from __future__ import annotations

import datetime as dt

from briefgen.ingest.dates import explicit_dates, infer_published, is_dateline
from briefgen.ingest.metadata import html_metadata
from briefgen.ingest.outlet import infer_outlet
from briefgen.ingest.textclean import clean_text


def test_explicit_dates_in_common_spellings() -> None:
    text = "on March 7, 2022, then 8 March 2022, and 2022-03-09; Sept. 3rd, 2021"
    assert explicit_dates(text) == [
        dt.date(2022, 3, 7),
        dt.date(2021, 9, 3),
        dt.date(2022, 3, 8),
        dt.date(2022, 3, 9),
    ]


def test_a_date_bounding_a_span_is_not_an_event_date() -> None:
    assert explicit_dates("Since July 1, 2024, we have disabled all ads.") == []
    assert explicit_dates("The offer runs until May 5, 2023.") == []


def test_weekday_agreeing_with_the_caption_date_is_certain() -> None:
    guess = infer_published(
        [], ["Leaders meet in Paris on June 2, 2023. (Photo by AFP)"], ["They met on Friday."]
    )
    assert (guess.published, guess.certainty) == (dt.date(2023, 6, 2), "certain")


def test_photo_date_plus_later_weekday_gives_the_next_such_day() -> None:
    # 2023-06-05 is a Monday; the story happens "on Thursday".
    guess = infer_published(
        [],
        ["Talks open on June 5, 2023. (Reuters)"],
        ["Talks ended on Thursday.", "On Thursday, …"],
    )
    assert (guess.published, guess.certainty) == (dt.date(2023, 6, 8), "likely")


def test_dateline_wins_and_no_evidence_gives_none() -> None:
    assert is_dateline("Published March 3, 2021 7:45 am")
    assert not is_dateline(
        "The treaty of March 3, 1918 ended the war on the eastern front for a while."
    )
    assert infer_published(["Updated: 4 May 2020"], [], ["on Friday"]).published == dt.date(
        2020, 5, 4
    )
    assert infer_published([], [], ["It rained on Friday."]).published is None


def test_appeal_date_does_not_date_the_article() -> None:
    page = (
        "Support our newsroom\n"
        "Since January 3, 2023, we have kept this site free. Your donation helps us.\n\n"
        "River levels fall as rain eases across the north\n\n"
        "River levels fell on Tuesday as the rain eased across the north, the weather "
        "service said, though several roads remained closed.\n"
    )
    from briefgen.ingest.metadata import text_metadata

    meta = text_metadata(clean_text(page))
    assert meta.published is None and meta.basis == "unknown"


def test_outlet_from_self_references_not_from_attributions() -> None:
    assert infer_outlet(["Roads were closed, Reuters reported."], ["Share this"]) is None
    assert (
        infer_outlet([], ["A message from The Daily Lantern:", "Dear reader,"])
        == "The Daily Lantern"
    )
    assert infer_outlet([], ["Visit Coast FM's website for more."]) == "Coast FM"
    assert infer_outlet([], ["© 2022 Metro Wire Media Group, Inc."]) == "Metro Wire"
    # The outlet's own newsletter outweighs a syndication credit.
    assert infer_outlet([], ["From The Globe Review", "Sign up for KTV Daily", "ktv logo"]) == "KTV"


def test_body_attribution_counts_when_the_furniture_echoes_it() -> None:
    body = ["The meeting ended early, Channel Nine News reported."]
    assert infer_outlet(body, ["Channel Nine Network Pty"]) == "Channel Nine News"
    assert infer_outlet(body, ["Spread the word"]) is None


def test_a_future_date_in_the_body_does_not_date_the_article() -> None:
    # Election day is mentioned; the caption date agrees with the story's "Tuesday".
    guess = infer_published(
        [],
        ["Voters queue in Lisbon on Tuesday, February 6, 2024. (AP Photo/Ana Brito)"],
        ["Parties began campaigning on Tuesday for the vote on March 10, 2024."],
    )
    assert (guess.published, guess.certainty) == (dt.date(2024, 2, 6), "certain")


def test_a_headline_in_other_words_than_the_story_is_still_the_title() -> None:
    page = (
        "Home / Opinion\n\n"
        "A long night in the shelter\n\n"
        "Sirens sounded across the capital shortly after midnight, and residents of the "
        "eastern districts spent six hours underground, officials said.\n"
    )
    assert clean_text(page).title == "A long night in the shelter"


def test_caption_date_outranks_background_dates_in_the_body() -> None:
    guess = infer_published(
        [],
        ["Soldiers train near Dnipro on January 10, 2023. (Reuters)"],
        ["Russia invaded Ukraine on February 24, 2022.", "The strike hit on Saturday."],
    )
    assert guess.published == dt.date(2023, 1, 14)  # the Saturday after the photo


def test_numeric_dates_in_us_and_day_first_order() -> None:
    assert explicit_dates("Updated: 3/13/2022 8:40 PM") == [dt.date(2022, 3, 13)]
    assert explicit_dates("Mis à jour le 25/12/2021") == [dt.date(2021, 12, 25)]
    assert is_dateline("Published: 3/13/2022 | Updated: 3/14/2022")


def test_caption_ending_in_a_bare_agency_credit_is_dropped() -> None:
    page = (
        "Kremlin rules out talks before spring\n\n"
        "Putin chairs a meeting with officials in Moscow. Moskva News Agency\n\n"
        "The Kremlin on Monday ruled out peace talks before the spring, a spokesman said.\n"
    )
    clean = clean_text(page)
    assert [u.text for u in clean.body] == [
        "The Kremlin on Monday ruled out peace talks before the spring, a spokesman said."
    ]


def test_a_dateline_with_an_update_gives_the_first_publication() -> None:
    line = "Published March 10, 2022 • Updated on March 11, 2022 at 9:02 am"
    assert infer_published([line], [], []).published == dt.date(2022, 3, 10)


def test_iso_timestamp_line_gives_its_date() -> None:
    assert explicit_dates("Last modified: 2023-05-03T10:20:00Z") == [dt.date(2023, 5, 3)]
    assert explicit_dates("ref 2023-05-031") == []


def test_html_outlet_from_the_title_suffix_or_the_footer_copyright() -> None:
    from briefgen.ingest.metadata import html_metadata

    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "An earthen dam above the village gave way early on Monday, sending a wall of "
            "water through three villages, emergency officials said.",
            "Engineers from the county said the structure had been inspected in January and "
            "showed no sign of weakness at the time.",
            "Two people were treated in hospital for hypothermia, officials said on Monday "
            "evening after the water began to fall.",
        )
    )
    suffixed = (
        "<html><head><title>Dam breach floods three villages - The Hill Gazette</title></head>"
        f"<body><h1>Dam breach floods three villages</h1>{body}</body></html>"
    )
    footed = (
        "<html><head><title>Dam breach floods three villages</title></head>"
        f"<body><h1>Dam breach floods three villages</h1>{body}"
        "<footer><p>Copyright 2024 The Hill Gazette | Terms | Privacy</p></footer></body></html>"
    )
    assert html_metadata(suffixed)[1].outlet == "The Hill Gazette"
    assert html_metadata(footed)[1].outlet == "The Hill Gazette"


def test_a_title_with_a_separator_that_is_the_headline_names_no_outlet() -> None:
    from briefgen.ingest.outlet import title_suffix

    headline = "Floods: what we know - and what we don't"
    assert title_suffix(headline, headline) is None


def test_a_bare_copyright_notice_names_no_outlet() -> None:
    for line in ("© 2025 All rights reserved.", "© Copyright 2024. All Rights Reserved"):
        assert infer_outlet([], [line]) is None


def test_an_acronym_in_the_dateline_is_known_by_the_full_name_in_the_footer() -> None:
    body = [
        "LAGOS, Nigeria (WBN) — Floods swept through the city overnight, killing at least "
        "nine people, emergency officials said on Wednesday."
    ]
    furniture = ["© 2024 West Broadcasting Network. All Rights Reserved."]
    assert infer_outlet(body, furniture) == "West Broadcasting Network"


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


STORY = (
    "Floods swept through low-lying parts of the city overnight, killing at least nine "
    "people and forcing hundreds from their homes, emergency officials said on Wednesday.",
    "Rescue teams used boats to reach families trapped on rooftops in the eastern "
    "districts, where the river burst its banks after three days of heavy rain.",
)


def test_the_outlet_is_the_masthead_not_a_social_footer() -> None:
    from briefgen.ingest.metadata import text_metadata

    page = _page(
        "Global News Network",
        "Floods kill nine as river bursts its banks",
        *STORY,
        "Follow GNN Africa on Instagram",
        "Share this story",
    )
    assert text_metadata(clean_text(page)).outlet == "Global News Network"


def test_an_acronym_in_the_dateline_is_known_by_the_masthead_full_name() -> None:
    from briefgen.ingest.metadata import text_metadata

    page = _page(
        "East Africa Wire",
        "Floods kill nine as river bursts its banks",
        f"KISUMU, Kenya (EAW) — {STORY[0]}",
        STORY[1],
        "Follow EAW Kenya on X",
    )
    assert text_metadata(clean_text(page)).outlet == "East Africa Wire"


def test_a_social_footer_alone_names_no_outlet() -> None:
    from briefgen.ingest.metadata import text_metadata

    page = _page(
        "Floods kill nine as river bursts its banks",
        *STORY,
        "Follow Jane Doe on Twitter @janedoe_news",
        "Follow GNN Africa on Instagram",
    )
    clean = clean_text(page)
    assert text_metadata(clean).outlet is None
    assert all("Follow" not in u.text for u in clean.body)


def test_a_reporter_in_the_dateline_is_not_the_outlet() -> None:
    body = [f"SPRINGFIELD (Jane Doe) -- {STORY[0]}"]
    assert infer_outlet(body, ["Follow Jane Doe on Twitter"]) is None
    assert infer_outlet([f"SPRINGFIELD (Reuters) -- {STORY[0]}"], []) == "Reuters"


def test_the_html_title_tag_names_the_outlet_before_a_social_footer() -> None:
    page = (
        "<html><head><title>Floods kill nine as river bursts its banks | The Lakeside "
        "Herald</title></head><body><article><h1>Floods kill nine as river bursts its "
        f"banks</h1><p>{STORY[0]}</p><p>{STORY[1]}</p><p>Follow GNN Africa on Instagram"
        "</p></article></body></html>"
    )
    assert html_metadata(page)[1].outlet == "The Lakeside Herald"
