"""Joining the names of one source: short forms, spellings, and names NER missed."""

from __future__ import annotations

import re
import unicodedata

from briefgen.extract.doc import ParsedPara
from briefgen.extract.table import ActorDraft, Mention


def join_org_suffixes(actors: dict[str, ActorDraft], mentions: list[Mention]) -> None:
    """ "Security Council" joins "UN Security Council": the fullest name wins."""
    orgs = sorted(
        (a for a in actors.values() if a.kind == "organization"), key=lambda a: -len(a.name)
    )
    for short in reversed(orgs):
        words = short.name.split()
        if len(words) < 2:
            continue
        for long in orgs:
            if long is short or len(long.name) <= len(short.name):
                continue
            if long.name.split()[-len(words) :] == words:
                for alias in [short.name, *short.aliases]:
                    long.add(alias, short.roles, short.refs[0])
                for ref in short.refs:
                    long.add(None, [], ref)
                del actors[short.key]
                for i, m in enumerate(mentions):
                    if m.key == short.key:
                        mentions[i] = Mention(m.para, m.start, m.end, long.key)
                break


def spelling_key(name: str) -> str:
    """Transliterations of one name agree on this: Zelensky, Zelenskyy, Zelenskiy."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z ]", "", text)
    text = text.replace("iy", "y").replace("yi", "y").replace("ij", "y")
    return re.sub(r"(.)\1+", r"\1", text)


def join_spelling_variants(actors: dict[str, ActorDraft], mentions: list[Mention]) -> None:
    """Two people of one source whose names differ only in transliteration are one."""
    people = [a for a in actors.values() if a.kind == "person"]
    for a in people:
        for b in people:
            if a is b or a.key not in actors or b.key not in actors:
                continue
            wa, wb = a.name.split(), b.name.split()
            if len(wa) != len(wb) or spelling_key(a.name) != spelling_key(b.name):
                continue
            keep, drop = (a, b) if len(a.refs) >= len(b.refs) else (b, a)
            for alias in [drop.name, *drop.aliases]:
                keep.add(alias, drop.roles, drop.refs[0])
            for ref in drop.refs:
                keep.add(None, [], ref)
            del actors[drop.key]
            for i, m in enumerate(mentions):
                if m.key == drop.key:
                    mentions[i] = Mention(m.para, m.start, m.end, keep.key)


def _name_patterns(actors: dict[str, ActorDraft]) -> list[tuple[tuple[str, ...], str]]:
    """Word sequences that name an actor already found: its names, a person's surname,
    the last two or more words of an organisation's name."""
    patterns: dict[tuple[str, ...], str] = {}
    for actor in actors.values():
        names = [actor.name, *actor.aliases]
        for name in names:
            words = tuple(name.split())
            if words and words[0][:1].isupper():
                patterns.setdefault(words, actor.key)
            # Three-letter surnames ("Das", "Lee") too; the match then asks for a proper noun.
            if actor.kind == "person" and len(words) >= 2 and len(words[-1]) >= 3:
                patterns.setdefault(words[-1:], actor.key)
            if actor.kind == "organization":
                for k in range(2, len(words)):
                    if words[-k][:1].isupper():
                        patterns.setdefault(words[-k:], actor.key)
    return sorted(patterns.items(), key=lambda item: (-len(item[0]), item[0]))


def add_unlabelled_mentions(
    paras: tuple[ParsedPara, ...], actors: dict[str, ActorDraft], mentions: list[Mention]
) -> None:
    """Names NER missed where the same source names them elsewhere ("The Security Council")."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, key in _name_patterns(actors):  # longest first
        by_first.setdefault(seq[0], []).append((seq, key))
    taken = {(m.para, i) for m in mentions for i in range(m.start, m.end)}
    for pp in paras:
        texts = [t.text for t in pp.doc]
        for i, first in enumerate(texts):
            for seq, key in by_first.get(first, ()):
                n = len(seq)
                if tuple(texts[i : i + n]) != seq or any(
                    (pp.index, j) in taken for j in range(i, i + n)
                ):
                    continue
                if i + n < len(texts) and pp.doc[i + n].pos_ == "PROPN" and pp.doc[i + n].is_title:
                    continue  # part of a longer name
                if (
                    n == 1
                    and len(first) < 4
                    and (pp.doc[i].pos_ != "PROPN" or pp.doc[i].ent_type_ in ("DATE", "TIME"))
                ):
                    continue  # "May" the month, not Ms May
                actor = actors[key]
                actor.add(" ".join(seq) if actor.kind == "organization" else None, [], pp.ref)
                mentions.append(Mention(pp.index, i, i + n, key))
                taken.update((pp.index, j) for j in range(i, i + n))
                break
