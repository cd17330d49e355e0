"""Render: Content → Markdown pages under docs_dir (jinja2: briefgen's theme/, any
template of the same name in the project's site_templates/ first).

Templates lay out the pages; every text taken from an article goes through the ``t``
filter (briefgen.render.escape.md_text), so it is shown as written and never acts as
Markdown, HTML or template syntax.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from briefgen.config import Config
from briefgen.errors import ConfigError, TemplateError
from briefgen.records.content import Content
from briefgen.render import changes, escape, links
from briefgen.render.linker import format_count, format_date, shorten
from briefgen.render.lists import site_layout
from briefgen.render.model import build_index
from briefgen.render.pages import PageSpec, make_linker, site_pages
from briefgen.runtime.side_by_side import share_items

# The templates every project has, unless its own templates folder holds one of the same
# name (as mkdocs' custom_dir overrides a theme).
THEME = Path(__file__).resolve().parent.parent / "theme"

# Files render owns under docs_dir: anything else there (an editor's extra page) stays.
OWNED_SUFFIXES = (".md", ".css", ".svg", ".xml")
ASSETS = ("assets/briefgen.css",)


@dataclass(frozen=True)
class RenderedPages:
    """The Markdown pages render produced, relative to docs_dir, in a stable order."""

    root: Path
    pages: tuple[str, ...]


def make_environment(
    templates: Path, *, search_article_text: bool = False, shown: str = "site_templates"
) -> jinja2.Environment:
    """The templates' environment; ``shown``: the templates folder as messages name it."""
    if not templates.is_dir():
        raise ConfigError(
            "the site templates folder is missing; `briefgen init` writes one", path=templates
        )
    env = jinja2.Environment(
        # The project's templates first, then briefgen's theme: a page added to briefgen
        # since the project was made (What's new) reaches every project.
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(templates)), jinja2.FileSystemLoader(str(THEME))]
        ),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; the t filter escapes article text
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        t=escape.md_text,
        attr=escape.html_attr,
        front=_front_matter_string,
        date=format_date,
        count=format_count,
        shorten=shorten,
    )
    env.globals.update(
        links=links,
        anchor=links.anchor,
        safe_url=escape.safe_url,
        search_article_text=search_article_text,
        # For the messages of template errors (template_error).
        templates_root=str(templates),
        templates_shown=shown,
    )
    return env


def _front_matter_string(text: str) -> str:
    """A YAML string for front matter; HTML-escaped because themes print titles raw."""
    return json.dumps(escape.html_attr(text), ensure_ascii=False)


