"""Reading the built site: visible text, scripts, links and anchors of HTML pages."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html


def parse(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def article_text(path: Path) -> str:
    """The page's content as a reader sees it, whitespace folded."""
    doc = parse(path)
    nodes = doc.xpath('//article[contains(@class, "md-content__inner")]')
    return " ".join((nodes[0] if nodes else doc).text_content().split())


def script_problems(path: Path) -> list[str]:
    """Scripts, event handlers and javascript: URLs that the theme did not put there."""
    doc = parse(path)
    problems = []
    for script in doc.iter("script"):
        src = script.get("src")
        if src is not None and urlsplit(src).netloc:
            problems.append(f"external script {src}")
        if src is None and script.get("id") != "__config" and "alert" in (script.text or ""):
            problems.append(f"inline script {script.text!r}")
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                problems.append(f"<{element.tag} {name}={value!r}>")
            if name in ("href", "src", "xlink:href") and value.strip().lower().startswith(
                ("javascript:", "data:text")
            ):
                problems.append(f"<{element.tag} {name}={value!r}>")
    return problems


def broken_links(site: Path) -> list[str]:
    """Relative links (also inside raw HTML and SVG) whose page or anchor is missing."""
    ids: dict[Path, set[str]] = {}

    def ids_of(page: Path) -> set[str]:
        if page not in ids:
            doc = parse(page)
            ids[page] = {e.get("id") for e in doc.iter() if isinstance(e.tag, str) and e.get("id")}
            ids[page] |= {e.get("name") for e in doc.iter("a") if e.get("name")}
        return ids[page]

    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.parent.name == "search" or "404" in page.name:
            continue
        for element in parse(page).iter():
            if not isinstance(element.tag, str):
                continue
            href = element.get("href")
            if not href or element.tag == "link":
                continue
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (
                page
                if not parts.path
                else Path(
                    posixpath.normpath(posixpath.join(page.parent.as_posix(), unquote(parts.path)))
                )
            )
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href} (no page)")
            elif parts.fragment and unquote(parts.fragment) not in ids_of(target):
                broken.append(f"{page.relative_to(site)}: {href} (no anchor)")
    return broken
