"""Ids and the references to them: rename, merge actors, drop what is gone.

Every function here takes a Content and returns a new one; references are rewritten in
every field that holds an id, so a renamed or merged entry never leaves a broken link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from briefgen import kinds
from briefgen.records import content as c
from briefgen.store.read import SLUG

T = TypeVar("T")

# Derived from the kinds registry, for briefgen's own kinds at import time; the functions
# here ask the registry itself, so that a kind registered later is remapped too.
# Where each kind of id is referred to: (kind of the referring entry, field).
ID_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    target.name: tuple((k.name, r.field) for k, r in kinds.references_to(target.name))
    for target in kinds.list_kinds()
}
FILES = {k.name: k.file for k in kinds.list_kinds()}
PROVENANCE = {k.name: k.provenance for k in kinds.list_kinds()}


@dataclass(frozen=True)
class Dropped:
    """A reference removed because its target is gone."""

    kind: str  # of the entry that held it
    entry: str  # its id ("briefing" for the briefing)
    field: str
    value: str

    def message(self, content_dir: str, why: str) -> str:
        return (
            f"{content_dir}/{_file_of(self.kind)}: {self.entry}: "
            f"dropped {self.field} '{self.value}' ({why})"
        )


def _file_of(kind_name: str) -> str:
    known = kinds.all_kinds()
    return next((k.file for k in known if k.name == kind_name and k.listed), "briefing.yaml")


def norm_name(name: str) -> str:
    return " ".join(name.casefold().replace(".", " ").split())


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _map_value(value: Any, mapping: dict[str, str]) -> Any:
    if value is None:
        return None
    if isinstance(value, tuple):
        return _unique(mapping.get(v, v) for v in value)
    return mapping.get(value, value)


def merge_actor(survivor: c.ActorEntry, other: c.ActorEntry) -> c.ActorEntry:
    """One actor from two: the survivor's name and kind, everything else joined."""
    taken = {norm_name(survivor.name)}
    aliases = []
    for alias in (*survivor.aliases, other.name, *other.aliases):
        if norm_name(alias) not in taken:
            taken.add(norm_name(alias))
            aliases.append(alias)
    return replace(
        survivor,
        roles=_unique((*survivor.roles, *other.roles)),
        aliases=tuple(aliases),
        mentions=_unique((*survivor.mentions, *other.mentions)),
        same_as=None,
    )


def _names() -> list[str]:
    return [k.name for k in kinds.list_kinds()]


def resolve(mapping: dict[str, str]) -> dict[str, str]:
    """Follow chains (a→b, b→c gives a→c); the members of a cycle keep their ids."""
    out = {}
    for start, current in mapping.items():
        seen = {start}
        while current in mapping and current not in seen:
            seen.add(current)
            current = mapping[current]
        if current not in seen:
            out[start] = current
    return out


def apply_ids(content: c.Content, ids: dict[str, dict[str, str]]) -> c.Content:
    """Rename entries and rewrite references; entries that meet under one id merge."""
    ids = {kind: resolve(m) for kind, m in ids.items() if m}
    if not ids:
        return content
    lists: dict[str, tuple[Any, ...]] = {}
    for kind in _names():
        mapping = ids.get(kind, {})
        entries: dict[str, Any] = {}
        for entry in kinds.entries(content, kind):
            own = entry.id not in mapping
            new_id = mapping.get(entry.id, entry.id)
            entry = replace(_rewrite(kind, entry, ids), id=new_id)
            if new_id in entries:
                prev = entries[new_id]
                # The survivor's own entry leads (its name, kind), wherever it stands.
                entries[new_id] = _join(kind, entry, prev) if own else _join(kind, prev, entry)
            else:
                entries[new_id] = entry
        lists[kind] = tuple(entries.values())
    briefing = _map_briefing(content.briefing, ids.get("actors", {}), ids.get("casualties", {}))
    return kinds.with_entries(replace(content, briefing=briefing), lists)


def _join(kind: str, first: Any, second: Any) -> Any:
    if kind == "actors":
        return merge_actor(first, second)
    provenance = kinds.kind(kind).provenance
    joined = _unique((*getattr(first, provenance), *getattr(second, provenance)))
    return replace(first, **{provenance: joined})


def _rewrite(kind: str, entry: Any, ids: dict[str, dict[str, str]]) -> Any:
    changes = {}
    for ref in kinds.kind(kind).references:
        mapping = ids.get(ref.target)
        if mapping:
            changes[ref.field] = _map_value(getattr(entry, ref.field), mapping)
    return replace(entry, **changes) if changes else entry


