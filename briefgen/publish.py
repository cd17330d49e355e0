"""Publish: the rendered Markdown → site/ with mkdocs (mkdocs-material)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from briefgen.config import Config
from briefgen.errors import PublishError


@dataclass(frozen=True)
class PublishedSite:
    root: Path


class _Collect(logging.Handler):
    """Keeps mkdocs' warnings, so that a strict failure says what was wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def publish_site(config: Config, *, strict: bool = True) -> PublishedSite:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config as load_mkdocs_config
    from mkdocs.exceptions import MkDocsException

    if not config.mkdocs_yml.exists():
        raise PublishError(
            "mkdocs.yml is missing; `briefgen init` writes one", path=config.mkdocs_yml
        )
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    try:
        mk = load_mkdocs_config(
            config_file=str(config.mkdocs_yml),
            docs_dir=str(config.docs),
            site_dir=str(config.site),
            strict=strict,
        )
        build(mk)
    except MkDocsException as exc:
        details = "".join(f"\n  {m}" for m in collect.messages[:20])
        raise PublishError(f"mkdocs build failed: {exc}{details}", path=config.mkdocs_yml) from None
    finally:
        logger.removeHandler(collect)
    return PublishedSite(root=config.site)
