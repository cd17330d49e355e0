"""A source's metadata from what its page says, then what seeds/sources.yaml overrides."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from briefgen.errors import SourceError
from briefgen.ingest.dates import infer_published, is_dateline
from briefgen.ingest.html import extract_html
from briefgen.ingest.manifest import ManifestEntry
from briefgen.ingest.outlet import infer_outlet, outlet_from_page
from briefgen.ingest.textclean import CleanText

CAPTION_REASON = "photo caption or credit"


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    basis: str = "unknown"
    certainty: str = "none"

    def with_manifest(self, entry: ManifestEntry | None) -> Metadata:
        if entry is None:
            return self
        meta = replace(
            self,
            title=entry.title or self.title,
            outlet=entry.outlet or self.outlet,
            url=entry.url or self.url,
        )
        date = entry.published_date()
        if date is not None:
            meta = replace(meta, published=date, basis="manifest", certainty="certain")
        return meta


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
FRONT_FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "publisher", "site", "site_name", "sitename", "source_name"),
    "url": ("url", "source", "link", "canonical_url", "original_url"),
    "author": ("author", "byline"),
    "published": ("published", "date", "published_at", "pubdate"),
}


def split_front_matter(text: str, path: Path) -> tuple[dict[str, str], str]:
    """A Markdown file's leading YAML block (--- … ---): its fields, and the text after it."""
    m = FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    try:
        raw = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourceError(f"invalid YAML front matter: {problem}", path=path, line=line) from None
    if not isinstance(raw, dict):
        return {}, text
    found: dict[str, str] = {}
    for field, names in FRONT_FIELDS.items():
        value = next((raw[n] for n in names if raw.get(n) not in (None, "")), None)
        if value is not None:
            found[field] = value.isoformat()[:10] if isinstance(value, dt.date) else str(value)
    return found, text[m.end() :]


def with_front_matter(meta: Metadata, front: dict[str, str]) -> Metadata:
    if not front:
        return meta
    meta = replace(
        meta,
        title=front.get("title", meta.title),
        outlet=front.get("outlet", meta.outlet),
        url=front.get("url", meta.url),
        author=front.get("author", meta.author),
    )
    try:
        published = dt.date.fromisoformat(front["published"][:10])
    except (KeyError, ValueError):
        return meta
    return replace(meta, published=published, basis="text", certainty="certain")


def text_metadata(clean: CleanText) -> Metadata:
    body = [u.text for u in clean.body]
    furniture = [u.text for u in clean.dropped]
    captions = [u.text for u in clean.dropped if u.reason == CAPTION_REASON]
    # A dateline is furniture, but an appeal's "Since July 1, 2024 …" is not a dateline.
    datelines = [
        u.text
        for u in clean.dropped
        if u.reason not in (CAPTION_REASON, "appeal or sign-up") and is_dateline(u.text)
    ]
    guess = infer_published(datelines, captions, body)
    above = [u.text for u in clean.dropped if u.reason == "before the headline"]
    return Metadata(
        title=clean.title,
        outlet=infer_outlet(body, furniture, above),
        published=guess.published,
        basis="text" if guess.published else "unknown",
        certainty=guess.certainty,
    )


def html_metadata(markup: str) -> tuple[CleanText, Metadata]:
    page = extract_html(markup)
    from_text = text_metadata(page.clean)
    published: dt.date | None = page.date
    basis, certainty = "html-meta", "certain"
    if published is None:
        published, basis, certainty = from_text.published, from_text.basis, from_text.certainty
    title = page.title or page.clean.title
    meta = Metadata(
        title=title,
        # The page's own <title> and copyright lines before what the text's furniture
        # suggests (a social footer, an attribution the footer echoes).
        outlet=page.sitename or outlet_from_page(page.self_names, title) or from_text.outlet,
        url=page.url,
        author=page.author,
        published=published,
        basis=basis,
        certainty=certainty,
    )
    return page.clean, meta
