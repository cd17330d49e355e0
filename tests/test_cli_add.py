"""`briefgen add URL…` through the CLI, against a server on 127.0.0.1 only."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import main

PAGES = Path(__file__).resolve().parent / "ingest" / "pages"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def server() -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(PAGES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_add_saves_the_page_and_a_build_takes_it_in(tmp_path: Path, server: str) -> None:
    project = tmp_path / "story"
    assert CliRunner().invoke(main, ["init", str(project)]).exit_code == 0
    url = f"{server}/riverside_floods.html"
    result = CliRunner().invoke(main, ["add", "--project", str(project), "--allow-private", url])
    assert result.exit_code == 0, result.output
    assert "saved seeds/" in result.output
    manifest = yaml.safe_load((project / "seeds" / "sources.yaml").read_text())
    assert [entry["url"] for entry in manifest.values()] == [url]
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    (source_yaml,) = (project / "content" / "sources").glob("*.yaml")
    assert yaml.safe_load(source_yaml.read_text())["url"] == url


def test_add_refuses_a_private_address_unless_allowed(tmp_path: Path, server: str) -> None:
    project = tmp_path / "story"
    CliRunner().invoke(main, ["init", str(project)])
    result = CliRunner().invoke(main, ["add", "--project", str(project), f"{server}/x.html"])
    assert result.exit_code == 8, result.output
    assert "Traceback" not in result.output
    assert not (project / "seeds" / "sources.yaml").exists()
