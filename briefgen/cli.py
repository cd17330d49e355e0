"""The briefgen command line. BriefgenError becomes an exit code here and nowhere else."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from briefgen import __version__
from briefgen.collector import fewer_collections
from briefgen.config import Config, load_config
from briefgen.errors import BriefgenError, ContentError, FrozenError
from briefgen.progress import Reporter


class Context:
    def __init__(self, project: Path, verbosity: int, debug: bool, jobs: int | None):
        self.project = project
        self.reporter = Reporter(verbosity)
        self.debug = debug
        self.jobs = jobs

    def config(self) -> Config:
        return load_config(self.project, jobs=self.jobs)


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
            project, 1 if verbosity is None else verbosity, debug, kwargs.pop("jobs", None)
        )
        try:
            with fewer_collections():
                return func(ctx, **kwargs)
        except BriefgenError as exc:
            if debug:
                raise
            _print_error(exc)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted; content/ is unchanged or complete", err=True)
            sys.exit(130)

    return wrapper


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=0),
        default=None,
        help="Processes for ingest and extraction (default: all cores).",
    )(func)


def _print_error(exc: BriefgenError) -> None:
    if isinstance(exc, ContentError):
        for problem in exc.problems:
            click.echo(f"error: {problem.render()}", err=True)
        click.echo(f"{len(exc.problems)} problem(s) in content/; nothing was written", err=True)
    else:
        click.echo(f"error: {exc.render()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn a folder of news articles about one story into a cross-linked briefing site."""


@main.command()
@common_options
@jobs_option
@click.option(
    "--frozen",
    is_flag=True,
    help="Fail, changing nothing, if content/ would change (CI that publishes reviewed content).",
)
@click.option("--no-site", is_flag=True, help="Stop after rendering Markdown; skip mkdocs.")
@click.option(
    "--strict",
    is_flag=True,
    help="Stop (exit 3), writing nothing, if a file in seeds/ yields no article; "
    "by default it is skipped with a warning.",
)
@click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=0,
    help="If another briefgen is writing this project, wait up to SECONDS for it.",
)
def build(ctx: Context, frozen: bool, no_site: bool, strict: bool, wait_seconds: float) -> None:
    """Ingest, extract, merge, store content/, render and publish the site into site/."""
    from briefgen.build import render_and_publish, update_content
    from briefgen.store.transaction import project_lock

    config = ctx.config()
    with project_lock(config.project, wait_seconds=wait_seconds):
        stored, extracted, rendered = update_content(
            config, ctx.reporter, frozen=frozen, render=True, strict=strict
        )
        if frozen and stored.changed:
            raise FrozenError(
                f"--frozen: content/ would change ({len(stored.changed)} file(s)); nothing "
                f"was written. Run `briefgen build`, review and commit content/.\n{stored.diff}"
            )
        ctx.reporter.info(_content_summary(stored.content, stored.changed, extracted))
        pages, published = render_and_publish(
            config, ctx.reporter, publish=not no_site, rendered=rendered
        )
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    ctx.reporter.info(f"built {len(pages.pages)} pages into {where}")


@main.command()
@common_options
@jobs_option
@click.option(
    "--strict",
    is_flag=True,
    help="Stop (exit 3), writing nothing, if a file in seeds/ yields no article; "
    "by default it is skipped with a warning.",
)
@click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=0,
    help="If another briefgen is writing this project, wait up to SECONDS for it.",
)
def extract(ctx: Context, strict: bool, wait_seconds: float) -> None:
    """Update content/ from seeds/ (ingest, extract, merge, store); no rendering."""
    from briefgen.build import update_content
    from briefgen.store.transaction import project_lock

    config = ctx.config()
    with project_lock(config.project, wait_seconds=wait_seconds):
        stored, extracted, _ = update_content(config, ctx.reporter, strict=strict)
    ctx.reporter.info(_content_summary(stored.content, stored.changed, extracted))


@main.command()
@common_options
@click.option("--no-site", is_flag=True, help="Only write the Markdown; skip mkdocs.")
def render(ctx: Context, no_site: bool) -> None:
    """Render content/ to Markdown and publish the site. Runs no NLP."""
    from briefgen.build import render_and_publish
    from briefgen.store.transaction import project_lock

    config = ctx.config()
    # Publishing swaps site/ through folders beside it: one writer at a time.
    with project_lock(config.project):
        pages, published = render_and_publish(config, ctx.reporter, publish=not no_site)
    where = f"{config.site_dir}/" if published else f"{config.docs_dir}/"
    ctx.reporter.info(f"built {len(pages.pages)} pages into {where}")


@main.command()
@common_options
def check(ctx: Context) -> None:
    """Validate content/: YAML, types, required fields, unique ids, every reference.

    A reference to an id that an editor deleted or renamed since the last build is a
    warning (the next build drops or rewrites it); any other broken reference is an error.
    """
    from briefgen.store import read_content
    from briefgen.store.corrections import read_edited

    config = ctx.config()
    result = read_content(config, allow_dangling=True)
    for warning in result.warnings:
        ctx.reporter.warn(warning.render())
    if result.errors:
        raise ContentError(list(result.errors))
    read_edited(config)  # raises for the broken references no edit explains
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
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on."
)
def serve(ctx: Context, dev_addr: str) -> None:
    """Render content/ and serve the site with live reload (mkdocs serve)."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    from briefgen.build import render_and_publish

    config = ctx.config()
    render_and_publish(config, ctx.reporter, publish=False)
    mkdocs_serve(config_file=str(config.mkdocs_yml), dev_addr=dev_addr, docs_dir=str(config.docs))


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default=None, help="The briefing's title (default: the folder's name).")
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def init(directory: Path, title: str | None, debug: bool) -> None:
    """Make a new, empty briefing project in DIRECTORY that builds."""
    from briefgen.scaffold import init_project

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
    from briefgen.ingest.fetch import fetch_urls
    from briefgen.store.transaction import project_lock

    config = ctx.config()
    with project_lock(config.project):
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
        f"{len(content.casualties)} casualty figures, {len(content.events)} events"
    )
