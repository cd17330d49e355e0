"""The merge state: what briefgen proposed last build, the editors' deletions and id changes.

It is the base of the three-way merge (base = last proposal, ours = content/ now,
theirs = this build's proposal). It lives in content/ and is committed with it, so every
clone of the project merges the same way. Source paragraphs are kept as a digest only,
which keeps the file small and its diffs short.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen import kinds
from briefgen.config import STATE_DIR, Config
from briefgen.errors import BriefgenError, ContentError
from briefgen.kinds.schema import BRIEFING_FIELDS, SOURCE_FIELDS, f
from briefgen.records import content as c
from briefgen.runtime.fingerprint import code_fingerprint
from briefgen.runtime.pickle_files import read_pickle, write_pickle
from briefgen.store.decode import Decoder, Problems
from briefgen.store.encode import encode_record
from briefgen.store.read import _with_defaults
from briefgen.yamlfile import FlowMap, LineDict, LineList, write_yaml, yaml_from_bytes

STATE_FILE = ".briefgen-state.yaml"
STATE_VERSION = 1
# The list kinds briefgen defines (derived; the state covers every registered kind).
KINDS = kinds.names()

_HEADER = (
    "# briefgen's memory of its last proposal: the base of the three-way merge with\n"
    "# your edits to content/. Commit it with content/; do not edit it by hand.\n"
)
_STATE_SOURCE_FIELDS = tuple(s for s in SOURCE_FIELDS if s.name != "paragraphs") + (
    f("paragraphs_sha256", "str?"),
)


def paragraphs_digest(paragraphs: tuple[c.ParagraphEntry, ...]) -> str:
    rows = [[p.id, p.text, p.heading] for p in paragraphs]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class MergeState:
    base: c.Content  # the last proposal, after id changes and deletions; no paragraphs
    paragraphs: dict[str, str] = field(default_factory=dict)  # source id → digest
    deleted: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind → ids
    ids: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → {old: new}

    def deleted_ids(self, kind: str) -> set[str]:
        return set(self.deleted.get(kind, ()))


def state_from_content(content: c.Content) -> MergeState:
    """The state to start from when there is none: content/ as briefgen's own output."""
    digests = {s.id: paragraphs_digest(s.paragraphs) for s in content.sources}
    return MergeState(base=content, paragraphs=digests)


def state_path(config: Config) -> Any:
    return config.content / STATE_FILE


