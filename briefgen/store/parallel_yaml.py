"""Emit and parse many YAML documents across processes, into yamlio's memos.

Writing a briefing of 1,000 sources emits and then reads back (validate.py) thousands of
documents with PyYAML's pure-Python emitter and constructor: the slowest part of the
store stage on a first build. Each document is independent, so the work is spread over
the build's processes; the results land in yamlio's memos, where dump_cached and
read_yaml find them. Anything a worker cannot do is left to the serial path, which
reports it as usual.
"""

from __future__ import annotations

import bisect
import hashlib
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from briefgen.config import Config
from briefgen.errors import BriefgenError
from briefgen.store import yamlio
from briefgen.store.encode import join_entries
from briefgen.store.yaml_memo import TaggedMemo

MIN_PARALLEL = 200  # documents: below this, starting the processes costs more
_CHUNK = 50

In = TypeVar("In")
V = TypeVar("V")


def _emit_chunk(values: tuple[Any, ...], config: Config) -> list[str | None]:
    del config
    return [yamlio.dump_cached(v) for v in values]


def _parse_chunk(blobs: tuple[bytes, ...], config: Config) -> list[bytes | None]:
    del config
    out: list[bytes | None] = []
    for raw in blobs:
        try:
            data = parse_entry(raw.decode("utf-8-sig"), "content/")
            out.append(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # noqa: BLE001 - the serial read reports it, with its file
            out.append(None)
    return out


def _fill_ahead(
    items: list[In],
    key_of: Callable[[In], str],
    memo: TaggedMemo[V],
    work: Callable[[tuple[In, ...], Config], list[V | None]],
    config: Config,
) -> int:
    """Put work's result for every item the memo lacks into it, across processes.
    Returns how many items were done (0 when too few to be worth the processes)."""
    by_key = {key_of(item): item for item in items}
    missing = memo.missing(by_key)
    if len(missing) < MIN_PARALLEL or config.job_count() <= 1:
        return 0
    from briefgen.parallel import run_all  # here: briefgen.parallel imports briefgen.store

    chunks = [tuple(missing[i : i + _CHUNK]) for i in range(0, len(missing), _CHUNK)]
    jobs = [tuple(by_key[k] for k in chunk) for chunk in chunks]
    for i, results in run_all(work, jobs, config):
        for key, result in zip(chunks[i], results, strict=True):
            if result is not None:
                memo.put(key, result)
    return len(missing)


def emit_ahead(values: list[Any], config: Config) -> int:
    """Emit the values dump_cached has not seen. Returns how many."""
    return _fill_ahead(values, yamlio.dump_key, yamlio.DUMPED, _emit_chunk, config)


def parse_ahead(files: list[bytes], config: Config) -> int:
    """Parse the files read_yaml has not seen. Returns how many."""
    return _fill_ahead(files, yamlio.parsed_key, yamlio.PARSED, _parse_chunk, config)


def parse_entries_ahead(entries_by_file: dict[str, list[str]]) -> list[str]:
    """Put the parse of each list file (actors.yaml …) that read_yaml has not seen into its
    memo, put together from the parses of its entries, each parsed once and kept: adding
    a reference to an entry of a long file then parses that entry, not the file. Returns
    the keys of the entries (to keep with the files' for the next build)."""
    kept: list[str] = []
    for display, entries in sorted(entries_by_file.items()):
        keys = [yamlio.parsed_key(e.encode("utf-8")) for e in entries]
        kept.extend(keys)
        whole = yamlio.parsed_key(join_entries(entries).encode("utf-8"))
        if not entries or not _plain(entries):
            continue
        known = yamlio.PARSED.get(whole)
        if known is not None:
            _split(known, entries, keys)
            continue
        assembled = _assemble(display, entries, keys)
        if assembled is not None:
            yamlio.PARSED.put(whole, pickle.dumps(assembled, protocol=pickle.HIGHEST_PROTOCOL))
    return kept


# The emitter escapes these; a raw one would count as a line break and shift every line.
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def _plain(entries: list[str]) -> bool:
    return all(e.startswith("- ") and not any(b in e for b in _OTHER_BREAKS) for e in entries)


def _first_lines(entries: list[str]) -> list[int]:
    """The line each entry starts on in the file (a blank line between entries)."""
    out, line = [], 1
    for text in entries:
        out.append(line)
        line += text.count("\n") + 1
    return out


def _split(blob: bytes, entries: list[str], keys: list[str]) -> None:
    """The entries' parses the memo lacks, taken from the whole file's (kept from an
    earlier build): the reverse of _assemble, so the next change parses one entry."""
    missing = set(yamlio.PARSED.missing(keys))
    if not missing:
        return
    whole = pickle.loads(blob)  # noqa: S301 - briefgen's own memo
    if not isinstance(whole, yamlio.LineList) or len(whole) != len(entries):
        return
    for key, item, first_line in zip(keys, whole, _first_lines(entries), strict=True):
        if key in missing:
            one = yamlio.LineList([shift_lines(item, 1 - first_line)])
            one.line, one.item_lines = 1, [1]
            yamlio.PARSED.put(key, pickle.dumps(one, protocol=pickle.HIGHEST_PROTOCOL))


def _assemble(display: str, entries: list[str], keys: list[str]) -> yamlio.LineList | None:
    out = yamlio.LineList()
    out.line = 1
    for text, key, first_line in zip(entries, keys, _first_lines(entries), strict=True):
        blob = yamlio.PARSED.get(key)
        if blob is None:
            try:
                data = parse_entry(text, display)
            except BriefgenError:
                return None  # the whole file's read reports it, at its line
            blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
            yamlio.PARSED.put(key, blob)
        parsed = pickle.loads(blob)  # noqa: S301 - briefgen's own memo
        if not isinstance(parsed, yamlio.LineList) or len(parsed) != 1:
            return None
        out.append(shift_lines(parsed[0], first_line - 1))
        out.item_lines.append(first_line)
    return out


def shift_lines(data: Any, by: int) -> Any:
    """Parsed data read ``by`` lines further down a file."""
    if isinstance(data, yamlio.LineDict):
        moved = yamlio.LineDict((k, shift_lines(v, by)) for k, v in data.items())
        moved.line = data.line + by
        moved.key_lines = {k: n + by for k, n in data.key_lines.items()}
        return moved
    if isinstance(data, yamlio.LineList):
        items = yamlio.LineList(shift_lines(v, by) for v in data)
        items.line = data.line + by
        items.item_lines = [n + by for n in data.item_lines]
        return items
    return data


# A reference as ref_text writes it, in a block list: "    - {source: ID, para: ID}".
_REF_LINE = re.compile(r"( +- )\{source: (.+), para: (.+)\}")


@dataclass(frozen=True)
class _RefRun:
    """Lines in a row that are references, each as ref_text writes it."""

    first: int  # 1-based line in the entry's text
    refs: tuple[tuple[str, str], ...]


def parse_entry(text: str, display: str) -> Any:
    """parse_yaml(text).data for an entry (or a whole file of them), with its long lists
    of references read without the YAML machinery (each line is exactly what ref_text
    writes, or it is left to the parser): the counterpart of the emitter's splicing."""
    lines = text.split("\n")
    tag = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
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
        if len(refs) >= yamlio.SPLICE_MIN_ITEMS:
            kept.append(f"{prefix}{{splice: {tag}-{len(runs)}}}")
            runs.append(_RefRun(i + 1, tuple(refs)))
            i = j
        else:
            kept.append(lines[i])
            i += 1
    if not runs:
        return yamlio.parse_yaml(text, display).data
    try:
        data = yamlio.parse_yaml("\n".join(kept), display).data
    except BriefgenError:
        return yamlio.parse_yaml(text, display).data  # raises, at the line in ``text``
    restored = _Restore(runs, tag)
    out = restored.value(data)
    # Every stand-in must have come back as one list item, where a reference would be.
    return out if restored.found == len(runs) else yamlio.parse_yaml(text, display).data


def _ref_in(line: str, prefix: str) -> tuple[str, str] | None:
    m = _REF_LINE.fullmatch(line)
    if m is None or (prefix and m.group(1) != prefix):
        return None
    source, para = m.group(2), m.group(3)
    if not (yamlio.plain_in_flow(source) and yamlio.plain_in_flow(para)):
        return None
    return source, para


class _Restore:
    """Parsed stood-in text → the entry's parse: stand-ins replaced by their references,
    and every line number moved back to where it is in the entry's text."""

    def __init__(self, runs: list[_RefRun], tag: str) -> None:
        self.runs = runs
        self.tag = tag
        self.found = 0
        # The stand-in of run k sits on line runs[k].first less the lines the runs before
        # it lost; a line after it is further down by ``extra[k]`` in the entry's text.
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

    def value(self, data: Any) -> Any:
        if isinstance(data, yamlio.LineDict):
            moved = yamlio.LineDict((k, self.value(v)) for k, v in data.items())
            moved.line = self.line(data.line)
            moved.key_lines = {k: self.line(n) for k, n in data.key_lines.items()}
            return moved
        if isinstance(data, yamlio.LineList):
            items = yamlio.LineList()
            items.line = self.line(data.line)
            for item, n in zip(data, data.item_lines, strict=True):
                run = self._run_of(item)
                if run is None:
                    items.append(self.value(item))
                    items.item_lines.append(self.line(n))
                    continue
                for k, (source, para) in enumerate(run.refs):
                    ref = yamlio.LineDict(source=source, para=para)
                    ref.line = run.first + k
                    ref.key_lines = {"source": ref.line, "para": ref.line}
                    items.append(ref)
                    items.item_lines.append(ref.line)
            return items
        return data

    def _run_of(self, item: Any) -> _RefRun | None:
        if not (isinstance(item, yamlio.LineDict) and list(item) == ["splice"]):
            return None
        value = item["splice"]
        prefix = f"{self.tag}-"
        if not (isinstance(value, str) and value.startswith(prefix)):
            return None
        number = value[len(prefix) :]
        if not number.isdigit() or int(number) >= len(self.runs):
            return None
        self.found += 1
        return self.runs[int(number)]
