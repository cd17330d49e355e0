"""content/ YAML → Content records, collecting every problem with its file and line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefgen.errors import BriefgenError
from briefgen.kinds.schema import (
    BRIEFING_FIELDS,
    DISPUTE_FIELDS,
    SIDE_FIELDS,
    SUMMARY_FIELDS,
    FieldSpec,
)
from briefgen.records import content as c
from briefgen.yamlfile import InvalidDate, LineDict, LineList


@dataclass
class Problems:
    """Errors stop the build; warnings are printed. Both name file and line."""

    errors: list[BriefgenError] = field(default_factory=list)
    warnings: list[BriefgenError] = field(default_factory=list)
    # The subset of errors that are a reference to a missing actor/quote/casualty id:
    # the three-way merge can explain them (an editor deleted or renamed that id).
    dangling: list[tuple[str, str, BriefgenError]] = field(default_factory=list)
    # Kinds (actors, quotes …) and source ids whose file does not parse: its error is
    # reported once, and references into it are not reported as missing (they may well
    # be there: the file could not be read).
    unreadable: set[str] = field(default_factory=set)
    # (kind, id) of entries that are there but have an error of their own: reported
    # for that error, not again as missing wherever they are referenced.
    invalid: set[tuple[str, str]] = field(default_factory=set)

    def error(self, display: str, line: int | None, message: str) -> None:
        self.errors.append(BriefgenError(message, path=display, line=line))

    def dangling_ref(
        self, kind: str, ident: str, display: str, line: int | None, message: str
    ) -> None:
        if kind in self.unreadable or (kind, ident) in self.invalid:
            return
        error = BriefgenError(message, path=display, line=line)
        self.errors.append(error)
        self.dangling.append((kind, ident, error))

    def warn(self, display: str, line: int | None, message: str) -> None:
        self.warnings.append(BriefgenError(message, path=display, line=line))


def _line(node: Any, key: str | None = None) -> int | None:
    if isinstance(node, LineDict):
        return node.line_of(key) if key else node.line
    if isinstance(node, LineList):
        return node.line
    return None


def _item_line(seq: Any, index: int, fallback: int | None) -> int | None:
    if isinstance(seq, LineList) and index < len(seq.item_lines):
        return seq.item_lines[index]
    return fallback


class Decoder:
    def __init__(self, display: str, problems: Problems):
        self.display = display
        self.problems = problems

    def err(self, line: int | None, message: str) -> None:
        self.problems.error(self.display, line, message)

    def record(self, node: Any, specs: tuple[FieldSpec, ...], what: str) -> dict[str, Any] | None:
        """Decode one mapping to keyword arguments for its record; None when unusable."""
        if not isinstance(node, dict):
            self.err(_line(node), f"expected a mapping ({what}), found {type(node).__name__}")
            return None
        known = {s.name for s in specs}
        for key in node:
            if key not in known:
                valid = ", ".join(s.name for s in specs)
                self.problems.warn(
                    self.display, _line(node, key), f"unknown field '{key}' ignored; valid: {valid}"
                )
        out: dict[str, Any] = {}
        ok = True
        for spec in specs:
            if spec.name not in node or node[spec.name] is None:
                if spec.required:
                    self.err(_line(node), f"{what} lacks the required field '{spec.name}'")
                    ok = False
                continue
            value = self.value(node[spec.name], spec, _line(node, spec.name))
            if value is _INVALID:
                ok = False
            else:
                out[spec.name] = value
        return out if ok else None

    def value(self, raw: Any, spec: FieldSpec, line: int | None) -> Any:
        kind = spec.kind
        name = spec.name
        if kind in ("str", "str?"):
            if isinstance(raw, (int, float, dt.date)) and not isinstance(raw, bool):
                return str(raw)
            if not isinstance(raw, str):
                self.err(line, f"'{name}' must be text, not {_shown(raw)}")
                return _INVALID
            if kind == "str" and not raw.strip():
                self.err(line, f"'{name}' must not be empty")
                return _INVALID
            return raw
        if kind == "int":
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
                self.err(line, f"'{name}' must be a whole number of 0 or more, not {_shown(raw)}")
                return _INVALID
            return raw
        if kind == "bool":
            if not isinstance(raw, bool):
                self.err(line, f"'{name}' must be true or false, not {_shown(raw)}")
                return _INVALID
            return raw
        if kind in ("date", "date?"):
            if isinstance(raw, InvalidDate):
                self.err(line, f"'{name}': {raw.problem()}")
                return _INVALID
            try:
                return as_date(raw)
            except ValueError:
                self.err(line, f"'{name}' must be a date like 2022-03-11, not {_shown(raw)}")
                return _INVALID
        if kind in ("enum", "enum?"):
            if raw not in spec.choices:
                valid = " | ".join(spec.choices)
                self.err(line, f"'{name}' must be one of {valid}, not {_shown(raw)}")
                return _INVALID
            return raw
        if kind == "strs":
            items = raw if isinstance(raw, list) else None
            if items is None or not all(isinstance(x, str) for x in items):
                self.err(line, f"'{name}' must be a list of text items")
                return _INVALID
            return tuple(items)
        if kind == "refs":
            return self.refs(raw, name, line)
        if kind == "paragraphs":
            return self.paragraphs(raw, line)
        if kind == "summary":
            return self.records(raw, SUMMARY_FIELDS, c.SummaryPoint, "a key point", line)
        if kind == "disputes":
            return self.records(raw, DISPUTE_FIELDS, c.Dispute, "a dispute", line)
        if kind == "sides":
            return self.records(raw, SIDE_FIELDS, c.DisputeSide, "a side", line)
        raise AssertionError(kind)

    def records(
        self, raw: Any, specs: tuple[FieldSpec, ...], cls: type, what: str, line: int | None
    ) -> Any:
        if not isinstance(raw, list):
            self.err(line, f"expected a list of {what}s")
            return _INVALID
        out = []
        for item in raw:
            kwargs = self.record(item, specs, what)
            if kwargs is None:
                return _INVALID
            out.append(cls(**kwargs))
        return tuple(out)

    def refs(self, raw: Any, name: str, line: int | None) -> Any:
        if not isinstance(raw, list):
            self.err(line, f"'{name}' must be a list of {{source: ID, para: ID}}")
            return _INVALID
        out = []
        for i, item in enumerate(raw):
            item_line = _item_line(raw, i, line)
            if (
                isinstance(item, dict)
                and isinstance(item.get("source"), str)
                and isinstance(item.get("para"), str)
            ):
                out.append(c.Ref(item["source"], item["para"]))
            else:
                self.err(item_line, f"'{name}' items must read {{source: ID, para: ID}}")
                return _INVALID
        return tuple(out)

    def paragraphs(self, raw: Any, line: int | None) -> Any:
        if not isinstance(raw, list):
            self.err(line, "'paragraphs' must be a list of {id: p1, text: ...}")
            return _INVALID
        out = []
        for i, item in enumerate(raw):
            item_line = _item_line(raw, i, line)
            if not (
                isinstance(item, dict)
                and isinstance(item.get("id"), str)
                and isinstance(item.get("text"), str)
            ):
                self.err(item_line, "paragraphs must read {id: p1, text: ...}")
                return _INVALID
            out.append(c.ParagraphEntry(item["id"], item["text"], bool(item.get("heading"))))
        return tuple(out)

    def briefing(self, node: Any) -> c.BriefingEntry | None:
        if node is None:
            node = LineDict(title="Briefing")
        kwargs = self.record(node, BRIEFING_FIELDS, "the briefing")
        return c.BriefingEntry(**kwargs) if kwargs is not None else None


class _Invalid:
    pass


_INVALID = _Invalid()


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_date(value: Any) -> dt.date | None:
    """A YAML date, or an ISO date string; None stays None. ValueError otherwise."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(value)
