"""The briefgen command line. BriefgenError becomes an exit code here and nowhere else."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import click

from briefgen import __version__
from briefgen.config import Config, load_config
from briefgen.errors import BriefgenError, ContentError, WriteError
from briefgen.runtime.collector import fewer_collections
from briefgen.runtime.progress import Reporter
from briefgen.scaffold import init_project


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


def _commands() -> ModuleType:
    """The commands' work (commands.py): loaded when a command runs, so that the stages'
    imports (spaCy, jinja2, mkdocs …) cost nothing to `--help`, `init` or a bad option."""
    from briefgen import commands

    return commands


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
    _commands().build(
        ctx.config(),
        ctx.reporter,
        frozen=frozen,
        no_site=no_site,
        strict=strict,
        wait_seconds=wait_seconds,
    )


@main.command()
@common_options
@jobs_option
@scheduler_option
@strict_option
@wait_option
def extract(ctx: Context, strict: bool, wait_seconds: float) -> None:
    """Update content/ from seeds/ (ingest, extract, merge, store); no rendering."""
    _commands().extract(ctx.config(), ctx.reporter, strict=strict, wait_seconds=wait_seconds)


@main.command()
@common_options
@click.option("--no-site", is_flag=True, help="Only write the Markdown; skip mkdocs.")
def render(ctx: Context, no_site: bool) -> None:
    """Render content/ to Markdown and publish the site. Runs no NLP."""
    _commands().render(ctx.config(), ctx.reporter, no_site=no_site)


@main.command()
@common_options
@wait_option
def check(ctx: Context, wait_seconds: float) -> None:
    """Validate content/: YAML, types, required fields, unique ids, every reference.

    A reference to an id that an editor deleted or renamed since the last build is a
    warning (the next build drops or rewrites it); any other broken reference is an error.
    """
    _commands().check(ctx.config(), ctx.reporter, wait_seconds=wait_seconds)


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
    _commands().review(ctx.config(), ctx.reporter, as_json=as_json)


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
    _commands().serve(ctx.config, ctx.reporter, dev_addr)


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
    _commands().add(ctx.config(), ctx.reporter, urls, allow_private=allow_private)
