"""The editor's corrections meet the new proposal: the steps of store_content's merge.

read what people wrote → find their renames, merges and deletions → apply those to
all three sides → merge field by field → drop references to what is gone (saying so).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from briefgen import kinds
from briefgen.config import Config
from briefgen.editors.changes import record_changes
from briefgen.errors import BriefgenError, ContentError
from briefgen.records import content as c
from briefgen.store.crosslink import link_added
from briefgen.store.edits import EditorActions, detect_edits
from briefgen.store.read import read_content
from briefgen.store.read_memo import remembered_read
from briefgen.store.remap import (
    Dropped,
    apply_ids,
    drop_references,
    drop_source_refs,
    norm_name,
    remove_entries,
)
from briefgen.store.state import (
    MergeState,
    load_state,
    missing_state_error,
    paragraphs_digest,
    state_from_content,
)
from briefgen.store.threeway import merge_content
from briefgen.transaction import folder_snapshot


@dataclass(frozen=True)
class MergeOutcome:
    content: c.Content
    state: MergeState
    warnings: tuple[str, ...]  # conflicts and dropped references: worth a look
    notes: tuple[str, ...]  # renames, merges, deletions found this build
    read: dict[str, str]  # the content/ merged: path → sha256 (content_snapshot)


@dataclass(frozen=True)
class EditedContent:
    ours: c.Content
    state: MergeState
    actions: EditorActions
    warnings: tuple[BriefgenError, ...]
    # content/ as it stood when read (project-relative path → sha256 of the bytes): an
    # editor who saves a file while the build runs must not have that edit overwritten by
    # a merge with what was read before. Compared again right before the write commits.
    snapshot: dict[str, str] = field(default_factory=dict)


def content_snapshot(config: Config) -> dict[str, str]:
    """Every file under content/ with the sha256 of its bytes: changes when anyone saves."""
    return folder_snapshot(config.project, config.content_dir)


def read_edited(config: Config, *, for_merge: bool = True) -> EditedContent:
    """content/ as people left it, with what they did; refuses what no merge can explain
    (``for_merge``: also a content/ with entries but no merge state)."""
    snapshot = content_snapshot(config)
    state = load_state(config)
    result = remembered_read(config, snapshot) or read_content(config, allow_dangling=True)
    if result.content is None:
        raise ContentError(list(result.errors))
    ours = result.content
    if state is None:
        if for_merge and has_entries(ours):
            # Taking content/ as briefgen's own output would undo every correction in it.
            raise missing_state_error(config)
        state = state_from_content(ours)
    actions = detect_edits(state, ours, config.content_dir)
    known = {kind: {e.id for e in kinds.entries(state.base, kind)} for kind in kinds.names()}
    unexplained = [
        error
        for kind, ident, error in result.dangling
        if ident not in known.get(kind, set())
        and ident not in actions.ids.get(kind, {})
        and ident not in actions.deleted.get(kind, ())
    ]
    if unexplained:
        raise ContentError(unexplained)
    return EditedContent(ours, state, actions, result.warnings, snapshot)


def renamed_sources(base: c.Content, proposed: c.Content) -> dict[str, str]:
    """{old id: new id} for each seed renamed since the last build: a proposed source
    with the same bytes (sha256) as exactly one source of the last proposal that is no
    longer proposed."""
    proposed_ids = {s.id for s in proposed.sources}
    gone: dict[str, list[str]] = {}
    for s in base.sources:
        if s.id not in proposed_ids:
            gone.setdefault(s.sha256, []).append(s.id)
    before = {s.id for s in base.sources}
    new: dict[str, list[str]] = {}
    for s in proposed.sources:
        if s.id not in before:
            new.setdefault(s.sha256, []).append(s.id)
    return {
        olds[0]: new[sha][0]
        for sha, olds in gone.items()
        if len(olds) == 1 and len(new.get(sha, ())) == 1
    }


def rename_sources(content: c.Content, renamed: dict[str, str]) -> c.Content:
    """``content`` with the renamed sources' ids, and every reference to them, changed."""
    result: c.Content = _renamed(content, renamed)
    return result


