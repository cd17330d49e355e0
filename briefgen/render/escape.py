"""Make article text inert: the same characters on the page, never markup.

Article text reaches Markdown that mkdocs turns into HTML, so one string must be
inert for both: Markdown syntax (emphasis, links, headings, lists, tables, attr_list
braces, front matter) and HTML (tags, entities). Special characters become numeric
character references, which Python-Markdown passes through untouched and the browser
shows as the original character.
"""

from __future__ import annotations

import functools
import hashlib
import html
import re

# Characters that carry meaning somewhere in Markdown, its extensions or HTML.
# Letters, digits, spaces and common punctuation stay readable in the Markdown.
_ALWAYS = frozenset("&<>\"'\\`*_[]{}()|#!~^=$%:+-.")
# Only after this many characters without a space does a word get break points;
# a long URL or a run of characters must not stretch a table off the screen.
LONG_WORD = 40
_WHITESPACE = re.compile(r"\s+")
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD},}}")
_SLUG_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def _entity(char: str) -> str:
    return f"&#{ord(char)};"


_ENTITIES = {ord(c): _entity(c) for c in _ALWAYS}


def _escape_word(word: str) -> str:
    return word.translate(_ENTITIES)


def md_text(text: object) -> str:
    """One line of article text as inert Markdown + HTML (whitespace folded)."""
    return _md_text(str(text))


# A site of 1,000 sources shows the same names, labels and ids hundreds of thousands of
# times: each distinct text is escaped once.
@functools.lru_cache(maxsize=1 << 17)
def _md_text(text: str) -> str:
    folded = _WHITESPACE.sub(" ", text).strip()
    out: list[str] = []
    last = 0
    for match in _LONG_WORD.finditer(folded):
        out.append(_escape_word(folded[last : match.start()]))
        word = match.group(0)
        # <wbr> is a break opportunity only: search and copy-paste keep the word whole.
        chunks = [word[i : i + 20] for i in range(0, len(word), 20)]
        out.append("<wbr>".join(_escape_word(chunk) for chunk in chunks))
        last = match.end()
    out.append(_escape_word(folded[last:]))
    return "".join(out)


def html_attr(text: object) -> str:
    """Text for a double-quoted HTML attribute or an SVG text node."""
    folded = _WHITESPACE.sub(" ", str(text)).strip()
    return html.escape(folded, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, or None: other schemes never become links."""
    if not url:
        return None
    candidate = url.strip()
    if not re.match(r"(?i)^https?://[^\s<>\"']+$", candidate):
        return None
    return html_attr(candidate)


@functools.lru_cache(maxsize=1 << 16)
def safe_slug(ident: str) -> str:
    """An id usable as a file name and an HTML anchor, stable for a given id.

    Ids in content/ are slugs already; anything an editor typed beyond that is folded,
    with a short hash so that two different ids never share a page.
    """
    lowered = ident.lower()
    slug = _SLUG_UNSAFE.sub("-", lowered).strip("-")
    if slug == ident and slug:
        return slug
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:60] or 'id'}-{digest}"


def tag_name(text: str) -> str:
    """A tag for the tags plugin: letters, digits, spaces and hyphens only."""
    cleaned = re.sub(r"[^\w\s-]+", "", text, flags=re.UNICODE)
    return _WHITESPACE.sub(" ", cleaned).strip()[:60]
