"""The files briefgen owns, written in its fixed style without PyYAML's emitter, and read
back without PyYAML's parser when they are still in that style (parse.py for any other).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import BriefgenError
from briefgen.yamlfile.parse import (
    MAX_YAML_DEPTH,
    FlowLineDict,
    FlowMap,
    LineDict,
    LineList,
    YamlDocument,
    dump_yaml,
    parse_yaml,
    read_yaml_bytes,
)

# --- the writer of the files briefgen owns --------------------------------------------
# dump_yaml's text, written without PyYAML's emitter (about ten times faster): the data
# briefgen writes is mappings, lists and scalars that are plain or single-quoted on one
# line. A value outside that (a line break, a tab, a very long line, a long or empty key)
# is written by dump_yaml itself, so the text is always dump_yaml's (hypothesis-tested).

# Printable as PyYAML sees it with allow_unicode, without line breaks or tabs: such a
# string is written plain or in single quotes, on one line.
_ONE_LINE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]*"
)
_BLOCK_INDICATOR = re.compile(r"---|\.\.\.|[#,\[\]{}&*!|>'\"%@`]|[?:-](?: |$)|.*(?:: | #|.:$)")
_FLOW_INDICATOR = re.compile(r"[?:]|.+[,?\[\]{}:]")
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
# Far below the emitter's width (10,000): no line of these is ever folded.
_MAX_LINE = 9_000
_MAX_KEY = 127  # longer keys are written as complex keys ("? ...")


class _NotPlainData(Exception):
    """A value the writer leaves to dump_yaml."""


@functools.lru_cache(maxsize=1 << 17)
def _string(text: str, flow: bool) -> str:
    """How dump_yaml writes ``text`` (a value, or a key in a mapping)."""
    if len(text) > _MAX_LINE or not _ONE_LINE.fullmatch(text):
        raise _NotPlainData
    plain = (
        text
        and text[0] != " "
        and text[-1] != " "
        and not (_FLOW_INDICATOR if flow else _BLOCK_INDICATOR).match(text)
        and not (flow and _BLOCK_INDICATOR.match(text))
        and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR
    )
    return text if plain else "'" + text.replace("'", "''") + "'"


def _scalar(value: Any, flow: bool) -> str:
    if type(value) is str:
        return _string(value, flow)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is dt.date:
        return value.isoformat()
    raise _NotPlainData


def _key(key: Any, flow: bool) -> str:
    if type(key) is not str or not key or len(key) > _MAX_KEY:
        raise _NotPlainData
    return _string(key, flow)


def _inline(value: Any) -> str | None:
    """``value`` as written after a key or a dash on the same line; None for a block."""
    if isinstance(value, (FlowMap, FlowLineDict)) or (
        isinstance(value, (dict, list)) and not value
    ):
        return _flow(value)
    if isinstance(value, (dict, list)):
        return None
    return _scalar(value, False)


def _flow(value: Any) -> str:
    if type(value) is str:
        return _string(value, True)
    if isinstance(value, dict):
        return "{" + ", ".join([f"{_key(k, True)}: {_flow(v)}" for k, v in value.items()]) + "}"
    if isinstance(value, list):
        return "[" + ", ".join([_flow(v) for v in value]) + "]"
    return _scalar(value, True)


def _block_map(data: dict[str, Any], indent: int, first: str, out: list[str]) -> None:
    """A block mapping whose keys stand at ``indent``; ``first``: what precedes the first
    key on its line (a dash for a list item)."""
    lead = first
    for key, value in data.items():
        text = _inline(value)
        if text is not None:
            out.append(f"{lead}{_key(key, False)}: {text}")
        else:
            out.append(f"{lead}{_key(key, False)}:")
            _block(value, indent + 2, out)
        lead = " " * indent


def _block(data: dict[str, Any] | list[Any], indent: int, out: list[str]) -> None:
    if isinstance(data, dict):
        _block_map(data, indent, " " * indent, out)
        return
    dash = " " * indent + "- "
    for item in data:
        written = len(out)
        try:
            text = _inline(item)
            if text is not None:
                out.append(dash + text)
            elif isinstance(item, dict):
                _block_map(item, indent + 2, dash, out)
            else:
                raise _NotPlainData  # a list in a list
        except _NotPlainData:
            del out[written:]
            out.append(_emitted_item(item, indent))


def _emitted_item(item: Any, indent: int) -> str:
    """One item of a list, left to dump_yaml: emitted alone, moved in under its key."""
    text = dump_yaml([item])
    if any(len(line) > _MAX_LINE for line in text.split("\n")):
        raise _NotPlainData  # it might fold at another place further in: the whole value
    # The emitter indents after each run of line breaks (a quoted scalar may hold blank
    # lines, which are not indented), not after each line.
    pad = " " * indent
    return pad + _BREAK_RUN.sub(lambda m: m.group(0) + pad, text[:-1])


_BREAK_RUN = re.compile("[\n\x85\u2028\u2029]+(?=.)", re.DOTALL)


def write_yaml(data: Any) -> str:
    """dump_yaml(data), for a mapping or a list."""
    out: list[str] = []
    try:
        text = _inline(data)
        if text is not None:
            if not isinstance(data, (dict, list)):
                raise _NotPlainData  # a lone scalar: dump_yaml ends the document
            return text + "\n"
        _block(data, 0, out)
    except _NotPlainData:
        return dump_yaml(data)
    if any(len(line) > _MAX_LINE for line in out):
        return dump_yaml(data)
    return "\n".join(out) + "\n"


# --- the reader of the files briefgen wrote -------------------------------------------
# A file briefgen wrote (or an editor changed in its style) is read without PyYAML, about
# five times faster: taken line by line in the writer's layout (exact indents, ": ", "- ",
# "{a: x, b: y}"), each key and scalar accepted only when the writer writes what was read
# as that very text. Such text means to YAML what it means here; any other (another
# style, a comment, an alias, a tag, a duplicate key, a block scalar) is left to
# parse_yaml and its refusals (hypothesis-tested on written and on altered texts).


# Neither a plain key nor a plain value in a flow mapping holds any of ,:[]{} or a quote.
_PLAIN_FLOW = re.compile(r"\{[^,:\[\]{}']+: [^,:\[\]{}']+(?:, [^,:\[\]{}']+: [^,:\[\]{}']+)*\}")
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SPECIAL = {"null": None, "true": True, "false": False}


class _NotWritten(Exception):
    """The text is not in the writer's style."""


