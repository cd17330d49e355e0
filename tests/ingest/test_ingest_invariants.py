"""Properties every ingested source keeps, on the seeds, the test pages and made-up pages."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest import ingest_source
from briefgen.ingest.textclean import clean_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PAGES = Path(__file__).resolve().parent / "pages"


def folded(text: str) -> str:
    return " ".join(text.split())


def text_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(PAGES.glob("*.txt")) + sorted(PAGES.glob("*.md"))


def test_paragraphs_are_the_article_text_verbatim() -> None:
    # The scorer and the editors match sentences by substring: only whitespace may change.
    for path in text_files():
        source = ingest_source(path, Config(project=ROOT))
        raw = folded(path.read_text(encoding="utf-8"))
        for paragraph in source.paragraphs:
            assert paragraph.text in raw, (path.name, paragraph.id)


def test_ingest_is_deterministic_and_runs_in_other_processes() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    config = Config(project=ROOT)
    here = [ingest_source(p, config) for p in paths]
    with ProcessPoolExecutor(max_workers=2) as pool:
        there = list(pool.map(ingest_source, paths, [config] * len(paths)))
    assert here == there
    assert [s.dropped for s in here] == [s.dropped for s in there]


SENTENCE = st.from_regex(r"[A-Z][a-z]{2,9}( [a-z]{2,9}){6,20}\.", fullmatch=True)
LINE = st.one_of(SENTENCE, st.from_regex(r"[A-Z][a-z]{1,9}( [A-Za-z]{1,9}){0,4}", fullmatch=True))


@settings(max_examples=30, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=12), st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
def test_any_page_cleans_to_ordered_verbatim_paragraphs(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    clean = clean_text(text)
    body = [u.text for u in clean.body]
    raw = folded(text)
    assert all(b in raw for b in body)
    # Every line is judged once: kept, dropped or the title.
    assert len(clean.units) >= len(body) + len(clean.dropped)
    if clean.title is not None:
        assert clean.title in raw


def test_front_matter_gives_metadata(project: Config) -> None:
    path = project.seeds / "note.md"
    path.write_text(
        "---\ntitle: Port reopens after storm\npublisher: Bay Courier\ndate: 2021-11-02\n"
        "url: https://baycourier.example/port\n---\n\n"
        "The port reopened on Tuesday after a storm closed it for three days, officials said.\n"
    )
    s = ingest_source(path, project)
    assert (s.title, s.outlet, s.url) == (
        "Port reopens after storm",
        "Bay Courier",
        "https://baycourier.example/port",
    )
    assert (s.published, s.published_basis) == (dt.date(2021, 11, 2), "text")
    assert [p.text for p in s.paragraphs] == [
        "The port reopened on Tuesday after a storm closed it for three days, officials said."
    ]


def test_broken_front_matter_names_the_line(project: Config) -> None:
    path = project.seeds / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nText of the article goes here, officials said.\n")
    try:
        ingest_source(path, project)
    except SourceError as err:
        assert "seeds/bad.md:" in str(err) and "front matter" in str(err)
    else:  # pragma: no cover - the assertion explains the failure
        raise AssertionError("broken front matter was accepted")


def test_pull_quote_repeating_the_body_is_dropped() -> None:
    page = (
        "Council approves new tram line\n\n"
        "The city council approved a new tram line on Monday, ending a decade of debate "
        "over how to link the airport with the centre.\n\n"
        "“This is the best day for public transport in a generation”\n\n"
        "“This is the best day for public transport in a generation,” said transport "
        "councillor Ines Vidal after the vote.\n\n"
        "Construction is due to start next spring and take four years.\n"
    )
    body = [u.text for u in clean_text(page).body]
    assert len(body) == 3
    assert body[1].startswith("“This is the best day") and "said transport" in body[1]
