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
        # Told apart from a plain dict, which is written as a block.
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
