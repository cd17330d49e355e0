"""Read content/ into a Content record, checking every id and reference.

Every problem is collected (with file and line) before anything is raised, so
`briefgen check` reports them all at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen import kinds
from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.kinds.schema import CHANGE_FIELDS, CHANGES_FILE, SOURCE_FIELDS
from briefgen.records import content as c
from briefgen.store.decode import Decoder, Problems
from briefgen.yamlfile import LineDict, LineList, read_yaml_bytes, yaml_from_bytes

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")


@dataclass(frozen=True)
class ReadResult:
    content: c.Content | None  # None when there were errors
    errors: tuple[BriefgenError, ...]
    warnings: tuple[BriefgenError, ...]
    # With allow_dangling: references to missing ids, as (kind, id, located error).
    dangling: tuple[tuple[str, str, BriefgenError], ...] = ()


@dataclass
class _Located:
    record: Any
    node: LineDict
    display: str


def _display(config: Config, path: Path) -> str:
    return path.relative_to(config.project).as_posix()


class _Files:
    """content/ on disk, or (validate.py) the data of the files a build is about to write,
    by their project-relative path, as a reader would give it back: checked the same way
    either way, the planned ones without being written out and parsed again."""

    def __init__(self, config: Config, planned: Mapping[str, Any] | None) -> None:
        self.config = config
        # By the same normalised path as _display gives ('./content/' is 'content').
        self.planned = (
            None
            if planned is None
            else {_display(config, config.project / rel): data for rel, data in planned.items()}
        )

    def sources(self) -> list[Path]:
        folder = self.config.content / "sources"
        if self.planned is None:
            return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        prefix = f"{_display(self.config, folder)}/"
        names = [
            rel[len(prefix) :]
            for rel in self.planned
            if rel.startswith(prefix) and rel.endswith(".yaml") and "/" not in rel[len(prefix) :]
        ]
        return [folder / name for name in sorted(names)]

    def exists(self, path: Path) -> bool:
        if self.planned is None:
            return path.exists()
        return _display(self.config, path) in self.planned

    def data(self, path: Path) -> Any:
        """The file's data; BriefgenError when it cannot be read or parsed."""
        display = _display(self.config, path)
        if self.planned is not None:
            return self.planned[display]
        return yaml_from_bytes(read_yaml_bytes(path, display), path, display).data


def _load(files: _Files, path: Path, problems: Problems) -> Any:
    try:
        return files.data(path)
    except BriefgenError as exc:
        problems.errors.append(exc)
        return None


def _decode_file(
    files: _Files,
    path: Path,
    problems: Problems,
    decode: Callable[[str, Any, Problems], list[_Located]],
    holds: str,
) -> list[_Located]:
    """decode(display, parsed data, problems) for one file. ``holds``: what the file's
    ids are (a kind, or a source id), unreadable if it fails."""
    try:
        data = files.data(path)
    except BriefgenError as exc:
        problems.errors.append(exc)
        problems.unreadable.add(holds)
        return []
    return decode(_display(files.config, path), data, problems) if data is not None else []


def _read_sources(files: _Files, problems: Problems) -> list[_Located]:
    out: list[_Located] = []
    for path in files.sources():

        def decode(
            display: str, node: Any, found: Problems, stem: str = path.stem
        ) -> list[_Located]:
            kwargs = Decoder(display, found).record(node, SOURCE_FIELDS, "a source")
            if kwargs is None:
                return []
            if kwargs["id"] != stem:
                found.error(
                    display,
                    node.line_of("id"),
                    f"id '{kwargs['id']}' must be the file's name '{stem}'",
                )
                return []
            return [_Located(c.SourceEntry(**_with_defaults(kwargs)), node, display)]

        out.extend(_decode_file(files, path, problems, decode, f"source:{path.stem}"))
    return out


_DEFAULTS: dict[str, Any] = {
    "sha256": None,
    "title": None,
    "outlet": None,
    "url": None,
    "published": None,
    "published_basis": "unknown",
    "duplicate_of": None,
    "paragraphs": (),
}


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {**_DEFAULTS, **kwargs}


