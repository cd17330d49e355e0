"""Before anything is written: the merged files must be valid, and (--frozen) a short
account of what would change."""

from __future__ import annotations

import difflib
from typing import Any

from briefgen.config import Config
from briefgen.errors import BriefgenError, ContentError
from briefgen.store.read import ReadResult, read_content
from briefgen.store.state import STATE_FILE
from briefgen.yamlfile import LineDict, LineList

MAX_DIFF_LINES = 12  # per file: enough to see what moved, short enough for a CI log


def validate_files(files: dict[str, Any], texts: dict[str, str], config: Config) -> ReadResult:
    """Check the data of the files about to be written (project-relative path → data, and
    their text, for the lines) with the same checks `briefgen check` runs on content/, in
    memory: what is written reads back as this data (tested as a property). Returns what
    reading the written files will give."""
    planned = {rel: _located(data, texts[rel]) for rel, data in files.items()}
    result = read_content(config, planned=planned)
    if result.errors:
        note = BriefgenError(
            "briefgen's merged content/ would be invalid (a bug in briefgen); nothing was written"
        )
        raise ContentError([*result.errors, note])
    return result


def _located(data: Any, text: str) -> Any:
    """``data`` as read from ``text``, as far as the checks look for lines: a list file's
    entries on the lines they start on, a file's mapping on line 1 (enough to find what a
    bug in briefgen got wrong)."""
    if not isinstance(data, list):
        return _at_line(data, 1)
    starts = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith("- ")]
    entries = LineList(_at_line(item, line) for item, line in zip(data, starts, strict=False))
    entries.line, entries.item_lines = 1, starts[: len(data)]
    return entries


def _at_line(data: Any, line: int) -> Any:
    if not isinstance(data, dict):
        return data
    located = LineDict(data)
    located.line = line
    return located


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
