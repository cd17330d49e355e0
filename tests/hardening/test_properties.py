"""Properties (hypothesis): random bytes and text never crash ingest with anything but a
SourceError; random text survives the YAML round trip exactly; an editor's random edit
of a field survives every rebuild."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from hardening_counts import tried
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest import ingest_source
from briefgen.records import content as c
from briefgen.store import read_content, store_content
from briefgen.store.encode import encode_content

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WIDE = settings(FAST, max_examples=120)
D = dt.date(2022, 3, 10)

SENTENCES = st.sampled_from(
    [
        "The ministers met in Antalya on Thursday, officials said.",
        '"We made no progress," the minister told reporters.',
        "At least 12 people were killed in the shelling, the mayor said.",
        "<p>Talks resumed on Friday.</p>",
        "<script>alert(1)</script>",
        "<div><div><div>",
        "---\ntitle: x\n---",
        "",
    ]
)
NOISE = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=0, max_size=200)
ARTICLES = st.lists(st.one_of(SENTENCES, NOISE), min_size=0, max_size=12).map("\n\n".join)


def _project(tmp_path: Path) -> Config:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return Config(project=tmp_path)


def _ingest(config: Config, name: str, data: bytes) -> None:
    path = config.seeds / name
    path.write_bytes(data)
    try:
        source = ingest_source(path, config)
    except SourceError as exc:
        assert exc.path is not None and name in exc.path
        return
    assert source.paragraphs, "a source without text must be refused"
    for para in source.paragraphs:
        assert para.text == para.text.strip() and para.text
        assert not any(ord(ch) < 32 and ch not in "\t" for ch in para.text), para.text


@WIDE
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".html", ".md"]))
@example(data=b"\xef\xbb\xbf", suffix=".txt")
@example(data=b"\xff\xfe\x00", suffix=".txt")
@example(data=b"<html" * 500, suffix=".html")
def test_random_bytes_are_a_source_or_a_source_error(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    _ingest(_project(tmp_path), f"random{suffix}", data)
    tried("property examples")


@WIDE
@given(
    text=ARTICLES,
    suffix=st.sampled_from([".txt", ".html"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252"]),
)
def test_random_article_text_is_a_source_or_a_source_error(
    tmp_path: Path, text: str, suffix: str, encoding: str
) -> None:
    if suffix == ".html":
        text = f"<html><body><article>{text}</article></body></html>"
    _ingest(_project(tmp_path), f"article{suffix}", text.encode(encoding, errors="replace"))
    tried("property examples")


# Text an editor may type into any field: anything printable, quotes, markup, YAML syntax.
FIELD_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"])
    | st.sampled_from("\t'\":#&*!|>-{}[]%@`"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


def _source(texts: list[str]) -> c.SourceEntry:
    return c.SourceEntry(
        id="s1",
        file="seeds/s1.txt",
        sha256="0" * 64,
        title=texts[0],
        outlet=texts[-1],
        url=None,
        published=D,
        published_basis="text",
        duplicate_of=None,
        paragraphs=tuple(c.ParagraphEntry(f"p{i}", t) for i, t in enumerate(texts, 1)),
        published_certainty="likely",
    )


def _content(texts: list[str]) -> c.Content:
    ref = (c.Ref("s1", "p1"),)
    actors = tuple(
        c.ActorEntry(f"actor-{i}", t, "person", (t,), (), ref) for i, t in enumerate(texts)
    )
    quotes = tuple(
        c.QuoteEntry(f"q-{i}", t, "direct", f"actor-{i}", D, ref) for i, t in enumerate(texts)
    )
    casualties = (c.CasualtyEntry("c-a-b", "killed", 3, "at_least", texts[0], texts[-1], D),)
    events = (
        c.EventEntry("e-a-b", D, texts[0], summary=texts[-1], place=texts[0], actors=("actor-0",)),
    )
    briefing = c.BriefingEntry(texts[0], (c.SummaryPoint(texts[-1], ref),))
    return c.Content(briefing, (_source(texts),), actors, quotes, casualties, events)


@FAST
@given(texts=st.lists(FIELD_TEXT, min_size=1, max_size=6))
@example(texts=["line\u2028sep \x85 nel \u2029 para", "  lead and trail  "])
@example(texts=["null", "~", "yes", "2022-03-10", "1e3", "- item", "? key", "'"])
def test_any_text_survives_the_yaml_round_trip_exactly(tmp_path: Path, texts: list[str]) -> None:
    shutil.rmtree(tmp_path / "content", ignore_errors=True)
    content = _content(texts)
    for rel, text in encode_content(content).items():
        path = tmp_path / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = read_content(Config(project=tmp_path))
    assert result.errors == (), [e.render() for e in result.errors]
    assert result.content == content
    tried("property examples")


# An editor's edit: (file, entry id or None for the briefing, field, is a list field).
EDITS = [
    ("quotes.yaml", "q-0", "text"),
    ("actors.yaml", "actor-0", "name"),
    ("actors.yaml", "actor-0", "roles"),
    ("events.yaml", "e-a-b", "title"),
    ("events.yaml", "e-a-b", "summary"),
    ("casualties.yaml", "c-a-b", "place"),
    ("briefing.yaml", None, "title"),
]


def _edit(project: Path, name: str, ident: str | None, field: str, value: str) -> Any:
    path = project / "content" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = data if ident is None else next(e for e in data if e["id"] == ident)
    entry[field] = [value] if field == "roles" else value
    # The editor's own YAML style (pyyaml defaults), not briefgen's.
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return entry[field]


def _value(project: Path, name: str, ident: str | None, field: str) -> Any:
    data = yaml.safe_load((project / "content" / name).read_text(encoding="utf-8"))
    entry = data if ident is None else next(e for e in data if e["id"] == ident)
    return entry[field]


@FAST
@given(
    edit=st.sampled_from(EDITS),
    value=FIELD_TEXT,
    next_texts=st.lists(FIELD_TEXT, min_size=2, max_size=2),
    changed_source=st.booleans(),
)
def test_an_editors_random_edit_survives_every_rebuild(
    tmp_path: Path,
    edit: tuple[str, str | None, str],
    value: str,
    next_texts: list[str],
    changed_source: bool,
) -> None:
    shutil.rmtree(tmp_path / "p", ignore_errors=True)
    config = Config(project=tmp_path / "p")
    (config.project / "seeds").mkdir(parents=True)
    first = _content(["The first text", "The second text"])
    store_content(first, config)
    name, ident, field = edit
    written = _edit(config.project, name, ident, field, value)
    # briefgen proposes something else for every field (and maybe changes the source).
    later = _content(next_texts)
    if not changed_source:
        later = replace(later, sources=first.sources)
    for _ in range(2):
        result = store_content(later, config)
        now = _value(config.project, name, ident, field)
        if field == "roles":
            # Lists merge by item: the editor's items stay, the one removed stays
            # removed, and what briefgen newly finds is added.
            assert set(written) <= set(now) and "The first text" not in now, now
        else:
            assert now == written, result.warnings
    assert read_content(config).errors == ()
    tried("property examples")
