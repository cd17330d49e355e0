"""Shared checks on a run of the CLI and on the built site."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from click.testing import Result


def assert_clean_failure(result: Result, *, exit_code: int, names: str) -> None:
    """Stopped with the given code, one readable message naming the file, no traceback."""
    assert result.exit_code == exit_code, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert names in result.output, result.output
    assert result.output.startswith("error: "), result.output


MARK = "zqxmark"
# An anchor or a link to one (in this folder or another: "../quotes/index.html#q-x"):
# letters, digits, '-', '_' and '/' only, so it cannot carry markup.
_SLUG_LINK = re.compile(r"(?:(?:\.\./)*(?:[\w-]+/)*[\w-]+\.html)?#?(?:tag:)?[\w-]+")
# Attributes in which briefgen itself writes (escaped) text from content/.
TEXT_ATTRIBUTES = {"title", "alt", "aria-label", "content", "data-md-component", "value"}


def injected(page: Path) -> list[str]:
    """Elements, attributes, scripts and links in a built page that hostile text made.

    Hostile text in the tests carries MARK inside every tag, attribute and script it
    tries to smuggle in; inert text carries it only in text nodes (and in the few
    attributes briefgen fills with escaped text).
    """
    doc = lxml.html.fromstring(page.read_bytes())
    found = []
    for element in doc.iter():
        if not isinstance(element.tag, str):
            if MARK in (element.text or "") and element.tag is lxml.html.HtmlComment:
                found.append("a comment made of hostile text")
            continue
        if MARK in element.tag.lower():
            found.append(f"<{element.tag}>")
        if element.tag in ("script", "style") and MARK in (element.text or ""):
            found.append(f"<{element.tag}> {(element.text or '')[:80]!r}")
        for name, value in element.attrib.items():
            lowered = "".join(value.split()).lower()
            if name.lower().startswith("on"):
                found.append(f"<{element.tag} {name}={value[:60]!r}>")
            elif MARK in name.lower():
                found.append(f"<{element.tag} {name}>")
            elif name.lower() in ("href", "src", "action", "formaction", "xlink:href", "srcdoc"):
                if lowered.startswith(("javascript:", "data:", "vbscript:")) or (
                    MARK in value and not _SLUG_LINK.fullmatch(value)
                ):
                    found.append(f"<{element.tag} {name}={value[:60]!r}>")
            elif name == "id" and _SLUG_LINK.fullmatch(value):
                continue  # a heading's anchor, slugged from its (escaped) text
            elif MARK in value and name.lower() not in TEXT_ATTRIBUTES:
                found.append(f"<{element.tag} {name}={value[:60]!r}>")
    return found


def visible_text(page: Path) -> str:
    doc = lxml.html.fromstring(page.read_bytes())
    for bad in doc.xpath("//script|//style"):
        bad.getparent().remove(bad)
    return " ".join(doc.text_content().split())