def directory_urls(config: Config) -> bool:
    """mkdocs.yml's use_directory_urls, which decides the URLs inside raw-HTML links."""

    class _Loose(yaml.SafeLoader):
        pass

    def _any(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
        return None

    _Loose.add_multi_constructor("", _any)  # mkdocs.yml may hold !!python/name tags
    try:
        data = yaml.load(config.mkdocs_yml.read_text(encoding="utf-8"), Loader=_Loose)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return True
    value = data.get("use_directory_urls", True) if isinstance(data, dict) else True
    return bool(value)


def render_page(env: jinja2.Environment, spec: PageSpec, index: Any) -> str:
    try:
        return _render_page(env, spec, index)
    except Exception as exc:  # noqa: BLE001 - any failure inside a template is the template's
        raise template_error(exc, env, f"while rendering {spec.path}") from None


def template_error(exc: Exception, env: jinja2.Environment, doing: str) -> TemplateError:
    """``exc``, raised by a template, as ``site_templates/FILE:LINE: what is wrong``: the
    innermost template line the traceback passed through (jinja2 puts the templates' own
    lines in it), or the line a syntax error names."""
    root = Path(str(env.globals["templates_root"]))
    shown = str(env.globals["templates_shown"])
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.name or (Path(exc.filename).name if exc.filename else "?")
        return TemplateError(
            f"template syntax error: {exc.message}", path=f"{shown}/{name}", line=exc.lineno
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"no template named '{exc.name}' ({doing})", path=shown)
    place, line = shown, None
    for frame in traceback.extract_tb(exc.__traceback__):
        if Path(frame.filename).is_relative_to(root):
            place = f"{shown}/{Path(frame.filename).relative_to(root).as_posix()}"
            line = frame.lineno
    what = str(exc) if isinstance(exc, jinja2.TemplateError) else f"{type(exc).__name__}: {exc}"
    return TemplateError(f"{what} ({doing})", path=place, line=line)


def _render_page(env: jinja2.Environment, spec: PageSpec, index: Any) -> str:
    template = env.get_template(spec.template)
    return template.render(
        page=spec.path,
        title=spec.title,
        tags=spec.tags,
        index=index,
        briefing=index.content.briefing,
        L=make_linker(index, spec.path),
        **spec.context,
    )


def _write_if_changed(path: Path, text: str) -> None:
    # Unchanged pages keep their mtime, so `mkdocs serve` reloads only what changed.
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _remove_stale(docs: Path, keep: set[str]) -> None:
    for path in sorted(docs.rglob("*"), reverse=True):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and path.suffix in OWNED_SUFFIXES and rel not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


@dataclass(frozen=True)
class RenderedText:
    """Every page's Markdown, by its path under docs_dir, in a stable order: what
    render_markdown writes."""

    pages: tuple[tuple[str, str], ...]
    # The briefing's title: the site's name in its header and every browser tab too.
    title: str = ""
    # Files beside the pages, by their path under docs_dir: the Atom feed.
    files: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PagePlan:
    """Every page of a content, ready to render one by one (in any process: forked
    copies share it): the environment with its templates compiled, the index, the pages."""

    env: jinja2.Environment
    index: Any
    specs: tuple[PageSpec, ...]
    title: str
    feed: tuple[tuple[str, str], ...]

    def render(self, number: int) -> str:
        return render_page(self.env, self.specs[number], self.index)

    def rendered(self, texts: list[str]) -> RenderedText:
        """The pages' texts (in the order of ``specs``) as what write_rendered writes."""
        pages = tuple((spec.path, text) for spec, text in zip(self.specs, texts, strict=True))
        return RenderedText(pages, self.title, self.feed)


def plan_pages(content: Content, config: Config) -> PagePlan:
    """The pages of ``content``, their templates compiled (a template that does not
    compile is reported here, before any page is rendered)."""
    env = make_environment(
        config.templates,
        search_article_text=config.search_article_text,
        shown=config.templates.relative_to(config.project).as_posix(),
    )
    index = build_index(content)
    index.layout = site_layout(index)
    specs = tuple(site_pages(index, directory_urls(config)))
    for name in sorted({spec.template for spec in specs}):
        try:
            env.get_template(name)  # compiled once, before the pages are shared out
        except Exception as exc:  # noqa: BLE001 - a template that does not compile
            raise template_error(exc, env, "while compiling it") from None
    feed = ((changes.FEED, changes.atom_feed(index, directory_urls(config))),)
    return PagePlan(env, index, specs, content.briefing.title, feed)


def render_pages(content: Content, config: Config) -> RenderedText:
    """Every page of ``content`` as Markdown, in memory (nothing is written)."""
    plan = plan_pages(content, config)
    _, texts = share_items(len(plan.specs), plan.render, config, first=lambda: None)
    return plan.rendered(texts)


def write_rendered(rendered: RenderedText, config: Config) -> RenderedPages:
    """Write the pages into config.docs (replacing what render owns there) and list them."""
    docs = config.docs
    docs.mkdir(parents=True, exist_ok=True)
    for path, text in rendered.pages:
        _write_if_changed(docs / path, text)
    for path, text in rendered.files:
        _write_if_changed(docs / path, text)
    written = [path for path, _ in rendered.pages]
    for asset in ASSETS:
        source = config.templates / asset
        if not source.is_file():
            source = THEME / asset
        if source.is_file():
            _write_if_changed(docs / asset, source.read_text(encoding="utf-8"))
    _remove_stale(docs, set(written) | set(ASSETS) | {path for path, _ in rendered.files})
    return RenderedPages(root=docs, pages=tuple(written))


def render_markdown(content: Content, config: Config) -> RenderedPages:
    """Write every page into config.docs (replacing what was there) and list them."""
    return write_rendered(render_pages(content, config), config)
