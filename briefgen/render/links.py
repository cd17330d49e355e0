"""Where each fact lives on the site, and relative links between pages.

Pages are named by their Markdown path under docs_dir (``actors/vladimir-putin.md``);
mkdocs rewrites Markdown links, but links inside raw HTML (the SVG charts) must name
the built page, so both forms are computed here.
"""

from __future__ import annotations

import functools
import posixpath

from briefgen.render.escape import safe_slug

HOME = "index.md"
TIMELINE = "timeline.md"
ACTORS = "actors/index.md"
QUOTES = "quotes/index.md"
QUOTES_BY_DATE = "quotes/by-date.md"
CASUALTIES = "casualties.md"
SOURCES = "sources/index.md"
TAGS = "tags.md"


def actor_page(actor_id: str) -> str:
    return f"actors/{safe_slug(actor_id)}.md"


def source_page(source_id: str) -> str:
    return f"sources/{safe_slug(source_id)}.md"


def anchor(ident: str) -> str:
    return safe_slug(ident)


def md_href(from_page: str, to_page: str, fragment: str | None = None) -> str:
    """A relative Markdown link that mkdocs resolves and validates."""
    if to_page == from_page:
        target = ""
    else:
        # Page paths are made here, "folder/name.md" (no "//", no trailing "/"): the
        # folder is what precedes the last "/", as posixpath.dirname would say.
        target = relative_path(to_page, from_page.rpartition("/")[0] or ".")
    return f"{target}#{fragment}" if fragment else target or "#"


# A site of 1,000 sources links pages to each other hundreds of thousands of times, and
# posixpath.relpath (which makes both paths absolute first) dominated rendering.
@functools.lru_cache(maxsize=1 << 16)
def relative_path(path: str, start: str) -> str:
    return posixpath.relpath(path, start)


def built_path(page: str, directory_urls: bool) -> str:
    """The URL path mkdocs gives a page, relative to the site root."""
    if not directory_urls:
        return page[: -len(".md")] + ".html"
    if page == "index.md" or page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"


def html_href(from_page: str, to_page: str, fragment: str | None, directory_urls: bool) -> str:
    """A relative link for raw HTML, from one built page to another."""
    src = built_path(from_page, directory_urls)
    dst = built_path(to_page, directory_urls)
    src_dir = src if src.endswith("/") or src == "" else posixpath.dirname(src)
    rel = relative_path(dst or ".", src_dir or ".") if dst != src else ""
    if dst.endswith("/") and rel not in ("", ".") and not rel.endswith("/"):
        rel += "/"
    if rel == ".":
        rel = "./"
    return f"{rel}#{fragment}" if fragment else rel or "./"
