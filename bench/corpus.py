"""Benchmark corpora: briefing projects of N sources made from the seed articles.

The first sources are the seeds verbatim; the rest are variants of them. A variant keeps
one seed's blocks in order, swaps some body paragraphs for paragraphs of other seeds, and
renames the people and places that only some seeds mention, from small pools, so that the
same invented person turns up in several sources (merge has aliases to join, corroboration
to count) while the story's anchors (entities most seeds share) stay. Numbers are nudged
in some sources so that figures disagree. Everything is seeded: the same arguments give
byte-identical files.

Entities are found with the project's spaCy pipeline once per run (``analyse_seeds``),
so no name from the seeds is written down here.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Files of an example project that a benchmark project copies (seeds/ is generated).
PROJECT_FILES = ("mkdocs.yml", "site_templates", "briefgen.yaml")

PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
DATE_LABELS = frozenset({"DATE"})

FIRST_NAMES = (
    "Andriy", "Bohdana", "Dmytro", "Elena", "Fedir", "Halyna", "Ihor", "Kateryna",
    "Leonid", "Marta", "Mykola", "Nadia", "Oleksiy", "Oksana", "Pavlo", "Roman",
    "Svitlana", "Taras", "Viktor", "Yulia", "Anton", "Irina", "Sergei", "Lyudmila",
)  # fmt: skip
SURNAMES = (
    "Kovalenko", "Petrenko", "Bondarchuk", "Melnychuk", "Shevchuk", "Ivanov", "Sokolov",
    "Morozov", "Volkov", "Lebedev", "Tkachenko", "Kravets", "Hrytsenko", "Savchenko",
    "Orlov", "Zaitsev", "Marchenko", "Rudenko", "Levchenko", "Popov", "Kuzmenko",
    "Yakovlev", "Kharchenko", "Dorofeyev",
)  # fmt: skip
PLACES = (
    "Berdychiv", "Kremenets", "Uman", "Brovary", "Kolomyia", "Nizhyn", "Pryluky",
    "Konotop", "Shostka", "Romny", "Smila", "Fastiv", "Vasylkiv", "Bakhmach", "Okhtyrka",
    "Lozova", "Kupiansk", "Balakliia", "Pavlohrad", "Nikopol", "Kovel", "Dubno",
    "Sarny", "Korosten",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

_DAY_OF_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b")
# Capitalised words only: the small model also tags fragments ("n’t") and acronyms.
_NAME = re.compile(r"[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)*")
_INTEGER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# Transliteration pairs that real sources disagree on (Zelenskyy/Zelensky and the like).
_SPELLINGS = (("kh", "h"), ("iy", "y"), ("yy", "y"), ("ts", "tz"), ("v", "w"), ("ii", "iy"))
# Paragraph-like blocks; shorter ones are menus, captions, bylines, titles.
BODY_MIN_WORDS = 25


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Block:
    text: str
    spans: tuple[EntitySpan, ...]

    @property
    def is_body(self) -> bool:
        return len(self.text.split()) >= BODY_MIN_WORDS


@dataclass(frozen=True)
class SeedText:
    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Corpus:
    seeds: tuple[SeedText, ...]
    anchors: frozenset[str]  # entity texts most seeds share: never renamed
    verbatim: tuple[Path, ...]  # seed files copied as they are (any format)


@dataclass(frozen=True)
class GeneratedProject:
    root: Path
    sources: int
    words: int


def split_blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]


def analyse_seeds(seed_dir: Path, nlp: Any) -> Corpus:
    """Find the entities of every .txt seed once; other formats are only copied verbatim."""
    files = sorted(p for p in seed_dir.iterdir() if p.is_file() and p.name != "sources.yaml")
    texts = [p for p in files if p.suffix.lower() == ".txt"]
    if not texts:
        raise ValueError(f"{seed_dir}: no .txt seed to vary")
    seeds = []
    for path in texts:
        blocks = split_blocks(path.read_text(encoding="utf-8"))
        parsed = []
        for block, doc in zip(blocks, nlp.pipe(blocks), strict=True):
            spans = tuple(EntitySpan(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
            parsed.append(Block(block, spans))
        seeds.append(SeedText(path.stem, tuple(parsed)))
    return Corpus(tuple(seeds), _anchor_entities(seeds), tuple(files))


def _anchor_entities(seeds: Sequence[SeedText]) -> frozenset[str]:
    """Entities that at least half of the seeds mention: the story's fixed points."""
    seen: Counter[str] = Counter()
    for seed in seeds:
        seen.update({s.text for b in seed.blocks for s in b.spans})
    threshold = max(2, math.ceil(len(seeds) / 2))
    return frozenset(text for text, n in seen.items() if n >= threshold)


def pool_size(count: int) -> int:
    """How many stand-ins each renamed entity has: each recurs in several sources."""
    return max(2, round(math.sqrt(max(count, 1)) / 2))


def _candidates(kind: str, original: str, pool: int) -> list[str]:
    rng = random.Random(f"{kind}:{original}")
    if kind == "place":
        return [rng.choice(PLACES) for _ in range(pool)]
    return [f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(pool)]


def _respell(name: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in _SPELLINGS if a in name]
    if not options:
        return name
    a, b = rng.choice(options)
    return name.replace(a, b, 1)


