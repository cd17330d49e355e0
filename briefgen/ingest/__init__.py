"""Ingest: a file in seeds/ → a cleaned Source with metadata.

``ingest_source`` is a pure function of the file's bytes, the configuration and the
file's manifest entry, so it can run in any process; ``settle_corpus`` is the one step
that sees all sources (dates shared through a common story, near-duplicates).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest.corpus import DuplicateRun, Settled, settle_corpus, settle_sources
from briefgen.ingest.decode import decode_bytes
from briefgen.ingest.manifest import MANIFEST, ManifestEntry, entry_for, read_manifest
from briefgen.ingest.metadata import (
    html_metadata,
    split_front_matter,
    text_metadata,
    with_front_matter,
)
from briefgen.ingest.textclean import CleanText, clean_text
from briefgen.records.source import Paragraph, SkippedFile, Source

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# Far above any news article (or its web page), far below what would stall a build:
# cleaning takes ~3 s per MB of text, and spaCy refuses texts over 1,000,000 characters.
MAX_SOURCE_BYTES = 10_000_000
MAX_TEXT_CHARS = 1_000_000

__all__ = [
    "MANIFEST",
    "SOURCE_SUFFIXES",
    "ManifestEntry",
    "check_manifest_names",
    "discover_sources",
    "entry_for",
    "ingest_bytes",
    "ingest_or_skip",
    "ingest_source",
    "load_manifest",
    "read_source_bytes",
    "settle_corpus",
    "settle_sources",
    "Settled",
    "DuplicateRun",
    "source_id",
]


def discover_sources(config: Config) -> tuple[Path, ...]:
    """The source files in seeds/, sorted; symlinks may not lead out of the project."""
    if not config.seeds.is_dir():
        return ()
    project = config.project.resolve()
    found = []
    for path in sorted(config.seeds.iterdir()):
        if path.suffix.lower() not in SOURCE_SUFFIXES or is_hidden(path):
            continue
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise SourceError(
                "the symlink points to nothing (or loops); remove it or fix its target",
                path=path,
            ) from None
        # Also a file reached through a symlinked seeds/ folder must stay in the project.
        if not target.is_relative_to(project):
            raise SourceError(
                f"the symlink leads outside the project (to {target}); "
                "copy the file into seeds/ instead",
                path=path,
            )
        if path.is_dir():
            raise SourceError(
                "a folder is named like a source file; sources are files "
                f"({', '.join(SOURCE_SUFFIXES)})",
                path=path,
            )
        if not path.is_file():
            # A FIFO or device would block or never end when read.
            raise SourceError("not a regular file; sources are plain files", path=path)
        found.append(path)
    _refuse_shared_ids(found, config)
    return tuple(found)


# A source's id names its files: content/sources/ID.yaml, the Markdown page, the site's
# folder. File systems allow 255 bytes per name; the longest id leaves room for the
# longest suffix and for the staging names of a write.
MAX_ID_BYTES = 200
_ID_HASH_CHARS = 16


def source_id(path: Path) -> str:
    """The source's id: the file's name without its extension; a name too long to fit
    the file system in the files named after it is cut, and ends in a hash of the whole
    name (so ids stay distinct and stable)."""
    stem = path.stem
    if len(stem.encode("utf-8")) <= MAX_ID_BYTES:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:_ID_HASH_CHARS]
    cut = stem.encode("utf-8")[: MAX_ID_BYTES - _ID_HASH_CHARS - 1].decode("utf-8", "ignore")
    return f"{cut.rstrip('-_. ')}-{digest}"


def _refuse_shared_ids(paths: list[Path], config: Config) -> None:
    """Two sources with one id (seeds/dup.txt and seeds/dup.md) would be one source, the
    other lost without a word; the person who named them chooses which to rename. Ids that
    differ only in case are refused too: their files would be one on macOS and Windows."""
    first: dict[str, Path] = {}
    for path in paths:
        ident = source_id(path)
        if ident.casefold() in first:
            raise SourceError(
                f"{_shown_path(first[ident.casefold()], config).as_posix()} has the same name "
                "without "
                f"its extension ('{ident}'); a source's id is its file's name without the "
                "extension, so one of them would be lost. Rename one of the two files",
                path=_shown_path(path, config),
            )
        first[ident.casefold()] = path


def is_hidden(path: Path) -> bool:
    """Editor backups and lock files ('.#a.txt', '~a.txt', 'a.txt~') are not sources."""
    return path.name.startswith((".", "~")) or path.name.endswith("~")


def load_manifest(config: Config) -> Mapping[str, ManifestEntry]:
    path = config.seeds / MANIFEST
    try:
        return read_manifest(path)
    except SourceError as exc:  # named from the project, like every other file
        raise SourceError(exc.message, path=_shown_path(path, config), line=exc.line) from None


def check_manifest_names(
    manifest: Mapping[str, ManifestEntry], paths: tuple[Path, ...], config: Config
) -> None:
    """Refuse an entry of seeds/sources.yaml that names no source file: a misspelt name
    would leave its file without the metadata, without a word."""
    shown = _shown_path(config.seeds / MANIFEST, config)
    names = {n for p in paths for n in (p.name, p.stem)}
    for name, entry in manifest.items():
        if name not in names:
            raise SourceError(
                f"'{name}' names no source file in {config.seeds_dir}/ (by file name, "
                "like talks.txt, or without its extension); fix the name or remove the entry",
                path=shown,
                line=entry.line,
            )


def read_source_bytes(path: Path, config: Config) -> bytes:
    """A source file's bytes, refusing what cannot be an article before reading it."""
    shown = _shown_path(path, config)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(
                f"the file is too large for an article ({size / 1e6:.1f} MB; the limit is "
                f"{MAX_SOURCE_BYTES // 1_000_000} MB)",
                path=shown,
            )
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror}", path=shown) from None


