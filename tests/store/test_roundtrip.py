"""Content → YAML → Content is the identity, for any text an article could hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.records import content as c
from briefgen.store import planned_files, read_content

# Any printable text, including YAML's own syntax, quotes, unicode and leading spaces.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))


@st.composite
def contents(draw: st.DrawFn) -> c.Content:
    paras = tuple(c.ParagraphEntry(f"p{i}", draw(TEXT), draw(st.booleans())) for i in range(1, 4))
    source = c.SourceEntry(
        id="s1",
        file="seeds/s1.txt",
        sha256="0" * 64,
        title=draw(st.none() | TEXT),
        outlet=draw(st.none() | TEXT),
        url=None,
        published=draw(st.none() | DATES),
        published_basis="text",
        duplicate_of=None,
        paragraphs=paras,
        published_certainty="likely",
    )
    ref = c.Ref("s1", "p2")
    actor = c.ActorEntry("a-b", draw(TEXT), "person", (draw(TEXT),), (draw(TEXT),), (ref,))
    quote = c.QuoteEntry("q-1", draw(TEXT), "direct", "a-b", draw(st.none() | DATES), (ref,))
    figure = c.CasualtyEntry(
        "c-1",
        "killed",
        draw(st.integers(0, 10**9)),
        "about",
        draw(st.none() | TEXT),
        draw(st.none() | TEXT),
        draw(st.none() | DATES),
        ("a-b", "local officials"),
        None,
        (ref,),
        draw(st.none() | DATES),
        draw(st.sampled_from(c.SCOPES)),
        draw(st.sampled_from((None, *c.COUNTERS))),
    )
    event = c.EventEntry(
        "e-1",
        draw(DATES),
        draw(TEXT),
        "day",
        draw(st.none() | TEXT),
        None,
        ("a-b",),
        ("q-1",),
        ("c-1",),
        (ref,),
    )
    briefing = c.BriefingEntry(
        draw(TEXT),
        (c.SummaryPoint(draw(TEXT), (ref,)),),
        (c.Dispute(draw(TEXT), (c.DisputeSide(draw(TEXT), "a-b", (ref,)),)),),
        # A background figure is never a key figure (briefgen check says so).
        ("c-1",) if figure.scope == "story" and draw(st.booleans()) else (),
    )
    return c.Content(briefing, (source,), (actor,), (quote,), (figure,), (event,))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=contents())
def test_yaml_round_trip_is_exact(tmp_path: Path, content: c.Content) -> None:
    project = tmp_path / "p"
    import shutil

    shutil.rmtree(project, ignore_errors=True)
    config = Config(project=project)
    for rel, data in planned_files(content, config).items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_bytes(data)
    result = read_content(config)
    assert result.errors == ()
    assert result.content == content
    # And writing what was read gives the same bytes: a fixed style.
    again = planned_files(result.content, config)
    assert all((project / rel).read_bytes() == data for rel, data in again.items())


# Line breaks of every kind (NEL, U+2028, U+2029, CR), tabs and controls too: the text of a
# web page can hold any of them, and none may change on the way through content/.
EVERY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=30,
) | st.text(alphabet="ab \n\r\x85\u2028\u2029'\"#:-\t", min_size=1, max_size=20)


@settings(max_examples=500, deadline=None)
@given(EVERY_TEXT)
def test_any_string_comes_back_from_yaml_unchanged(text: str) -> None:
    from briefgen.yamlfile import FlowMap, dump_yaml, parse_yaml

    doc = [{"text": text, "refs": [FlowMap(source=text, para="p1")]}]
    assert parse_yaml(dump_yaml(doc), "content/x.yaml").data == doc