def _read_list(files: _Files, kind: kinds.Kind, problems: Problems) -> list[_Located]:
    path = files.config.content / kind.file
    if not files.exists(path):
        return []

    def decode(display: str, data: Any, found: Problems) -> list[_Located]:
        if not isinstance(data, list):
            found.error(display, 1, f"expected a list of entries, found {type(data).__name__}")
            return []
        decoder = Decoder(display, found)
        out = []
        for item in data:
            kwargs = decoder.record(item, kind.fields, "an entry")
            if kwargs is not None:
                out.append(_Located(kind.record(**kwargs), item, display))
            elif isinstance(item, dict) and isinstance(item.get("id"), str):
                found.invalid.add((kind.name, item["id"]))
        return out

    return _decode_file(files, path, problems, decode, kind.name)


def _read_changes(files: _Files, problems: Problems) -> list[_Located]:
    """content/changes.yaml, the log of what each build added: its ids are not checked,
    as a fact listed there may since have been deleted (the page then names it only)."""
    path = files.config.content / CHANGES_FILE
    if not files.exists(path):
        return []

    def decode(display: str, data: Any, found: Problems) -> list[_Located]:
        if not isinstance(data, list):
            found.error(display, 1, f"expected a list of change sets, found {type(data).__name__}")
            return []
        decoder = Decoder(display, found)
        out = []
        for item in data:
            kwargs = decoder.record(item, CHANGE_FIELDS, "a change set")
            if kwargs is not None:
                out.append(_Located(c.ChangeSet(**kwargs), item, display))
        return out

    return _decode_file(files, path, problems, decode, "changes")


def _check_unique(items: list[_Located], problems: Problems) -> None:
    seen: dict[str, int] = {}
    for item in items:
        ident = item.record.id
        line = item.node.line_of("id")
        if ident in seen:
            problems.error(
                item.display, line, f"id '{ident}' is used twice (first at line {seen[ident]})"
            )
        else:
            seen[ident] = line


_SINGULAR = {"actors": "actor", "quotes": "quote", "casualties": "casualty"}


class _RefChecker:
    def __init__(self, sources: list[_Located], actors: set[str], problems: Problems):
        self.paras = {s.record.id: {p.id for p in s.record.paragraphs} for s in sources}
        self.actors = actors
        self.problems = problems

    def refs(self, item: _Located, key: str) -> None:
        refs = getattr(item.record, key)
        raw = item.node.get(key)
        for i, ref in enumerate(refs):
            line = raw.item_lines[i] if isinstance(raw, LineList) else item.node.line_of(key)
            self.ref(item.display, line, ref)

    def ref(self, display: str, line: int | None, ref: c.Ref) -> None:
        if f"source:{ref.source}" in self.problems.unreadable:
            return  # its file does not parse: reported once, as that
        if ref.source not in self.paras:
            self.problems.error(display, line, f"source '{ref.source}' is not a source id")
        elif ref.para not in self.paras[ref.source]:
            self.problems.error(
                display, line, f"paragraph '{ref.para}' is not in source '{ref.source}'"
            )

    def reference(self, item: _Located, ref: kinds.Reference, valid: set[str]) -> None:
        """Every id the entry's ``ref`` field holds must be one of ``valid``."""
        value = getattr(item.record, ref.field)
        raw = item.node.get(ref.field)
        values = value if isinstance(value, tuple) else () if value is None else (value,)
        for i, ident in enumerate(values):
            if isinstance(raw, LineList) and i < len(raw.item_lines):
                line = raw.item_lines[i]
            else:
                line = item.node.line_of(ref.field)
            if ref.not_self and ident == item.record.id:
                # A reference of an entry to itself is an error no merge can explain.
                self.problems.error(item.display, line, ref.message(ident))
            elif ident not in valid and not (ref.free_text and not SLUG.match(ident)):
                self.problems.dangling_ref(
                    ref.target, ident, item.display, line, ref.message(ident)
                )

    def claimant(self, display: str, line: int | None, field: str, value: str | None) -> None:
        """An actor id, or free text; text shaped like an id must be one."""
        if value is not None and value not in self.actors and SLUG.match(value):
            self.problems.dangling_ref(
                "actors", value, display, line, f"{field} '{value}' is not an actor id"
            )


