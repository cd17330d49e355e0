"""Key points on a hand-written story: ranking, citations, redundancy, order, filters."""

from __future__ import annotations

import datetime as dt

from briefgen.config import Config
from briefgen.records.content import Content
from briefgen.records.source import Source
from briefgen.summarize import summarize
from briefgen.summarize.corpus import Corpus
from briefgen.summarize.keypoints import rank_sentences, resolve_date, select, warm_corroboration

from .conftest import FRIDAY, THURSDAY, WEDNESDAY


def _texts(sources: tuple[Source, ...]) -> list[str]:
    return [" ".join(p.text.split()) for s in sources for p in s.paragraphs]


def test_resolve_date_reads_weekdays_and_month_days() -> None:
    assert resolve_date("Burhan said on Thursday that talks went well.", FRIDAY) == THURSDAY
    assert resolve_date("Shells hit the market on Friday.", FRIDAY) == FRIDAY
    assert resolve_date("The fighting began on April 15 in the capital.", FRIDAY) == dt.date(
        2023, 4, 15
    )
    assert resolve_date("Fighting began on December 30.", FRIDAY) == dt.date(2022, 12, 30)
    assert resolve_date("No date here at all.", FRIDAY) is None


def test_a_corroborated_statement_outranks_a_single_source_one(
    story_sources: tuple[Source, ...], story_content: Content
) -> None:
    corpus = Corpus.build(story_sources)
    ranked = rank_sentences(corpus, story_content)
    text = {r.index: corpus.sentences[r.index].text for r in ranked}
    burhan = next(r for r in ranked if text[r.index].startswith("Sudan's army chief"))
    single = next(r for r in ranked if text[r.index].startswith("Saudi Arabia"))
    assert burhan.score > single.score


def test_near_duplicate_sources_count_once(
    story_sources: tuple[Source, ...], story_content: Content
) -> None:
    corpus = Corpus.build(story_sources)
    ranked = rank_sentences(corpus, story_content)
    market = next(
        r for r in ranked if corpus.sentences[r.index].text.startswith("At least 12 people")
    )
    supporters = {corpus.sentences[i].source for i in corpus.supporters(market.index)}
    assert "c1" in supporters  # the copy still adds its reference …
    assert corpus.corroboration(market.index) == 2  # … but b1 and its copy c1 are one voice


def test_mmr_never_picks_two_paraphrases(
    story_sources: tuple[Source, ...], story_content: Content
) -> None:
    corpus = Corpus.build(story_sources)
    chosen = select(corpus, rank_sentences(corpus, story_content), 10)
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            assert not corpus.paraphrase(a.index, b.index)
    texts = [corpus.sentences[r.index].text for r in chosen]
    assert sum("real progress" in t and "said" in t and "Burhan" in t for t in texts) <= 2
    assert sum(t.startswith(("Shelling hit", "At least 12")) for t in texts) == 1


