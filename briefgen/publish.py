"""Publish: the rendered Markdown → site/ with mkdocs (mkdocs-material)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Config
from briefgen.errors import PublishError


@dataclass(frozen=True)
class PublishedSite:
    root: Path


def publish_site(config: Config, *, strict: bool = True) -> PublishedSite:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config as load_mkdocs_config
    from mkdocs.exceptions import MkDocsException

    if not config.mkdocs_yml.exists():
        raise PublishError("mkdocs.yml is missing; `briefgen init` writes one", path=config.mkdocs_yml)
    try:
        mk = load_mkdocs_config(
            config_file=str(config.mkdocs_yml),
            docs_dir=str(config.docs),
            site_dir=str(config.site),
            strict=strict,
        )
        build(mk)
    except MkDocsException as exc:
        raise PublishError(f"mkdocs build failed: {exc}", path=config.mkdocs_yml) from None
    return PublishedSite(root=config.site)
