"""The site's navigation, as briefgen makes it for a project whose mkdocs.yml has none:
the index pages only (actor and source pages are reached from their indexes, so a
briefing of 1,000 sources does not put 1,000 links on every page), then a page for each
kind registered beyond briefgen's own. A page added to briefgen reaches every such
project with the next build, without an edit to its mkdocs.yml."""

from __future__ import annotations

from typing import Any

from briefgen import kinds
from briefgen.render import changes, links
from briefgen.render.pages import kind_page, kind_title


def site_nav() -> list[Any]:
    """mkdocs' ``nav`` setting: titled pages and sections, as mkdocs.yml would list them."""
    nav: list[Any] = [
        {"Home": links.HOME},
        {"Timeline": links.TIMELINE},
        {"Actors": links.ACTORS},
        {"Quotes": [links.QUOTES, {"By date": links.QUOTES_BY_DATE}]},
        {"Figures": links.CASUALTIES},
        {"Sources": links.SOURCES},
    ]
    nav.append({"What's new": changes.WHATS_NEW})
    nav.extend({kind_title(k): kind_page(k)} for k in kinds.added_kinds())
    nav.append({"Tags": links.TAGS})
    return nav