def read_content(
    config: Config,
    *,
    allow_dangling: bool = False,
    planned: Mapping[str, Any] | None = None,
) -> ReadResult:
    """content/ as records. ``allow_dangling``: a reference to a missing actor, quote or
    casualty id is not an error but listed in ``dangling`` (store explains or refuses it).
    ``planned``: these files' data (by project-relative path) instead of content/."""
    problems = Problems()
    files = _Files(config, planned)
    sources = _read_sources(files, problems)
    lists = {k.name: _read_list(files, k, problems) for k in kinds.list_kinds()}
    changes = _read_changes(files, problems)
    briefing_path = config.content / "briefing.yaml"
    briefing_node = _load(files, briefing_path, problems) if files.exists(briefing_path) else None
    briefing = Decoder("content/briefing.yaml", problems).briefing(briefing_node)

    for items in (sources, *lists.values()):
        _check_unique(items, problems)
    valid = {name: {x.record.id for x in items} for name, items in lists.items()}
    check = _RefChecker(sources, valid.get("actors", set()), problems)

    source_ids = {s.record.id for s in sources}
    for s in sources:
        dup = s.record.duplicate_of
        if dup is not None and dup not in source_ids and f"source:{dup}" not in problems.unreadable:
            problems.error(
                s.display,
                s.node.line_of("duplicate_of"),
                f"duplicate_of '{dup}' is not a source id",
            )
    for kind in kinds.list_kinds():
        for item in lists[kind.name]:
            check.refs(item, kind.provenance)
            for ref in kind.references:
                check.reference(item, ref, valid[ref.target])
    if briefing is not None and isinstance(briefing_node, LineDict):
        casualties = lists.get("casualties", [])
        background = {x.record.id for x in casualties if x.record.scope == "background"}
        _check_briefing(briefing_node, check, problems, valid.get("casualties", set()), background)

    errors = problems.errors
    if allow_dangling:
        tolerated = {id(d[2]) for d in problems.dangling}
        errors = [e for e in errors if id(e) not in tolerated]
    if errors or briefing is None:
        # Unreadable content/: every broken reference is reported with the rest, as no
        # edit can be told apart from a mistake until the files read.
        return ReadResult(None, tuple(problems.errors), tuple(problems.warnings))
    content = kinds.content_of(
        briefing,
        tuple(s.record for s in sources),
        {name: tuple(x.record for x in items) for name, items in lists.items()},
    )
    content = replace(content, changes=tuple(x.record for x in changes))
    dangling = tuple(problems.dangling) if allow_dangling else ()
    return ReadResult(content, (), tuple(problems.warnings), dangling)


def _check_briefing(
    node: LineDict,
    check: _RefChecker,
    problems: Problems,
    casualty_ids: set[str],
    background: set[str],
) -> None:
    display = "content/briefing.yaml"
    raw = node.get("key_figures")
    if isinstance(raw, LineList):
        for i, ident in enumerate(raw):
            if isinstance(ident, str) and ident not in casualty_ids:
                problems.dangling_ref(
                    "casualties",
                    ident,
                    display,
                    raw.item_lines[i],
                    f"key figure '{ident}' is not a casualty id",
                )
            elif ident in background:
                problems.error(
                    display,
                    raw.item_lines[i],
                    f"key figure '{ident}' has scope: background (another incident); "
                    "a key figure must be a figure of this story (scope: story)",
                )
    for point in node.get("summary") or []:
        _check_ref_list(display, point, check, node.line)
    for dispute in node.get("disputes") or []:
        for side in dispute.get("sides") or []:
            line = side.line_of("actor") if isinstance(side, LineDict) else node.line
            check.claimant(display, line, "actor", side.get("actor"))
            _check_ref_list(display, side, check, node.line)


def _check_ref_list(
    display: str, node: dict[str, Any], check: _RefChecker, fallback: int | None = None
) -> None:
    """``fallback``: the line of a point or side not read from a file (validate.py)."""
    raw = node.get("sources") or []
    for i, ref in enumerate(raw):
        line = raw.item_lines[i] if isinstance(raw, LineList) else getattr(node, "line", fallback)
        check.ref(display, line, c.Ref(str(ref.get("source")), str(ref.get("para"))))