def test_summary_points_are_verbatim_cited_ordered_and_clean(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    content = summarize(story_content, story_sources, config)
    points = content.briefing.summary
    assert 5 <= len(points) <= 10
    paragraphs = _texts(story_sources)
    for p in points:
        assert p.sources, p.text
        assert any(p.text in para for para in paragraphs), p.text
        assert "should" not in p.text and "newsletter" not in p.text
        assert not p.text.startswith("We ")
    progress = next(p for p in points if "progress" in p.text and "Burhan" in p.text)
    assert {r.source for r in progress.sources} >= {"a1", "b1", "c1"}
    market = next(i for i, p in enumerate(points) if "market" in p.text)
    talks = next(i for i, p in enumerate(points) if p is progress)
    assert market < talks  # Wednesday's strike is told before Thursday's claim


def test_event_summaries_come_from_the_event_paragraphs(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    content = summarize(story_content, story_sources, config)
    by_title = {e.title: e for e in content.events}
    market = by_title["Shelling of the Omdurman market"]
    assert market.date == WEDNESDAY
    assert market.summary is not None and "Omdurman" in market.summary
    paragraphs = {(r.source, r.para) for r in market.sources}
    texts = {
        " ".join(p.text.split())
        for s in story_sources
        for p in s.paragraphs
        if (s.id, p.id) in paragraphs
    }
    assert any(market.summary.split('." ')[0].rstrip(".") in t for t in texts)


def test_summarize_is_deterministic(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    one = summarize(story_content, story_sources, config)
    two = summarize(story_content, tuple(reversed(story_sources)), config)
    assert one == two


def test_a_point_cites_no_source_that_gives_another_figure_or_denies_it(
    story_sources: tuple[Source, ...], story_content: Content, config: Config
) -> None:
    content = summarize(story_content, story_sources, config)
    for p in content.briefing.summary:
        if p.text.startswith(("Shelling hit", "Sudan's army chief")):
            assert "d1" not in {r.source for r in p.sources}, p.text


def test_paraphrase_needs_the_same_figures_and_the_same_polarity() -> None:
    from briefgen.summarize.corpus import compatible_figures, negated

    assert compatible_figures("At least 12 people were killed.", "Twelve died, 12 in all.")
    assert not compatible_figures("12 people were killed.", "The strike killed 15 people.")
    # an update repeats the old figure beside the new one: it does not say the same thing
    assert not compatible_figures(
        "The toll rose to 21 on Tuesday, while 17 people were still missing.",
        "The toll has risen to 26, up from 21 reported on Tuesday.",
    )
    assert compatible_figures("Officials say the collapse killed 21.", "It rose to 21; 17 missing.")
    assert compatible_figures("Three people were killed.", "The strike killed 3 people.")
    from briefgen.summarize.corpus import replaced_figures

    assert replaced_figures("The toll rose to 14, up from nine reported on Sunday.") == {"9"}
    assert replaced_figures("The toll rose from an earlier toll of 8 to 12.") == {"8"}
    assert replaced_figures("Prices rose 5 percent from last year.") == set()
    assert compatible_figures("Officials said people were killed.", "It killed 15 people.")
    assert negated("There had been no progress in the talks.")
    assert negated("He doesn\u2019t see progress.")
    assert not negated("There had been real progress in the talks.")


def test_a_short_story_is_topped_up_with_sentences_that_lean_on_the_one_before(
    config: Config,
) -> None:
    from briefgen.merge import merge_facts

    from .conftest import make_source

    texts = [
        "Floodwaters forced 3,000 residents of the river town of Kelso to leave their homes "
        "on Monday, the regional governor said.",
        "He said the dam upstream had been damaged by days of heavy rain and could fail.",
        "Rescue teams used boats to reach families trapped on rooftops in the lower districts "
        "of the town.",
        "They evacuated more than 200 people before nightfall, the fire service said later.",
        "The national weather office forecast more heavy rain across the region for Tuesday "
        "and Wednesday.",
        "It warned that rivers in three provinces could burst their banks within days.",
    ]
    sources = (make_source("f1", texts),)
    content = summarize(merge_facts(sources, (), config), sources, config)
    points = [p.text for p in content.briefing.summary]
    assert len(points) == 5
    assert {texts[0], texts[2], texts[4]} <= set(points)


def test_the_latest_toll_outranks_the_one_it_updates(config: Config) -> None:
    import dataclasses

    from briefgen.merge import merge_facts

    from .conftest import make_source

    older = (
        "The number of people killed when the Karvel dam collapsed in the north rose to 21 "
        "on Tuesday, the emergencies ministry said."
    )
    newer = (
        "The death toll from the collapse of the Karvel dam in the north has risen to 26, "
        "the emergencies ministry said on Thursday, up from 21 reported on Tuesday."
    )
    sources = (
        dataclasses.replace(make_source("u1", [older]), published=WEDNESDAY - dt.timedelta(1)),
        dataclasses.replace(make_source("u2", [newer]), published=FRIDAY - dt.timedelta(1)),
        make_source(
            "u3",
            [
                "Aid agencies sent drinking water and tents to the villages of the valley.",
                "The national weather service warned of more heavy rain in the mountains.",
                "Schools in the regional capital were opened as shelters for families.",
            ],
        ),
    )

    def margin(srcs: tuple[Source, ...]) -> float:
        corpus = Corpus.build(srcs)
        score = {
            corpus.sentences[r.index].source: r.score
            for r in rank_sentences(corpus, merge_facts(srcs, (), config))
        }
        return score["u2"] - score["u1"]

    swapped = (
        tuple(
            dataclasses.replace(s, published=o.published)
            for s, o in zip(sources[:2], reversed(sources[:2]), strict=True)
        )
        + sources[2:]
    )
    assert margin(sources) > 0
    # published the other way round, the figure of 26 updates nothing
    assert margin(sources) - margin(swapped) >= 0.5


def test_an_older_report_of_the_same_search_counts_for_less(config: Config) -> None:
    import dataclasses

    from briefgen.merge import merge_facts

    from .conftest import make_source

    older = (
        "The ministry said rescuers working through the night had recovered seven more bodies "
        "from the thick mud and debris in the village of Jany-Jol and the neighbouring hamlet "
        "of Kara-Bulak, where most houses were destroyed."
    )
    newer = (
        "Rescuers found five more bodies on Wednesday and Thursday in the riverbed below "
        "Jany-Jol, about 12 kilometres downstream of the broken dam, the ministry said."
    )
    filler = make_source(
        "v3",
        [
            "Aid agencies sent drinking water and tents to the villages of the valley.",
            "The national weather service warned of more heavy rain in the mountains.",
            "Schools in the regional capital were opened as shelters for families.",
        ],
    )

    def score_of_older(first: dt.date, second: dt.date) -> float:
        srcs = (
            dataclasses.replace(make_source("v1", [older]), published=first),
            dataclasses.replace(make_source("v2", [newer]), published=second),
            filler,
        )
        corpus = Corpus.build(srcs)
        ranked = rank_sentences(corpus, merge_facts(srcs, (), config))
        return next(r.score for r in ranked if corpus.sentences[r.index].source == "v1")

    assert score_of_older(WEDNESDAY, FRIDAY) < score_of_older(FRIDAY, WEDNESDAY) - 0.4


def test_paraphrases_found_ahead_change_no_rank(
    story_content: Content, story_sources: tuple[Source, ...]
) -> None:
    fresh = rank_sentences(Corpus.build(story_sources), story_content)
    warmed = Corpus.build(story_sources)
    steps = sum(1 for _ in warm_corroboration(warmed))
    assert steps > 0
    assert rank_sentences(warmed, story_content) == fresh
    # Half-way (a build stops warming when the merge is done) changes nothing either.
    half = Corpus.build(story_sources)
    for _, _ in zip(range(steps // 2), warm_corroboration(half), strict=False):
        pass
    assert rank_sentences(half, story_content) == fresh
