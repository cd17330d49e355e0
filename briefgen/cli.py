"""The briefgen command line. BriefgenError becomes an exit code here and nowhere else."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from briefgen import __version__, store
from briefgen import build as pipeline
from briefgen.config import Config, load_config
from briefgen.editors.review import doubts, locate
from briefgen.errors import BriefgenError, ContentError, FrozenError, WriteError
from briefgen.runtime.collector import fewer_collections
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project
from briefgen.store.corrections import has_entries, read_edited
from briefgen.store.state import load_state, missing_state_error
from briefgen.transaction import project_lock


class Context:
    def __init__(
        self,
        project: Path,
        verbosity: int,
        debug: bool,
        jobs: int | None,
        scheduler: str | None = None,
    ):
        self.project = project
        self.reporter = Reporter(verbosity)
        self.debug = debug
        self.jobs = jobs
        self.scheduler = scheduler

    def config(self) -> Config:
        return load_config(self.project, jobs=self.jobs, scheduler=self.scheduler)


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    @click.option(
        "--project",
        "project",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help="The briefing project folder.",
    )
    @click.option(
        "--quiet", "-q", "verbosity", flag_value=0, help="Print only errors and warnings."
    )
    @click.option("--verbose", "-v", "verbosity", flag_value=2, help="Print what each stage did.")
    @click.option("--debug", is_flag=True, help="Show a traceback on errors.")
    @functools.wraps(func)
    def wrapper(project: Path, verbosity: int | None, debug: bool, **kwargs: Any) -> Any:
        ctx = Context(
            project,
            1 if verbosity is None else verbosity,
            debug,
            kwargs.pop("jobs", None),
            kwargs.pop("scheduler", None),
        )
        try:
            with fewer_collections():
                return func(ctx, **kwargs)
        except BriefgenError as exc:
            if debug:
                raise
            _print_error(exc, writes=func.__name__ not in READ_ONLY)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted; content/ is unchanged or complete", err=True)
            sys.exit(130)
        except OSError as exc:
            # The file system refused something no stage foresaw (a full disk, a folder
            # made read-only): a located message, not a traceback.
            if debug:
                raise
            _print_error(os_error(exc))
            sys.exit(WriteError.exit_code)

    return wrapper


def os_error(exc: OSError) -> WriteError:
    where = exc.filename if exc.filename is not None else None
    reason = exc.strerror or str(exc)
    return WriteError(f"{reason}; nothing more was done (content/ is whole)", path=where)


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=0),
        default=None,
        help="Processes for ingest and extraction (default: all cores).",
    )(func)


def scheduler_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Run ingest and extraction on a Dask cluster: a scheduler's address "
        "(tcp://host:port), or local:N for a LocalCluster of N workers here. "
        "Needs briefgen[distributed].",
    )(func)


def strict_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--strict",
        is_flag=True,
        help="Stop (exit 3), writing nothing, if a file in seeds/ yields no article; "
        "by default it is skipped with a warning.",
    )(func)


def wait_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--wait",
        "wait_seconds",
        type=click.FloatRange(min=0),
        default=0,
        help="If another briefgen is writing this project, wait up to SECONDS for it.",
    )(func)


# Commands that never write: their errors do not say "nothing was written".
READ_ONLY = frozenset({"check", "review"})


def _print_error(exc: BriefgenError, *, writes: bool = True) -> None:
    if isinstance(exc, ContentError):
        for problem in exc.problems:
            click.echo(f"error: {problem.render()}", err=True)
        tail = "; nothing was written" if writes else ""
        click.echo(f"{len(exc.problems)} problem(s) in content/{tail}", err=True)
    else:
        click.echo(f"error: {exc.render()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn a folder of news articles about one story into a cross-linked briefing site."""


@main.command()
@common_options
@jobs_option
@scheduler_option
@click.option(
    "--frozen",
    is_flag=True,
    help="Fail, changing nothing, if content/ would change (CI that publishes reviewed content).",
)
@click.option("--no-site", is_flag=True, help="Stop after rendering Markdown; skip mkdocs.")
@strict_option
@wait_option
def build(ctx: Context, frozen: bool, no_site: bool, strict: bool, wait_seconds: float) -> None:
    """Ingest, extract, merge, store content/, render and publish the site into site/."""
    config = replace(ctx.config(), strict=strict)
    with project_lock(config.project, wait_seconds=wait_seconds, report=ctx.reporter.warn):
        stored, extracted, rendered = pipeline.update_content(
            config, ctx.reporter, frozen=frozen, render=True
        )
        if frozen and stored.changed:
            raise FrozenError(
                f"--frozen: content/ would change ({len(stored.changed)} file(s)); nothing "
                f"was written. Run `briefgen build`, review and commit content/.\n{stored.diff}"
            )
        ctx.reporter.info(_content_summary(stored.content, stored.changed, extracted))
        pages, published = pipeline.render_and_publish(
            config, ctx.reporter, publish=not no_site, rendered=rendered
        )
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    ctx.reporter.info(f"built {len(pages.pages)} pages into {where}")


@main.command()
@common_options
@jobs_option
@scheduler_option
@strict_option
@wait_option
def extract(ctx: Context, strict: bool, wait_seconds: float) -> None:
    """Update content/ from seeds/ (ingest, extract, merge, store); no rendering."""
    config = replace(ctx.config(), strict=strict)
    with project_lock(config.project, wait_seconds=wait_seconds, report=ctx.reporter.warn):
        stored, extracted, _ = pipeline.update_content(config, ctx.reporter)
    ctx.reporter.info(_content_summary(stored.content, stored.changed, extracted))


