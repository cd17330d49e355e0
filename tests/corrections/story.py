"""A small hand-made briefing (two sources, a few actors, quotes, figures, events) and a
project folder in which the tests play briefgen (store_content) and the editor (YAML edits).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from briefgen.config import Config
from briefgen.records import content as c
from briefgen.store import StoreResult, read_content, store_content

D = dt.date(2022, 3, 11)


def ref(source: str, para: str) -> c.Ref:
    return c.Ref(source, para)


def source(ident: str, *texts: str, title: str = "Talks go on") -> c.SourceEntry:
    return c.SourceEntry(
        id=ident,
        file=f"seeds/{ident}.txt",
        sha256="0" * 64,
        title=title,
        outlet=None,
        url=None,
        published=D,
        published_basis="text",
        duplicate_of=None,
        paragraphs=tuple(c.ParagraphEntry(f"p{i}", t) for i, t in enumerate(texts, 1)),
        published_certainty="likely",
    )


S1 = source(
    "s1",
    "Russian President Vladimir Putin said there were positive shifts.",
    '"There are certain positive shifts," Putin said.',
    "Ukrainian Foreign Minister Dmytro Kuleba said no progress was made.",
    "At least four servicemen were killed in Lutsk, mayor Igor Polishchuk said.",
)
S2 = source(
    "s2",
    "President Volodymyr Zelenskyy said Ukraine would not surrender.",
    '"We will not give up," Zelensky said in a video address.',
    "Two people were injured in Kharkiv, officials said.",
    title="Zelenskyy defiant",
)


def proposal() -> c.Content:
    """What briefgen 'finds' in S1 and S2: the theirs side of every merge."""
    actors = (
        c.ActorEntry(
            "vladimir-putin",
            "Vladimir Putin",
            "person",
            ("Russian President",),
            ("Putin",),
            (ref("s1", "p1"), ref("s1", "p2")),
        ),
        c.ActorEntry(
            "dmytro-kuleba",
            "Dmytro Kuleba",
            "person",
            ("Foreign Minister",),
            (),
            (ref("s1", "p3"),),
        ),
        c.ActorEntry(
            "volodymyr-zelenskyy",
            "Volodymyr Zelenskyy",
            "person",
            ("President",),
            (),
            (ref("s2", "p1"),),
        ),
        c.ActorEntry("zelensky", "Zelensky", "person", (), (), (ref("s2", "p2"),)),
    )
    quotes = (
        c.QuoteEntry(
            "q-there-are-certain-positive-shifts",
            "There are certain positive shifts",
            "direct",
            "vladimir-putin",
            D,
            (ref("s1", "p2"),),
        ),
        c.QuoteEntry(
            "q-we-will-not-give-up",
            "We will not give up",
            "direct",
            "zelensky",
            D,
            (ref("s2", "p2"),),
        ),
    )
    casualties = (
        c.CasualtyEntry(
            "c-lutsk-killed-4",
            "killed",
            4,
            "at_least",
            "servicemen",
            "Lutsk",
            D,
            ("local officials",),
            None,
            (ref("s1", "p4"),),
        ),
        c.CasualtyEntry(
            "c-kharkiv-injured-2",
            "injured",
            2,
            "exact",
            None,
            "Kharkiv",
            D,
            ("zelensky",),
            None,
            (ref("s2", "p3"),),
        ),
    )
    events = (
        c.EventEntry(
            "e-2022-03-11-putin-remarks",
            D,
            "Putin cites positive shifts",
            actors=("vladimir-putin", "dmytro-kuleba"),
            quotes=("q-there-are-certain-positive-shifts",),
            casualties=("c-lutsk-killed-4",),
            sources=(ref("s1", "p1"),),
        ),
        c.EventEntry(
            "e-2022-03-11-zelensky-address",
            D,
            "Zelensky's video address",
            actors=("zelensky",),
            quotes=("q-we-will-not-give-up",),
            casualties=("c-kharkiv-injured-2",),
            sources=(ref("s2", "p2"),),
        ),
    )
    briefing = c.BriefingEntry(
        "Talks", (c.SummaryPoint("Putin saw positive shifts.", (ref("s1", "p1"),)),)
    )
    return c.Content(briefing, (S1, S2), actors, quotes, casualties, events)


class Story:
    """One project folder: briefgen builds into it, the 'editor' edits its YAML."""

    def __init__(self, root: Path):
        self.root = root
        (root / "seeds").mkdir(parents=True, exist_ok=True)
        # The CLI renders after storing, so a project needs the site's templates.
        repo = Path(__file__).resolve().parents[2]
        if not (root / "site_templates").exists():
            shutil.copytree(repo / "site_templates", root / "site_templates")
            shutil.copy2(repo / "mkdocs.yml", root / "mkdocs.yml")
        self.config = Config(project=root)

    def build(self, proposed: c.Content, *, dry_run: bool = False) -> StoreResult:
        return store_content(proposed, self.config, dry_run=dry_run)

    def path(self, name: str) -> Path:
        return self.root / "content" / name

    def load(self, name: str) -> Any:
        return yaml.safe_load(self.path(name).read_text(encoding="utf-8"))

    def save(self, name: str, data: Any) -> None:
        # An editor's own style (pyyaml's defaults), not briefgen's: the merge reads meaning.
        self.path(name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def edit_entry(self, name: str, ident: str, change: Callable[[dict[str, Any]], None]) -> None:
        data = self.load(name)
        (entry,) = [e for e in data if e["id"] == ident]
        change(entry)
        self.save(name, data)

    def delete_entry(self, name: str, ident: str) -> None:
        self.save(name, [e for e in self.load(name) if e["id"] != ident])

    def entry(self, name: str, ident: str) -> dict[str, Any] | None:
        return next((e for e in self.load(name) if e["id"] == ident), None)

    def ids(self, name: str) -> list[str]:
        return [e["id"] for e in self.load(name)]

    def content(self) -> c.Content:
        result = read_content(self.config)
        assert result.errors == (), [e.render() for e in result.errors]
        assert result.content is not None
        return result.content

    def snapshot(self) -> dict[str, bytes]:
        folder = self.root / "content"
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }


def with_quote_speaker(content: c.Content, ident: str, speaker: str | None) -> c.Content:
    quotes = tuple(replace(q, speaker=speaker) if q.id == ident else q for q in content.quotes)
    return replace(content, quotes=quotes)