def _read_scalar(text: str, flow: bool) -> Any:
    """The scalar ``text`` stands for, when the writer writes that as ``text``."""
    value = _scalar_value(text)
    try:
        written = _string(value, flow) if type(value) is str else _scalar(value, flow)
    except _NotPlainData:
        raise _NotWritten from None
    if written != text:
        raise _NotWritten
    return value


def _read_key(text: str, flow: bool) -> str:
    try:
        if _key(text, flow) == text:
            return text
    except _NotPlainData:
        pass
    raise _NotWritten


def _scalar_value(text: str) -> Any:
    first = text[:1]
    if first == "'":
        if len(text) < 2 or not text.endswith("'"):
            raise _NotWritten
        return text[1:-1].replace("''", "'")
    if first in _NUMERIC_START:
        if _PLAIN_INT.fullmatch(text):
            return int(text)
        if _PLAIN_DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                raise _NotWritten from None
    elif text in _SPECIAL:
        return _SPECIAL[text]
    return text  # a string if written plain; else the writer quotes it


_NUMERIC_START = frozenset("-0123456789")


class _Lines:
    def __init__(self, lines: list[str], first: int) -> None:
        self.lines = lines
        self.i = first

    def block(self, indent: int) -> Any:
        if self.i >= len(self.lines) or indent > 2 * MAX_YAML_DEPTH:
            raise _NotWritten  # too deep: parse_yaml refuses it
        line = self.lines[self.i]
        if line.startswith(" " * indent + "- "):
            return self.sequence(indent)
        if line[:indent] != " " * indent:
            raise _NotWritten
        return self.mapping(indent, line[indent:])

    def sequence(self, indent: int, gaps: bool = False) -> LineList:
        out = LineList()
        out.line = self.i + 1
        dash = " " * indent + "- "
        while self.i < len(self.lines):
            if gaps and out and self.lines[self.i] == "" and self.i + 1 < len(self.lines):
                self.i += 1  # the blank line between the entries of a list file
            if not self.lines[self.i].startswith(dash):
                break
            rest = self.lines[self.i][len(dash) :]
            out.item_lines.append(self.i + 1)
            if rest[:1] in ("'", "{", "[") or not (": " in rest or rest.endswith(":")):
                out.append(self.inline(rest))
                self.i += 1
            else:
                out.append(self.mapping(indent + 2, rest))
        return out

    def mapping(self, indent: int, rest: str) -> LineDict:
        out = LineDict()
        out.line = self.i + 1
        pad = " " * indent
        while True:
            key, colon, value = rest.partition(":")
            if not colon or _read_key(key, False) in out:
                raise _NotWritten
            out.key_lines[key] = self.i + 1
            if value:
                if value[0] != " ":
                    raise _NotWritten
                out[key] = self.inline(value[1:])
                self.i += 1
            else:
                self.i += 1
                out[key] = self.block(indent + 2)
            line = self.lines[self.i] if self.i < len(self.lines) else ""
            if not line.startswith(pad):
                return out
            rest = line[indent:]
            if not rest or rest.startswith((" ", "- ")):
                return out

    def inline(self, text: str) -> Any:
        if text in ("[]", "{}"):
            empty: Any = LineList() if text == "[]" else LineDict()
            empty.line = self.i + 1
            return empty
        if _PLAIN_FLOW.fullmatch(text):
            return self.plain_flow(text)
        if text.startswith("{"):
            value, end = self.flow(text, 0)
            if end != len(text):
                raise _NotWritten
            return value
        return _read_scalar(text, False)

    def plain_flow(self, text: str) -> FlowLineDict:
        """A flow mapping of plain scalars only (most of content/: ``{source: x, para:
        p3}``): none holds ", " or ": ", so the text splits at them."""
        out = FlowLineDict()
        out.line = self.i + 1
        for pair in text[1:-1].split(", "):
            key, value = pair.split(": ")
            if _read_key(key, True) in out:
                raise _NotWritten
            out[key] = _read_scalar(value, True)
        out.key_lines = dict.fromkeys(out, out.line)
        return out

    def flow(self, text: str, at: int, depth: int = 1) -> tuple[FlowLineDict, int]:
        """The flow mapping that starts at text[at], and where it ends."""
        if depth > MAX_YAML_DEPTH:
            raise _NotWritten
        out = FlowLineDict()
        out.line = self.i + 1
        at += 1
        while text[at : at + 1] != "}":
            colon = text.find(": ", at)
            if colon < 0 or _read_key(text[at:colon], True) in out:
                raise _NotWritten
            key = text[at:colon]
            at = colon + 2
            if text.startswith("{", at):
                out[key], at = self.flow(text, at, depth + 1)
            else:
                end = _flow_scalar_end(text, at)
                out[key] = _read_scalar(text[at:end], True)
                at = end
            out.key_lines[key] = self.i + 1
            if text.startswith(", ", at):
                at += 2
            elif text[at : at + 1] != "}":
                raise _NotWritten
        return out, at + 1


