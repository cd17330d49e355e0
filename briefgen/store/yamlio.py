"""content/'s YAML as store reads it: briefgen.yamlfile's reader, the fast way for files
in the style briefgen writes (read_written) and the hardened parser for any other. The
names of yamlfile that store's modules use are kept here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError
from briefgen.yamlfile import (
    MAX_YAML_BYTES,
    MAX_YAML_DEPTH,
    RAW_BREAKS,
    FlowMap,
    InvalidDate,
    LineDict,
    LineList,
    YamlDocument,
    dump_yaml,
    parse_yaml,
    read_written,
    read_yaml_bytes,
    write_entries,
    write_yaml,
)


def read_yaml(path: Path, display: str) -> YamlDocument:
    return yaml_from_bytes(read_yaml_bytes(path, display), path, display)


def yaml_from_bytes(raw: bytes, path: Path, display: str) -> YamlDocument:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefgenError("not UTF-8 text", path=display, line=line) from None
    data = read_written(text)
    if data is None:  # not as briefgen writes it: an editor's style, or a mistake
        data = parse_yaml(text, display, path).data
    return YamlDocument(path=path, display=display, data=data)


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


def as_date(value: Any) -> dt.date | None:
    """A YAML date, or an ISO date string; None stays None. ValueError otherwise."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(value)


__all__ = [
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "RAW_BREAKS",
    "FlowMap",
    "InvalidDate",
    "LineDict",
    "LineList",
    "YamlDocument",
    "as_date",
    "as_read",
    "dump_yaml",
    "parse_yaml",
    "read_yaml",
    "read_yaml_bytes",
    "write_entries",
    "write_yaml",
    "yaml_from_bytes",
]
