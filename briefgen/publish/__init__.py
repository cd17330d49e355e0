"""Publish: the rendered Markdown → site/ with mkdocs (mkdocs-material).

site/ is replaced as a whole: mkdocs builds into a folder beside it, then two renames
swap the new site in. A build killed at any moment leaves site/ whole-old or (after the
next run's ``recover_site``) whole-new, never a half-written mix.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import Config
from briefgen.errors import PublishError
from briefgen.publish.search_index import chosen_search, index_site, use_pagefind_ui
from briefgen.render.nav import site_nav
from briefgen.transaction import kill_point
from briefgen.yamlfile import read_mapping

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


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


def publish_site(
    config: Config, *, strict: bool = True, site_name: str | None = None
) -> PublishedSite:
    """Build site/ from the rendered Markdown. The site's name (header bar, browser tab)
    is ``site_name``, else content/briefing.yaml's title: mkdocs.yml's ``site_name`` is
    only what plain `mkdocs build` shows."""
    from briefgen.publish import mkdocs_site  # mkdocs loads only when a site is built

    if not config.mkdocs_yml.exists():
        raise PublishError(
            "mkdocs.yml is missing; `briefgen init` writes one", path=config.mkdocs_yml
        )
    site = site_folder(config)
    recover_site(site)
    fresh, _ = _swap_dirs(site)
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)

    def adjust(mk: MkDocsConfig) -> None:
        if mk["nav"] is None:  # the project leaves its navigation to briefgen
            mk["nav"] = site_nav()
        if pagefind:
            use_pagefind_ui(mk)

    try:
        pagefind = chosen_search(config) == "pagefind"
        mkdocs_site.build_site(
            config.mkdocs_yml,
            config.docs,
            fresh,
            adjust=adjust,
            strict=strict,
            **_site_name(config, site_name),
        )
        if pagefind:
            index_site(fresh)
    except mkdocs_site.MkDocsException as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        details = "".join(f"\n  {m}" for m in collect.messages[:20])
        raise PublishError(f"mkdocs build failed: {exc}{details}", path=config.mkdocs_yml) from None
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collect)
    kill_point()
    try:
        swap_in(site)
    except OSError as exc:
        raise PublishError(
            f"cannot put the new site in place: {exc.strerror or exc}; the site built is in "
            f"{fresh} and the next build tries again",
            path=site,
        ) from None
    return PublishedSite(root=site)


def site_folder(config: Config) -> Path:
    """Where the site is built: site/, or the folder it links to (a deploy folder), which
    is then replaced itself, so that the link keeps pointing to the new site."""
    site = config.site
    if not site.is_symlink():
        return site
    try:
        target = site.resolve(strict=False)
    except (OSError, RuntimeError):
        raise PublishError(
            "the symlink loops; point it to a folder, or remove it", path=site
        ) from None
    if target.exists() and not target.is_dir():
        raise PublishError(
            f"the symlink points to {target}, which is not a folder; point it to a folder "
            "(the site is built there), or remove it",
            path=site,
        )
    if not target.parent.is_dir():
        raise PublishError(
            f"the symlink points into {target.parent}, which does not exist; create it, or "
            "remove the link",
            path=site,
        )
    return target


def briefing_title(config: Config) -> str | None:
    """content/briefing.yaml's title, or None when there is none to read."""
    data = read_mapping(config.content / "briefing.yaml", "content/briefing.yaml") or {}
    title = data.get("title")
    return (title.strip() or None) if isinstance(title, str) else None


def _site_name(config: Config, site_name: str | None) -> dict[str, str]:
    name = site_name or briefing_title(config)
    return {"site_name": name} if name else {}


def _swap_dirs(site: Path) -> tuple[Path, Path]:
    """The folders beside site/ that hold the next site and, during the swap, the last."""
    return site.with_name(f".{site.name}.briefgen-new"), site.with_name(
        f".{site.name}.briefgen-old"
    )


def swap_in(site: Path) -> None:
    """Replace site/ by the finished build beside it: rename, rename, remove."""
    fresh, stale = _swap_dirs(site)
    if site.exists():
        os.replace(site, stale)
        kill_point()
    # Between the two renames site/ is absent for an instant; recover_site finishes the
    # swap if a kill falls exactly there.
    os.replace(fresh, site)
    kill_point()
    shutil.rmtree(stale, ignore_errors=True)


def recover_site(site: Path) -> str | None:
    """Finish or discard a publish that a killed build left behind. Says which, if any."""
    fresh, stale = _swap_dirs(site)
    if site.exists():
        note = None
        if fresh.exists():  # killed while mkdocs was writing: the old site stands
            shutil.rmtree(fresh)
            note = "discarded an unfinished site build"
        if stale.exists():  # killed after the swap, while removing the last site
            shutil.rmtree(stale)
            note = note or "removed the previous site left by an interrupted publish"
        return note
    if fresh.exists() and stale.exists():
        # Killed between the two renames: the new site was finished, so roll forward.
        os.replace(fresh, site)
        shutil.rmtree(stale)
        return "finished an interrupted publish"
    if stale.exists():  # cannot happen with swap_in's order, but never lose a whole site
        os.replace(stale, site)
        return "restored the previous site"
    if fresh.exists():  # first publish, killed while mkdocs was writing
        shutil.rmtree(fresh)
        return "discarded an unfinished site build"
    return None
