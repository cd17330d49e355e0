"""`briefgen review`: the facts an editor should check first, most doubtful first.

Each doubt is read from content/ alone (the sources' paragraphs are there), so the list
follows every correction at once and needs no NLP: a speaker whose name is nowhere in
the paragraph of the quote was found through a pronoun or a role ("he said", "the
minister said"); a count not written in its paragraph was counted by briefgen ("a
soldier was killed" is 1); an event whose paragraph gives no calendar date was dated
from a relative word or the article's date. An entry with ``reviewed: true`` is left
out: an editor has checked it (and a rebuild never changes it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.extract.numbers import is_number_word, parse_count
from briefgen.records import content as c
from briefgen.yamlfile import LineDict, LineList, read_yaml_bytes, yaml_from_bytes


@dataclass(frozen=True)
class Reason:
    code: str  # stable, for tools: one-source | guessed-speaker | guessed-claimant | ...
    text: str
    weight: int  # how much it makes the fact doubtful; the list is sorted by the sum


@dataclass(frozen=True)
class Doubt:
    file: str  # relative to content/: actors.yaml, quotes.yaml, briefing.yaml …
    kind: str  # actor | quote | casualty | event | dispute
    ident: str  # the entry's id (a dispute's: its position, d1, d2 …)
    what: str  # the fact, shortly
    reasons: tuple[Reason, ...]
    field: str | None = None  # the field whose line is shown, when one is to blame

    @property
    def score(self) -> int:
        return sum(r.weight for r in self.reasons)


def _reason(code: str, text: str) -> Reason:
    return Reason(code, text, WEIGHTS[code])


WEIGHTS = {
    "guessed-speaker": 5,
    "guessed-claimant": 5,
    "dispute": 4,
    "counted": 3,
    "spellings": 3,
    "relative-date": 2,
    "one-source": 1,
}


class _Paragraphs:
    """The text behind each reference, and who is named in it."""

    def __init__(self, content: c.Content) -> None:
        self.text = {(s.id, p.id): p.text for s in content.sources for p in s.paragraphs}
        # A copy of another article (the same wire story) is no second source.
        self.original = {s.id: s.duplicate_of or s.id for s in content.sources}
        self.actors = {a.id: a for a in content.actors}

    def texts(self, refs: tuple[c.Ref, ...]) -> list[str]:
        return [self.text[(r.source, r.para)] for r in refs if (r.source, r.para) in self.text]

    def outlets(self, refs: tuple[c.Ref, ...]) -> int:
        return len({self.original.get(r.source, r.source) for r in refs})

    def names(self, actor_id: str) -> tuple[str, ...]:
        actor = self.actors.get(actor_id)
        if actor is None:
            return ()
        words = actor.name.split()
        surname = (words[-1],) if len(words) > 1 else ()
        # A role met as an alias ("the Russian leader") is how a guess is made, not a name.
        spelt = tuple(a for a in actor.aliases if not a[:1].islower())
        return (actor.name, *spelt, *surname)

    def named_in(self, actor_id: str, refs: tuple[c.Ref, ...]) -> bool:
        names = [n for n in self.names(actor_id) if len(n) > 1]
        return any(_contains_word(text, name) for text in self.texts(refs) for name in names)


def _contains_word(text: str, words: str) -> bool:
    if words not in text:  # most texts: no regex needed
        return False
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


_WORD = re.compile(r"[\w.,-]+")


def _written_counts(text: str) -> set[int]:
    """Every count the text writes, in digits or words ("1,200", "two dozen")."""
    words = [w.strip(".,") or w for w in _WORD.findall(text)]
    found: set[int] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word and (is_number_word(word) or (run and word.lower() in ("and", "half", "a"))):
            run.append(word)
            continue
        for start in range(len(run)):
            value = parse_count(run[start:])
            if value is not None:
                found.add(value)
        run = []
    return found


_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_RELATIVE = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|last (?:night|week|month)|this (?:week|morning)"
    r"|earlier this week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def _names_the_date(text: str, day: dt.date) -> bool:
    month = _MONTHS[day.month - 1]
    lowered = text.lower()
    return (
        day.isoformat() in text
        or re.search(rf"\b{month[:3]}\w*\.?\s+{day.day}\b", lowered) is not None
        or re.search(rf"\b{day.day}(?:st|nd|rd|th)?\s+{month[:3]}", lowered) is not None
    )


def _one_source(refs: tuple[c.Ref, ...], paras: _Paragraphs) -> list[Reason]:
    if paras.outlets(refs) == 1:
        return [_reason("one-source", "one source only")]
    return []


def _quote_doubts(quote: c.QuoteEntry, paras: _Paragraphs) -> Doubt | None:
    reasons: list[Reason] = []
    field = None
    if quote.speaker is not None and not paras.named_in(quote.speaker, quote.sources):
        reasons.append(
            _reason(
                "guessed-speaker",
                f"speaker '{quote.speaker}' is not named in the quote's paragraph "
                "(found through a pronoun or a role)",
            )
        )
        field = "speaker"
    reasons += _one_source(quote.sources, paras)
    if not reasons:
        return None
    words = quote.text if len(quote.text) <= 60 else quote.text[:57] + "…"
    return Doubt("quotes.yaml", "quote", quote.id, f'"{words}"', tuple(reasons), field)


def _casualty_doubts(figure: c.CasualtyEntry, paras: _Paragraphs) -> Doubt | None:
    reasons: list[Reason] = []
    field = None
    guessed = [
        who
        for who in figure.claimed_by
        if who in paras.actors and not paras.named_in(who, figure.sources)
    ]
    if guessed:
        reasons.append(
            _reason(
                "guessed-claimant",
                f"claimant '{guessed[0]}' is not named in the figure's paragraph "
                "(found through a pronoun or a role)",
            )
        )
        field = "claimed_by"
    texts = paras.texts(figure.sources)
    if figure.counted_by == "briefgen":
        # Extraction says so: victims described one by one, counted, claimed by nobody.
        reasons.append(
            _reason("counted", "nobody states this count: briefgen counted victims one by one")
        )
        field = field or "counted_by"
    elif texts and not any(figure.count in _written_counts(t) for t in texts):
        reasons.append(
            _reason("counted", f"{figure.count} is not written in the source: briefgen counted it")
        )
        field = field or "count"
    reasons += _one_source(figure.sources, paras)
    if not reasons:
        return None
    what = f"{figure.count} {figure.kind}" + (f" ({figure.place})" if figure.place else "")
    return Doubt("casualties.yaml", "casualty", figure.id, what, tuple(reasons), field)


def _event_doubts(event: c.EventEntry, paras: _Paragraphs) -> Doubt | None:
    reasons: list[Reason] = []
    field = None
    texts = paras.texts(event.sources)
    if texts and not any(_names_the_date(t, event.date) for t in texts):
        relative = next((m.group(0) for t in texts if (m := _RELATIVE.search(t))), None)
        why = (
            f"dated from '{relative}' against the article's date"
            if relative
            else "no date in its paragraph: dated from the article"
        )
        reasons.append(_reason("relative-date", why))
        field = "date"
    reasons += _one_source(event.sources, paras)
    if not reasons:
        return None
    return Doubt("events.yaml", "event", event.id, event.title, tuple(reasons), field)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _actor_doubts(actor: c.ActorEntry) -> Doubt | None:
    """Aliases that are not a part or the initials of the name: other spellings merged."""
    words = {w.lower() for w in re.findall(r"\w+", actor.name)}
    other = [
        alias
        for alias in actor.aliases
        if not {w.lower() for w in re.findall(r"\w+", alias)} <= words
        and alias != _acronym(actor.name)
    ]
    if not other:
        return None
    roles = [a for a in other if a[:1].islower()]  # "the Russian leader"
    spellings = [a for a in other if a not in roles]
    parts = []
    if spellings:
        parts.append("merged from other spellings: " + ", ".join(repr(a) for a in spellings[:3]))
    if roles:
        parts.append("also named by a role: " + ", ".join(repr(a) for a in roles[:3]))
    reason = _reason("spellings", "; ".join(parts))
    return Doubt("actors.yaml", "actor", actor.id, actor.name, (reason,), "aliases")


def doubts(content: c.Content) -> list[Doubt]:
    """What to check, most doubtful first (then in file order); reviewed entries left out."""
    paras = _Paragraphs(content)
    found: list[Doubt] = []
    for actor in content.actors:
        if not actor.reviewed and (d := _actor_doubts(actor)):
            found.append(d)
    for quote in content.quotes:
        if not quote.reviewed and (d := _quote_doubts(quote, paras)):
            found.append(d)
    for figure in content.casualties:
        if not figure.reviewed and (d := _casualty_doubts(figure, paras)):
            found.append(d)
    for event in content.events:
        if not event.reviewed and (d := _event_doubts(event, paras)):
            found.append(d)
    for n, dispute in enumerate(content.briefing.disputes, start=1):
        if not dispute.reviewed:
            reason = _reason(
                "dispute", f"found by briefgen: check that its {len(dispute.sides)} sides disagree"
            )
            found.append(Doubt("briefing.yaml", "dispute", f"d{n}", dispute.about, (reason,)))
    order = {name: i for i, name in enumerate(FILE_ORDER)}
    # Stable within a score: the files' own order, so that the list reads like the files.
    ranked = sorted(
        enumerate(found), key=lambda item: (-item[1].score, order[item[1].file], item[0])
    )
    return [doubt for _, doubt in ranked]


FILE_ORDER = ("briefing.yaml", "quotes.yaml", "casualties.yaml", "events.yaml", "actors.yaml")


@dataclass(frozen=True)
class Located:
    doubt: Doubt
    path: str  # project-relative: content/quotes.yaml
    line: int | None

    def render(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        why = "; ".join(r.text for r in self.doubt.reasons)
        return f"{where}  {self.doubt.kind} {self.doubt.what}  {why}"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "line": self.line,
            "kind": self.doubt.kind,
            "id": self.doubt.ident,
            "what": self.doubt.what,
            "score": self.doubt.score,
            "reasons": [{"code": r.code, "text": r.text} for r in self.doubt.reasons],
        }


def locate(found: list[Doubt], config: Config) -> list[Located]:
    """Each doubt with the line of its entry (or of the field to blame) in its file."""
    nodes: dict[str, dict[str, LineDict]] = {}
    for name in {d.file for d in found}:
        nodes[name] = _entry_nodes(config.content / name, f"{config.content_dir}/{name}")
    out = []
    for doubt in found:
        node = nodes[doubt.file].get(doubt.ident)
        line = None
        if node is not None:
            key = doubt.field if doubt.field and doubt.field in node else "id"
            key = key if key in node else "about"  # a dispute has no id
            line = node.line_of(key)
        out.append(Located(doubt, f"{config.content_dir}/{doubt.file}", line))
    return out


def _entry_nodes(path: Path, display: str) -> dict[str, LineDict]:
    data = yaml_from_bytes(read_yaml_bytes(path, display), path, display).data
    if isinstance(data, LineDict):  # briefing.yaml: its disputes, as d1, d2 …
        disputes = data.get("disputes")
        items = disputes if isinstance(disputes, LineList) else []
        return {
            f"d{n}": node for n, node in enumerate(items, start=1) if isinstance(node, LineDict)
        }
    if not isinstance(data, list):
        return {}
    return {
        node["id"]: node
        for node in data
        if isinstance(node, LineDict) and isinstance(node.get("id"), str)
    }
