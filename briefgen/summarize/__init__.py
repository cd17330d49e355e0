"""Summarize: the merged Content + sources → the key points, disputes and event summaries.

Placeholder (issue 5 replaces it).
"""

from __future__ import annotations

from briefgen.config import Config
from briefgen.records.content import Content
from briefgen.records.source import Source


def summarize(content: Content, sources: tuple[Source, ...], config: Config) -> Content:
    return content
