"""Store: the proposed Content → content/*.yaml, and content/ → Content.

Writes are whole-set-or-nothing (transaction.py). Reading validates every field and
reference and collects every problem before it reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.config import Config
from briefgen.errors import ContentError
from briefgen.records.content import Content
from briefgen.store.encode import encode_content
from briefgen.store.read import ReadResult, read_content
from briefgen.store.transaction import write_tree

__all__ = ["StoreResult", "planned_files", "read_content", "store_content", "load_valid_content"]


@dataclass(frozen=True)
class StoreResult:
    changed: tuple[str, ...]  # project-relative paths written or deleted
    content: Content


def planned_files(content: Content, config: Config) -> dict[str, bytes]:
    prefix = config.content_dir
    return {
        f"{prefix}/{rel}": text.encode("utf-8") for rel, text in encode_content(content).items()
    }


def _managed_existing(config: Config) -> set[str]:
    """Files briefgen owns under content/ today (so stale ones can be removed)."""
    prefix = config.content_dir
    found = {f"{prefix}/sources/{p.name}" for p in (config.content / "sources").glob("*.yaml")}
    return found


def store_content(proposed: Content, config: Config, *, dry_run: bool = False) -> StoreResult:
    files = planned_files(proposed, config)
    changed = []
    for rel, data in files.items():
        path = config.project / rel
        if not path.exists() or path.read_bytes() != data:
            changed.append(rel)
    stale = tuple(sorted(_managed_existing(config) - set(files)))
    if not dry_run and (changed or stale):
        write_tree(config.project, {rel: files[rel] for rel in changed}, delete=stale)
    return StoreResult(changed=tuple(sorted(changed + list(stale))), content=proposed)


def load_valid_content(config: Config) -> tuple[Content, ReadResult]:
    result = read_content(config)
    if result.content is None:
        raise ContentError(list(result.errors))
    return result.content, result
