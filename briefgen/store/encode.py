"""Content records → the text of every file under content/, in the fixed style."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.records import content as c
from briefgen.store import kinds
from briefgen.store.schema import (
    BRIEFING_FIELDS,
    CHANGE_FIELDS,
    CHANGES_FILE,
    DISPUTE_FIELDS,
    SIDE_FIELDS,
    SOURCE_FIELDS,
    SUMMARY_FIELDS,
    FieldSpec,
)
from briefgen.store.yamlio import FlowMap, dump_cached


def encode_refs(refs: tuple[c.Ref, ...]) -> list[FlowMap]:
    return [FlowMap(source=r.source, para=r.para) for r in refs]


def _encode_value(spec: FieldSpec, value: Any) -> Any:
    if spec.kind == "refs":
        return encode_refs(value)
    if spec.kind == "strs":
        return list(value)
    if spec.kind == "paragraphs":
        out = []
        for p in value:
            item = FlowMap(id=p.id, text=p.text)
            if p.heading:
                item["heading"] = True
            out.append(item)
        return out
    if spec.kind == "summary":
        return [encode_record(p, SUMMARY_FIELDS) for p in value]
    if spec.kind == "disputes":
        return [encode_record(d, DISPUTE_FIELDS) for d in value]
    if spec.kind == "sides":
        return [encode_record(s, SIDE_FIELDS) for s in value]
    if isinstance(value, dt.date):
        return value
    return value


def encode_record(record: Any, specs: tuple[FieldSpec, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in specs:
        value = getattr(record, spec.name)
        if not spec.always and (value in (None, (), "") or (spec.kind == "bool" and not value)):
            continue
        out[spec.name] = _encode_value(spec, value)
    return out


def dumped_values(content: c.Content) -> list[Any]:
    """Every value encode_content hands to dump_cached (to emit them ahead, in parallel)."""
    values: list[Any] = [encode_record(s, SOURCE_FIELDS) for s in content.sources]
    for entries in _list_entry_values(content).values():
        values.extend(entries)
    values.append(encode_record(content.briefing, BRIEFING_FIELDS))
    return values


def encode_content(
    content: c.Content, list_entries: dict[str, list[str]] | None = None
) -> dict[str, str]:
    """Every file of content/ (relative path → YAML text) that this Content defines;
    ``list_entries``: encode_list_entries(content), when the caller has it already."""
    files: dict[str, str] = {}
    for source in content.sources:
        files[f"sources/{source.id}.yaml"] = dump_cached(encode_record(source, SOURCE_FIELDS))
    if list_entries is None:
        list_entries = encode_list_entries(content)
    for name, entries in list_entries.items():
        files[name] = join_entries(entries)
    files["briefing.yaml"] = dump_cached(encode_record(content.briefing, BRIEFING_FIELDS))
    if content.changes:
        files[CHANGES_FILE] = join_entries(
            [dump_cached([encode_record(change, CHANGE_FIELDS)]) for change in content.changes]
        )
    return dict(sorted(files.items()))


def encode_list_entries(content: c.Content) -> dict[str, list[str]]:
    """The text of each entry of each list file (actors.yaml …), in order."""
    return {
        name: [dump_cached(value) for value in values]
        for name, values in _list_entry_values(content).items()
    }


def _list_entry_values(content: c.Content) -> dict[str, list[Any]]:
    # Each entry is emitted as a list of one, so that entries join into the file's list.
    return {
        kind.file: [[encode_record(r, kind.fields)] for r in kinds.entries(content, kind.name)]
        for kind in kinds.list_kinds()
    }


def join_entries(entries: list[str]) -> str:
    if not entries:
        return "[]\n"
    # A blank line between entries keeps diffs and hand edits readable.
    return "\n".join(entries)
