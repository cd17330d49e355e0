"""HTML pages: trafilatura finds the article and its metadata; the text cleaner then
removes what trafilatura lets through (captions, ad labels, share prompts, appeals)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from briefgen.ingest import signals as sig
from briefgen.ingest.flatten import LONG_UNIT_WORDS, WHOLE_TEXT_WORDS, split_long_text
from briefgen.ingest.textclean import CleanText, Unit, clean_text, clean_units

BLOCK_TAGS = {"p", "head", "item", "quote", "list"}
COPYRIGHT_NOTICE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)


@dataclass(frozen=True)
class HtmlArticle:
    clean: CleanText
    title: str | None
    sitename: str | None
    author: str | None
    url: str | None
    date: dt.date | None
    # The page's own <title> and its copyright lines: where a page names its outlet
    # outside the article ("… - The Valley Courier", "© 2024 The Valley Courier").
    self_names: tuple[str, ...] = ()


# libxml2 (under lxml and trafilatura) stops at 256 levels of nesting and drops the rest of
# the page, also the text after the nesting at normal depth. Wrappers deeper than this
# are unwrapped (their text kept) before any parse.
MAX_NESTING = 200
_TAG = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(/?)>",
    re.S | re.I,
)
# Elements the parsers close on their own or that hold no content: they never nest deep.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "html", "head", "body",
}  # fmt: skip


def flatten_deep_nesting(markup: str) -> str:
    """``markup`` with the tags nested deeper than MAX_NESTING removed (not their text)."""
    if markup.count("<") < MAX_NESTING:
        return markup
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    depth, last, changed = 0, 0, False
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.group(2), match.group(3), match.group(4)
        if name is None:
            continue  # a comment, script or style: as it is
        tag = name.lower()
        if tag in _FLAT or self_closing:
            continue
        if not closing:
            kept = depth < MAX_NESTING
            stack.append((tag, kept))
            depth += kept
            if not kept:
                out.append(markup[last : match.start()])
                last, changed = match.end(), True
            continue
        if not any(t == tag for t, _ in stack):
            continue  # a stray closing tag: the parsers ignore it too
        while stack:
            open_tag, kept = stack.pop()
            depth -= kept
            if open_tag == tag:
                break
        if not kept:
            out.append(markup[last : match.start()])
            last, changed = match.end(), True
    if not changed:
        return markup
    out.append(markup[last:])
    return "".join(out)


def extract_html(markup: str) -> HtmlArticle:
    import trafilatura

    markup = flatten_deep_nesting(markup)

    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        output_format="python",
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(doc, "body", None) if doc is not None else None
    title = _clean(getattr(doc, "title", None))
    units = units_from_tree(body) if body is not None else []
    if units:
        clean = clean_units(units, title)
    else:
        clean = clean_text(page_text(markup))
        title = title or clean.title
    return HtmlArticle(
        clean=clean,
        title=title,
        sitename=_clean(getattr(doc, "sitename", None)),
        author=_clean(getattr(doc, "author", None)),
        url=_clean(getattr(doc, "url", None)),
        date=_parse_date(getattr(doc, "date", None)),
        self_names=self_naming_lines(markup),
    )


def self_naming_lines(markup: str) -> tuple[str, ...]:
    """The raw <title> and the short lines holding a copyright notice."""
    try:
        tree = lxml_html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup))
    except (etree.ParserError, ValueError):
        return ()
    lines = [sig.fold(t.text_content()) for t in tree.xpath("//head/title")]
    for node in tree.xpath("//footer|//*[contains(text(), '©') or contains(text(), 'opyright')]"):
        for line in node.text_content().splitlines():
            folded = sig.fold(line)
            if folded and len(folded) <= 200 and COPYRIGHT_NOTICE.search(folded):
                lines.append(folded)
    return tuple(dict.fromkeys(line for line in lines if line))


def units_from_tree(body: etree._Element) -> list[Unit]:
    blocks: list[tuple[str, str]] = []
    for element in body.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in BLOCK_TAGS or tag == "list":
            continue
        if any(child.tag in BLOCK_TAGS for child in element if isinstance(child.tag, str)):
            continue  # a container; its blocks are visited on their own
        text = sig.fold(" ".join(element.itertext()))
        if text:
            blocks.append((tag, text))
    # A page whose article is one block (text pasted into one <p>) is split too.
    longer_than = WHOLE_TEXT_WORDS if len(blocks) == 1 else LONG_UNIT_WORDS
    return [
        Unit(text=part, kind="", marked_heading=tag == "head")
        for tag, text in blocks
        for part in split_long_text(text, longer_than)
    ]


def page_text(markup: str) -> str:
    """Visible text with one block per line, when trafilatura finds no article."""
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    try:
        tree = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.getparent().remove(bad)
    blocks = tree.xpath("//h1|//h2|//h3|//h4|//p|//li|//blockquote|//figcaption")
    return "\n\n".join(sig.fold(b.text_content()) for b in blocks if b.text_content().strip())


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    folded = sig.fold(value)
    return folded or None


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
