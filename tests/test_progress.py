"""Progress on a terminal (counts, percent, ETA, stage times) and silence elsewhere."""

from __future__ import annotations

import io
import re
import sys

import pytest

from briefgen.runtime.progress import Reporter


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def on_terminal(monkeypatch: pytest.MonkeyPatch) -> _Terminal:
    # In the test itself: pytest's capture replaces sys.stderr as each phase starts.
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.delenv("CI", raising=False)
    return screen


def test_a_terminal_shows_counts_and_stage_times(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    reporter = Reporter()
    assert list(reporter.track(iter("abcd"), 4, "extract on local:2")) == list("abcd")
    with reporter.stage("merge and summarize"):
        pass
    shown = terminal.getvalue()
    assert "extract on local:2" in shown
    assert "4/4" in shown
    assert "100%" in shown
    assert "\rmerge and summarize: 0.0s" in shown


def test_the_eta_is_drawn_while_items_remain(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    terminal = on_terminal(monkeypatch)
    reporter = Reporter()
    for item in reporter.track(iter(range(3)), 3, "ingest"):
        if item < 2:
            time.sleep(0.6)  # click redraws at most every half second
    drawn = terminal.getvalue()
    assert re.search(r"ingest .* [12]/3 .*\d\d:\d\d:\d\d", drawn), drawn


def test_ci_and_quiet_show_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    monkeypatch.setenv("CI", "true")
    for reporter in (Reporter(), Reporter(verbosity=0)):
        assert list(reporter.track(iter("ab"), 2, "extract")) == ["a", "b"]
        with reporter.stage("publish"):
            pass
    assert terminal.getvalue() == ""
