"""What each command does once its options are read: the pipeline, content/ and the
editors' tools behind the click layer (cli.py).

cli.py imports this module only when a command runs, so that `briefgen --help`, `init`
and every error path start without loading the stages.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import click

from briefgen import build as pipeline
from briefgen import store
from briefgen.config import Config
from briefgen.editors.review import doubts, locate
from briefgen.errors import ContentError, FrozenError
from briefgen.runtime.progress import Reporter
from briefgen.store.corrections import has_entries, read_edited
from briefgen.store.state import load_state, missing_state_error
from briefgen.transaction import project_lock


def build(
    config: Config,
    reporter: Reporter,
    *,
    frozen: bool,
    no_site: bool,
    strict: bool,
    wait_seconds: float,
) -> None:
    config = replace(config, strict=strict)
    with project_lock(config.project, wait_seconds=wait_seconds, report=reporter.warn):
        stored, extracted, rendered = pipeline.update_content(
            config, reporter, frozen=frozen, render=True
        )
        if frozen and stored.changed:
            raise FrozenError(
                f"--frozen: content/ would change ({len(stored.changed)} file(s)); nothing "
                f"was written. Run `briefgen build`, review and commit content/.\n{stored.diff}"
            )
        reporter.info(_content_summary(stored.content, stored.changed, extracted))
        pages, published = pipeline.render_and_publish(
            config, reporter, publish=not no_site, rendered=rendered
        )
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    reporter.info(f"built {len(pages.pages)} pages into {where}")


def extract(config: Config, reporter: Reporter, *, strict: bool, wait_seconds: float) -> None:
    config = replace(config, strict=strict)
    with project_lock(config.project, wait_seconds=wait_seconds, report=reporter.warn):
        stored, extracted, _ = pipeline.update_content(config, reporter)
    reporter.info(_content_summary(stored.content, stored.changed, extracted))


def render(config: Config, reporter: Reporter, *, no_site: bool) -> None:
    # Publishing swaps site/ through folders beside it: one writer at a time.
    with project_lock(config.project, report=reporter.warn):
        pages, published = pipeline.render_and_publish(config, reporter, publish=not no_site)
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    reporter.info(f"built {len(pages.pages)} pages into {where}")


def check(config: Config, reporter: Reporter, *, wait_seconds: float) -> None:
    # Under the lock: a write a killed build left is finished first (else check would see
    # content/ half old, half new), and no build writes while check reads.
    with project_lock(config.project, wait_seconds=wait_seconds, report=reporter.warn):
        result = store.read_content(config, allow_dangling=True)
        for warning in result.warnings:
            reporter.warn(warning.render())
        if result.errors:
            raise ContentError(list(result.errors))
        read_edited(config, for_merge=False)  # raises for broken references no edit explains
        content = result.content
        if content is not None and has_entries(content) and load_state(config) is None:
            reporter.warn(missing_state_error(config).problems[0].render())
    for _kind, _ident, problem in result.dangling:
        reporter.warn(f"{problem.render()} (an edit since the last build; the next build fixes it)")
    content = result.content
    assert content is not None
    skipped = [s for s in content.sources if s.skipped]
    for source in skipped:
        kept = " (its text is from the last build that read it)" if source.paragraphs else ""
        reporter.warn(f"{source.file}: skipped by the last build: {source.skipped}{kept}")
    counted = f", {len(skipped)} skipped" if skipped else ""
    reporter.info(
        f"content/ is valid: {len(content.sources)} sources{counted}, "
        f"{len(content.actors)} actors, "
        f"{len(content.quotes)} quotes, {len(content.casualties)} casualty figures, "
        f"{len(content.events)} events"
    )


def review(config: Config, reporter: Reporter, *, as_json: bool) -> None:
    content, _ = store.load_valid_content(config)
    found = locate(doubts(content), config)
    if as_json:
        click.echo(json.dumps([f.as_json() for f in found], ensure_ascii=False, indent=1))
        return
    for item in found:
        click.echo(item.render())
    reporter.info(
        f"{_facts_to_review(len(found))}; set `reviewed: true` on an entry once you have checked it"
    )


def serve(load: Callable[[], Config], reporter: Reporter, dev_addr: str) -> None:
    from briefgen.editors.serve import serve as serve_site  # mkdocs' server: only here

    def say(message: str, is_error: bool) -> None:
        click.echo(message, err=is_error)
        (sys.stderr if is_error else sys.stdout).flush()

    serve_site(load, reporter, dev_addr, say)


def add(config: Config, reporter: Reporter, urls: tuple[str, ...], *, allow_private: bool) -> None:
    from briefgen.ingest.fetch import fetch_urls  # trafilatura's fetcher: only here

    with project_lock(config.project, report=reporter.warn):
        saved = fetch_urls(urls, config, allow_private=allow_private)
    for path in saved:
        reporter.info(f"saved {path.relative_to(config.project).as_posix()}")


def _content_summary(content: Any, changed: tuple[str, ...], extracted: int) -> str:
    state = f"{len(changed)} file(s) changed" if changed else "unchanged"
    skipped = sum(1 for s in content.sources if s.skipped)
    return (
        f"content/ {state}: {len(content.sources)} sources, {skipped} skipped "
        f"({extracted} extracted), "
        f"{len(content.actors)} actors, {len(content.quotes)} quotes, "
        f"{len(content.casualties)} casualty figures, {len(content.events)} events; "
        f"{_facts_to_review(len(doubts(content)))} (`briefgen review`)"
    )


def _facts_to_review(count: int) -> str:
    return f"{count} fact{'' if count == 1 else 's'} to review"
