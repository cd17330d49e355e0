"""content/'s YAML: emitted and parsed once per distinct entry and file (the memos), the
long lists of references spliced (ref_lists). The reader and the emitter themselves are
briefgen.yamlfile's; their names are kept here for store's modules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
from pathlib import Path
from typing import Any

from briefgen.config import STATE_DIR, Config
from briefgen.errors import BriefgenError, ContentError
from briefgen.store.ref_lists import dump_spliced, parse_spliced
from briefgen.store.yaml_memo import TaggedMemo
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
    move_lines,
    parse_yaml,
    read_yaml_bytes,
    shift_lines,
)

# What was emitted, by the repr of the data (strings, numbers, dates, lists, dicts and
# FlowMaps only, whose reprs tell them apart), and what was parsed, pickled, by the hash
# of the bytes: each distinct entry and file of content/ is emitted or parsed once, and the
# saved memos (store_content) spare the next build the ones it does not change.
DUMPED: TaggedMemo[str] = TaggedMemo(str)
PARSED: TaggedMemo[bytes] = TaggedMemo(bytes)


def dump_cached(data: Any) -> str:
    """dump_yaml(data), emitted once per distinct value."""
    key = dump_key(data)
    text = DUMPED.get(key)
    if text is None:
        # A long list of references is written line by line and spliced in (ref_lists),
        # the rest emitted by dump_yaml.
        text = dump_spliced(data, key, dump_cached)
        DUMPED.put(key, text)
    return text


def dump_key(data: Any) -> str:
    return repr(data)


def indent_block(text: str, spaces: int) -> str:
    """YAML emitted at the top level, moved under a key: every line indented."""
    pad = " " * spaces
    # The emitter indents after each run of line breaks (a quoted scalar may hold NEL,
    # U+2028 and U+2029 raw, and blank lines in one are not indented), not after each line.
    return pad + _BREAK_RUN.sub(lambda m: m.group(0) + pad, text)


_BREAK_RUN = re.compile("[\n\x85\u2028\u2029]+(?=.)", re.DOTALL)


def as_read(data: Any) -> Any:
    """Plain data as read_yaml would give it back (mappings and lists that know a line;
    line 0 here, as nothing was read)."""
    if isinstance(data, dict):
        return LineDict((k, as_read(v)) for k, v in data.items())
    if isinstance(data, list):
        return LineList(as_read(v) for v in data)
    return data


def read_yaml(path: Path, display: str) -> YamlDocument:
    return yaml_from_bytes(read_yaml_bytes(path, display), path, display)


# A parse just put together in this process (list_parses) goes to its first reader as it
# is, sparing a pickle round trip of a whole list file; later readers get copies.
_FRESH_PARSES: dict[str, Any] = {}


def offer_parse(key: str, data: Any) -> None:
    """Hand ``data``, just put into PARSED under ``key``, to the next reader of it."""
    _FRESH_PARSES[key] = data


def yaml_from_bytes(raw: bytes, path: Path, display: str) -> YamlDocument:
    key = parsed_key(raw)
    blob = PARSED.get(key)
    fresh = _FRESH_PARSES.pop(key, None)
    if blob is not None and fresh is not None:
        return YamlDocument(path=path, display=display, data=fresh)
    if blob is not None:
        return YamlDocument(path=path, display=display, data=pickle.loads(blob))  # noqa: S301
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BriefgenError("not UTF-8 text", path=display, line=line) from None
    # parse_yaml's result, with the long lists of references (most of content/) read
    # line by line: several times faster on the list files, the briefing and the state.
    data = parse_spliced(text, display)
    PARSED.put(key, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    return YamlDocument(path=path, display=display, data=data)


def parsed_cache_file(config: Config) -> Path:
    return config.project / STATE_DIR / "cache" / "yaml.pickle"


def dumps_cache_file(config: Config) -> Path:
    return config.project / STATE_DIR / "cache" / "yaml-dumps.pickle"


def parsed_key(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


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
    "DUMPED",
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "PARSED",
    "RAW_BREAKS",
    "FlowMap",
    "InvalidDate",
    "LineDict",
    "LineList",
    "YamlDocument",
    "as_date",
    "as_read",
    "dump_cached",
    "dump_key",
    "dump_yaml",
    "dumps_cache_file",
    "indent_block",
    "move_lines",
    "offer_parse",
    "parse_yaml",
    "parsed_cache_file",
    "parsed_key",
    "raise_all",
    "read_yaml",
    "read_yaml_bytes",
    "shift_lines",
    "yaml_from_bytes",
]


def raise_all(problems: list[BriefgenError]) -> None:
    if problems:
        raise ContentError(problems)
