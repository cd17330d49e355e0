"""The kinds of fact content/ holds, one module each, and the registry they form.

A kind says what store needs to know of it: its file, its YAML fields and record, which
of its fields refer to which kind, and where its provenance is. Everything store does
by kind (reading and checking references, renames, tombstones, same_as, the merge state,
the three-way merge) and render's links to an entry are derived from the registry, so a
new kind is one module here (plus its extractor and its template), not an edit to a
table in each layer. ``register`` adds one from outside briefgen (a test, a plugin).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from briefgen.kinds import actors, briefing, casualties, events, quotes, sources
from briefgen.kinds.kind import Kind, Reference
from briefgen.records import content as c

_REGISTRY: dict[str, Kind] = {}
# briefgen's own kinds: their entries are Content's typed fields (set below, once they
# are registered); other kinds' entries are in Content.more.
_OWN: frozenset[str] = frozenset()


def register(kind: Kind) -> Kind:
    """Add a kind after those already known (its references' targets must be known)."""
    unknown = {r.target for r in kind.references} - {*_REGISTRY, kind.name}
    if unknown:
        raise ValueError(f"kind '{kind.name}' refers to unknown kinds: {sorted(unknown)}")
    if kind.name in _REGISTRY and _REGISTRY[kind.name] != kind:
        raise ValueError(f"kind '{kind.name}' is registered already")
    owner = next((k for k in _REGISTRY.values() if k.file == kind.file), None)
    if owner is not None and owner.name != kind.name:
        raise ValueError(f"file '{kind.file}' belongs to kind '{owner.name}'")
    _REGISTRY[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    if name in _OWN:
        raise ValueError(f"kind '{name}' is briefgen's own")
    _REGISTRY.pop(name, None)


@contextmanager
def registered(kind: Kind) -> Iterator[Kind]:
    """``kind`` known for the duration of a with block."""
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind.name)


def all_kinds() -> tuple[Kind, ...]:
    """Every kind, in registry order (a kind after those it refers to)."""
    return tuple(_REGISTRY.values())


def list_kinds() -> tuple[Kind, ...]:
    """The kinds kept as a list file of entries with ids."""
    return tuple(k for k in _REGISTRY.values() if k.listed)


def names() -> tuple[str, ...]:
    """The names of the list kinds, in registry order."""
    return tuple(k.name for k in list_kinds())


def added_kinds() -> tuple[Kind, ...]:
    """The list kinds registered beyond briefgen's own (their entries in Content.more)."""
    return tuple(k for k in list_kinds() if k.name not in _OWN)


def kind(name: str) -> Kind:
    return _REGISTRY[name]


def by_file(file: str) -> Kind | None:
    return next((k for k in _REGISTRY.values() if k.file == file), None)


def references_to(target: str) -> tuple[tuple[Kind, Reference], ...]:
    """Every field, of every list kind, that holds ids of ``target``."""
    return tuple((k, r) for k in list_kinds() for r in k.references if r.target == target)


def reference(kind_name: str, field_name: str) -> Reference | None:
    known = _REGISTRY.get(kind_name)
    if known is None:
        return None
    return next((r for r in known.references if r.field == field_name), None)


def entries(content: c.Content, name: str) -> tuple[Any, ...]:
    """The entries of a list kind in ``content``."""
    if name in _OWN:
        return tuple(getattr(content, name))
    return dict(content.more).get(name, ())


def with_entries(content: c.Content, lists: dict[str, tuple[Any, ...]]) -> c.Content:
    """``content`` with the entries of the kinds in ``lists`` replaced."""
    own: dict[str, Any] = {name: tuple(v) for name, v in lists.items() if name in _OWN}
    more = dict(content.more)
    more.update({name: tuple(v) for name, v in lists.items() if name not in _OWN})
    order = [k.name for k in list_kinds()]
    ranked = sorted(more.items(), key=lambda kv: (_rank(order, kv[0]), kv[0]))
    return replace(content, **own, more=tuple((k, v) for k, v in ranked if v))


def _rank(order: list[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def content_of(
    briefing: c.BriefingEntry, sources: tuple[Any, ...], lists: dict[str, tuple[Any, ...]]
) -> c.Content:
    """A Content from its parts, by kind."""
    return with_entries(c.Content(briefing=briefing, sources=tuple(sources)), lists)


# In dependency order: a kind after the kinds its fields refer to.
for _module in (sources, actors, quotes, casualties, events, briefing):
    register(_module.KIND)
_OWN = frozenset(_REGISTRY)

__all__ = [
    "Kind",
    "Reference",
    "added_kinds",
    "all_kinds",
    "by_file",
    "content_of",
    "entries",
    "kind",
    "list_kinds",
    "names",
    "reference",
    "references_to",
    "register",
    "registered",
    "unregister",
    "with_entries",
]