class _Renamer:
    """One variant's consistent mapping of entities to stand-ins."""

    def __init__(self, corpus: Corpus, rng: random.Random, pool: int):
        self.corpus = corpus
        self.rng = rng
        self.pool = pool
        self.names: dict[str, str] = {}
        self.surnames: dict[str, str] = {}

    def person(self, original: str) -> str:
        if original in self.names:
            return self.names[original]
        tokens = original.split()
        if len(tokens) == 1 and original in self.surnames:
            new = self.surnames[original]
        elif self.rng.random() < 0.4:
            new = original
        else:
            new = self.rng.choice(_candidates("person", original, self.pool))
            if self.rng.random() < 0.2:
                new = _respell(new, self.rng)
            if len(tokens) == 1:
                new = new.split()[-1]
        self.names[original] = new
        if len(tokens) > 1:
            self.surnames.setdefault(tokens[-1], new.split()[-1])
        return new

    def place(self, original: str) -> str:
        if original not in self.names:
            keep = self.rng.random() < 0.4
            candidates = _candidates("place", original, self.pool)
            self.names[original] = original if keep else self.rng.choice(candidates)
        return self.names[original]

    def number(self, text: str) -> str:
        def nudge(match: re.Match[str]) -> str:
            digits = match.group(0)
            value = int(digits.replace(",", ""))
            if value < 2 or self.rng.random() < 0.5:
                return digits
            new = max(1, round(value * self.rng.uniform(0.7, 1.4)))
            return f"{new:,}" if "," in digits else str(new)

        return _INTEGER.sub(nudge, text)

    def date(self, text: str) -> str:
        def shift(match: re.Match[str]) -> str:
            day = int(match.group(2))
            if day > 28 or self.rng.random() < 0.6:
                return match.group(0)
            return f"{match.group(1)} {min(28, max(1, day + self.rng.randint(-2, 2)))}"

        return _DAY_OF_MONTH.sub(shift, text)

    def rewrite(self, block: Block) -> str:
        # Multi-word names first, so that a later bare surname maps to the same stand-in.
        for span in sorted(block.spans, key=lambda s: -len(s.text.split())):
            if (
                span.label in PERSON_LABELS
                and _NAME.fullmatch(span.text)
                and not self._anchored(span.text)
            ):
                self.person(span.text)
        out, last = [], 0
        for span in block.spans:
            out.append(block.text[last : span.start])
            out.append(self._replace(span))
            last = span.end
        out.append(block.text[last:])
        return "".join(out)

    def _anchored(self, text: str) -> bool:
        # "Vladimir Putin" stays when "Putin" is an anchor, so bare and full names agree.
        return text in self.corpus.anchors or text.split()[-1] in self.corpus.anchors

    def _replace(self, span: EntitySpan) -> str:
        if self._anchored(span.text):
            return span.text
        named = _NAME.fullmatch(span.text) is not None
        if span.label in PERSON_LABELS and named:
            return self.person(span.text)
        if span.label in PLACE_LABELS and named:
            return self.place(span.text)
        if span.label in NUMBER_LABELS:
            return self.number(span.text)
        if span.label in DATE_LABELS:
            return self.date(span.text)
        return span.text


def variant_text(corpus: Corpus, index: int, count: int, seed: int = 0) -> str:
    """The text of generated source number ``index`` in a corpus of ``count`` sources."""
    rng = random.Random(f"variant:{seed}:{index}")
    base = corpus.seeds[index % len(corpus.seeds)]
    others = [b for s in corpus.seeds if s is not base for b in s.blocks if b.is_body] or list(
        base.blocks
    )
    renamer = _Renamer(corpus, rng, pool_size(count))
    chosen: list[Block] = []
    first_body = True
    for block in base.blocks:
        if block.is_body and not first_body:
            roll = rng.random()
            if roll < 0.1:
                continue
            if roll < 0.35:
                block = rng.choice(others)
        if block.is_body:
            first_body = False
        chosen.append(block)
    return "\n\n".join(renamer.rewrite(b) for b in chosen) + "\n"


def variant_name(index: int, text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{index:04d}_{digest}.txt"


def write_variant(corpus: Corpus, seeds_dir: Path, index: int, count: int, seed: int = 0) -> Path:
    text = variant_text(corpus, index, count, seed)
    path = seeds_dir / variant_name(index, text)
    path.write_text(text, encoding="utf-8")
    return path


def make_project(
    corpus: Corpus, example: Path, dest: Path, count: int, seed: int = 0
) -> GeneratedProject:
    """A briefing project in ``dest`` (which must not exist) with ``count`` sources."""
    dest.mkdir(parents=True)
    for name in PROJECT_FILES:
        src = example / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        elif src.exists():
            shutil.copy2(src, dest / name)
    seeds_dir = dest / "seeds"
    seeds_dir.mkdir()
    written = _copy_verbatim(corpus.verbatim[:count], seeds_dir)
    for index in range(len(written), count):
        written.append(write_variant(corpus, seeds_dir, index, count, seed))
    manifest = example / "seeds" / "sources.yaml"
    if manifest.exists():
        # Entries for files that are not here are simply unused.
        shutil.copy2(manifest, seeds_dir / "sources.yaml")
    return GeneratedProject(dest, len(written), count_words(written))


def _copy_verbatim(files: Iterable[Path], seeds_dir: Path) -> list[Path]:
    copied = []
    for path in files:
        shutil.copy2(path, seeds_dir / path.name)
        copied.append(seeds_dir / path.name)
    return copied


def count_words(files: Iterable[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
