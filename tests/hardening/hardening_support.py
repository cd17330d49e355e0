"""Shared by the hardening tests: a good article, the CLI, tree digests.

(Named uniquely: several test folders have a conftest module, so tests import from here.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner, Result

from briefgen.cli import main

GOOD_ARTICLE = (
    "Talks in Antalya end without a ceasefire\n\n"
    "ANTALYA, March 10 (Wire) - The foreign ministers of the two countries met in "
    "Antalya on Thursday for the first talks at this level since the war began.\n\n"
    '"We did not make progress on a ceasefire," the foreign minister told reporters '
    "after the meeting, which lasted about an hour and a half.\n\n"
    "Officials said a further meeting could take place next week in the same city.\n"
)


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def tree(folder: Path, *, skip: tuple[str, ...] = (".briefgen",)) -> dict[str, str]:
    """Every file (and folder) under ``folder`` with a digest of its bytes."""
    out: dict[str, str] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.split("/")[0] in skip:
            continue
        if path.is_symlink():
            out[rel] = "link"
        elif path.is_file():
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out
