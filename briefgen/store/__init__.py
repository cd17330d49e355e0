"""Store: the proposed Content → content/*.yaml, and content/ → Content.

``store_content(proposed, config)`` is a three-way merge (corrections.py): base = what
briefgen proposed last build (content/.briefgen-state.yaml, committed), ours = content/
as people left it, theirs = ``proposed``. Renames, actor merges (aliases, same_as) and
deletions are found first (edits.py) and applied to all three sides (remap.py); fields
then merge one by one (threeway.py); references to what is gone are dropped and reported;
the result must be valid (validate.py, in memory) before it is written.

Writes are whole-set-or-nothing (transaction.py). Reading validates every field and
reference and collects every problem before it reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefgen.config import Config
from briefgen.errors import ContentError
from briefgen.records.content import Content
from briefgen.runtime.side_by_side import run_side_by_side
from briefgen.store.corrections import (
    EditedContent,
    MergeOutcome,
    merge_with_edits,
    read_edited,
)
from briefgen.store.encode import encode_files, write_file
from briefgen.store.read import ReadResult, read_content
from briefgen.store.read_memo import remember_read, written_snapshot
from briefgen.store.state import STATE_FILE, encode_state, remember_state
from briefgen.store.validate import describe_changes, validate_files
from briefgen.transaction import write_tree

__all__ = [
    "EditedContent",
    "MergeOutcome",
    "StoreResult",
    "check_edits",
    "merge_with_edits",
    "planned_files",
    "planned_texts",
    "read_content",
    "store_content",
    "load_valid_content",
    "write_merged",
]


@dataclass(frozen=True)
class StoreResult:
    changed: tuple[str, ...]  # project-relative paths written or deleted (or, dry, that would be)
    content: Content
    warnings: tuple[str, ...] = ()  # conflicts and dropped references
    notes: tuple[str, ...] = ()  # renames, merges and deletions found this build
    diff: str = ""  # what would change, for --frozen


def planned_files(content: Content, config: Config) -> dict[str, bytes]:
    return {rel: text.encode("utf-8") for rel, text in planned_texts(content, config)[1].items()}


def planned_texts(content: Content, config: Config) -> tuple[dict[str, Any], dict[str, str]]:
    """The data and the text of every file of content/ the content defines, by
    project-relative path."""
    prefix = config.content_dir
    data = {f"{prefix}/{rel}": value for rel, value in encode_files(content).items()}
    return data, {rel: write_file(value) for rel, value in data.items()}


def _managed_existing(config: Config) -> set[str]:
    """Files briefgen owns under content/ today (so stale ones can be removed)."""
    prefix = config.content_dir
    found = {f"{prefix}/sources/{p.name}" for p in (config.content / "sources").glob("*.yaml")}
    return found


def check_edits(config: Config) -> EditedContent:
    """Stop before any work when content/ is broken in a way no merge can explain; else
    content/ as people left it, for store_content (the lock keeps it as it is)."""
    return read_edited(config)


def store_content(
    proposed: Content,
    config: Config,
    *,
    dry_run: bool = False,
    edited: EditedContent | None = None,
) -> StoreResult:
    """Merge the proposal with what people edited (three-way), validate, write atomically."""
    return write_merged(merge_with_edits(proposed, config, edited), config, dry_run=dry_run)


def write_merged(outcome: MergeOutcome, config: Config, *, dry_run: bool = False) -> StoreResult:
    """The second half of store_content: the merged content, validated, written."""
    data, texts = planned_texts(outcome.content, config)
    # Checked in memory, before anything is encoded to bytes or written.
    read_back = validate_files(data, texts, config)
    files = {rel: text.encode("utf-8") for rel, text in texts.items()}
    state_file = (
        f"{config.content_dir}/{STATE_FILE}",
        encode_state(outcome.state).encode("utf-8"),
    )

    def remember() -> None:
        # What the next build reads (the state, and content/ as written) kept decoded;
        # it needs nothing the write does: done by another process meanwhile (caches by
        # the files' bytes, so a refused write leaves nothing wrong).
        remember_state(config, state_file[1], outcome.state)
        written = written_snapshot(config, {**files, state_file[0]: state_file[1]})
        remember_read(config, written, read_back)

    (all_changed, kept), _ = run_side_by_side(
        lambda: _write(files, state_file, config, outcome.read, dry_run=dry_run),
        lambda: None if dry_run else remember(),
        config,
    )
    files[state_file[0]] = state_file[1]
    return StoreResult(
        changed=all_changed,
        content=outcome.content,
        warnings=outcome.warnings
        + tuple(
            f"{rel}: saved while the build was writing content/; your edit is kept as "
            "saved (build again to merge it)"
            for rel in kept
        ),
        notes=outcome.notes,
        diff=describe_changes(config, files, all_changed) if dry_run else "",
    )


def _write(
    files: dict[str, bytes],
    state_file: tuple[str, bytes],
    config: Config,
    read: dict[str, str],
    *,
    dry_run: bool,
) -> tuple[tuple[str, ...], list[str]]:
    """Write the planned files that differ and the state, atomically, unless content/ is
    no longer what the merge read (``read``). Returns the files changed or removed, and
    those an editor saved in the instant between that last check and their move (kept
    as saved)."""
    written = {**files, state_file[0]: state_file[1]}
    changed = []
    for rel, data in written.items():
        path = config.project / rel
        if not path.exists() or path.read_bytes() != data:
            changed.append(rel)
    stale = tuple(sorted(_managed_existing(config) - set(written)))
    kept: list[str] = []
    if not dry_run and (changed or stale):
        kept = write_tree(
            config.project,
            {rel: written[rel] for rel in changed},
            delete=stale,
            read=(config.content_dir, read),
        )
    return tuple(sorted(changed + list(stale))), kept


def load_valid_content(config: Config) -> tuple[Content, ReadResult]:
    result = read_content(config)
    if result.content is None:
        raise ContentError(list(result.errors))
    return result.content, result
