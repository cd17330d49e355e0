"""`briefgen init`: a new, empty briefing project that builds.

The new project gets the example briefing's mkdocs.yml without a nav (briefgen makes
the navigation, so pages briefgen adds later reach the project), and a site_templates/
folder for its overrides of briefgen's theme. The title given is the one
content/briefing.yaml starts with (through briefgen.yaml's ``title``, what the first
build proposes); without one, the first source's title. From then on
content/briefing.yaml's title is the site's name.
"""

from __future__ import annotations

import json
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

SETTINGS_HEAD = """\
# briefgen's settings (every key is optional; see the README). `title` is only what the
# first build proposes: content/briefing.yaml's title is the site's name, header and tab.
"""


def init_project(directory: Path, *, title: str | None = None) -> tuple[str, ...]:
    if directory.exists() and any(directory.iterdir()):
        raise ConfigError(
            "the folder is not empty; `briefgen init` only fills a new or empty folder",
            path=directory,
        )
    if not (TEMPLATE / "mkdocs.yml").exists():
        raise ConfigError("this briefgen installation lacks its project template", path=TEMPLATE)
    title = title.strip() if title and title.strip() else None
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
    # mkdocs requires a site_name; briefgen replaces it by content/briefing.yaml's title
    # when it builds or serves, so it shows only in a plain `mkdocs build`.
    shown = json.dumps(title or "Briefing", ensure_ascii=False)
    mkdocs_text = re.sub(r"(?m)^site_name:.*$", f"site_name: {shown}", mkdocs_text, count=1)
    mkdocs_text = re.sub(
        r"(?m)^(site_url|repo_url|repo_name|site_description):.*\n", "", mkdocs_text
    )
    (directory / "mkdocs.yml").write_text(mkdocs_text, encoding="utf-8")
    settings = SETTINGS_HEAD + (
        f"title: {json.dumps(title, ensure_ascii=False)}\n" if title else ""
    )
    (directory / "briefgen.yaml").write_text(settings, encoding="utf-8")
    (directory / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    made.extend(["mkdocs.yml", "briefgen.yaml", ".gitignore"])
    return tuple(made)
