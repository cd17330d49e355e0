"""Before anything is written: the merged files must read back valid, and (--frozen)
a short account of what would change."""

from __future__ import annotations

import difflib

from briefgen.config import Config
from briefgen.errors import BriefgenError, ContentError
from briefgen.store.read import read_content
from briefgen.store.state import STATE_FILE

MAX_DIFF_LINES = 12  # per file: enough to see what moved, short enough for a CI log


def validate_files(files: dict[str, bytes], config: Config) -> None:
    """Read the planned content/ back with the same checks `briefgen check` runs."""
    result = read_content(config, planned=files)
    if result.errors:
        note = BriefgenError(
            "briefgen's merged content/ would be invalid (a bug in briefgen); nothing was written"
        )
        raise ContentError([*result.errors, note])


def describe_changes(config: Config, files: dict[str, bytes], changed: tuple[str, ...]) -> str:
    """Each file that would change, with a short unified diff."""
    out: list[str] = []
    for rel in changed:
        path = config.project / rel
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if rel not in files:
            out.append(f"  {rel}: would be deleted")
            continue
        if rel.endswith(STATE_FILE):
            out.append(f"  {rel}: briefgen's merge state would be updated")
            continue
        new = files[rel].decode("utf-8")
        verb = "would change" if path.exists() else "would be created"
        out.append(f"  {rel}: {verb}")
        lines = list(
            difflib.unified_diff(
                old.splitlines(), new.splitlines(), f"a/{rel}", f"b/{rel}", n=0, lineterm=""
            )
        )[2:]
        for line in lines[:MAX_DIFF_LINES]:
            out.append(f"    {line if len(line) <= 160 else line[:157] + '...'}")
        if len(lines) > MAX_DIFF_LINES:
            out.append(f"    ... {len(lines) - MAX_DIFF_LINES} more diff lines")
    return "\n".join(out)
