"""Pages written for the tests: other outlets' furniture than the seeds'."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records.source import Source


def body_of(source: Source) -> str:
    return " ".join(p.text for p in source.paragraphs)


CASES = {
    "riverside_floods": (
        [
            "More than 4,000 people were evacuated from low-lying districts on Tuesday",
            '"We have never seen the water rise this fast," said Mayor Ana Lopez',
            "Volunteers filled sandbags through the night",
        ],
        [
            "Advertisement",
            "Share this article",
            "Support The Riverside Herald",
            "depends on readers like you",
            "Related:",
            "Sign up",
            "Leave a comment",
            "©",
        ],
    ),
    "coastal_summit": (
        [
            "Ministers from five coastal countries agreed early on Monday",
            "Talks are due to resume in September on quotas for herring and mackerel.",
        ],
        [
            "Read more",
            "Story continues below",
            "Follow us",
            "Copyright",
            "Share on",
            "Recommended",
            "Photo: Lars Berg",
        ],
    ),
    "valley_cafes": (
        [
            "“We were not consulted, not once,” said Renée Dubois",
            "The owners’ association said it would take the case to the regional court",
        ],
        ["ADVERTISEMENT", "AP Photo", "Click here", "Tags:", "GmbH"],
    ),
    "harbour_strike": (
        [
            "Ferry services across the strait were cancelled on Wednesday",
            '"We want a deal as much as anyone," port director Maria Kovacs told reporters.',
            "Freight companies warned that supermarkets could see gaps on shelves",
        ],
        [
            "Home ›",
            "By Tom Reed",
            "Published March",
            "(Reuters/Jane Doe)",
            "Advertisement",
            "Related:",
            "Share this story",
            "WhatsApp",
            "inbox",
            "Sign up",
            "©",
            "About us",
        ],
    ),
    "hill_fire": (
        [
            "Firefighters battled a wildfire on Sunday that forced the evacuation of two villages",
            '"The next 24 hours are critical. If the wind drops, we can hold the line," fire chief',
        ],
        ["Shutterstock", "Maria Lind", "Share on", "donation", "Donate now", "Comments"],
    ),
}
HEADINGS = {
    "riverside_floods": ["Schools closed for the week"],
    "coastal_summit": ["Industry divided"],
    "harbour_strike": ["Talks planned for Friday"],
    "hill_fire": ["Water bombers called in"],
    "valley_cafes": [],
}
META = {
    # name: (title, outlet, published, basis)
    "riverside_floods": ("Floods force thousands from homes in river valley",
                         "The Riverside Herald", dt.date(2023, 4, 18), "html-meta"),
    "coastal_summit": ("Coastal nations agree fishing quota cut after marathon talks",
                       "Northern Ledger", dt.date(2021, 6, 14), "html-meta"),
    "valley_cafes": ("Café owners protest new terrace rules in old town",
                     "Valley Post", dt.date(2022, 9, 2), "html-meta"),
    "harbour_strike": ("Dock workers strike halts ferry traffic across the strait",
                       "The Harbour Gazette", dt.date(2021, 3, 3), "text"),
    # A photo dated Monday 12 August and a fire "on Sunday": the next Sunday.
    "hill_fire": ("Wildfire near Cedar Hill forces evacuation of two villages",
                  "Hillside Courier", dt.date(2024, 8, 18), "text"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_page_keeps_body_and_drops_furniture(page_sources: dict[str, Source], name: str) -> None:
    keep, drop = CASES[name]
    body = body_of(page_sources[name])
    for snippet in keep:
        assert snippet in body
    for snippet in drop:
        assert snippet not in body


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_page_subheadings(page_sources: dict[str, Source], name: str) -> None:
    assert [p.text for p in page_sources[name].paragraphs if p.heading] == HEADINGS[name]


@pytest.mark.parametrize("name", sorted(META))
def test_page_metadata(page_sources: dict[str, Source], name: str) -> None:
    s = page_sources[name]
    assert (s.title, s.outlet, s.published, s.published_basis) == META[name]


def test_html_page_metadata_carries_url_and_author(page_sources: dict[str, Source]) -> None:
    s = page_sources["riverside_floods"]
    assert s.url == "https://riversideherald.example/news/2023/04/18/floods-valley"
    assert s.author == "Jane Miller"


def test_hard_wrapped_markdown_paragraphs_are_rejoined(page_sources: dict[str, Source]) -> None:
    first = page_sources["hill_fire"].paragraphs[0].text
    assert first.endswith("the county fire service said.")
    assert "\n" not in first


# Pasted pages in the house styles of other sites (labels, bylines, wire datelines).
PASTED = {
    # name: (keep, drop, title, outlet)
    "pipe_crumbs_agencies": (
        ["Talks between Ukraine and Russia will resume on Monday"],
        ["News|", "[Marcus Yam", "Published On", "13 Mar 2022", "Source: News Agencies"],
        "Ukraine says talks with Russia to resume on Monday",
        None,
    ),
    "live_updates_byline": (
        ["The Yavoriv base lies about 12 miles from the border with Poland, a NATO member."],
        ["Live Updates", "By Jane Smith", "Updated 10:41", "Source: CNN", "contributed reporting",
         "Jane Smith is", "@janesmith"],
        "Russian strike hits base near Polish border",
        "CNN",
    ),
    "explainer_topics": (
        ["The US journalist Brent Renaud was shot dead in Irpin on Sunday, police said."],
        ["Photograph:", "Sign up for First Edition", "Explore more", "Reuse this content"],
        "Russia-Ukraine war: what we know on day 18 of the Russian invasion",
        None,
    ),
    "wire_dateline": (
        ["KYIV/LVIV, Ukraine, March 13 (Reuters) - Russian missiles struck a Ukrainian"],
        ["Reporting by", "Editing by", "Our Standards"],
        "Russian strike on Ukraine base near Polish border kills 35",
        "Reuters",
    ),
    "wire_underscores": (
        ["LVIV, Ukraine (AP) — Russia expanded its offensive in Ukraine on Sunday"],
        ["By JOHN DOE", "___", "contributed to this report", "https://", "Copyright",
         "redistributed"],
        "Russia strikes base near Poland as talks set to resume",
        # "(AP)" in the dateline, "Copyright 2022 The Associated Press" below: the full name.
        "The Associated Press",
    ),
    "image_caption_labels": (
        ["More than 30 rockets were fired at the Yavoriv base, the regional governor said."],
        ["IMAGE SOURCE", "Image caption", "Firefighters at the base", "Smoke rises", "Copy link",
         "Related Topics", "More on this story", "Russia steps up attacks"],
        "Ukraine war: Deadly strike on base near Polish border",
        None,
    ),
    "wordpress_aggregator": (
        ["The Kremlin said on Thursday that talks on extending the Black Sea grain deal",
         "Ukraine and the United Nations have said the deal has allowed"],
        ["Home »", "Sergei Karpukhin / TASS", "By Anna Petrova", "Related Posts",
         "Grain prices fall", "Previous post", "Leave a Comment", "Save my name",
         "Notify me", "Δ"],
        "Kremlin says grain deal talks will continue next week",
        "Daily Globe Wire",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PASTED))
def test_pasted_page_in_another_house_style(page_sources: dict[str, Source], name: str) -> None:
    keep, drop, title, outlet = PASTED[name]
    source = page_sources[name]
    body = body_of(source)
    for snippet in keep:
        assert snippet in body
    for snippet in drop:
        assert snippet not in body
    assert (source.title, source.outlet) == (title, outlet)
    assert not any(p.heading for p in source.paragraphs)


def test_datelines_date_pasted_pages(page_sources: dict[str, Source]) -> None:
    for name in ("live_updates_byline", "wire_underscores", "image_caption_labels"):
        assert page_sources[name].published == dt.date(2022, 3, 13)
        assert page_sources[name].published_certainty == "certain"
    # A wire dateline without a year dates nothing by itself.
    assert page_sources["wire_dateline"].published is None


def test_html_without_date_metadata_is_dated_from_its_dateline(project) -> None:
    from briefgen.ingest import ingest_source

    path = project.seeds / "bridge.html"
    path.write_text(
        "<html><head><title>Bridge reopens</title></head><body>"
        "<h1>Bridge reopens after repairs</h1><p>Published March 3, 2021</p>"
        "<p>The old bridge reopened to traffic on Wednesday after eight months of repairs, "
        "the city said in a statement.</p>"
        "<p>Drivers had used a ferry during the works, which cost more than 12 million euros "
        "according to the city.</p><p>Share this</p></body></html>"
    )
    s = ingest_source(path, project)
    assert (s.published, s.published_basis) == (dt.date(2021, 3, 3), "text")
    assert s.title == "Bridge reopens after repairs"
    assert [p.id for p in s.paragraphs] == ["p1", "p2"]
    assert "Published March 3, 2021" in s.dropped and "Share this" in s.dropped


def test_reporting_with_we_and_support_words_is_not_an_appeal() -> None:
    from briefgen.ingest.textclean import clean_text

    page = (
        "Union members back strike at car plant\n\n"
        "Union members voted on Friday to support a strike at the car plant, the union said.\n\n"
        "When we reached the gates at dawn, dozens of members were already on the picket line, "
        "some carrying banners in support of the independent union.\n\n"
        "The company said the annual pay offer was fair.\n"
    )
    clean = clean_text(page)
    assert [u.kind for u in clean.units] == ["title", "body", "body", "body"]


def test_bullet_points_inside_the_article_are_kept() -> None:
    from briefgen.ingest.textclean import clean_text

    page = (
        "What we know about the dam failure\n\n"
        "The dam in the south of the country failed early on Tuesday, officials said.\n\n"
        "Here is what we know so far:\n\n"
        "• At least 3,000 people have been moved from villages downstream\n"
        "• The water level in the river rose by two metres in four hours\n\n"
        "Engineers said it was too early to say what caused the failure.\n\n"
        "Share\n"
    )
    clean = clean_text(page)
    body = [u.text for u in clean.body]
    assert "• At least 3,000 people have been moved from villages downstream" in body
    assert "• The water level in the river rose by two metres in four hours" in body
    assert "Here is what we know so far:" in body
    assert "Share" not in body


def test_headlines_under_a_read_more_label_are_links_not_subheadings() -> None:
    from briefgen.ingest.textclean import clean_text

    page = (
        "Central bank raises rates for third time\n\n"
        "The central bank raised its key rate by half a point on Friday, citing stubborn "
        "inflation in food and energy prices.\n\n"
        "Read more\n\n"
        "Rouble slides to a two-year low against the dollar\n\n"
        "Economists had expected a smaller increase, according to a poll of analysts.\n"
    )
    clean = clean_text(page)
    body = [u.text for u in clean.body]
    assert body == [
        "The central bank raised its key rate by half a point on Friday, citing stubborn "
        "inflation in food and energy prices.",
        "Economists had expected a smaller increase, according to a poll of analysts.",
    ]


def test_body_sentences_that_start_like_furniture_are_kept() -> None:
    from briefgen.ingest.textclean import clean_text

    risky = [
        "By Sunday, Russia had lost more than 300 tanks, Western officials said.",
        "Copyright holders have sued the company over the app.",
        "Share prices fell 5 percent on Monday.",
        "Comments by the minister drew sharp criticism from the opposition.",
        "Support for the war has fallen sharply, a new poll showed.",
        "Print and broadcast media were also targeted, the union said.",
        "Members of the committee voted 12 to 3 in favour of the report.",
        "Source material for the report came from leaked files, the newspaper said.",
        "Credit-card debt rose sharply in the third quarter.",
        "More-than-expected inflation worried investors, analysts said.",
        "Live-fire drills began on Monday near the border.",
        "Sen. Lindsey Graham (R) said on Sunday that the bill would pass next week.",
        "Advertising revenue fell - the company said it would cut 200 jobs.",
    ]
    page = "Ministers under pressure as poll slumps\n\n" + "\n\n".join(risky) + "\n"
    clean = clean_text(page)
    assert [u.text for u in clean.body] == risky


def test_subheading_naming_a_social_network_is_a_heading_not_a_share_prompt() -> None:
    from briefgen.ingest.textclean import clean_text

    page = (
        "Regulators fine tech giants over data rules\n\n"
        "European regulators fined three technology companies on Thursday for breaking "
        "data protection rules, the commission said.\n\n"
        "Facebook under fire\n\n"
        "The largest fine went to the owner of Facebook, which said it would appeal.\n\n"
        "Facebook\nTwitter\nEmail\n"
    )
    clean = clean_text(page)
    assert [u.text for u in clean.body if u.kind == "heading"] == ["Facebook under fire"]
    assert [u.text for u in clean.dropped] == ["Facebook", "Twitter", "Email"]


def test_short_sentence_dense_with_names_between_body_paragraphs_is_body() -> None:
    from briefgen.ingest.textclean import clean_text

    page = (
        "Port strike enters its second week\n\n"
        "Dock workers at the country's largest port stayed off the job for an eighth day on "
        "Monday, leaving hundreds of containers stranded on the quays.\n\n"
        "Transport Secretary Maria Olsen rejected the demands.\n\n"
        '"We cannot pay wages the port does not earn," she told reporters in the capital, '
        "adding that talks would resume on Thursday.\n\n"
        "Union Response\n\n"
        "The union said it would widen the strike to two smaller ports if talks failed.\n"
    )
    clean = clean_text(page)
    kinds = {u.text: u.kind for u in clean.units}
    assert kinds["Transport Secretary Maria Olsen rejected the demands."] == "body"
    assert kinds["Union Response"] == "heading"


def test_tag_lines_editor_notes_and_recommended_lists_are_dropped() -> None:
    from briefgen.ingest.textclean import clean_text

    body = [
        "Heavy snow closed the mountain pass for a third day on Sunday, stranding hundreds "
        "of lorries on both sides of the border.",
        "Road crews said they expected to reopen one lane by Monday evening if the wind "
        "dropped overnight.",
        "Correction officers at the border post were among those stranded, the union said.",
    ]
    page = (
        "Snow strands lorries at mountain pass\n\n"
        + "\n\n".join(body[:2])
        + "\n\nRecommended Stories\n\n"
        "Ferry services cancelled as storm nears\n\n"
        "Ski resorts count the cost of a short season\n\n"
        + body[2]
        + "\n\nTopics: Weather, Transport, Alps\n\n"
        "This article has been updated with the union's comments.\n\n"
        "Editor's note: An earlier version of this story gave the wrong name for the pass.\n"
    )
    clean = clean_text(page)
    assert [u.text for u in clean.body] == body


def test_captions_credited_as_photograph_or_file_photo_are_dropped() -> None:
    from briefgen.ingest.textclean import clean_text

    body = [
        "A landslide buried part of a mountain village on Sunday night after days of heavy "
        "rain, local officials said.",
        "Soldiers and volunteers dug through the mud with shovels throughout Monday.",
    ]
    page = (
        "Landslide buries mountain village\n\n"
        + body[0]
        + "\n\n▲ Volunteers carry sandbags near the village. Photograph: Ana Lima/Getty Images\n\n"
        "Regional governor Paulo Reis visits a shelter in the valley, January 9, 2021. "
        "AGENCY/Marta Ruiz/File Photo\n\n" + body[1] + "\n"
    )
    clean = clean_text(page)
    assert [u.text for u in clean.body] == body


def test_a_file_photo_date_does_not_date_the_article() -> None:
    from briefgen.ingest.dates import infer_published

    guess = infer_published(
        [],
        ["The minister at a summit in Brussels, March 2, 2021. REUTERS/Jo Bloggs/File Photo"],
        ["The minister resigned on Tuesday, her office said."],
    )
    assert guess.published is None
