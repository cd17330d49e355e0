"""Content records → the data and the text of every file under content/, in the fixed style
(the schema says which fields, in which order; yamlfile's writer writes them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen import kinds
from briefgen.kinds.schema import (
    BRIEFING_FIELDS,
    CHANGE_FIELDS,
    CHANGES_FILE,
    DISPUTE_FIELDS,
    SIDE_FIELDS,
    SOURCE_FIELDS,
    SUMMARY_FIELDS,
    FieldSpec,
)
from briefgen.records import content as c
from briefgen.yamlfile import FlowMap, write_entries, write_yaml


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


def encode_files(content: c.Content) -> dict[str, Any]:
    """Every file of content/ (relative path → its data, as the writer takes it) that this
    Content defines; a list file's data is its list of entries."""
    files: dict[str, Any] = {}
    for source in content.sources:
        files[f"sources/{source.id}.yaml"] = encode_record(source, SOURCE_FIELDS)
    for kind in kinds.list_kinds():
        files[kind.file] = [
            encode_record(r, kind.fields) for r in kinds.entries(content, kind.name)
        ]
    files["briefing.yaml"] = encode_record(content.briefing, BRIEFING_FIELDS)
    if content.changes:
        files[CHANGES_FILE] = [encode_record(change, CHANGE_FIELDS) for change in content.changes]
    return dict(sorted(files.items()))


def write_file(data: Any) -> str:
    """The text of one file of content/, from its data (encode_files)."""
    return write_entries(data) if isinstance(data, list) else write_yaml(data)


def encode_content(content: c.Content) -> dict[str, str]:
    """Every file of content/ (relative path → YAML text) that this Content defines."""
    return {rel: write_file(data) for rel, data in encode_files(content).items()}