def _state_parts(
    state: MergeState,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """(head, briefing, lists) of the state document, as plain data."""
    sources = []
    for source in state.base.sources:
        item = encode_record(source, _STATE_SOURCE_FIELDS[:-1])
        item["paragraphs_sha256"] = state.paragraphs.get(source.id)
        sources.append(item)
    lists: dict[str, list[dict[str, Any]]] = {"sources": sources}
    for kind in kinds.list_kinds():
        lists[kind.name] = [
            encode_record(e, kind.fields) for e in kinds.entries(state.base, kind.name)
        ]
    head = {
        "version": STATE_VERSION,
        "ids": {k: FlowMap(sorted(v.items())) for k, v in sorted(state.ids.items()) if v},
        "deleted": {k: sorted(v) for k, v in sorted(state.deleted.items()) if v},
    }
    return head, encode_record(state.base.briefing, BRIEFING_FIELDS), lists


def state_document(state: MergeState) -> dict[str, Any]:
    """What encode_state writes, as plain data."""
    head, briefing, lists = _state_parts(state)
    return {**head, "proposed": {"briefing": briefing, **lists}}


def encode_state(state: MergeState) -> str:
    return _HEADER + write_yaml(state_document(state))


def cache_tag() -> str:
    """What a decoded state depends on besides the file's bytes: the code that reads it."""
    return code_fingerprint("store", "records")


def as_read(data: Any, line: int = 1) -> Any:
    """Plain data as a reader gives it back: mappings and lists that know a line (here
    ``line`` for all: it was not read, but is about to be written there)."""
    if isinstance(data, dict):
        out = LineDict((k, as_read(v, line)) for k, v in data.items())
        out.line = line
        return out
    if isinstance(data, list):
        items = LineList(as_read(v, line) for v in data)
        items.line, items.item_lines = line, [line] * len(data)
        return items
    return data


def _state_cache(config: Config, data: bytes) -> Path:
    # The decoded state depends on the bytes and on the code that decodes them.
    digest = hashlib.sha256(cache_tag().encode("utf-8") + data).hexdigest()[:32]
    return config.project / STATE_DIR / "cache" / f"state-{digest}.pickle"


def remember_state(config: Config, data: bytes, state: MergeState) -> None:
    """Keep, by the bytes of the state file just written, what reading it will give, so
    the next build neither parses nor decodes the file (seconds at 1,000 sources).

    It is decoded from the data the file was written from, which reads back the same
    (the YAML round trip is tested); a state that would not decode is not kept."""
    path = _state_cache(config, data)
    if path.exists():
        return
    problems = Problems()
    decoded = _decode_state(as_read(state_document(state)), STATE_FILE, problems)
    if problems.errors or decoded is None:
        return
    # Only the latest is of use: each is as large as content/.
    for old in path.parent.glob("state-*.pickle"):
        old.unlink(missing_ok=True)
    write_pickle(path, decoded)


def _remembered(config: Config, data: bytes) -> MergeState | None:
    state = read_pickle(_state_cache(config, data))
    return state if isinstance(state, MergeState) else None


UNREADABLE_ADVICE = (
    "restore it from git (`git checkout -- {path}`); it is the base of the merge with your "
    "corrections, and without it a build cannot tell them from briefgen's own output"
)


def load_state(config: Config) -> MergeState | None:
    """The committed state, or None when there is none (a first build; read_edited
    refuses a content/ that holds entries but no state)."""
    path = state_path(config)
    display = path.relative_to(config.project).as_posix()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ContentError(
            [BriefgenError(f"cannot read: {exc.strerror}; " + _advice(display), path=display)]
        ) from None
    remembered = _remembered(config, data)
    if remembered is not None:
        return remembered
    problems = Problems()
    try:
        doc = yaml_from_bytes(data, path, display).data
    except BriefgenError as exc:  # invalid YAML (a git conflict left in it, say)
        raise ContentError([exc, BriefgenError(_advice(display), path=display)]) from None
    state = _decode_state(doc, display, problems)
    if problems.errors or state is None:
        hint = BriefgenError(
            "briefgen's merge state is unreadable; " + _advice(display), path=display
        )
        raise ContentError([*problems.errors, hint])
    return state


def _advice(display: str) -> str:
    return UNREADABLE_ADVICE.format(path=display)


def missing_state_error(config: Config) -> ContentError:
    display = state_path(config).relative_to(config.project).as_posix()
    return ContentError(
        [
            BriefgenError(
                "briefgen's merge state is missing, but content/ holds entries; "
                + _advice(display)
                + " (and would undo them). Nothing was written. To start over from the "
                "sources instead, move content/ away and build",
                path=display,
            )
        ]
    )


def _decode_state(doc: Any, display: str, problems: Problems) -> MergeState | None:
    if not isinstance(doc, dict) or doc.get("version") != STATE_VERSION:
        problems.error(display, 1, f"expected a mapping with version: {STATE_VERSION}")
        return None
    decoder = Decoder(display, problems)
    proposed = doc.get("proposed") or {}
    briefing = decoder.briefing(proposed.get("briefing"))
    sources, digests = [], {}
    for node in proposed.get("sources") or []:
        kwargs = decoder.record(node, _STATE_SOURCE_FIELDS, "a source")
        if kwargs is None:
            continue
        digest = kwargs.pop("paragraphs_sha256", None)
        if digest is not None:
            digests[kwargs["id"]] = digest
        sources.append(c.SourceEntry(**_with_defaults(kwargs)))
    lists: dict[str, tuple[Any, ...]] = {}
    for kind in kinds.list_kinds():
        nodes = proposed.get(kind.name) or []
        records = (decoder.record(node, kind.fields, "an entry") for node in nodes)
        lists[kind.name] = tuple(kind.record(**kw) for kw in records if kw is not None)
    ids = {str(k): {str(o): str(n) for o, n in (v or {}).items()} for k, v in _map(doc, "ids")}
    deleted = {str(k): tuple(str(i) for i in v or ()) for k, v in _map(doc, "deleted")}
    if briefing is None:
        return None
    base = kinds.content_of(briefing, tuple(sources), lists)
    return MergeState(base=base, paragraphs=digests, deleted=deleted, ids=ids)


def _map(doc: dict[str, Any], key: str) -> list[tuple[Any, Any]]:
    value = doc.get(key) or {}
    return list(value.items()) if isinstance(value, dict) else []
