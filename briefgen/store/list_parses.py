"""Each list file (actors.yaml …) parsed entry by entry, the entries' parses kept.

A list file is its entries, each emitted on its own (dump_cached) and joined by blank
lines. Its parse is put together from the parses of its entries, moved down to the line
each entry starts on; an entry is parsed once and kept with the next build, so adding a
reference to one entry of a long file parses that entry, not the file. The parse is the
same, value and line, as the whole file's (hypothesis-tested).
"""

from __future__ import annotations

import pickle

from briefgen.errors import BriefgenError
from briefgen.store import yamlio
from briefgen.store.encode import join_entries
from briefgen.store.ref_lists import parse_spliced


def parse_entries_ahead(entries_by_file: dict[str, list[str]]) -> list[str]:
    """Put each list file's parse that read_yaml has not seen into its memo, from its
    entries' parses (and the entries' from the file's, when only that is known). Returns
    the keys of the entries, to keep with the files' for the next build."""
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
            yamlio.offer_parse(whole, assembled)
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
            yamlio.shift_lines(item, 1 - first_line)  # the parse was just unpickled
            one = yamlio.LineList([item])
            one.line, one.item_lines = 1, [1]
            yamlio.PARSED.put(key, pickle.dumps(one, protocol=pickle.HIGHEST_PROTOCOL))


def _assemble(display: str, entries: list[str], keys: list[str]) -> yamlio.LineList | None:
    out = yamlio.LineList()
    out.line = 1
    for text, key, first_line in zip(entries, keys, _first_lines(entries), strict=True):
        blob = yamlio.PARSED.get(key)
        if blob is None:
            try:
                data = parse_spliced(text, display)
            except BriefgenError:
                return None  # the whole file's read reports it, at its line
            blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
            yamlio.PARSED.put(key, blob)
        parsed = pickle.loads(blob)  # noqa: S301 - briefgen's own memo
        if not isinstance(parsed, yamlio.LineList) or len(parsed) != 1:
            return None
        yamlio.shift_lines(parsed[0], first_line - 1)  # a fresh copy: moved in place
        out.append(parsed[0])
        out.item_lines.append(first_line)
    return out
