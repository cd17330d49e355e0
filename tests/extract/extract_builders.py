"""Sources written in a test, for the extract tests."""

from __future__ import annotations

import datetime as dt

from briefgen.records.source import Paragraph, Source

# A Friday: weekday words in the test copy resolve against it.
PUBLISHED = dt.date(2022, 3, 11)


def make_source(
    *paragraphs: str, published: dt.date | None = PUBLISHED, sid: str = "src"
) -> Source:
    return Source(
        id=sid,
        file=f"seeds/{sid}.txt",
        sha256="0" * 64,
        title=None,
        outlet=None,
        url=None,
        published=published,
        published_basis="manifest",
        paragraphs=tuple(Paragraph(id=f"p{i}", text=t) for i, t in enumerate(paragraphs, 1)),
    )
