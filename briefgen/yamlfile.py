"""YAML files as briefgen reads and writes them, below every layer that uses them (the
settings, the sources' manifest, content/): a hardened reader that knows the line of
every mapping, key and list item, and the emitter of the fixed style.

The reader refuses what no contract file needs and an attacker would use: aliases (alias
bombs), nesting deeper than MAX_YAML_DEPTH (libyaml's composer would crash the
interpreter), tags that construct objects, duplicate keys, files over MAX_YAML_BYTES.
Written YAML is byte-stable: keys in the order given, block style for entries, flow style
for FlowMaps, no line wrapping, dates as ISO dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent
from yaml.nodes import MappingNode

from briefgen.errors import BriefgenError

MAX_YAML_BYTES = 64 * 1024 * 1024
# Deeper than any contract file needs; libyaml's composer recurses in C and crashes the
# interpreter (a segfault, not an exception) on a few thousand nested brackets.
MAX_YAML_DEPTH = 64


class FlowMap(dict[str, Any]):
    """A mapping written on one line: `{source: x, para: p3}`."""

    def __repr__(self) -> str:
        # Told apart from a plain dict, which is written as a block: dump_cached keys on repr.
        return f"FlowMap({dict.__repr__(self)})"


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent block sequences under their key, as people write them.
        super().increase_indent(flow, False)


def _represent_flow_map(dumper: yaml.SafeDumper, data: FlowMap) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_dict(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items())


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # PyYAML writes NEL, U+2028 and U+2029 raw inside single quotes, and reads them back
    # folded (the text changes): double quotes escape them, so the text comes back whole.
    style = '"' if RAW_BREAKS.search(data) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


RAW_BREAKS = re.compile("[\x85\u2028\u2029]")


_Dumper.add_representer(FlowMap, _represent_flow_map)
_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=10_000,
        indent=2,
    )


class LineDict(dict[str, Any]):
    """A mapping read from YAML that knows the line of itself and of each key."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.line = 0
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class FlowLineDict(LineDict):
    """A mapping read from one line, ``{a: x, b: y}``: written back the same way."""


class LineList(list[Any]):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.line = 0
        self.item_lines: list[int] = []


class _LineLoader(yaml.SafeLoader):
    pass


# libyaml's parser is ~10x faster; the pure-Python one words errors the same on every
# machine, so it re-reads a file only when the fast path found a problem.
_CParser = getattr(yaml, "CSafeLoader", None)


class _FastLineLoader(_CParser or yaml.SafeLoader):  # type: ignore[misc]
    pass


def _construct_map(loader: _LineLoader, node: MappingNode):
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            )
        skey = str(key)
        if skey in data:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{skey}'", key_node.start_mark
            )
        data[skey] = loader.construct_object(value_node, deep=True)
        data.key_lines[skey] = key_node.start_mark.line + 1


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


class InvalidDate(str):
    """A date-shaped scalar that is no date (2022-02-30): kept as text with the reason, so
    that the field that holds it is reported with its line and the rest of the file is
    still read (an exception here would hide every other problem in the file)."""

    reason: str

    def __new__(cls, text: str, reason: str) -> InvalidDate:
        made = super().__new__(cls, text)
        made.reason = reason
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (InvalidDate, (str(self), self.reason))

    def problem(self) -> str:
        return f"'{self}' is not a valid date ({self.reason}); write a date like 2022-03-11"


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    # PyYAML raises a bare ValueError (no line) for a date-shaped impossible date.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        return InvalidDate(node.value, str(exc))


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    _loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


@dataclass(frozen=True)
class YamlDocument:
    path: Path
    display: str  # the path as errors show it, e.g. content/quotes.yaml
    data: Any


def _mark_line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def parse_yaml(
    text: str, display: str, path: Path | None = None, *, place: str = "content/"
) -> YamlDocument:
    """Parse one YAML document; refuse aliases (alias bombs), nesting bombs and
    object-constructing tags. ``place`` names where, in the alias message."""
    try:
        data = _parse(text, display, _FastLineLoader, _CParser or yaml.SafeLoader, place)
    except (yaml.YAMLError, BriefgenError):
        # raises, worded stably
        data = _parse(text, display, _LineLoader, yaml.SafeLoader, place)
    return YamlDocument(path=path or Path(display), display=display, data=data)


def _parse(text: str, display: str, loader: type, scanner: type, place: str) -> Any:
    try:
        # The event pass is streaming and iterative: it stops at the first alias or
        # excess nesting before anything is built, so memory stays bounded.
        depth = 0
        for event in yaml.parse(text, Loader=scanner):
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise BriefgenError(
                        f"YAML nested more than {MAX_YAML_DEPTH} levels deep; "
                        "the content/ contract needs at most a few",
                        path=display,
                        line=_event_line(event),
                    )
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif isinstance(event, AliasEvent):
                raise BriefgenError(
                    f"YAML aliases (*name) are not allowed in {place}; write the value out",
                    path=display,
                    line=_event_line(event),
                )
        return yaml.load(text, Loader=loader)  # noqa: S506 - SafeLoader subclasses
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "could not determine a constructor" in str(exc):
            problem = "tags that construct objects (!!python/…) are not allowed"
        raise BriefgenError(
            f"invalid YAML: {problem}", path=display, line=_mark_line(exc)
        ) from None


def _event_line(event: yaml.Event) -> int | None:
    return event.start_mark.line + 1 if event.start_mark else None


def read_yaml_bytes(path: Path, display: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise BriefgenError(f"file is too large ({size} bytes)", path=display)
        return path.read_bytes()
    except OSError as exc:
        raise BriefgenError(f"cannot read: {exc.strerror}", path=display) from None


def read_mapping(path: Path, display: str) -> dict[str, Any] | None:
    """A file's top-level mapping, read by the hardened reader (no alias bombs, no deep
    nesting), or None when it is missing, unreadable or no mapping: for a caller that only
    peeks at a file `briefgen check` reports on."""
    try:
        text = read_yaml_bytes(path, display).decode("utf-8-sig")
        data = parse_yaml(text, display, path).data
    except (BriefgenError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


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
