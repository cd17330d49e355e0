"""What an editor did to content/ since the last build: renames, actor merges, deletions.

Found by comparing content/ now (ours) with briefgen's last proposal (the state's base):
an id that vanished is a rename when exactly one new entry looks like it, an actor merge
when its name became another actor's alias (or an actor names it in ``same_as``), and a
deletion otherwise. Renames and merges become a lasting id map, deletions tombstones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from briefgen import kinds
from briefgen.errors import BriefgenError, ContentError
from briefgen.records import content as c
from briefgen.store.remap import (
    apply_ids,
    drop_references,
    norm_name,
    resolve,
)
from briefgen.store.state import MergeState


@dataclass(frozen=True)
class EditorActions:
    ids: dict[str, dict[str, str]]  # kind → {old id: new id}, to apply to every side
    deleted: dict[str, tuple[str, ...]]  # kind → tombstoned ids
    notes: tuple[str, ...]  # what was found this build, for the person building


def add_mapping(mapping: dict[str, str], old: str, new: str) -> None:
    """Record old → new; earlier maps into old now go to new; a live id maps nowhere."""
    for key, value in list(mapping.items()):
        if value == old:
            mapping[key] = new
    mapping.pop(new, None)
    if old != new:
        mapping[old] = new
    for key, value in list(mapping.items()):
        if key == value:
            del mapping[key]


def detect_edits(state: MergeState, ours: c.Content, content_dir: str) -> EditorActions:
    ids = {kind: dict(state.ids.get(kind, {})) for kind in kinds.names()}
    deleted = {kind: state.deleted_ids(kind) for kind in kinds.names()}
    for kind in kinds.names():
        deleted[kind] -= {e.id for e in kinds.entries(ours, kind)}  # an editor brought it back
    base = apply_ids(state.base, ids)
    notes: list[str] = []
    problems: list[BriefgenError] = []
    merged = _actor_merges(base, ours)
    for old, new in merged.items():
        add_mapping(ids["actors"], old, new)
        notes.append(
            f"{content_dir}/actors.yaml: merged actor '{old}' into '{new}'; "
            "its quotes, figures and events now point to it"
        )
    for kind in kinds.names():
        display = f"{content_dir}/{kinds.kind(kind).file}"
        ours_entries = {e.id: e for e in kinds.entries(ours, kind)}
        base_entries = {e.id: e for e in kinds.entries(base, kind)}
        skip = set(merged) if kind == "actors" else set()
        vanished = [i for i in base_entries if i not in ours_entries and i not in skip]
        appeared = [i for i in ours_entries if i not in base_entries]
        claimed: dict[str, str] = {}
        for old in vanished:
            like = [
                new for new in appeared if _looks_same(kind, base_entries[old], ours_entries[new])
            ]
            ambiguous = len(like) > 1 or (like and like[0] in claimed)
            if ambiguous and _referenced(ours, kind, old):
                problems.append(_ambiguous(display, old, like, claimed))
            elif ambiguous:
                # Nothing points to the old id, so no reference can break: the editor
                # deleted one entry and added others.
                deleted[kind].add(old)
                notes.append(f"{display}: '{old}' was deleted; it stays deleted")
            elif like:
                claimed[like[0]] = old
                add_mapping(ids[kind], old, like[0])
                notes.append(f"{display}: renamed '{old}' to '{like[0]}'; every reference follows")
            else:
                deleted[kind].add(old)
                notes.append(f"{display}: '{old}' was deleted; it stays deleted")
    if problems:
        raise ContentError(problems)
    return EditorActions(
        ids={k: resolve(v) for k, v in ids.items() if v},
        deleted={k: tuple(sorted(v)) for k, v in deleted.items() if v},
        notes=tuple(notes),
    )


def _referenced(content: c.Content, kind: str, ident: str) -> bool:
    _, dropped = drop_references(content, lambda k, i: k == kind and i == ident, exact=True)
    return bool(dropped)


def _ambiguous(display: str, old: str, like: list[str], claimed: dict[str, str]) -> BriefgenError:
    names = ", ".join(f"'{i}'" for i in like)
    other = [claimed[i] for i in like if i in claimed]
    why = f" (also like '{other[0]}')" if other else ""
    return BriefgenError(
        f"id '{old}' is gone and {names}{why} could each be its new name; rename one id per "
        "build, or make the new entries differ, so every reference can follow",
        path=display,
    )


def _looks_same(kind: str, old: Any, new: Any) -> bool:
    """A renamed entry: equal but for its id, or found in the very same places."""
    if replace(new, id=old.id) == old:
        return True
    provenance = kinds.kind(kind).provenance
    return bool(getattr(old, provenance)) and getattr(old, provenance) == getattr(new, provenance)


def _actor_merges(base: c.Content, ours: c.Content) -> dict[str, str]:
    """Actors an editor folded into another: via same_as, or by adding its name as an alias."""
    merges: dict[str, str] = {}
    live = {a.id: a for a in ours.actors}
    for actor in ours.actors:
        if actor.same_as is not None and actor.same_as in live:
            merges[actor.id] = actor.same_as
    base_actors = {a.id: a for a in base.actors}
    by_name: dict[str, list[str]] = {}
    for actor in ours.actors:
        by_name.setdefault(norm_name(actor.name), []).append(actor.id)
    for ident, actor in base_actors.items():
        if ident not in live:  # deleted by the editor: its name may live on as an alias
            by_name.setdefault(norm_name(actor.name), []).append(ident)
    for actor in ours.actors:
        if actor.id in merges:
            continue
        before = base_actors.get(actor.id)
        known = {norm_name(a) for a in before.aliases} if before else set()
        for alias in actor.aliases:
            if norm_name(alias) in known:
                continue
            owners = [i for i in by_name.get(norm_name(alias), []) if i != actor.id]
            if len(owners) == 1 and owners[0] not in merges and merges.get(actor.id) is None:
                merges[owners[0]] = actor.id
    return merges