def ingest_source(path: Path, config: Config, manifest: ManifestEntry | None = None) -> Source:
    return ingest_bytes(read_source_bytes(path, config), path, config, manifest)


def ingest_bytes(
    raw: bytes, path: Path, config: Config, manifest: ManifestEntry | None = None
) -> Source:
    """The Source of a file's bytes; ``path`` only names it (never read: this may run on
    another machine)."""
    shown = _shown_path(path, config)
    text = decode_bytes(raw, shown)
    if path.suffix.lower() in HTML_SUFFIXES:
        clean, meta = html_metadata(text)
    else:
        _check_text_length(len(text), shown)
        front, text = split_front_matter(text, shown)
        clean = clean_text(text)
        meta = with_front_matter(text_metadata(clean), front)
    _check_text_length(sum(len(u.text) for u in clean.body), shown)
    if not clean.body:
        raise SourceError(
            "no article text found (only scripts, navigation or markup, or markup nested "
            "too deeply to read); remove the file or save the article's text",
            path=shown,
        )
    meta = meta.with_manifest(manifest)
    return Source(
        id=source_id(path),
        file=shown.as_posix(),
        sha256=hashlib.sha256(raw).hexdigest(),
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        published_basis=meta.basis,
        published_certainty=meta.certainty,
        author=meta.author,
        paragraphs=number_paragraphs(clean),
        dropped=tuple(u.text for u in clean.dropped),
    )


def ingest_or_skip(
    path: Path, config: Config, manifest: ManifestEntry | None = None
) -> Source | SkippedFile:
    """ingest_source, or the reason the file yields no article: one odd file (an empty
    page, a PDF saved as .html, a page of scripts) must not stop a whole briefing."""
    try:
        return ingest_source(path, config, manifest)
    except SourceError as exc:
        return skipped_file(path, config, exc)


def skipped_file(
    path: Path, config: Config, exc: SourceError, *, raw: bytes | None = None
) -> SkippedFile:
    """``raw``: the file's bytes when they were read already (on another machine the path
    is only a name)."""
    shown = _shown_path(path, config)
    try:
        digest = hashlib.sha256(path.read_bytes() if raw is None else raw).hexdigest()
    except OSError:
        digest = ""
    return SkippedFile(id=source_id(path), file=shown.as_posix(), sha256=digest, reason=exc.message)


def _check_text_length(chars: int, shown: Path) -> None:
    if chars > MAX_TEXT_CHARS:
        raise SourceError(
            f"the text is too long for an article ({chars:,} characters; the limit "
            f"is {MAX_TEXT_CHARS:,})",
            path=shown,
        )


def number_paragraphs(clean: CleanText) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(id=f"p{i}", text=u.text, heading=u.kind == "heading")
        for i, u in enumerate(clean.body, 1)
    )


def _shown_path(path: Path, config: Config) -> Path:
    try:
        return path.relative_to(config.project)
    except ValueError:
        return path
