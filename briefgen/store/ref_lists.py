"""Long lists of references, written and read without PyYAML's emitter and parser.

Most of content/ is references (``- {source: ID, para: ID}``): an actor named in every
source has thousands. Emitting or parsing such an entry again because one reference was
added cost seconds. Both directions work the same way: each long list stands in the
document as one item, ``{splice: TAG-K}``, which PyYAML emits or parses with the rest;
the references are written as PyYAML writes them, and read back only when each line is
exactly what would be written. Anything else is left to PyYAML, so the text and the
parse are always PyYAML's own (hypothesis-tested both ways).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from briefgen import yamlfile
from briefgen.errors import BriefgenError
from briefgen.yamlfile import FlowMap, LineDict

SPLICE_MIN_ITEMS = 8
_SPLICE_MAX_LINE = 1_000  # far below the emitter's width, so no line is ever folded
_STR_TAG = "tag:yaml.org,2002:str"

# --- the stand-in, the same in both directions -------------------------------------

_STAND_IN_VALUE = re.compile(r"([0-9a-f]{16})-(\d+)")
_STAND_IN_LINE = re.compile(r"( *- )\{splice: (" + _STAND_IN_VALUE.pattern + r")\}")


def _tag(text: str) -> str:
    """Part of every stand-in of one document: no real text can name it by chance."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _stand_in(tag: str, k: int) -> FlowMap:
    return FlowMap(splice=f"{tag}-{k}")


def _which(value: Any, tag: str, count: int) -> int | None:
    """The list a stand-in's value stands for, or None when it is not one of ours."""
    m = _STAND_IN_VALUE.fullmatch(value) if isinstance(value, str) else None
    if m is None or m.group(1) != tag or int(m.group(2)) >= count:
        return None
    return int(m.group(2))


# --- one reference ---------------------------------------------------------------


def ref_text(ref: FlowMap, dump: Callable[[Any], str] = yamlfile.dump_yaml) -> str:
    """dump_yaml(ref) for a {source, para} reference, without running the emitter when
    both ids are written plain (as ids are): PyYAML's own resolver and scalar analysis
    decide that, the same checks its emitter makes."""
    source, para = ref["source"], ref["para"]
    if plain_in_flow(source) and plain_in_flow(para):
        return f"{{source: {source}, para: {para}}}\n"
    return dump(ref)


# The line ref_text writes, as an item of a block list.
_REF_LINE = re.compile(r"( +- )\{source: (.+), para: (.+)\}")

_RESOLVER = yaml.resolver.Resolver()
_ANALYZER = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)


@functools.lru_cache(maxsize=1 << 16)
def plain_in_flow(value: str) -> bool:
    """Whether the emitter writes ``value`` as a plain scalar inside a flow mapping."""
    if not value or yamlfile.RAW_BREAKS.search(value):
        return False  # yamlio's string representer double-quotes these
    if _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) != _STR_TAG:
        return False  # read back plain it would be a number, a date, a boolean …
    analysis = _ANALYZER.analyze_scalar(value)
    return bool(analysis.allow_flow_plain) and not analysis.multiline


def _is_ref(item: Any) -> bool:
    return (
        type(item) is FlowMap
        and list(item) == ["source", "para"]
        and isinstance(item["source"], str)
        and isinstance(item["para"], str)
    )


# --- writing ---------------------------------------------------------------------


def dump_spliced(data: Any, key: str, dump: Callable[[Any], str] = yamlfile.dump_yaml) -> str:
    """dump_yaml(data), its long lists of references written one line at a time; a
    reference that needs the emitter is written by ``dump`` (yamlio's memo of it)."""
    lists: list[list[FlowMap]] = []
    tag = _tag(key)
    stood_in = _lists_stood_in(data, lists, tag)
    if not lists:
        return yamlfile.dump_yaml(data)
    spliced: list[str] = []
    used = 0
    for line in yamlfile.dump_yaml(stood_in).split("\n"):
        marker = _STAND_IN_LINE.fullmatch(line)
        k = _which(marker.group(2), tag, len(lists)) if marker is not None else None
        if marker is None or k is None:
            spliced.append(line)
            continue
        prefix = marker.group(1)
        items = [ref_text(item, dump) for item in lists[k]]
        if not all(_one_short_line(prefix, text) for text in items):
            return yamlfile.dump_yaml(data)
        spliced.extend(prefix + text[:-1] for text in items)
        used += 1
    # Every stand-in found once, where a reference would be: else emit the whole value.
    return "\n".join(spliced) if used == len(lists) else yamlfile.dump_yaml(data)


