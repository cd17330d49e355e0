"""The editor's corrections meet the new proposal: the steps of store_content's merge.

read what people wrote → find their renames, merges and deletions → apply those to
all three sides → merge field by field → drop references to what is gone (saying so).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from typing import Any

from briefgen.config import Config
from briefgen.errors import BriefgenError, ContentError
from briefgen.records import content as c
from briefgen.store.crosslink import link_added
from briefgen.store.edits import EditorActions, detect_edits
from briefgen.store.read import read_content
from briefgen.store.remap import (
    Dropped,
    apply_ids,
    drop_references,
    drop_source_refs,
    norm_name,
    remove_entries,
)
from briefgen.store.state import (
    KINDS,
    MergeState,
    load_state,
    paragraphs_digest,
    state_from_content,
)
from briefgen.store.threeway import merge_content


@dataclass(frozen=True)
class MergeOutcome:
    content: c.Content
    state: MergeState
    warnings: tuple[str, ...]  # conflicts and dropped references: worth a look
    notes: tuple[str, ...]  # renames, merges, deletions found this build


@dataclass(frozen=True)
class EditedContent:
    ours: c.Content
    state: MergeState
    actions: EditorActions
    warnings: tuple[BriefgenError, ...]
    # content/ as it stood when read: an editor who saves a file while the build runs
    # NLP must not have that edit overwritten by a merge with what was read before.
    fingerprint: tuple[tuple[str, int, int], ...] = ()


def content_fingerprint(config: Config) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every file under content/: changes when anyone saves one."""
    out = []
    for path in sorted(config.content.rglob("*")) if config.content.is_dir() else []:
        with contextlib.suppress(OSError):
            if path.is_file():
                st = path.stat()
                out.append(
                    (path.relative_to(config.content).as_posix(), st.st_size, st.st_mtime_ns)
                )
    return tuple(out)


def read_edited(config: Config) -> EditedContent:
    """content/ as people left it, with what they did; refuses what no merge can explain."""
    fingerprint = content_fingerprint(config)
    state = load_state(config)
    result = read_content(config, allow_dangling=True)
    if result.content is None:
        raise ContentError(list(result.errors))
    ours = result.content
    if state is None:
        state = state_from_content(ours)
    actions = detect_edits(state, ours, config.content_dir)
    known = {kind: {e.id for e in getattr(state.base, kind)} for kind in KINDS}
    unexplained = [
        error
        for kind, ident, error in result.dangling
        if ident not in known.get(kind, set())
        and ident not in actions.ids.get(kind, {})
        and ident not in actions.deleted.get(kind, ())
    ]
    if unexplained:
        raise ContentError(unexplained)
    return EditedContent(ours, state, actions, result.warnings, fingerprint)


def merge_with_edits(
    proposed: c.Content, config: Config, edited: EditedContent | None = None
) -> MergeOutcome:
    if edited is None or edited.fingerprint != content_fingerprint(config):
        edited = read_edited(config)
    actions, state = edited.actions, edited.state
    gone = {kind: set(ids) for kind, ids in actions.deleted.items()}

    def prepare(content: c.Content) -> tuple[c.Content, list[Dropped]]:
        content = remove_entries(apply_ids(content, actions.ids), gone)
        return drop_references(
            content, lambda kind, ident: ident in gone.get(kind, set()), exact=True
        )

    base, _ = prepare(state.base)
    ours, dropped_deleted = prepare(_with_merged_away(edited.ours, state.base, actions))
    theirs, _ = prepare(proposed)
    theirs = apply_ids(theirs, {"actors": alias_matches(base, ours, theirs)})
    merged, conflicts = merge_content(base, state.paragraphs, ours, theirs)
    merged = link_added(merged, _added_by_editor(base, ours, theirs))

    merged = _keep_referenced(merged, base, ours)
    paragraphs = {s.id: {p.id for p in s.paragraphs} for s in merged.sources}
    merged, dropped_sources = drop_source_refs(merged, paragraphs)
    present = {kind: {e.id for e in getattr(merged, kind)} for kind in KINDS}
    merged, dropped_missing = drop_references(
        merged, lambda kind, ident: ident not in present[kind]
    )
    prefix = config.content_dir
    warnings = [x.message(prefix) for x in conflicts]
    warnings += [d.message(prefix, "deleted by an editor") for d in dropped_deleted]
    warnings += [
        d.message(prefix, "its source or paragraph is gone")
        for d in dropped_sources
        if _held(ours, d)
    ]
    warnings += [
        d.message(prefix, "no such entry any more") for d in dropped_missing if _held(ours, d)
    ]
    new_state = MergeState(
        base=_next_base(base, theirs, merged),
        paragraphs={s.id: paragraphs_digest(s.paragraphs) for s in theirs.sources},
        deleted=actions.deleted,
        ids=actions.ids,
    )
    return MergeOutcome(merged, new_state, tuple(warnings), actions.notes)


