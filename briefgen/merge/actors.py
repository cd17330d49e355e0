"""Join the per-source actor mentions into one entry per real actor.

Two mentions are the same actor when a full name (or an organisation's name) agrees
exactly, when two people's surnames agree up to transliteration ("Zelensky" /
"Zelenskyy") and their first names do not conflict, when a bare surname has exactly
one full-name owner, or when an acronym spells out a name ("UN" / "United Nations").
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from briefgen.merge.text import (
    STOPWORDS,
    dedupe_casefold,
    fold,
    ref_key,
    slugify,
    sorted_refs,
    stem,
    unique_ids,
    words,
)
from briefgen.records.content import ACTOR_KINDS, ActorEntry, Ref
from briefgen.records.facts import ActorMention, SourceFacts

KIND_PREFERENCE = {kind: i for i, kind in enumerate(ACTOR_KINDS)}
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "to"})
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# Kinds a bare surname may come from: the statistical NER often calls a person an ORG.
_SURNAME_KINDS = ("person", "organization")

ActorKey = tuple[str, str]  # (source id, ActorMention.key)
TITLES = frozenset(
    str.split(
        """president mr mrs ms dr gen general minister prime sir king queen pope prince
        princess senator sen rep gov governor mayor secretary chancellor premier sheikh
        lt col colonel adm admiral judge justice"""
    )
)


@dataclass(frozen=True)
class _Mention:
    source: str
    mention: ActorMention

    @property
    def key(self) -> ActorKey:
        return (self.source, self.mention.key)


def is_proper(name: str) -> bool:
    """A name, not a description: it starts with a capital and not with an article."""
    name = fold(name)
    return bool(name) and name[0].isupper() and not _LEADING_ARTICLE.match(name)


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(words(_LEADING_ARTICLE.sub("", fold(name))))


@functools.lru_cache(maxsize=1 << 16)
def translit(token: str) -> str:
    """Fold transliteration variants: doubled letters, -iy/-yi/-ii endings, kh/h, an
    initial ye-/e- (Yesenbayeva / Esenbaeva) and a y between vowels (-aliyev / -aliev)."""
    token = re.sub(r"^ye", "e", token)
    token = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", token)
    token = re.sub(r"(.)\1+", r"\1", token)
    token = re.sub(r"(iy|yi|ii|yy)$", "y", token)
    return token.replace("kh", "h")


# Pure functions of two names, asked again for every pair of clusters that hold them.
@functools.lru_cache(maxsize=1 << 16)
def same_surname(a: str, b: str) -> bool:
    ta, tb = translit(a), translit(b)
    if ta == tb:
        return True
    if min(len(ta), len(tb)) < 5 or ta[0] != tb[0]:
        return False
    return difflib.SequenceMatcher(None, ta, tb).ratio() >= 0.85


@functools.lru_cache(maxsize=1 << 16)
def first_names_agree(a: str, b: str) -> bool:
    """'Joe'/'Joseph', 'J'/'Joe', 'Sergey'/'Sergei' agree; 'Joe'/'Jill' do not."""
    ta, tb = translit(a), translit(b)
    if ta == tb or ta.startswith(tb) or tb.startswith(ta):
        return True
    return ta[0] == tb[0] and difflib.SequenceMatcher(None, ta, tb).ratio() >= 0.75


def acronym(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t not in _ACRONYM_SKIP)


class _Clusters:
    """Union-find over mention indexes; the smallest index is the root (deterministic)."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _variants(m: ActorMention) -> list[tuple[str, ...]]:
    return list(_name_variants(m.name, m.aliases))


