"""Render: Content → Markdown pages under docs_dir (jinja2, site_templates/).

Placeholder (issue 7 replaces it): a home page that names the briefing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Config
from briefgen.records.content import Content


@dataclass(frozen=True)
class RenderedPages:
    """The Markdown pages render produced, relative to docs_dir, in a stable order."""

    root: Path
    pages: tuple[str, ...]


def render_markdown(content: Content, config: Config) -> RenderedPages:
    """Write every page into config.docs (replacing what was there) and list them."""
    docs = config.docs
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(f"# {content.briefing.title}\n", encoding="utf-8")
    return RenderedPages(root=docs, pages=("index.md",))
