"""What a reader downloads to search a built site, measured in Debian's chromium.

    python bench/search_bytes.py SITE_DIR --query "Dmytro Kuleba" [--query ...]

Serves SITE_DIR on 127.0.0.1, opens its home page, types each query into the search box
(Material's or Pagefind's, whichever the site has) and waits for the results; it counts
the bytes of every response that belongs to the search: Material's index and search
worker, or everything under pagefind/. Each query starts in a fresh browser context
(an empty cache), so the figure is a first search's cost. Bytes as served (uncompressed)
and gzipped (what a host that compresses would send; Pagefind's chunks are compressed
already).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import sys
import threading
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _is_search(url: str) -> bool:
    return "/pagefind/" in url or "/search/search_index" in url or "workers/search" in url


def measure(site: Path, queries: list[str], browser: Any = None) -> list[dict[str, Any]]:
    """One row per query; in ``browser`` (a Playwright chromium) or one launched here."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        if browser is not None:
            return [_one_query(browser, base, query) for query in queries]
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                return [_one_query(launched, base, query) for query in queries]
            finally:
                launched.close()
    finally:
        server.shutdown()
        server.server_close()


def _one_query(browser: Any, base: str, query: str) -> dict[str, Any]:
    context = browser.new_context()
    bodies: dict[str, bytes] = {}

    def keep(response: Any) -> None:
        if _is_search(response.url):
            try:
                bodies[response.url] = response.body()
            except Exception:  # noqa: BLE001 - a redirect or aborted response has no body
                bodies.setdefault(response.url, b"")

    context.on("response", keep)
    page = context.new_page()
    page.goto(f"{base}/index.html", wait_until="networkidle")
    # Pagefind's box is made by a script after the page loads: on a busy machine it can
    # come after "networkidle", so wait for either search's box before telling them apart.
    page.wait_for_selector("#bg-pagefind input, input.md-search__input", timeout=30000)
    if page.locator("#bg-pagefind input").count():
        page.locator("#bg-pagefind input").fill(query)
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=30000)
        search = "pagefind"
    else:
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(query, delay=20)
        page.locator(".md-search-result__item").first.wait_for(timeout=30000)
        search = "material"
    page.wait_for_load_state("networkidle")
    context.close()
    return {
        "query": query,
        "search": search,
        "requests": len(bodies),
        "bytes": sum(len(b) for b in bodies.values()),
        "gzip_bytes": sum(len(gzip.compress(b, 6)) for b in bodies.values()),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/search_bytes.py", description=__doc__)
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", action="append", required=True)
    args = parser.parse_args(argv)
    for row in measure(args.site.resolve(), args.query):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
