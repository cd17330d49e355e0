"""Extract: one cleaned Source → the facts it states (SourceFacts).

Placeholder (issue 4 replaces it). A pure function of the source and the configuration.
"""

from __future__ import annotations

from briefgen.config import Config
from briefgen.records.facts import SourceFacts
from briefgen.records.source import Source


def extract_source(source: Source, config: Config) -> SourceFacts:
    return SourceFacts(source_id=source.id)
