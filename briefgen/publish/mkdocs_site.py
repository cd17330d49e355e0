"""mkdocs itself, imported only when a site is built or served: `briefgen check`,
`extract` and `review` never load it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

__all__ = ["MkDocsException", "build_site"]


def build_site(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    *,
    adjust: Callable[[MkDocsConfig], None] = lambda mk: None,
    **options: Any,
) -> None:
    """mkdocs' build of ``docs_dir`` into ``site_dir`` with the project's mkdocs.yml,
    ``adjust``ed after loading (briefgen's navigation, the search it chose)."""
    mk = load_config(
        config_file=str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir), **options
    )
    adjust(mk)
    build(mk)
