"""The actors of one source as extraction builds them, and the table the other rules read."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from briefgen.records.content import Ref
from briefgen.records.facts import ActorMention


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "actor"


@dataclass(frozen=True)
class Mention:
    para: int
    start: int  # token offsets within the paragraph's doc
    end: int
    key: str


@dataclass
class ActorDraft:
    key: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)

    def add(self, name: str | None, roles: list[str], ref: Ref) -> None:
        if (
            name
            and self.name.isupper()
            and not name.isupper()
            and name.lower() == self.name.lower()
        ):
            # A dateline's "KYIV" reads better as the body's "Kyiv".
            name, self.name = self.name, name
        if name and name != self.name and name not in self.aliases:
            self.aliases.append(name)
        for role in roles:
            if role.lower() not in (r.lower() for r in self.roles):
                self.roles.append(role)
        if ref not in self.refs:
            self.refs.append(ref)

    def freeze(self) -> ActorMention:
        return ActorMention(
            key=self.key,
            name=self.name,
            kind=self.kind,
            roles=tuple(self.roles),
            aliases=tuple(self.aliases),
            refs=tuple(
                sorted(self.refs, key=lambda r: int(r.para[1:]) if r.para[1:].isdigit() else 0)
            ),
        )


@dataclass(frozen=True)
class ActorTable:
    actors: tuple[ActorMention, ...]
    mentions: tuple[Mention, ...]  # in reading order

    @functools.cached_property
    def _kinds(self) -> dict[str, str]:
        return {a.key: a.kind for a in self.actors}

    @functools.cached_property
    def _by_token(self) -> dict[tuple[int, int], str]:
        index: dict[tuple[int, int], str] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                index.setdefault((m.para, i), m.key)
        return index

    def kind_of(self, key: str | None) -> str | None:
        return self._kinds.get(key) if key is not None else None

    def at(self, para: int, token: int) -> str | None:
        return self._by_token.get((para, token))

    def in_range(self, para: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.para == para and start <= m.start and m.end <= end]

    def people_before(self, para: int, token: int) -> list[str]:
        """Person keys in the order last mentioned before (para, token), latest first."""
        seen: list[str] = []
        for m in reversed(self.mentions):
            if (
                (m.para, m.start) < (para, token)
                and self.kind_of(m.key) == "person"
                and m.key not in seen
            ):
                seen.append(m.key)
        return seen