def _map_briefing(
    briefing: c.BriefingEntry, actors: dict[str, str], casualties: dict[str, str]
) -> c.BriefingEntry:
    if casualties:
        briefing = replace(briefing, key_figures=_map_value(briefing.key_figures, casualties))
    if not actors:
        return briefing
    disputes = tuple(
        replace(d, sides=tuple(replace(s, actor=_map_value(s.actor, actors)) for s in d.sides))
        for d in briefing.disputes
    )
    return replace(briefing, disputes=disputes)


def remove_entries(content: c.Content, gone: dict[str, set[str]]) -> c.Content:
    lists: dict[str, Any] = {
        kind: tuple(e for e in kinds.entries(content, kind) if e.id not in gone.get(kind, set()))
        for kind in _names()
    }
    return kinds.with_entries(content, lists)


def drop_references(
    content: c.Content, is_gone: Callable[[str, str], bool], *, exact: bool = False
) -> tuple[c.Content, list[Dropped]]:
    """Remove every reference for which ``is_gone(kind, id)`` holds; say which.

    A claimant (claimed_by, a dispute side's actor) may be free text ("local officials");
    unless ``exact`` (is_gone names the very ids that are gone), only id-shaped text is
    taken for a reference.
    """

    def free_text_gone(target: str, value: str) -> bool:
        return (exact or bool(SLUG.match(value))) and is_gone(target, value)

    def claimant_gone(value: str) -> bool:
        return free_text_gone("actors", value)

    dropped: list[Dropped] = []
    lists: dict[str, tuple[Any, ...]] = {}
    for kind in kinds.list_kinds():
        out = []
        for entry in kinds.entries(content, kind.name):
            changes: dict[str, Any] = {}
            # By target kind, in registry order: the order the drops are reported in.
            for target in kinds.list_kinds():
                for ref in kind.references:
                    if ref.target != target.name:
                        continue
                    value = getattr(entry, ref.field)
                    kept = _keep(value, ref, free_text_gone if ref.free_text else is_gone)
                    if kept != value:
                        before = value if isinstance(value, tuple) else (value,)
                        after = kept if isinstance(kept, tuple) else (kept,)
                        for v in before:
                            if v not in after:
                                dropped.append(Dropped(kind.name, entry.id, ref.field, v))
                        changes[ref.field] = kept
            out.append(replace(entry, **changes) if changes else entry)
        lists[kind.name] = tuple(out)
    sides_dropped: list[Dropped] = []
    disputes = []
    for d in content.briefing.disputes:
        sides = []
        for s in d.sides:
            if s.actor is not None and claimant_gone(s.actor):
                sides_dropped.append(Dropped("briefing", "briefing", "disputes actor", s.actor))
                s = replace(s, actor=None)
            sides.append(s)
        disputes.append(replace(d, sides=tuple(sides)))
    key_figures = []
    for ident in content.briefing.key_figures:
        if is_gone("casualties", ident):
            sides_dropped.append(Dropped("briefing", "briefing", "key_figures", ident))
        else:
            key_figures.append(ident)
    briefing = replace(content.briefing, disputes=tuple(disputes), key_figures=tuple(key_figures))
    return kinds.with_entries(replace(content, briefing=briefing), lists), dropped + sides_dropped


def _keep(value: Any, ref: kinds.Reference, is_gone: Callable[[str, str], bool]) -> Any:
    if isinstance(value, tuple):
        return tuple(v for v in value if not is_gone(ref.target, v))
    if value is not None and is_gone(ref.target, value):
        return None
    return value


def drop_source_refs(
    content: c.Content, paragraphs: dict[str, set[str]]
) -> tuple[c.Content, list[Dropped]]:
    """Remove references to sources or paragraphs that no longer exist."""
    dropped: list[Dropped] = []

    def keep(kind: str, ident: str, name: str, refs: tuple[c.Ref, ...]) -> tuple[c.Ref, ...]:
        kept = []
        for r in refs:
            if r.para in paragraphs.get(r.source, ()):
                kept.append(r)
            else:
                dropped.append(Dropped(kind, ident, name, f"{r.source}:{r.para}"))
        return tuple(kept)

    lists = {}
    for kind in kinds.list_kinds():
        name = kind.provenance
        lists[kind.name] = tuple(
            replace(e, **{name: keep(kind.name, e.id, name, getattr(e, name))})
            for e in kinds.entries(content, kind.name)
        )
    b = content.briefing
    summary = tuple(
        replace(p, sources=keep("briefing", "summary", "sources", p.sources)) for p in b.summary
    )
    disputes = tuple(
        replace(
            d,
            sides=tuple(
                replace(s, sources=keep("briefing", "disputes", "sources", s.sources))
                for s in d.sides
            ),
        )
        for d in b.disputes
    )
    briefing = replace(b, summary=summary, disputes=disputes)
    return kinds.with_entries(replace(content, briefing=briefing), lists), dropped