def _renamed(value: Any, renamed: dict[str, str]) -> Any:
    if isinstance(value, c.Ref):
        new = renamed.get(value.source)
        return value if new is None else replace(value, source=new)
    if isinstance(value, c.SourceEntry):
        return replace(
            value,
            id=renamed.get(value.id, value.id),
            duplicate_of=renamed.get(value.duplicate_of or "", value.duplicate_of),
        )
    if isinstance(value, tuple):
        return tuple(_renamed(v, renamed) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for spec in fields(value):
            old = getattr(value, spec.name)
            new = _renamed(old, renamed)
            if new is not old:
                changes[spec.name] = new
        return replace(value, **changes) if changes else value
    return value


def follow_renamed_sources(state: MergeState, renamed: dict[str, str]) -> MergeState:
    paragraphs = {renamed.get(k, k): v for k, v in state.paragraphs.items()}
    return replace(state, base=rename_sources(state.base, renamed), paragraphs=paragraphs)


def has_entries(content: c.Content) -> bool:
    return bool(content.sources) or any(kinds.entries(content, k) for k in kinds.names())


def merge_with_edits(
    proposed: c.Content, config: Config, edited: EditedContent | None = None
) -> MergeOutcome:
    if edited is None or edited.snapshot != content_snapshot(config):
        edited = read_edited(config)
    actions, state = edited.actions, edited.state
    renamed = renamed_sources(state.base, proposed)
    if renamed:
        state = follow_renamed_sources(state, renamed)
        edited = replace(edited, ours=rename_sources(edited.ours, renamed))
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
    present = {kind: {e.id for e in kinds.entries(merged, kind)} for kind in kinds.names()}
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
    merged = record_changes(edited.ours, merged)
    new_state = MergeState(
        base=_next_base(base, theirs, merged),
        paragraphs={s.id: paragraphs_digest(s.paragraphs) for s in theirs.sources},
        deleted=actions.deleted,
        ids=actions.ids,
    )
    notes = actions.notes + tuple(
        f"{prefix}/sources/{old}.yaml: its seed was renamed (same sha256); the source and "
        f"every reference to it follow, as {prefix}/sources/{new}.yaml"
        for old, new in sorted(renamed.items())
    )
    return MergeOutcome(merged, new_state, tuple(warnings), notes, edited.snapshot)


# The briefing's references are nested in its points and sides (not a kind's fields):
# the kind each points to, by the field a Dropped names.
_BRIEFING_TARGETS = {"disputes actor": "actors", "key_figures": "casualties"}


def _target_kind(d: Dropped) -> str | None:
    """The kind of entry a dropped reference pointed to."""
    if d.kind == "briefing":
        return _BRIEFING_TARGETS.get(d.field)
    ref = kinds.reference(d.kind, d.field)
    return ref.target if ref is not None else None


def _absent_from(present: dict[str, set[str]]) -> Any:
    return lambda kind, ident: ident not in present[kind]


def _keep_referenced(merged: c.Content, base: c.Content, ours: c.Content) -> c.Content:
    """An entry the sources no longer propose stays while a reference an editor wrote
    points to it: dropping it would undo their edit on the next build."""
    names = kinds.names()
    kept = {kind: {e.id: e for e in kinds.entries(ours, kind)} for kind in names}
    for _ in range(len(names)):
        present = {kind: {e.id for e in kinds.entries(merged, kind)} for kind in names}
        _, missing = drop_references(merged, _absent_from(present))
        wanted: dict[str, set[str]] = {}
        for d in missing:
            kind = _target_kind(d)
            if kind is not None and d.value in kept[kind] and _written_by_editor(d, base, ours):
                wanted.setdefault(kind, set()).add(d.value)
        if not wanted:
            break
        merged = kinds.with_entries(
            merged,
            {
                kind: kinds.entries(merged, kind) + tuple(kept[kind][i] for i in sorted(ids))
                for kind, ids in wanted.items()
            },
        )
    return merged


def _written_by_editor(d: Dropped, base: c.Content, ours: c.Content) -> bool:
    """Whether the reference's field differs from what briefgen last proposed."""
    if d.kind not in kinds.names():
        if d.kind != "briefing":
            return False
        field = "key_figures" if d.field == "key_figures" else "disputes"
        return getattr(base.briefing, field) != getattr(ours.briefing, field)
    mine = {e.id: e for e in kinds.entries(ours, d.kind)}.get(d.entry)
    before = {e.id: e for e in kinds.entries(base, d.kind)}.get(d.entry)
    if mine is None:
        return False
    return before is None or getattr(mine, d.field, None) != getattr(before, d.field, None)


def _added_by_editor(base: c.Content, ours: c.Content, theirs: c.Content) -> dict[str, set[str]]:
    out = {}
    for kind in kinds.names():
        known = {e.id for e in kinds.entries(base, kind)} | {
            e.id for e in kinds.entries(theirs, kind)
        }
        out[kind] = {e.id for e in kinds.entries(ours, kind)} - known
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
    for kind in kinds.names():
        proposed = kinds.entries(theirs, kind)
        found = {e.id for e in proposed}
        kept = {e.id for e in kinds.entries(merged, kind)}
        extra = tuple(e for e in kinds.entries(base, kind) if e.id in kept and e.id not in found)
        lists[kind] = proposed + extra
    sources = tuple(replace(s, paragraphs=()) for s in theirs.sources)
    return kinds.with_entries(replace(theirs, sources=sources), lists)


def _held(ours: c.Content, dropped: Dropped) -> bool:
    """Whether content/ holds the dropped reference now (else it is no news to anyone)."""
    if dropped.kind == "briefing":
        return True
    entry = next((e for e in kinds.entries(ours, dropped.kind) if e.id == dropped.entry), None)
    if entry is None:
        return False
    value: Any = getattr(entry, dropped.field)
    if isinstance(value, tuple):
        return any(_shown(v) == dropped.value for v in value)
    return value == dropped.value


def _shown(value: Any) -> Any:
    return f"{value.source}:{value.para}" if isinstance(value, c.Ref) else value
