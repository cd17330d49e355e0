from __future__ import annotations

from briefgen.records.source import Source


def body_of(source: Source) -> str:
    return " ".join(p.text for p in source.paragraphs)
