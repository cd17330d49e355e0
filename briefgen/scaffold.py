"""`briefgen init`: a new, empty briefing project that builds.

The new project gets the example briefing's mkdocs.yml with the site name set to its
title and without a nav (briefgen makes the navigation, so pages briefgen adds later reach
the project), and a site_templates/ folder for its overrides of briefgen's theme.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.errors import ConfigError

TEMPLATE = Path(__file__).parent / "project_template"

TEMPLATES_README = """\
# Site templates

briefgen renders this briefing with its own theme (a jinja2 template per page, the
macros, assets/briefgen.css). A file here with the same name as one of the theme's
replaces it for this project; everything else follows briefgen's theme as it changes.
"""
# mkdocs.yml's nav and the comment above it: briefgen lists the pages itself.
_NAV_BLOCK = re.compile(r"(?m)^(?:#[^\n]*\n)*nav:[^\n]*\n(?:[ \t]+[^\n]*\n|[ \t]*\n(?=[ \t]))*")

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
    (directory / "site_templates").mkdir()
    (directory / "site_templates" / "README.md").write_text(TEMPLATES_README, encoding="utf-8")
    made.append("site_templates/README.md")
    mkdocs_text = _NAV_BLOCK.sub("", (TEMPLATE / "mkdocs.yml").read_text(encoding="utf-8"))
    mkdocs_text = re.sub(r"\n{3,}", "\n\n", mkdocs_text)
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
