"""`briefgen add URL…` against a local HTTP server (127.0.0.1 only, never the internet)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from briefgen.config import Config
from briefgen.errors import FetchError
from briefgen.ingest import discover_sources, entry_for, ingest_source, load_manifest
from briefgen.ingest.fetch import fetch_urls, file_name_for

PAGES = Path(__file__).resolve().parent / "pages"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(PAGES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_stores_raw_html_and_records_the_url(project: Config, server: str) -> None:
    url = f"{server}/riverside_floods.html"
    (path,) = fetch_urls([url], project, allow_private=True)
    assert path.parent == project.seeds and path.suffix == ".html"
    assert path.read_bytes() == (PAGES / "riverside_floods.html").read_bytes()
    manifest = yaml.safe_load((project.seeds / "sources.yaml").read_text())
    assert manifest == {path.name: {"url": url}}
    # The stored page is an ordinary source; the recorded URL wins over the page's own.
    (found,) = discover_sources(project)
    source = ingest_source(found, project, entry_for(load_manifest(project), found))
    assert source.url == url and source.outlet == "The Riverside Herald"
    assert "More than 4,000 people were evacuated" in source.paragraphs[0].text


def test_fetch_twice_is_one_file_and_keeps_hand_written_entries(
    project: Config, server: str
) -> None:
    (project.seeds / "sources.yaml").write_text("# mine\nold.txt:\n  outlet: Somebody\n")
    url = f"{server}/coastal_summit.html"
    first = fetch_urls([url], project, allow_private=True)
    second = fetch_urls([url], project, allow_private=True)
    assert first == second
    text = (project.seeds / "sources.yaml").read_text()
    assert text.startswith("# mine\n") and text.count(url) == 1
    assert load_manifest(project)["old.txt"].outlet == "Somebody"


def test_failed_fetch_writes_nothing(project: Config, server: str) -> None:
    with pytest.raises(FetchError, match="404"):
        fetch_urls(
            [f"{server}/coastal_summit.html", f"{server}/missing.html"], project, allow_private=True
        )
    assert list(project.seeds.iterdir()) == []


def test_local_addresses_are_refused_unless_allowed(project: Config, server: str) -> None:
    url = f"{server}/coastal_summit.html"
    with pytest.raises(FetchError) as info:
        fetch_urls([url], project)
    # The guard is named, with the way past it (issue 22: it said "no answer").
    assert str(info.value) == (
        f"could not fetch {url}: 127.0.0.1 is a loopback or private address, which briefgen "
        "refuses by default (a page from the open web cannot make it reach this machine's "
        "network); pass --allow-private to fetch from this machine or network"
    )


def test_not_a_web_address(project: Config) -> None:
    with pytest.raises(FetchError, match="not a web address"):
        fetch_urls(["file:///etc/passwd"], project)


def test_file_names_are_stable_and_readable() -> None:
    a = file_name_for("https://www.example.com/world/2022/03/11/putin-talks.html")
    assert a == file_name_for("https://www.example.com/world/2022/03/11/putin-talks.html")
    assert a.startswith("example-com-world-2022-03-11-putin-talks_") and a.endswith(".html")
    assert a != file_name_for("https://www.example.com/world/2022/03/11/putin-talks.html?page=2")
