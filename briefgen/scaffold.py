"""`briefgen init`: a new, empty briefing project that builds.

The new project gets this package's own site templates and mkdocs.yml (the example
briefing's), with the site name set to the new briefing's title.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from briefgen.errors import ConfigError

TEMPLATE = Path(__file__).parent / "project_template"

GITIGNORE = """\
/site/
/docs_build/
/.briefgen/
/.site.briefgen-*/
"""


def init_project(directory: Path, *, title: str | None = None) -> tuple[str, ...]:
    if directory.exists() and any(directory.iterdir()):
        raise ConfigError(
            "the folder is not empty; `briefgen init` only fills a new or empty folder",
            path=directory,
        )
    if not (TEMPLATE / "mkdocs.yml").exists():
        raise ConfigError("this briefgen installation lacks its project template", path=TEMPLATE)
    title = (
        title or directory.resolve().name.replace("-", " ").replace("_", " ").strip() or "Briefing"
    )
    directory.mkdir(parents=True, exist_ok=True)
    made: list[str] = []
    for sub in ("seeds", "content/sources"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
        (directory / sub / ".gitkeep").write_text("", encoding="utf-8")
        made.append(f"{sub}/.gitkeep")
    shutil.copytree(TEMPLATE / "site_templates", directory / "site_templates")
    made.extend(
        p.relative_to(directory).as_posix()
        for p in sorted((directory / "site_templates").rglob("*"))
        if p.is_file()
    )
    mkdocs_text = (TEMPLATE / "mkdocs.yml").read_text(encoding="utf-8")
    safe_title = title.replace('"', "'")
    mkdocs_text = re.sub(r"(?m)^site_name:.*$", f'site_name: "{safe_title}"', mkdocs_text, count=1)
    mkdocs_text = re.sub(
        r"(?m)^(site_url|repo_url|repo_name|site_description):.*\n", "", mkdocs_text
    )
    (directory / "mkdocs.yml").write_text(mkdocs_text, encoding="utf-8")
    (directory / "briefgen.yaml").write_text(f'title: "{safe_title}"\n', encoding="utf-8")
    (directory / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    made.extend(["mkdocs.yml", "briefgen.yaml", ".gitignore"])
    return tuple(made)