def _one_short_line(prefix: str, text: str) -> bool:
    return (
        text.endswith("\n")
        and text.count("\n") == 1
        and yamlfile.RAW_BREAKS.search(text) is None
        and len(prefix) + len(text) < _SPLICE_MAX_LINE
    )


def _lists_stood_in(data: Any, lists: list[list[FlowMap]], tag: str) -> Any:
    """``data`` with each long list of references replaced by a one-item stand-in."""
    if isinstance(data, FlowMap):
        return data
    if isinstance(data, dict):
        return {k: _lists_stood_in(v, lists, tag) for k, v in data.items()}
    if isinstance(data, list):
        if len(data) >= SPLICE_MIN_ITEMS and all(_is_ref(x) for x in data):
            lists.append(data)
            return [_stand_in(tag, len(lists) - 1)]
        return [_lists_stood_in(v, lists, tag) for v in data]
    return data


# --- reading ---------------------------------------------------------------------


@dataclass(frozen=True)
class _RefRun:
    """Lines in a row that are references, each as ref_text writes it."""

    first: int  # 1-based line in the text
    refs: tuple[tuple[str, str], ...]


def parse_spliced(text: str, display: str) -> Any:
    """parse_yaml(text).data for an entry or a whole file, its long lists of references
    read line by line."""
    lines = text.split("\n")
    tag = _tag(text)
    runs: list[_RefRun] = []
    kept: list[str] = []
    i = 0
    while i < len(lines):
        j, prefix, refs = i, "", []
        while j < len(lines):
            ref = _ref_in(lines[j], prefix)
            if ref is None:
                break
            prefix = prefix or lines[j][: lines[j].index("{")]
            refs.append(ref)
            j += 1
        if len(refs) >= SPLICE_MIN_ITEMS:
            kept.append(prefix + yamlfile.dump_yaml(_stand_in(tag, len(runs)))[:-1])
            runs.append(_RefRun(i + 1, tuple(refs)))
            i = j
        else:
            kept.append(lines[i])
            i += 1
    if not runs:
        return yamlfile.parse_yaml(text, display).data
    try:
        data = yamlfile.parse_yaml("\n".join(kept), display).data
    except BriefgenError:
        return yamlfile.parse_yaml(text, display).data  # raises, at the line in ``text``
    restored = _Restore(runs, tag)
    out = yamlfile.move_lines(data, restored.line, restored.expand)
    # Every stand-in must have come back as one list item, where a reference would be.
    return out if restored.found == len(runs) else yamlfile.parse_yaml(text, display).data


def _ref_in(line: str, prefix: str) -> tuple[str, str] | None:
    m = _REF_LINE.fullmatch(line)
    if m is None or (prefix and m.group(1) != prefix):
        return None
    source, para = m.group(2), m.group(3)
    if not (plain_in_flow(source) and plain_in_flow(para)):
        return None
    return source, para


class _Restore:
    """The parse of the stood-in text → the text's: stand-ins replaced by their
    references, every line number moved back to where it is in the text."""

    def __init__(self, runs: list[_RefRun], tag: str) -> None:
        self.runs = runs
        self.tag = tag
        self.found = 0
        # The stand-in of run k sits on line runs[k].first less the lines the runs before
        # it lost; a line after it is further down by ``extra[k]`` in the text.
        self.stand_in_lines: list[int] = []
        self.extra: list[int] = []
        lost = 0
        for run in runs:
            self.stand_in_lines.append(run.first - lost)
            lost += len(run.refs) - 1
            self.extra.append(lost)

    def line(self, n: int) -> int:
        # A whole file has a run per entry: found by bisection, not by a walk over them all.
        k = bisect.bisect_left(self.stand_in_lines, n)
        return n + (self.extra[k - 1] if k else 0)

    def expand(self, item: Any) -> list[LineDict] | None:
        """The references a stand-in item stands for, each on its own line."""
        if not (isinstance(item, LineDict) and list(item) == ["splice"]):
            return None
        k = _which(item["splice"], self.tag, len(self.runs))
        if k is None:
            return None
        self.found += 1
        run = self.runs[k]
        out = []
        for offset, (source, para) in enumerate(run.refs):
            ref = LineDict(source=source, para=para)
            ref.line = run.first + offset
            ref.key_lines = {"source": ref.line, "para": ref.line}
            out.append(ref)
        return out