def _flow_scalar_end(text: str, at: int) -> int:
    if text.startswith("'", at):
        end = at + 1
        while True:
            end = text.find("'", end)
            if end < 0:
                raise _NotWritten
            if not text.startswith("''", end):
                return end + 1
            end += 2
    ends = [i for i in (text.find(",", at), text.find("}", at)) if i >= 0]
    if not ends:
        raise _NotWritten
    return min(ends)


def read_written(text: str) -> Any | None:
    """parse_yaml(text).data when ``text`` is as briefgen writes its files: the
    writer's text of a mapping (after a header of comment lines), or of a list file's
    entries (write_entries); None for any other text."""
    lines = text.split("\n")
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        first += 1
    head = lines[first] if first < len(lines) else ""
    reader = _Lines(lines, first)
    try:
        if head in ("[]", "{}"):
            data: Any = reader.inline(head)
            reader.i += 1
        elif head.startswith("- "):
            data = reader.sequence(0, gaps=True)
        else:
            data = reader.block(0)
    except (_NotWritten, IndexError):
        return None
    return data if reader.i == len(lines) - 1 and lines[-1] == "" else None


def write_entries(entries: list[Any]) -> str:
    """A list file: each entry written as a list of one, a blank line between entries
    (which keeps diffs and hand edits readable)."""
    if not entries:
        return "[]\n"
    return "\n".join(write_yaml([entry]) for entry in entries)


def read_yaml(path: Path, display: str) -> YamlDocument:
    """A file of content/: read_written when it is as briefgen writes it, else parse_yaml."""
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
