"""The cross-source step: near-duplicates and dates through a shared story."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.ingest import settle_corpus
from briefgen.ingest.corpus import (
    SharedWords,
    date_through_shared_story,
    dated_mentions,
    hashed_shingles,
    remembered_dating,
    remembered_shingles,
    shingles,
)
from briefgen.records.source import Paragraph, Source
from briefgen.runtime.parallel import code_fingerprint
from briefgen.runtime.pickle_files import read_pickle, write_pickle
from briefgen.runtime.source_memo import memo_path, source_digest

WIRE = [
    "Rescue teams pulled three survivors from the rubble of a collapsed apartment block "
    "in the port city on Tuesday, the regional governor said.",
    "At least 11 people were killed when the nine-storey building came down shortly after "
    "midnight, officials said, and dozens more were feared trapped.",
    "Engineers said a gas explosion on the ground floor was the most likely cause, but "
    "prosecutors opened a criminal inquiry into the building's owners.",
]


def source(sid: str, paragraphs: list[str], published: dt.date | None = None) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256=sid,
        title=None,
        outlet=None,
        url=None,
        published=published,
        published_basis="text" if published else "unknown",
        published_certainty="certain" if published else "none",
        paragraphs=tuple(Paragraph(f"p{i}", t) for i, t in enumerate(paragraphs, 1)),
    )


def test_the_same_wire_story_is_marked_as_a_duplicate(tmp_path) -> None:
    original = source("a", WIRE, dt.date(2023, 2, 7))
    copy = source("b", ["Editor's note: updated with the toll."] + WIRE[:2] + [WIRE[2].upper()])
    other = source("c", ["Parliament passed the budget on Tuesday after a long night of votes."])
    settled = {s.id: s for s in settle_corpus((copy, other, original), Config(project=tmp_path))}
    assert settled["b"].duplicate_of == "a"
    assert settled["a"].duplicate_of is None and settled["c"].duplicate_of is None


def test_sources_that_only_share_a_quote_are_not_duplicates(tmp_path) -> None:
    a = source(
        "a", [WIRE[0], "The mayor visited the site and promised new inspections of old blocks."]
    )
    b = source(
        "b",
        [
            WIRE[0],
            "Opposition parties blamed the city for years of neglect and lax rules.",
            "Residents of nearby streets were moved to a school for the night as a precaution.",
        ],
    )
    settled = settle_corpus((a, b), Config(project=tmp_path))
    assert all(s.duplicate_of is None for s in settled)


def test_undated_source_is_dated_through_the_story_it_shares(tmp_path) -> None:
    # Published Thursday 2023-02-09; the collapse happened "on Tuesday" (the 7th).
    dated = source(
        "a",
        [
            "Rescue teams pulled three survivors from the rubble of a collapsed apartment "
            "block in the port city on Tuesday, the regional governor said.",
            "On Thursday, the city council met in an emergency session.",
        ],
        dt.date(2023, 2, 9),
    )
    undated = source(
        "b",
        [
            "The regional governor said on Tuesday that rescue teams had pulled three "
            "survivors from the rubble of the collapsed apartment block in the port city.",
            "On Wednesday, prosecutors opened an inquiry.",
            "Officials said on Wednesday that the toll had risen.",
        ],
    )
    config = Config(project=tmp_path)
    settled = {s.id: s for s in settle_corpus((dated, undated), config)}
    b = settled["b"]
    assert b.published == dt.date(2023, 2, 8)  # the Tuesday's story, told on Wednesday
    assert (b.published_basis, b.published_certainty) == ("corpus", "guess")
    assert settled["a"].published == dt.date(2023, 2, 9)
    # The mentions were kept (one memo entry per source), and read back they date the
    # same; without them, the same.
    path = memo_path(config, "dated-mentions")
    code, kept = read_pickle(path)
    assert code == code_fingerprint("ingest", "records")
    assert kept == {source_digest(x): dated_mentions(x) for x in (dated, undated)}
    again = remembered_dating((dated, undated), config)
    assert again == date_through_shared_story((dated, undated))
    assert {s.id: s for s in again}["b"] == b


def test_undated_source_with_nothing_in_common_stays_undated(tmp_path) -> None:
    dated = source("a", [WIRE[0]], dt.date(2023, 2, 7))
    undated = source("b", ["Voters in the north went to the polls on Tuesday in a snap election."])
    settled = {s.id: s for s in settle_corpus((dated, undated), Config(project=tmp_path))}
    assert settled["b"].published is None and settled["b"].published_basis == "unknown"


def test_settling_is_cached_by_the_sources_and_redone_when_one_changes(tmp_path) -> None:
    from briefgen.build import ingest_all
    from briefgen.runtime.progress import Reporter

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "\n\n".join(WIRE * 4) + "\n"
    (seeds / "a.txt").write_text("Published on 7 February 2023.\n\n" + text, encoding="utf-8")
    (seeds / "b.txt").write_text("Editor's note: updated.\n\n" + text, encoding="utf-8")
    config = Config(project=tmp_path)
    first = {s.file: s.duplicate_of for s in ingest_all(config, Reporter(verbosity=0))}
    assert list(first.values()).count(None) == 1  # one is the other's copy
    again = {s.file: s.duplicate_of for s in ingest_all(config, Reporter(verbosity=0))}
    assert again == first
    (seeds / "b.txt").write_text(
        "Parliament passed the budget on Tuesday after a long night of votes.\n", encoding="utf-8"
    )
    changed = {s.file: s.duplicate_of for s in ingest_all(config, Reporter(verbosity=0))}
    assert list(changed.values()) == [None, None]


def test_the_stop_words_read_from_spacys_file_are_spacys() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from briefgen.ingest.signals import stop_words

    assert stop_words() == frozenset(STOP_WORDS)


# Words that recur across the generated paragraphs, so that mentions share some of them.
_WORDS = str.split(
    "troops convoy border talks minister ceasefire shelling village bridge port refinery "
    "drone hospital governor column artillery"
)
_DAYS = str.split("Monday Tuesday Wednesday Thursday Friday")


@st.composite
def _mention_sources(draw: st.DrawFn) -> list[Source]:
    count = draw(st.integers(2, 8))
    out = []
    for k in range(count):
        paragraphs = []
        for _ in range(draw(st.integers(0, 3))):
            day = draw(st.sampled_from(_DAYS))
            words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=9))
            paragraphs.append(f"The {' '.join(words)} on {day}.")
        paragraphs = paragraphs or ["Nothing dated here."]
        out.append(source(f"s{k}", paragraphs))
    return out


@settings(max_examples=300, deadline=None)
@given(_mention_sources(), st.data())
def test_the_best_partner_is_the_one_trying_every_dated_source_picks(
    sources: list[Source], data: st.DataObject
) -> None:
    shared = SharedWords(sources)
    dated = data.draw(st.lists(st.booleans(), min_size=len(sources), max_size=len(sources)))
    surety = data.draw(st.lists(st.integers(0, 3), min_size=len(sources), max_size=len(sources)))
    for k in range(len(sources)):
        best: tuple[tuple[int, int], int] | None = None
        for o in range(len(sources)):
            day = shared.shared_day(k, o) if o != k and dated[o] else None
            if day is not None:
                rank = (day.shared_words, surety[o])
                if best is None or rank > best[0]:
                    best = (rank, o)
        found = shared.best_partner(k, dated.__getitem__, surety.__getitem__)
        assert found == (None if best is None else best[1])


def test_shingles_are_kept_for_the_next_build_and_redone_for_a_changed_source(
    tmp_path,
) -> None:
    config = Config(project=tmp_path)
    a, b = source("a", WIRE), source("b", WIRE[:2])
    first = remembered_shingles((a, b), config)
    assert first == {"a": hashed_shingles(a), "b": hashed_shingles(b)}
    assert first["b"] < first["a"] and len(first["a"]) > 40
    # Read back, not cut again: a value planted in the memo under this code is returned.
    path = memo_path(config, "shingles")
    code, values = read_pickle(path)
    assert code == code_fingerprint("ingest", "records")
    values[source_digest(a)] = frozenset({1, 2, 3})
    write_pickle(path, (code, values))
    assert remembered_shingles((a, b), config)["a"] == frozenset({1, 2, 3})
    # A source whose paragraphs changed is cut again.
    changed = source("a", [*WIRE[:2], "Prosecutors charged the owners on Friday."])
    assert remembered_shingles((changed, b), config)["a"] == hashed_shingles(changed)


def test_hashed_shingles_count_what_word_runs_count() -> None:
    """The numbers stand for the runs of words one for one: the same shared counts."""
    texts = [WIRE, WIRE[:2], [WIRE[0], "The mayor visited the site."], [w.upper() for w in WIRE]]
    sources = [source(f"s{k}", t) for k, t in enumerate(texts)]
    for x in sources:
        assert len(hashed_shingles(x)) == len(shingles(x))
        for y in sources:
            assert len(hashed_shingles(x) & hashed_shingles(y)) == len(shingles(x) & shingles(y))
