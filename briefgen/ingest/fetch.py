"""`briefgen add URL…`: fetch pages into seeds/ and record where they came from.

The raw HTML is stored as fetched (ingest reads it like any other .html source), under
a file name that depends only on the URL, so adding the same URL twice rewrites one file.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from trafilatura.downloads import fetch_response
from trafilatura.settings import use_config

from briefgen.config import Config
from briefgen.errors import FetchError
from briefgen.ingest.manifest import MANIFEST, read_manifest

MAX_SLUG = 60


def fetch_urls(
    urls: Iterable[str], config: Config, *, allow_private: bool = False
) -> tuple[Path, ...]:
    """Fetch every URL first, then write; one failure writes nothing.

    trafilatura refuses loopback and private addresses (SSRF protection);
    ``allow_private`` lifts that for a server on this machine or network.
    """
    pages = [(url, fetch_page(url, allow_private=allow_private)) for url in urls]
    config.seeds.mkdir(parents=True, exist_ok=True)
    manifest_path = config.seeds / MANIFEST
    read_manifest(manifest_path)  # refuse to append to a broken manifest
    written = []
    for url, data in pages:
        path = config.seeds / file_name_for(url)
        path.write_bytes(data)
        record_url(manifest_path, path.name, url)
        written.append(path)
    return tuple(written)


def fetch_page(url: str, *, allow_private: bool = False) -> bytes:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"not a web address: {url!r}; give an http:// or https:// URL")
    settings = use_config()
    settings.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    response = fetch_response(url, decode=False, config=settings)
    if response is None:
        if not allow_private and _is_private_host(parts.hostname or ""):
            raise FetchError(
                f"could not fetch {url}: {parts.hostname} is a loopback or private address, "
                "which briefgen refuses by default (a page from the open web cannot make it "
                "reach this machine's network); pass --allow-private to fetch from this "
                "machine or network"
            )
        raise FetchError(f"could not fetch {url}: no answer from the server")
    if response.status != 200:
        raise FetchError(f"could not fetch {url}: the server answered {response.status}")
    data = response.data
    if not data:
        raise FetchError(f"could not fetch {url}: the page is empty")
    return bytes(data)


def _is_private_host(host: str) -> bool:
    """Whether trafilatura's guard refuses ``host``: any of its addresses not global."""
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    for info in infos:
        try:
            if not ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_global:
                return True
        except ValueError:
            continue
    return False


def file_name_for(url: str) -> str:
    """A readable, stable name: host and path as a slug, plus a hash of the whole URL."""
    parts = urlsplit(url)
    host = parts.hostname or "page"
    host = host[4:] if host.startswith("www.") else host
    path = re.sub(r"\.(?:s?html?|php|aspx?)$", "", parts.path, flags=re.IGNORECASE)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host} {path}".lower()).strip("-")[:MAX_SLUG].strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"{slug or 'page'}_{digest}.html"


def record_url(manifest_path: Path, name: str, url: str) -> None:
    """Add ``name: {url: …}`` to seeds/sources.yaml, keeping what people wrote there."""
    entries = read_manifest(manifest_path)
    if name in entries and entries[name].url == url:
        return
    if name in entries or not manifest_path.exists():
        raw = _load_raw(manifest_path)
        raw.setdefault(name, {})
        raw[name] = {**(raw[name] or {}), "url": url}
        manifest_path.write_text(
            yaml.safe_dump(raw, sort_keys=True, allow_unicode=True), encoding="utf-8"
        )
        return
    # Appending keeps the comments and layout of a hand-written manifest.
    text = manifest_path.read_text(encoding="utf-8-sig")
    if text and not text.endswith("\n"):
        text += "\n"
    entry = yaml.safe_dump({name: {"url": url}}, allow_unicode=True)
    manifest_path.write_text(text + entry, encoding="utf-8")


def _load_raw(path: Path) -> dict[str, dict[str, object] | None]:
    if not path.exists():
        return {}
    raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    return dict(raw) if isinstance(raw, dict) else {}
