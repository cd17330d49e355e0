"""The site's search: Material's (one index, downloaded whole by every reader) or
Pagefind's (an index split into chunks, of which a query fetches only its words' share).

Material's index grows with every page, and each reader downloads all of it before the
first result; Pagefind's download per query stays nearly flat. ``search: auto`` picks
Pagefind from AUTO_PAGEFIND_SOURCES sources up, where Material's index outgrows what a
Pagefind query fetches (measured, see README "Search"). Pagefind runs from the pagefind
package's bundled binary (pagefind[bin], installed with briefgen): nothing is downloaded
at build time, and the site fetches nothing from another host.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.errors import PublishError

# Near this many sources Material's index (search_index.json, gzipped) outgrows what a
# first Pagefind query fetches (its script, wasm and index chunks, gzipped, ~150 KB and
# flat): measured at 5 and 100 sources, the lines cross at about 440. See README "Search".
AUTO_PAGEFIND_SOURCES = 400
THEME = Path(__file__).parent / "search_theme"
# What the templates keep out of Material's index stays out of Pagefind's.
_EXCLUDED = "[data-search-exclude], .headerlink"  # and the headings' ¶ permalinks


def chosen_search(config: Config) -> str:
    """ "material" or "pagefind": the setting, or for "auto" the briefing's size."""
    if config.search != "auto":
        return config.search
    sources = config.content / "sources"
    count = sum(1 for _ in sources.glob("*.yaml")) if sources.is_dir() else 0
    return "pagefind" if count >= AUTO_PAGEFIND_SOURCES else "material"


def use_pagefind_ui(mkdocs_config: Any) -> None:
    """Switch Material's search off (no index built, no search box) and put Pagefind's
    box in the header, through a template override ahead of the theme's own."""
    plugins = mkdocs_config.plugins
    for name in ("material/search", "search"):
        if name in plugins:
            plugins[name].config.enabled = False
    mkdocs_config.theme.dirs.insert(0, str(THEME))


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise PublishError(
            "search: pagefind needs the pagefind binary: pip install 'pagefind[bin]'"
        ) from None
    try:
        executable: Path = get_executable()
    except FileNotFoundError as exc:
        raise PublishError(f"the pagefind binary is missing ({exc})") from None
    return executable


def index_site(site: Path) -> None:
    """Build the Pagefind index (site/pagefind/) over the built HTML."""
    command = [
        str(pagefind_executable()),
        "--site",
        str(site),
        "--exclude-selectors",
        _EXCLUDED,
        # Pages link to each other as files (use_directory_urls: false): results must too.
        "--keep-index-url",
        "--silent",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip()
        raise PublishError(f"pagefind failed (exit {done.returncode}): {output[-2000:]}")