# The same names and aliases come from source after source: tokenized once each.
@functools.lru_cache(maxsize=1 << 16)
def _name_variants(name: str, aliases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    names = [name, *aliases]
    return tuple(t for t in (name_tokens(n) for n in names if is_proper(n)) if t)


def without_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """'President Joe Biden' is compared as 'Joe Biden'."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in TITLES:
        i += 1
    return tokens[i:]


def _person_names(mentions: list[_Mention], members: list[int]) -> Iterator[tuple[str, ...]]:
    """The full names (two words or more, titles left out) the people among ``members``
    are called."""
    names = (
        without_titles(v)
        for i in members
        if mentions[i].mention.kind == "person"
        for v in _variants(mentions[i].mention)
    )
    return (v for v in names if len(v) >= 2)


def _full_person_names(mentions: list[_Mention], members: list[int]) -> list[tuple[str, ...]]:
    return list(dict.fromkeys(_person_names(mentions, members)))


def _has_full_person_name(mentions: list[_Mention], members: list[int]) -> bool:
    # Asked of every cluster: the story's main people have thousands of mentions, and
    # the first full name settles it.
    return any(True for _ in _person_names(mentions, members))


def _names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return same_surname(a[-1], b[-1]) and first_names_agree(a[0], b[0])


def _clusters_compatible(names_a: list[tuple[str, ...]], names_b: list[tuple[str, ...]]) -> bool:
    """Every full name of one cluster agrees with every full name of the other."""
    return all(_names_compatible(a, b) for a in names_a for b in names_b)


def _join_exact(mentions: list[_Mention], uf: _Clusters) -> None:
    # Single-word person names are left to _join_surnames: "Biden" may be two people.
    owner: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(mentions):
        for v in _variants(m.mention):
            if len(v) < 2 and m.mention.kind == "person":
                continue
            if v in owner:
                uf.union(owner[v], i)
            else:
                owner[v] = i


def _join_full_names(mentions: list[_Mention], uf: _Clusters) -> None:
    """Greedy, in root order: a cluster takes in every later cluster whose full names all
    agree with all of its own (which grow as it takes them in).

    One pass suffices: a union only adds names to the surviving cluster, which makes it
    harder, never easier, to agree with anything checked before."""
    groups = uf.groups()
    roots = sorted(r for r in groups if _full_person_names(mentions, groups[r]))
    names = {r: _full_person_names(mentions, groups[r]) for r in roots}
    # Clusters can only agree when their surnames start alike (same_surname), so each
    # cluster is compared with the clusters of its own initial, not with all of them.
    by_initial: dict[str, list[int]] = {}
    for r in roots:
        by_initial.setdefault(_surname_initial(names[r][0]), []).append(r)
    taken: set[int] = set()
    for block in by_initial.values():
        for i, ra in enumerate(block):
            if ra in taken:
                continue
            for rb in block[i + 1 :]:
                if rb in taken or not _clusters_compatible(names[ra], names[rb]):
                    continue
                uf.union(ra, rb)
                names[ra] = list(dict.fromkeys(names[ra] + names[rb]))
                taken.add(rb)


def _surname_initial(name: tuple[str, ...]) -> str:
    return translit(name[-1])[:1]


def _join_surnames(mentions: list[_Mention], uf: _Clusters) -> None:
    groups = uf.groups()
    full = {r: _full_person_names(mentions, g) for r, g in groups.items()}
    # The sources a full name's cluster is met in, asked of the same large clusters (the
    # story's main people) for surname after surname: found once each.
    met_in: dict[int, set[str]] = {}

    def sources_of(root: int) -> set[str]:
        if root not in met_in:
            met_in[root] = {mentions[i].source for i in groups[root]}
        return met_in[root]

    # A surname can only match a full name whose surname starts alike (same_surname).
    holders: dict[str, set[int]] = {}
    for r, names in full.items():
        for n in names:
            holders.setdefault(_surname_initial(n), set()).add(r)
    for root, members in sorted(groups.items()):
        if full[root]:
            continue
        kinds = {mentions[i].mention.kind for i in members}
        bare = (without_titles(v) for i in members for v in _variants(mentions[i].mention))
        singles = {v[0] for v in bare if len(v) == 1}
        if not singles:
            continue
        sources = {mentions[i].source for i in members}
        candidates = set().union(*(holders.get(translit(s)[:1], set()) for s in singles))
        owners = [
            r
            for r in sorted(candidates)
            if r != root and any(same_surname(s, n[-1]) for s in singles for n in full[r])
        ]
        if not kinds & set(_SURNAME_KINDS):
            # A surname the NER took for a place ('Kuleba' as GPE) joins only an exact
            # full name met in every source it appears in.
            owners = [
                r
                for r in owners
                if any(s == n[-1] for s in singles for n in full[r]) and sources <= sources_of(r)
            ]
        if len(owners) > 1:
            # Ambiguous surname: only a full name met in the same source settles it.
            owners = [r for r in owners if sources & sources_of(r)]
        if len(owners) == 1:
            uf.union(root, owners[0])


def _join_bare_names(mentions: list[_Mention], uf: _Clusters) -> None:
    """One-word names left alone ('Kyiv' tagged a person here, a place there) join
    when no full person name in either cluster could make them two people."""
    groups = uf.groups()
    owner: dict[str, int] = {}
    for root, members in sorted(groups.items()):
        if _has_full_person_name(mentions, members):
            continue
        for i in members:
            for v in _variants(mentions[i].mention):
                if len(v) != 1:
                    continue
                if v[0] in owner:
                    uf.union(owner[v[0]], root)
                else:
                    owner[v[0]] = root


def _join_acronyms(mentions: list[_Mention], uf: _Clusters) -> None:
    groups = uf.groups()
    spelled: dict[str, set[int]] = {}
    for root, members in groups.items():
        for i in members:
            if mentions[i].mention.kind == "person":
                continue
            for v in _variants(mentions[i].mention):
                if len(v) >= 2:
                    spelled.setdefault(acronym(v), set()).add(root)
    for root, members in sorted(groups.items()):
        for i in members:
            for v in _variants(mentions[i].mention):
                owners = spelled.get(v[0], set()) - {root} if len(v) == 1 else set()
                if len(owners) == 1:
                    uf.union(root, next(iter(owners)))


# Heads of institution names, which English puts first ("Ministry of Health") or last
# ("Health Ministry").
INSTITUTIONS = frozenset(
    str.split(
        """ministry department office agency service committee council commission bureau
        directorate authority"""
    )
)


def institution_key(tokens: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """('ministry', {'health'}) for both 'Health Ministry' and 'Ministry of Health'."""
    if len(tokens) < 2:
        return None
    if tokens[0] in INSTITUTIONS and len(tokens) >= 3 and tokens[1] == "of":
        head, rest = tokens[0], tokens[2:]
    elif tokens[-1] in INSTITUTIONS and "of" not in tokens:
        head, rest = tokens[-1], tokens[:-1]
    else:
        return None
    modifiers = frozenset(stem(t) for t in rest if t not in STOPWORDS)
    return (head, modifiers) if modifiers else None


def institution_namings(
    mentions: list[_Mention],
) -> Iterator[tuple[int, bool, str, frozenset[str]]]:
    """(mention, head first?, head, modifier words) for each way an organization is named."""
    for i, m in enumerate(mentions):
        if m.mention.kind != "organization":
            continue
        for v in _variants(m.mention):
            key = institution_key(v)
            if key is not None:
                yield i, v[0] == key[0], *key


def _join_institutions(mentions: list[_Mention], uf: _Clusters) -> None:
    """'Emergencies Ministry' and 'Ministry of Emergency Situations' are one body when the
    head agrees and one's words all sit in the other, the word order turned round."""
    # By head, then by words: hundreds of sources name the same few bodies the same
    # way, so each distinct pair of namings is compared once. Every mention of a
    # head-first naming joins every mention of a head-last one it holds: one cluster,
    # whatever order the unions come in.
    head_first: dict[str, dict[frozenset[str], list[int]]] = {}
    head_last: dict[str, dict[frozenset[str], list[int]]] = {}
    for i, first, head, modifiers in institution_namings(mentions):
        side = head_first if first else head_last
        side.setdefault(head, {}).setdefault(modifiers, []).append(i)
    for head, namings in head_first.items():
        others = head_last.get(head, {})
        for words_a, held_a in namings.items():
            for words_b, held_b in others.items():
                if words_b <= words_a:
                    for k in (*held_a, *held_b):
                        uf.union(held_a[0], k)


def _pick_name(members: list[_Mention], kind: str) -> str:
    counts: Counter[str] = Counter()
    for m in members:
        counts[fold(m.mention.name)] += 1
        for alias in m.mention.aliases:
            counts[fold(alias)] += 0
    proper = [n for n in counts if is_proper(n)] or list(counts)

    def rank(name: str) -> tuple[int, int, int, int, str]:
        tokens = name_tokens(name)
        multi = len(tokens) >= 2 if kind == "person" else not name.isupper()
        titled = kind == "person" and without_titles(tokens) != tokens
        return (-int(multi), int(titled), -counts[name], -len(name), name)

    return min(proper, key=rank)


def _pick_kind(members: list[_Mention]) -> str:
    votes: Counter[str] = Counter()
    for m in members:
        votes[m.mention.kind] += max(1, len(m.mention.refs))
    return min(votes, key=lambda k: (-votes[k], KIND_PREFERENCE.get(k, len(KIND_PREFERENCE)), k))


def _merge_roles(members: list[_Mention]) -> tuple[str, ...]:
    roles = dedupe_casefold(fold(r) for m in members for r in m.mention.roles)
    sets = [frozenset(words(r)) for r in roles]
    # "president" adds nothing beside "Russian President".
    return tuple(
        r for r, s in zip(roles, sets, strict=True) if not any(s < other for other in sets)
    )


def _entry(members: list[_Mention]) -> ActorEntry:
    kind = _pick_kind(members)
    name = _pick_name(members, kind)
    names = [fold(n) for m in members for n in (m.mention.name, *m.mention.aliases)]
    aliases = sorted(
        (a for a in dedupe_casefold(names) if words(a) != words(name)), key=str.casefold
    )
    refs: list[Ref] = [r for m in members for r in m.mention.refs]
    return ActorEntry(
        id="",
        name=name,
        kind=kind,
        roles=_merge_roles(members),
        aliases=tuple(aliases),
        mentions=sorted_refs(refs),
    )


def merge_actors(
    facts: tuple[SourceFacts, ...],
) -> tuple[tuple[ActorEntry, ...], dict[ActorKey, str]]:
    """All sources' actors → (entries sorted by id, (source, key) → actor id)."""
    mentions = [
        _Mention(f.source_id, m)
        for f in sorted(facts, key=lambda f: f.source_id)
        for m in sorted(f.actors, key=lambda m: m.key)
    ]
    uf = _Clusters(len(mentions))
    _join_exact(mentions, uf)
    _join_full_names(mentions, uf)
    _join_surnames(mentions, uf)
    _join_bare_names(mentions, uf)
    _join_acronyms(mentions, uf)
    _join_institutions(mentions, uf)
    groups = [[mentions[i] for i in g] for _, g in sorted(uf.groups().items())]
    entries = [_entry(g) for g in groups]
    ids = unique_ids(
        [
            (
                slugify(e.name),
                (KIND_PREFERENCE.get(e.kind, 9), e.name, [ref_key(r) for r in e.mentions]),
            )
            for e in entries
        ]
    )
    mapping: dict[ActorKey, str] = {}
    final: list[ActorEntry] = []
    for entry, group, actor_id in zip(entries, groups, ids, strict=True):
        final.append(
            ActorEntry(
                id=actor_id,
                name=entry.name,
                kind=entry.kind,
                roles=entry.roles,
                aliases=entry.aliases,
                mentions=entry.mentions,
            )
        )
        for m in group:
            mapping[m.key] = actor_id
    return tuple(sorted(final, key=lambda e: e.id)), mapping
