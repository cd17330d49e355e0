"""Read content/ into a Content record, checking every id and reference.

Every problem is collected (with file and line) before anything is raised, so
`briefgen check` reports them all at once.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.records import content as c
from briefgen.store.decode import Decoder, Problems
from briefgen.store.schema import LIST_FILES, SOURCE_FIELDS
from briefgen.store.yamlio import (
    PARSED,
    LineDict,
    LineList,
    parsed_cache_file,
    parsed_key,
    read_yaml_bytes,
    yaml_from_bytes,
)

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
    """content/ on disk, or (validate.py) the files a build plans to write, by their
    project-relative path: read the same way either way."""

    def __init__(self, config: Config, planned: Mapping[str, bytes] | None) -> None:
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

    def read(self, path: Path, display: str) -> bytes:
        if self.planned is None:
            return read_yaml_bytes(path, display)
        return self.planned[display]


def _load(files: _Files, path: Path, problems: Problems) -> Any:
    display = _display(files.config, path)
    try:
        return yaml_from_bytes(files.read(path, display), path, display).data
    except BriefgenError as exc:
        problems.errors.append(exc)
        return None


# Files decoded without a problem, by their name and bytes: a build reads content/ before
# its work and reads its own planned files back before writing them (validate.py), and
# most of those are byte for byte the files it read.
_DECODED: OrderedDict[tuple[str, str], list[_Located]] = OrderedDict()
_DECODED_MAX = 8192


def _decode_file(
    files: _Files,
    path: Path,
    problems: Problems,
    decode: Callable[[str, Any, Problems], list[_Located]],
) -> list[_Located]:
    """decode(display, parsed data, problems) for one file, once per name and bytes."""
    display = _display(files.config, path)
    try:
        raw = files.read(path, display)
    except BriefgenError as exc:
        problems.errors.append(exc)
        return []
    key = (display, parsed_key(raw))
    known = _DECODED.get(key)
    if known is not None:
        _DECODED.move_to_end(key)
        return known
    found = Problems()
    try:
        data = yaml_from_bytes(raw, path, display).data
    except BriefgenError as exc:
        problems.errors.append(exc)
        return []
    out = decode(display, data, found) if data is not None else []
    problems.errors.extend(found.errors)
    problems.warnings.extend(found.warnings)
    if not (found.errors or found.warnings or data is None):
        _DECODED[key] = out
        if len(_DECODED) > _DECODED_MAX:
            _DECODED.popitem(last=False)
    return out


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

        out.extend(_decode_file(files, path, problems, decode))
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


def _read_list(files: _Files, name: str, problems: Problems) -> list[_Located]:
    path = files.config.content / name
    if not files.exists(path):
        return []

    def decode(display: str, data: Any, found: Problems) -> list[_Located]:
        if not isinstance(data, list):
            found.error(display, 1, f"expected a list of entries, found {type(data).__name__}")
            return []
        specs, cls = LIST_FILES[name]
        decoder = Decoder(display, found)
        out = []
        for item in data:
            kwargs = decoder.record(item, specs, "an entry")
            if kwargs is not None:
                out.append(_Located(cls(**kwargs), item, display))
        return out

    return _decode_file(files, path, problems, decode)


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
        if ref.source not in self.paras:
            self.problems.error(display, line, f"source '{ref.source}' is not a source id")
        elif ref.para not in self.paras[ref.source]:
            self.problems.error(
                display, line, f"paragraph '{ref.para}' is not in source '{ref.source}'"
            )

    def ids(self, item: _Located, key: str, valid: set[str], what: str) -> None:
        raw = item.node.get(key)
        for i, ident in enumerate(getattr(item.record, key)):
            line = raw.item_lines[i] if isinstance(raw, LineList) else item.node.line_of(key)
            if ident not in valid:
                self.problems.dangling_ref(
                    key,
                    ident,
                    item.display,
                    line,
                    f"{key[:-1] if key.endswith('s') else key} '{ident}' is not {what}",
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
    planned: Mapping[str, bytes] | None = None,
) -> ReadResult:
    """content/ as records. ``allow_dangling``: a reference to a missing actor, quote or
    casualty id is not an error but listed in ``dangling`` (store explains or refuses it).
    ``planned``: read these files (by project-relative path) instead of content/."""
    problems = Problems()
    PARSED.load(parsed_cache_file(config))
    files = _Files(config, planned)
    sources = _read_sources(files, problems)
    lists = {name: _read_list(files, name, problems) for name in LIST_FILES}
    briefing_path = config.content / "briefing.yaml"
    briefing_node = _load(files, briefing_path, problems) if files.exists(briefing_path) else None
    briefing = Decoder("content/briefing.yaml", problems).briefing(briefing_node)

    actors, quotes = lists["actors.yaml"], lists["quotes.yaml"]
    casualties, events = lists["casualties.yaml"], lists["events.yaml"]
    for items in (sources, actors, quotes, casualties, events):
        _check_unique(items, problems)
    actor_ids = {a.record.id for a in actors}
    quote_ids = {q.record.id for q in quotes}
    casualty_ids = {x.record.id for x in casualties}
    check = _RefChecker(sources, actor_ids, problems)

    source_ids = {s.record.id for s in sources}
    for s in sources:
        dup = s.record.duplicate_of
        if dup is not None and dup not in source_ids:
            problems.error(
                s.display,
                s.node.line_of("duplicate_of"),
                f"duplicate_of '{dup}' is not a source id",
            )
    for a in actors:
        check.refs(a, "mentions")
        same = a.record.same_as
        if same is not None and (same not in actor_ids or same == a.record.id):
            report = problems.dangling_ref if same != a.record.id else _self_ref(problems)
            report(
                "actors",
                same,
                a.display,
                a.node.line_of("same_as"),
                f"same_as '{same}' is not another actor's id",
            )
    for q in quotes:
        check.refs(q, "sources")
        if q.record.speaker is not None and q.record.speaker not in actor_ids:
            problems.dangling_ref(
                "actors",
                q.record.speaker,
                q.display,
                q.node.line_of("speaker"),
                f"speaker '{q.record.speaker}' is not an actor id",
            )
    for x in casualties:
        check.refs(x, "sources")
        raw = x.node.get("claimed_by")
        for i, who in enumerate(x.record.claimed_by):
            line = raw.item_lines[i] if isinstance(raw, LineList) else x.node.line_of("claimed_by")
            check.claimant(x.display, line, "claimed_by", who)
        sup = x.record.supersedes
        if sup is not None and (sup not in casualty_ids or sup == x.record.id):
            report = problems.dangling_ref if sup != x.record.id else _self_ref(problems)
            report(
                "casualties",
                sup,
                x.display,
                x.node.line_of("supersedes"),
                f"supersedes '{sup}' is not another figure's id",
            )
    for e in events:
        check.refs(e, "sources")
        check.ids(e, "actors", actor_ids, "an actor id")
        check.ids(e, "quotes", quote_ids, "a quote id")
        check.ids(e, "casualties", casualty_ids, "a casualty id")
    if briefing is not None and isinstance(briefing_node, LineDict):
        background = {x.record.id for x in casualties if x.record.scope == "background"}
        _check_briefing(briefing_node, check, problems, casualty_ids, background)

    errors = problems.errors
    if allow_dangling:
        tolerated = {id(d[2]) for d in problems.dangling}
        errors = [e for e in errors if id(e) not in tolerated]
    if errors or briefing is None:
        # Unreadable content/: every broken reference is reported with the rest, as no
        # edit can be told apart from a mistake until the files read.
        return ReadResult(None, tuple(problems.errors), tuple(problems.warnings))
    content = c.Content(
        briefing=briefing,
        sources=tuple(s.record for s in sources),
        actors=tuple(a.record for a in actors),
        quotes=tuple(q.record for q in quotes),
        casualties=tuple(x.record for x in casualties),
        events=tuple(e.record for e in events),
    )
    dangling = tuple(problems.dangling) if allow_dangling else ()
    return ReadResult(content, (), tuple(problems.warnings), dangling)


def _self_ref(problems: Problems) -> Any:
    """A reference of an entry to itself is an error no merge can explain."""

    def report(kind: str, ident: str, display: str, line: int | None, message: str) -> None:
        problems.error(display, line, message)

    return report


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
        _check_ref_list(display, point, check)
    for dispute in node.get("disputes") or []:
        for side in dispute.get("sides") or []:
            check.claimant(display, side.line_of("actor"), "actor", side.get("actor"))
            _check_ref_list(display, side, check)


def _check_ref_list(display: str, node: LineDict, check: _RefChecker) -> None:
    raw = node.get("sources") or []
    for i, ref in enumerate(raw):
        line = raw.item_lines[i] if isinstance(raw, LineList) else node.line
        check.ref(display, line, c.Ref(str(ref.get("source")), str(ref.get("para"))))
