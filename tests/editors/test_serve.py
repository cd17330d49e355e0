"""`briefgen serve` as an editor uses it: it says where it serves, shows an edit of
content/quotes.yaml, and keeps the last good site when an edit breaks the file.

The server runs as a real process; each wait polls with a generous timeout (it checks
that the change arrives, not how fast)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

WAIT_SECONDS = 180.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, project: Path) -> None:
        self.port = free_port()
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from briefgen.cli import main; main()",
                "serve",
                "--project",
                str(project),
                "--dev-addr",
                f"127.0.0.1:{self.port}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def get(self, path: str) -> str:
        url = f"http://127.0.0.1:{self.port}/{path}"
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our server
            return str(response.read().decode("utf-8"))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def wait_for(what: str, check: Callable[[], bool], server: Server) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"serve exited while waiting for {what}:\n" + "\n".join(server.lines))
        try:
            if check():
                return
        except OSError:
            pass  # not listening yet, or a page mid-build
        time.sleep(0.5)
    pytest.fail(f"no {what} within {WAIT_SECONDS:.0f} s:\n" + "\n".join(server.lines))


@pytest.fixture
def server(project: Path) -> Iterator[Server]:
    running = Server(project)
    try:
        yield running
    finally:
        running.stop()


def test_serve_prints_its_address_shows_an_edit_and_survives_a_broken_one(
    project: Path, server: Server
) -> None:
    address = f"Serving on http://127.0.0.1:{server.port}/"
    wait_for("address", lambda: address in server.lines, server)
    assert "There are certain positive shifts" in server.get("quotes/index.html")

    quotes = project / "content" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    assert "There are certain positive shifts" in text
    edited = text.replace("There are certain positive shifts", "There are some positive shifts")
    quotes.write_text(edited, encoding="utf-8")
    wait_for(
        "edited quote on the page",
        lambda: "There are some positive shifts" in server.get("quotes/index.html"),
        server,
    )
    assert quotes.read_text(encoding="utf-8") == edited  # serve does not rewrite it

    # A tab where YAML wants spaces: the error, with its line, and the last good site.
    lines = edited.splitlines(keepends=True)
    lines[2] = "\t" + lines[2].lstrip(" ")
    quotes.write_text("".join(lines), encoding="utf-8")
    wait_for(
        "error message",
        lambda: any(line.startswith("error: content/quotes.yaml:3: ") for line in server.lines),
        server,
    )
    assert any("still serving the last good build" in line for line in server.lines)
    page = server.get("quotes/index.html")
    assert "There are some positive shifts" in page
    assert "Traceback" not in "\n".join(server.lines)

    # Mended, and a new article in seeds/: its page appears (its extraction runs).
    quotes.write_text(edited, encoding="utf-8")
    (project / "seeds" / "005_harbour.txt").write_text(
        "Harbour reopens after week-long closure\n\n"
        "The port authority said on Friday that the harbour had reopened to shipping.\n",
        encoding="utf-8",
    )
    wait_for(
        "the new source's page",
        lambda: "Harbour reopens" in server.get("sources/005_harbour.html"),
        server,
    )
