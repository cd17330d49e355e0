"""The three-way merge, field by field: base (last proposal), ours (content/), theirs (now).

A field the editor left as briefgen proposed takes briefgen's new value; a field the
editor changed keeps the editor's value, and when briefgen's value changed too, a
conflict says so. A list (mentions, sources, aliases, roles, an event's actors …) merges
as a set: what the editor added or removed stays so, and what briefgen newly finds or
no longer finds is added or removed; lists never conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from briefgen import kinds
from briefgen.records import content as c
from briefgen.store.state import paragraphs_digest


@dataclass(frozen=True)
class Conflict:
    file: str  # relative to content/
    entry: str
    field: str
    ours: Any
    theirs: Any

    def message(self, content_dir: str) -> str:
        return (
            f"{content_dir}/{self.file}: {self.entry}: {self.field}: kept your "
            f"{show(self.ours)}; briefgen now finds {show(self.theirs)}"
        )


def show(value: Any) -> str:
    if isinstance(value, tuple):
        return (
            "[" + ", ".join(show(v)[1:-1] if isinstance(v, str) else show(v) for v in value) + "]"
        )
    if isinstance(value, c.Ref):
        return f"{value.source}:{value.para}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return "null"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _is_empty(value: Any) -> bool:
    return value is None or value == () or value == ""


def _set_merge(base: tuple[Any, ...], ours: tuple[Any, ...], theirs: tuple[Any, ...]) -> Any:
    removed = set(base) - set(theirs)
    kept = [x for x in ours if x not in removed]
    return tuple(kept + [x for x in theirs if x not in set(base) and x not in set(ours)])


def merge_fields(file: str, base: Any, ours: Any, theirs: Any, conflicts: list[Conflict]) -> Any:
    changes = {}
    for spec in fields(theirs):
        name = spec.name
        b, o, t = getattr(base, name), getattr(ours, name), getattr(theirs, name)
        if o == b:
            changes[name] = t
        elif t in (b, o):
            changes[name] = o
        elif isinstance(b, tuple) and isinstance(o, tuple) and isinstance(t, tuple):
            changes[name] = _set_merge(b, o, t)
        else:
            changes[name] = o
            conflicts.append(
                Conflict(file, ours.id if hasattr(ours, "id") else "briefing", name, o, t)
            )
    return replace(theirs, **changes)


def fill_in(ours: Any, theirs: Any) -> Any:
    """An editor's entry that briefgen also finds: the editor's values, gaps filled."""
    changes = {
        s.name: getattr(theirs, s.name)
        for s in fields(ours)
        if _is_empty(getattr(ours, s.name)) and not _is_empty(getattr(theirs, s.name))
    }
    return replace(ours, **changes) if changes else ours


def merge_list(
    kind: str,
    base: tuple[Any, ...],
    ours: tuple[Any, ...],
    theirs: tuple[Any, ...],
    conflicts: list[Conflict],
) -> tuple[Any, ...]:
    b = {e.id: e for e in base}
    o = {e.id: e for e in ours}
    t = {e.id: e for e in theirs}
    out = []
    for entry in theirs:
        mine = o.get(entry.id)
        before = b.get(entry.id)
        if mine is None:
            if before is None:
                out.append(entry)  # a new fact
            continue  # else the editor deleted it (and it is tombstoned)
        if getattr(mine, "reviewed", False):
            out.append(mine)  # an editor checked it as it is: no rebuild changes it
        elif before is None:
            out.append(fill_in(mine, entry))
        else:
            out.append(merge_fields(kinds.kind(kind).file, before, mine, entry, conflicts))
    for mine in ours:
        if mine.id in t:
            continue
        before = b.get(mine.id)
        if before is not None and before == mine:
            continue  # briefgen no longer finds it and nobody edited it
        out.append(mine)  # added by an editor, or edited: it stays
    return tuple(out)


def merge_sources(
    base: c.Content,
    digests: dict[str, str],
    ours: c.Content,
    theirs: c.Content,
    conflicts: list[Conflict],
) -> tuple[c.SourceEntry, ...]:
    """Sources follow seeds/: one per seed, with an editor's corrections of its fields,
    and the sources editors added themselves."""
    b = {s.id: s for s in base.sources}
    o = {s.id: s for s in ours.sources}
    out = []
    for entry in theirs.sources:
        mine, before = o.get(entry.id), b.get(entry.id)
        if mine is None or before is None:
            out.append(entry)
            continue
        file = f"sources/{entry.id}.yaml"
        merged = merge_fields(
            file,
            replace(before, paragraphs=()),
            replace(mine, paragraphs=()),
            replace(entry, paragraphs=()),
            conflicts,
        )
        base_digest = digests.get(entry.id)
        mine_digest = paragraphs_digest(mine.paragraphs)
        if mine_digest == base_digest or mine.paragraphs == entry.paragraphs:
            paragraphs = entry.paragraphs
        else:
            paragraphs = mine.paragraphs
            if paragraphs_digest(entry.paragraphs) != base_digest:
                conflicts.append(
                    Conflict(file, entry.id, "paragraphs", "(your text)", "(new text)")
                )
        out.append(replace(merged, paragraphs=paragraphs))
    # A source an editor added (in content/ only: briefgen never proposed it) stays, like
    # any entry an editor adds; one briefgen proposed before has lost its seed and goes.
    found = {s.id for s in theirs.sources}
    out.extend(s for s in ours.sources if s.id not in found and s.id not in b)
    return tuple(out)


def merge_content(
    base: c.Content, digests: dict[str, str], ours: c.Content, theirs: c.Content
) -> tuple[c.Content, list[Conflict]]:
    conflicts: list[Conflict] = []
    briefing = merge_fields(
        "briefing.yaml", base.briefing, ours.briefing, theirs.briefing, conflicts
    )
    lists = {
        kind: merge_list(
            kind,
            kinds.entries(base, kind),
            kinds.entries(ours, kind),
            kinds.entries(theirs, kind),
            conflicts,
        )
        for kind in kinds.names()
    }
    sources = merge_sources(base, digests, ours, theirs, conflicts)
    return kinds.content_of(briefing, sources, lists), conflicts