# The kind of entry each referencing field points to.
_TARGET_KIND = {
    "speaker": "actors",
    "claimed_by": "actors",
    "actors": "actors",
    "same_as": "actors",
    "disputes actor": "actors",
    "quotes": "quotes",
    "casualties": "casualties",
    "supersedes": "casualties",
    "key_figures": "casualties",
}


def _absent_from(present: dict[str, set[str]]) -> Any:
    return lambda kind, ident: ident not in present[kind]


def _keep_referenced(merged: c.Content, base: c.Content, ours: c.Content) -> c.Content:
    """An entry the sources no longer propose stays while a reference an editor wrote
    points to it: dropping it would undo their edit on the next build."""
    kept = {kind: {e.id: e for e in getattr(ours, kind)} for kind in KINDS}
    for _ in range(len(KINDS)):
        present = {kind: {e.id for e in getattr(merged, kind)} for kind in KINDS}
        _, missing = drop_references(merged, _absent_from(present))
        wanted: dict[str, set[str]] = {}
        for d in missing:
            kind = _TARGET_KIND.get(d.field)
            if kind is not None and d.value in kept[kind] and _written_by_editor(d, base, ours):
                wanted.setdefault(kind, set()).add(d.value)
        if not wanted:
            break
        merged = replace(
            merged,
            **{
                kind: getattr(merged, kind) + tuple(kept[kind][i] for i in sorted(ids))
                for kind, ids in wanted.items()
            },
        )
    return merged


def _written_by_editor(d: Dropped, base: c.Content, ours: c.Content) -> bool:
    """Whether the reference's field differs from what briefgen last proposed."""
    if d.kind not in KINDS:
        if d.kind != "briefing":
            return False
        field = "key_figures" if d.field == "key_figures" else "disputes"
        return getattr(base.briefing, field) != getattr(ours.briefing, field)
    mine = {e.id: e for e in getattr(ours, d.kind)}.get(d.entry)
    before = {e.id: e for e in getattr(base, d.kind)}.get(d.entry)
    if mine is None:
        return False
    return before is None or getattr(mine, d.field, None) != getattr(before, d.field, None)


def _added_by_editor(base: c.Content, ours: c.Content, theirs: c.Content) -> dict[str, set[str]]:
    out = {}
    for kind in KINDS:
        known = {e.id for e in getattr(base, kind)} | {e.id for e in getattr(theirs, kind)}
        out[kind] = {e.id for e in getattr(ours, kind)} - known
    return out


def _with_merged_away(ours: c.Content, base: c.Content, actions: EditorActions) -> c.Content:
    """An actor the editor deleted while giving its name to another is merged, not lost:
    put it back so that the merge joins its places and names into the survivor."""
    merged_away = actions.ids.get("actors", {})
    live = {a.id for a in ours.actors}
    back = tuple(a for a in base.actors if a.id in merged_away and a.id not in live)
    return replace(ours, actors=ours.actors + back) if back else ours


def alias_matches(base: c.Content, ours: c.Content, theirs: c.Content) -> dict[str, str]:
    """New proposals named like an editor's actor (its name or an alias the editor gave)."""
    before = {a.id: a for a in base.actors}
    owners: dict[str, set[str]] = {}
    for actor in ours.actors:
        names = _names(actor)
        if actor.id in before:
            names -= _names(before[actor.id])
        for name in names:
            owners.setdefault(name, set()).add(actor.id)
    live = {a.id for a in ours.actors}
    out = {}
    for actor in theirs.actors:
        if actor.id in live:
            continue
        found: set[str] = set()
        for name in _names(actor):
            found |= owners.get(name, set())
        if len(found) == 1:
            out[actor.id] = found.pop()
    return out


def _names(actor: c.ActorEntry) -> set[str]:
    return {norm_name(actor.name), *(norm_name(a) for a in actor.aliases)}


def _next_base(base: c.Content, theirs: c.Content, merged: c.Content) -> c.Content:
    """This proposal, plus the edited entries kept although briefgen no longer finds them."""
    lists = {}
    for kind in KINDS:
        proposed = getattr(theirs, kind)
        found = {e.id for e in proposed}
        kept = {e.id for e in getattr(merged, kind)}
        extra = tuple(e for e in getattr(base, kind) if e.id in kept and e.id not in found)
        lists[kind] = proposed + extra
    sources = tuple(replace(s, paragraphs=()) for s in theirs.sources)
    return replace(theirs, sources=sources, **lists)


def _held(ours: c.Content, dropped: Dropped) -> bool:
    """Whether content/ holds the dropped reference now (else it is no news to anyone)."""
    if dropped.kind == "briefing":
        return True
    entry = next((e for e in getattr(ours, dropped.kind) if e.id == dropped.entry), None)
    if entry is None:
        return False
    value: Any = getattr(entry, dropped.field)
    if isinstance(value, tuple):
        return any(_shown(v) == dropped.value for v in value)
    return value == dropped.value


def _shown(value: Any) -> Any:
    return f"{value.source}:{value.para}" if isinstance(value, c.Ref) else value
