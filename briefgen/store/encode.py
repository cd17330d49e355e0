"""Content records → the text of every file under content/, in the fixed style."""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.records import content as c
from briefgen.store.schema import (
    ACTOR_FIELDS,
    BRIEFING_FIELDS,
    CASUALTY_FIELDS,
    DISPUTE_FIELDS,
    EVENT_FIELDS,
    QUOTE_FIELDS,
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
        if not spec.always and value in (None, (), ""):
            continue
        out[spec.name] = _encode_value(spec, value)
    return out


def dumped_values(content: c.Content) -> list[Any]:
    """Every value encode_content hands to dump_cached (to emit them ahead, in parallel)."""
    values: list[Any] = [encode_record(s, SOURCE_FIELDS) for s in content.sources]
    for kind, specs in (
        ("actors", ACTOR_FIELDS),
        ("quotes", QUOTE_FIELDS),
        ("casualties", CASUALTY_FIELDS),
        ("events", EVENT_FIELDS),
    ):
        values.extend([encode_record(e, specs)] for e in getattr(content, kind))
    values.append(encode_record(content.briefing, BRIEFING_FIELDS))
    return values


def encode_content(content: c.Content) -> dict[str, str]:
    """Every file of content/ (relative path → YAML text) that this Content defines."""
    files: dict[str, str] = {}
    for source in content.sources:
        files[f"sources/{source.id}.yaml"] = dump_cached(encode_record(source, SOURCE_FIELDS))
    files["actors.yaml"] = dump_list([encode_record(a, ACTOR_FIELDS) for a in content.actors])
    files["quotes.yaml"] = dump_list([encode_record(q, QUOTE_FIELDS) for q in content.quotes])
    files["casualties.yaml"] = dump_list(
        [encode_record(x, CASUALTY_FIELDS) for x in content.casualties]
    )
    files["events.yaml"] = dump_list([encode_record(e, EVENT_FIELDS) for e in content.events])
    files["briefing.yaml"] = dump_cached(encode_record(content.briefing, BRIEFING_FIELDS))
    return dict(sorted(files.items()))


def dump_list(items: list[dict[str, Any]]) -> str:
    if not items:
        return "[]\n"
    # A blank line between entries keeps diffs and hand edits readable.
    return "\n".join(dump_cached([item]) for item in items)