@main.command()
@common_options
@click.option("--no-site", is_flag=True, help="Only write the Markdown; skip mkdocs.")
def render(ctx: Context, no_site: bool) -> None:
    """Render content/ to Markdown and publish the site. Runs no NLP."""
    config = ctx.config()
    # Publishing swaps site/ through folders beside it: one writer at a time.
    with project_lock(config.project, report=ctx.reporter.warn):
        pages, published = pipeline.render_and_publish(config, ctx.reporter, publish=not no_site)
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    ctx.reporter.info(f"built {len(pages.pages)} pages into {where}")


@main.command()
@common_options
@wait_option
def check(ctx: Context, wait_seconds: float) -> None:
    """Validate content/: YAML, types, required fields, unique ids, every reference.

    A reference to an id that an editor deleted or renamed since the last build is a
    warning (the next build drops or rewrites it); any other broken reference is an error.
    """
    config = ctx.config()
    # Under the lock: a write a killed build left is finished first (else check would see
    # content/ half old, half new), and no build writes while check reads.
    with project_lock(config.project, wait_seconds=wait_seconds, report=ctx.reporter.warn):
        result = store.read_content(config, allow_dangling=True)
        for warning in result.warnings:
            ctx.reporter.warn(warning.render())
        if result.errors:
            raise ContentError(list(result.errors))
        read_edited(config, for_merge=False)  # raises for broken references no edit explains
        content = result.content
        if content is not None and has_entries(content) and load_state(config) is None:
            ctx.reporter.warn(missing_state_error(config).problems[0].render())
    for _kind, _ident, problem in result.dangling:
        ctx.reporter.warn(
            f"{problem.render()} (an edit since the last build; the next build fixes it)"
        )
    content = result.content
    assert content is not None
    skipped = [s for s in content.sources if s.skipped]
    for source in skipped:
        kept = " (its text is from the last build that read it)" if source.paragraphs else ""
        ctx.reporter.warn(f"{source.file}: skipped by the last build: {source.skipped}{kept}")
    counted = f", {len(skipped)} skipped" if skipped else ""
    ctx.reporter.info(
        f"content/ is valid: {len(content.sources)} sources{counted}, "
        f"{len(content.actors)} actors, "
        f"{len(content.quotes)} quotes, {len(content.casualties)} casualty figures, "
        f"{len(content.events)} events"
    )


@main.command()
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON, for tools.")
def review(ctx: Context, as_json: bool) -> None:
    """List the facts an editor should check first, most doubtful first.

    Each line is `content/FILE.yaml:LINE  what  why`: one source only, a speaker or
    claimant found through a pronoun or a role, a figure counted by briefgen, an actor
    merged from other spellings, a dispute's sides, an event dated from a relative word.
    Set `reviewed: true` on an entry once checked: it leaves the list, and no rebuild
    changes it.
    """
    config = ctx.config()
    content, _ = store.load_valid_content(config)
    found = locate(doubts(content), config)
    if as_json:
        click.echo(json.dumps([f.as_json() for f in found], ensure_ascii=False, indent=1))
        return
    for item in found:
        click.echo(item.render())
    ctx.reporter.info(
        f"{_facts_to_review(len(found))}; set `reviewed: true` on an entry once you have checked it"
    )


@main.command()
@common_options
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on."
)
def serve(ctx: Context, dev_addr: str) -> None:
    """Build and serve the site, rebuilding it as the project changes.

    Watches seeds/, content/, site_templates/, briefgen.yaml and mkdocs.yml: a new
    article runs its extraction, an edit of content/ or a template only renders (no NLP),
    and browsers reload. A bad edit prints its file:line error and the last good site
    stays served. Stop with Ctrl-C.
    """
    from briefgen.editors.serve import serve as serve_site  # mkdocs' server: only here

    def say(message: str, is_error: bool) -> None:
        click.echo(message, err=is_error)
        (sys.stderr if is_error else sys.stdout).flush()

    serve_site(ctx.config, ctx.reporter, dev_addr, say)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default=None, help="The briefing's title (default: the folder's name).")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def init(directory: Path, title: str | None, debug: bool) -> None:
    """Make a new, empty briefing project in DIRECTORY that builds."""
    try:
        made = init_project(directory, title=title)
    except BriefgenError as exc:
        if debug:
            raise
        _print_error(exc)
        sys.exit(exc.exit_code)
    click.echo(
        f"created a briefing project in {directory} ({len(made)} files); "
        f"put articles in {directory}/seeds/ and run `briefgen build --project {directory}`"
    )


@main.command()
@common_options
@click.argument("urls", nargs=-1, required=True)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch from loopback and private addresses (a local test server, an intranet).",
)
def add(ctx: Context, urls: tuple[str, ...], allow_private: bool) -> None:
    """Fetch web pages into seeds/ and record their URLs in seeds/sources.yaml."""
    from briefgen.ingest.fetch import fetch_urls  # trafilatura's fetcher: only here

    config = ctx.config()
    with project_lock(config.project, report=ctx.reporter.warn):
        saved = fetch_urls(urls, config, allow_private=allow_private)
    for path in saved:
        ctx.reporter.info(f"saved {path.relative_to(config.project).as_posix()}")


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
