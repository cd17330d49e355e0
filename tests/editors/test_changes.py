"""What changed: content/changes.yaml, the What's new page and the Atom feed."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.editors.changes import build_date, change_set, record_changes
from briefgen.records import content as c

ATOM = "{http://www.w3.org/2005/Atom}"

# A short wire-style report, written for this test.
NEW_ARTICLE = """\
Ukraine says talks with Russia to resume on Monday

KYIV, March 13 (Reuters) - Ukrainian presidential adviser Mykhailo Podolyak said on \
Sunday that talks with Russian negotiators would resume on Monday by video link.

"The negotiations will continue tomorrow," Podolyak told reporters in Kyiv.

Regional governor Vitaliy Kim said at least 9 people were killed in a strike on the \
administration building in Mykolaiv on Sunday.
"""


def build(project: Path, epoch: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--jobs", "1"])
    assert result.exit_code == 0, result.output


def entries(feed: Path) -> list[ET.Element]:
    return ET.parse(feed).getroot().findall(f"{ATOM}entry")


def assert_valid_atom(feed: Path) -> None:
    """RFC 4287's required elements, checked by hand, and a feed parser's verdict."""
    root = ET.parse(feed).getroot()
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{tag}")) == 1, tag
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    ids = set()
    for entry in root.findall(f"{ATOM}entry"):
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        ids.add(entry.findtext(f"{ATOM}id"))
        dt.datetime.strptime(entry.findtext(f"{ATOM}updated") or "", "%Y-%m-%dT%H:%M:%SZ")
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
        assert entry.find(f"{ATOM}content[@type='html']") is not None
    assert len(ids) == len(root.findall(f"{ATOM}entry")), "entry ids must be unique"
    parsed = feedparser.parse(feed.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"


def test_the_feed_is_atom_gains_an_entry_for_a_new_source_and_is_stable_otherwise(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(project, "1647000000", monkeypatch)  # 11 March 2022
    feed = project / "site" / "feed.xml"
    assert_valid_atom(feed)
    first = feed.read_bytes()
    log = (project / "content" / "changes.yaml").read_bytes()
    page = (project / "docs_build" / "whats-new.md").read_bytes()

    # Nothing new, on another day: not a byte changes.
    build(project, "1647500000", monkeypatch)
    assert feed.read_bytes() == first
    assert (project / "content" / "changes.yaml").read_bytes() == log
    assert (project / "docs_build" / "whats-new.md").read_bytes() == page

    # A new source on 13 March: one more entry, first, listing it with a link.
    (project / "seeds" / "005_kyiv_talks.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build(project, "1647200000", monkeypatch)
    assert_valid_atom(feed)
    got = entries(feed)
    assert len(got) == len(entries_of(first)) + 1
    newest = got[0]
    assert (newest.findtext(f"{ATOM}updated") or "").startswith("2022-03-13")
    html = newest.findtext(f"{ATOM}content") or ""
    assert 'href="sources/005_kyiv_talks.html"' in html
    assert "Ukraine says talks with Russia to resume on Monday" in html
    changes = yaml.safe_load((project / "content" / "changes.yaml").read_text())
    assert changes[-1]["date"] == dt.date(2022, 3, 13)
    assert changes[-1]["sources"] == ["005_kyiv_talks"]
    whats_new = (project / "site" / "whats-new.html").read_text(encoding="utf-8")
    assert "13 March 2022" in whats_new and "005_kyiv_talks.html" in whats_new


def entries_of(data: bytes) -> list[ET.Element]:
    return ET.fromstring(data).findall(f"{ATOM}entry")


def test_check_reports_a_broken_change_log_with_its_line(project: Path) -> None:
    log = project / "content" / "changes.yaml"
    log.write_text("- date: 2022-03-11\n  sources: [a]\n- date: someday\n  events: [b]\n")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 4
    assert (
        "error: content/changes.yaml:3: 'date' must be a date like 2022-03-11, not 'someday'"
        in result.output
    )


def _content(**lists: object) -> c.Content:
    return c.Content(briefing=c.BriefingEntry(title="T"), **lists)  # type: ignore[arg-type]


def test_a_change_set_names_what_is_new_and_what_was_revised() -> None:
    ref = c.Ref("s1", "p1")
    before = _content(
        sources=(),
        casualties=(c.CasualtyEntry("c-a", "killed", 4, sources=(ref,)),),
        changes=(c.ChangeSet(dt.date(2022, 3, 10), sources=("s0",)),),
    )
    notable = c.ActorEntry("jo-bloggs", "Jo Bloggs", "person", mentions=(ref, c.Ref("s2", "p1")))
    after = _content(
        actors=(notable, c.ActorEntry("ann-other", "Ann Other", "person", mentions=(ref,))),
        casualties=(
            c.CasualtyEntry("c-a", "killed", 6, sources=(ref,)),  # revised count
            c.CasualtyEntry("c-b", "killed", 9, supersedes="c-a", sources=(ref,)),  # updates
            c.CasualtyEntry("c-c", "injured", 2, sources=(ref,)),  # new
        ),
        quotes=(
            c.QuoteEntry("q-1", "Yes", speaker="jo-bloggs", sources=(ref,)),
            c.QuoteEntry("q-2", "No", speaker="ann-other", sources=(ref,)),  # not notable
        ),
    )
    found = change_set(before, after, dt.date(2022, 3, 11))
    assert found == c.ChangeSet(
        dt.date(2022, 3, 11), figures=("c-c",), revised=("c-a", "c-b"), quotes=("q-1",)
    )
    logged = record_changes(before, after, dt.date(2022, 3, 11))
    assert logged.changes == (*before.changes, found)
    # Nothing new: the log stays as it was.
    assert record_changes(logged, logged, dt.date(2022, 3, 12)).changes == logged.changes


def test_the_build_date_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1647000000")
    assert build_date() == dt.date(2022, 3, 11)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(Exception, match="SOURCE_DATE_EPOCH must be a whole number"):
        build_date()
