"""Hostile text in articles and in an editor's YAML, built into the site: every page's
HTML shows it as inert text (no injected element, attribute, script or link), and the
editor's text is shown as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hardening_checks import MARK, injected, visible_text
from hardening_counts import tried
from hardening_support import GOOD_ARTICLE, run_cli

PAYLOADS = (
    f"<script>alert('{MARK}')</script>",
    f"<img src=x onerror=alert('{MARK}')>",
    f'<a href="javascript:alert(1)" {MARK}="1">{MARK} link</a>',
    f"[click {MARK}](javascript:alert('{MARK}'))",
    f"[ref {MARK}][x] and [x]: javascript:alert('{MARK}')",
    f"![{MARK}](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    f"<https://{MARK}.example/> and https://{MARK}.example/bare",
    f"javascript:alert('{MARK}')",
    f"{{{{ config.{MARK} }}}} {{% include '{MARK}' %}} {{# {MARK} #}}",
    f"{{{{ lipsum() }}}}{{% raw %}}{MARK}{{% endraw %}}",
    f"--- title: {MARK} hide: [navigation] ---",
    f"**{MARK}** _em_ `code` # heading > quote - item 1. item",
    f"<!-- {MARK} --> &lt;b&gt; &amp; &#x3c;script&#x3e; &#106;avascript:",
    f"{{: onclick=\"alert('{MARK}')\" }} {{#{MARK}-id .{MARK}-class}}",
    f"| {MARK} | cell |",
    f'<div markdown="1" class="{MARK}">*x*</div>',
    f'<svg onload="alert(\'{MARK}\')"><use href="#{MARK}"/></svg>',
    f'!!! danger "{MARK}"',
    f"[[{MARK}]] <<{MARK}>> $${MARK}$$ ~~{MARK}~~ ^^{MARK}^^ =={MARK}==",
    f"\\{MARK}\\ \\\\ \\* \\_",
    f"{MARK}\u202eevil\u200b\u2028line",
    "W" * 3000 + MARK,
    f"{MARK}" + "-" * 400,
)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False)


def _folded(text: str) -> str:
    return " ".join(text.split())


def _article(payloads: tuple[str, ...]) -> str:
    paras = [
        "Talks on the hostile text go on",
        "KYIV, March 10 (Wire) - The ministers met in the capital on Thursday, "
        "officials said in a statement.",
    ]
    for i, payload in enumerate(payloads):
        paras.append(
            f"The spokesman, speaking on Thursday, wrote {payload} in message number {i} "
            "to reporters, officials said."
        )
    return "\n\n".join(paras) + "\n"


def _editor_yaml(story: Path) -> None:
    """An editor's actors, quotes, figures, events and briefing, all made of payloads."""
    ref = [{"source": "talks", "para": "p2"}]
    p = PAYLOADS
    actors = [
        {
            "id": f"actor-{i}",
            "name": payload,
            "kind": "person",
            "roles": [f"role {i}: {p[(i + 1) % len(p)]}"],
            "aliases": [f"alias {i}: {p[(i + 2) % len(p)]}"],
            "mentions": ref,
        }
        for i, payload in enumerate(p)
    ]
    quotes = [
        {
            "id": f"q-hostile-{i}",
            "text": payload,
            "kind": "direct",
            "speaker": f"actor-{i}",
            "said_on": "2022-03-10",
            "sources": ref,
        }
        for i, payload in enumerate(p)
    ]
    casualties = [
        {
            "id": f"c-hostile-{i}",
            "kind": "killed",
            "count": i + 1,
            "victims": payload,
            "place": p[(i + 3) % len(p)],
            "claimed_by": [f"claimant {i}: {p[(i + 4) % len(p)]}", f"actor-{i}"],
            "sources": ref,
        }
        for i, payload in enumerate(p)
    ]
    events = [
        {
            "id": f"e-hostile-{i}",
            "date": "2022-03-10",
            "title": payload,
            "summary": p[(i + 5) % len(p)],
            "place": p[(i + 6) % len(p)],
            "actors": [f"actor-{i}"],
            "quotes": [f"q-hostile-{i}"],
            "casualties": [f"c-hostile-{i}"],
            "sources": ref,
        }
        for i, payload in enumerate(p)
    ]
    briefing = {
        "title": f"Briefing <b>{MARK}</b> {{{{ x }}}}",
        "summary": [{"text": payload, "sources": ref} for payload in p],
        "disputes": [
            {
                "about": payload,
                "sides": [
                    {"actor": f"actor-{i}", "claim": p[(i + 7) % len(p)], "sources": ref},
                    {"actor": f"side {i}: {p[(i + 8) % len(p)]}", "claim": p[(i + 9) % len(p)]},
                ],
            }
            for i, payload in enumerate(p[:6])
        ],
    }
    content = story / "content"
    for name, data in (
        ("actors.yaml", actors),
        ("quotes.yaml", quotes),
        ("casualties.yaml", casualties),
        ("events.yaml", events),
        ("briefing.yaml", briefing),
    ):
        (content / name).write_text(_dump(data), encoding="utf-8")
    source = yaml.safe_load((content / "sources" / "talks.yaml").read_text(encoding="utf-8"))
    source.update(title=p[0], outlet=p[2], url=f"javascript:alert('{MARK}')", author=p[3])
    (content / "sources" / "talks.yaml").write_text(_dump(source), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "story"
    assert run_cli("init", str(root), "--title", "Hostile").exit_code == 0
    (root / "seeds" / "talks.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    first = run_cli("build", "--project", str(root), "--jobs", "1", "--no-site")
    assert first.exit_code == 0, first.output
    (root / "seeds" / "hostile.txt").write_text(_article(PAYLOADS), encoding="utf-8")
    escaped = "".join(
        f"<p>The spokesman wrote {_html_text(x)} in note {i}, officials said on Thursday.</p>"
        for i, x in enumerate(PAYLOADS)
    )
    (root / "seeds" / "hostile-page.html").write_text(
        f"<html><head><title>{_html_text(PAYLOADS[0])}</title>"
        f"<script>alert('{MARK}')</script></head><body><article><h1>Hostile page</h1>"
        f"<p>The ministers met on Thursday in the capital, officials said.</p>{escaped}"
        f"<p><a href=\"javascript:alert('{MARK}')\">Read {MARK} more</a> of the talks, "
        "officials said.</p></article></body></html>",
        encoding="utf-8",
    )
    _editor_yaml(root)
    result = run_cli("build", "--project", str(root), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return root


def _html_text(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_has_an_injected_element_attribute_script_or_link(hostile_site: Path) -> None:
    pages = _pages(hostile_site / "site")
    assert len(pages) > 20
    problems = {p.relative_to(hostile_site).as_posix(): injected(p) for p in pages}
    assert {k: v for k, v in problems.items() if v} == {}
    tried("hostile text", len(PAYLOADS) * 3)


def test_the_editors_text_is_shown_as_written(hostile_site: Path) -> None:
    site = hostile_site / "site"
    shown = " ".join(visible_text(p) for p in _pages(site))
    missing = [x for x in PAYLOADS if _folded(x) not in shown]
    assert missing == []
    tried("hostile text", len(PAYLOADS))


def test_the_articles_text_reaches_the_site_and_stays_text(hostile_site: Path) -> None:
    site = hostile_site / "site"
    source_pages = [p for p in (site / "sources").glob("*.html") if "hostile" in p.name]
    assert len(source_pages) == 2
    for page in source_pages:
        text = visible_text(page)
        assert text.count(MARK) >= len(PAYLOADS) - 2, page
        assert f"<script>alert('{MARK}')</script>" in text


def test_the_search_index_holds_no_markup_made_of_hostile_text(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "site/search/search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            value = doc.get(field, "")
            for tag in ("<script", "<img", "<svg", "<a ", "<div"):
                assert not (tag in value and MARK in value.split(tag, 1)[1][:80]), (
                    doc["location"],
                    value[:200],
                )


def test_hostile_text_survives_a_rebuild_unchanged(hostile_site: Path) -> None:
    before = (hostile_site / "content" / "quotes.yaml").read_text(encoding="utf-8")
    result = run_cli("build", "--project", str(hostile_site), "--jobs", "1", "--no-site")
    assert result.exit_code == 0, result.output
    assert (hostile_site / "content" / "quotes.yaml").read_text(encoding="utf-8") == before
    assert run_cli("check", "--project", str(hostile_site)).exit_code == 0


@pytest.mark.parametrize(
    "markup",
    [
        f"<img src=x onerror=alert('{MARK}')>",
        f"<script>alert('{MARK}')</script>",
        f'<a href="javascript:alert(1)">{MARK}</a>',
        f'<a href="https://{MARK}.example/">x</a>',
        f'<p class="{MARK}">x</p>',
        f"<{MARK}>x</{MARK}>",
        f'<p {MARK}="1">x</p>',
    ],
)
def test_the_checker_sees_each_kind_of_injection(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{MARK} as text</p>{markup}</body></html>")
    assert injected(page) != []
    page.write_text(f"<html><body><p>{_html_text(markup)}</p></body></html>")
    assert injected(page) == []
