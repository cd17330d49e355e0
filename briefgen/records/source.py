"""What ingest hands to extract: one cleaned source with its metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PUBLISHED_BASES = ("manifest", "html-meta", "text", "corpus", "unknown")
DATE_CERTAINTIES = ("certain", "likely", "guess", "none")


@dataclass(frozen=True)
class Paragraph:
    id: str  # "p1", "p2" … in reading order
    text: str
    heading: bool = False  # an in-article subheading kept as such


@dataclass(frozen=True)
class Source:
    id: str  # the file's stem
    file: str  # project-relative POSIX path, e.g. "seeds/000_x.txt"
    sha256: str  # of the raw bytes
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    published_basis: str  # one of PUBLISHED_BASES
    paragraphs: tuple[Paragraph, ...]
    published_certainty: str = "none"  # one of DATE_CERTAINTIES
    author: str | None = None
    duplicate_of: str | None = None
    # Why the file could not be read as an article this time (it is then a stand-in:
    # the text of its last good build, or no text at all); None when it was read.
    skipped: str | None = None
    # Text that cleaning removed (captions, credits, footers). Never body text, but
    # evidence for metadata (a caption's date, an outlet's self-reference).
    dropped: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class SkippedFile:
    """A file in seeds/ that yields no article: the build goes on without its text."""

    id: str  # the file's stem, as a Source's
    file: str  # project-relative POSIX path
    sha256: str  # of the raw bytes; "" when they could not be read
    reason: str  # what is wrong with it, as the error would have said

    def warning(self) -> str:
        return f"{self.file}: skipped: {self.reason}"
