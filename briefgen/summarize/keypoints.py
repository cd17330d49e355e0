"""Key points: rank sentences by corroboration and centrality, drop redundant ones (MMR),
cite every source that reports them, and order them as a story by date."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from briefgen.extract.dates import find_dates
from briefgen.extract.dates import is_background as background_date
from briefgen.merge.text import content_words, sorted_refs, words
from briefgen.records.content import ActorEntry, Content, EventEntry, Ref, SummaryPoint
from briefgen.summarize.claims import NameIndex
from briefgen.summarize.corpus import (
    NEAR_COPY_SHARED,
    PARAPHRASE_SHARED,
    Corpus,
    compatible_figures,
    current_figures,
    figures,
    replaced_figures,
)
from briefgen.summarize.sentences import can_stand_alone, is_reportable, outside_quotes

MIN_POINTS = 5
MAX_POINTS = 10
MMR_LAMBDA = 0.7
MIN_PER_SOURCE = 2  # points one source (with its copies) may give, at least
REDUNDANT = 0.5  # cosine above which a point repeats one already chosen
TOP_ACTORS = 6

W_CORROBORATION = 1.0
W_CENTRALITY = 1.0
W_ACTORS = 0.3
W_LEAD = 0.4
W_FACTS = 0.2
DANGLING_PENALTY = 0.3
NOT_ALONE_PENALTY = 2.0
OUTDATED_PENALTY = 0.5  # a figure a later source has updated
LATEST_BONUS = 0.3  # the update itself: the story as it stands
SAME_TOPIC_SHARED = 5  # content words two reports of one thing share, at least
SAME_TOPIC_COSINE = 0.2
# The fewest content words two sentences about the same thing share (Corpus.paraphrase
# and same_topic ask for no fewer).
SHARED_BY_ANY_TOPIC = min(NEAR_COPY_SHARED, PARAPHRASE_SHARED, SAME_TOPIC_SHARED)
NEW_SOURCE_BONUS = 0.2  # MMR: a point from an independent source not yet heard
SEEN_ACTORS_PENALTY = 0.25  # MMR: a point only about actors already covered
SAME_EVENT_PENALTY = 0.5  # MMR: a second point about an event already told
_DANGLING = re.compile(
    r"^(?:but|and|or|so|yet|however|both sides)\b|\b(?:those|these|the latter|the former)\s+\w+",
    re.IGNORECASE,
)

# A topic the outlet carries in passing, not the story: "Separately on Tuesday, …".
_PASSING = re.compile(r"^(?:separately|in other news|elsewhere|in a separate\b)", re.IGNORECASE)
# Whom "he said" means is in another sentence: resolve it or leave the sentence out.
_UNRESOLVED_SPEAKER = re.compile(
    r"(?:,|\.)[\"”’']?\s+(?:he|she|they|it)\s+(?:said|added|told\s+\w+)\W*$", re.IGNORECASE
)
# What always holds, not what happened: "Ferry disasters are not uncommon on the lake",
# "X has long been seen as one of …", "have argued over the border since the Soviet
# Union collapsed".
_GENERIC = re.compile(
    r"^(?:[A-Z][\w'’-]*\s)?(?:[\w'’-]+\s){0,5}(?:is|are|has\s+(?:long\s+)?been|have\s+(?:long\s+)?been)"
    r"\s+(?:not\s+)?(?:uncommon|common|rare|frequent|one\s+of|among|seen\s+as|known\s+(?:as|for))\b"
)
_LONG_RUNNING = re.compile(
    r"\b(?:has|have)\s+\w+ed\b.*\bsince\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}\w+ed\b"
)
_CLAIMED = re.compile(r"\b(?:says|blame[sd]?|accuse[sd]?|den(?:y|ies|ied)|reject(?:s|ed)?)\b")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,}(?:\([^)]*\))?\s*[—–]\s+")
_YEAR = re.compile(r"\b(?:in|since|of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def is_background(text: str, published: dt.date | None) -> bool:
    """About the story's past ("sank in 2018", "was renewed in January"), not the story."""
    if published is None:
        return False
    if any(int(y) < published.year for y in _YEAR.findall(text)):
        return True
    return any(background_date(text, h, published) for h in find_dates(text, published))


def off_story(text: str, published: dt.date | None) -> bool:
    """No key point: a passing topic, the story's background, or an unresolved "she said"."""
    bare = outside_quotes(text)
    return bool(
        _PASSING.match(text)
        or _UNRESOLVED_SPEAKER.search(text)
        or _GENERIC.search(bare)
        or _LONG_RUNNING.search(bare)
        or is_background(text, published)
    )


def point_text(text: str) -> str:
    """The sentence as a point: less the wire dateline ("DAR ES SALAAM — ")."""
    return _DATELINE.sub("", text, count=1)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = str.split(
    "january february march april may june july august september october november december"
)
_MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)} | {
    name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)
}
_MONTHS["sept"] = 9
_MONTH_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b")


@dataclass(frozen=True)
class Ranked:
    index: int  # into Corpus.sentences
    score: float


def top_actor_names(actors: tuple[ActorEntry, ...]) -> list[set[str]]:
    """The surname / name words of the actors most sources mention."""
    people = [a for a in actors if a.kind in ("person", "organization")]
    people.sort(key=lambda a: (-len({r.source for r in a.mentions}), -len(a.mentions), a.id))
    out = []
    for a in people[:TOP_ACTORS]:
        names = {words(n)[-1] for n in (a.name, *a.aliases) if words(n)}
        if names:
            out.append(names)
    return out


def fact_paragraphs(content: Content) -> set[Ref]:
    """Paragraphs where merge found a dated event or a casualty figure."""
    refs: set[Ref] = set()
    for e in content.events:
        refs.update(e.sources)
    for c in content.casualties:
        refs.update(c.sources)
    return refs


def updated_by(old: str, new: str) -> bool:
    """The later sentence gives other figures, or names the old one as replaced."""
    if not compatible_figures(old, new):
        return True
    return bool(replaced_figures(new) & figures(old)) and bool(current_figures(new) - figures(old))


def same_topic(corpus: Corpus, i: int, j: int) -> bool:
    """About the same thing, though one sentence may say much more than the other
    ('seven more bodies were recovered …' / 'rescuers found five more bodies …')."""
    if corpus.paraphrase(i, j, strict=False):
        return True
    shared = corpus.sentences[i].keyword_set & corpus.sentences[j].keyword_set
    return len(shared) >= SAME_TOPIC_SHARED and corpus.sim(i, j) >= SAME_TOPIC_COSINE


def updates(corpus: Corpus, published: dict[str, dt.date | None]) -> tuple[set[int], set[int]]:
    """(outdated, updating): sentences a later source updates — about the same thing,
    with other figures ('the toll rose to 21' on Tuesday, 'has risen to 26' on
    Thursday) — and the sentences that update them."""
    # Whether one sentence updates another depends on their texts alone, and wire copy
    # repeats sentences: each pair of distinct texts is compared once, and only texts
    # sharing the three key words that any same_topic pair shares are paired at all.
    dated: dict[str, list[tuple[dt.date, int]]] = {}
    for i, s in enumerate(corpus.sentences):
        day = published.get(s.source)
        if day is not None and figures(s.text):
            dated.setdefault(s.text, []).append((day, i))
    texts = sorted(dated)
    first = {t: dated[t][0][1] for t in texts}  # a sentence standing for its text
    frequency: Counter[str] = Counter()
    for t in texts:
        frequency.update(corpus.sentences[first[t]].keyword_set)
    holders: dict[str, list[str]] = {}
    for t in texts:
        for w in corpus.sentences[first[t]].keyword_set:
            holders.setdefault(w, []).append(t)
    earliest_of = {t: min(day for day, _ in dated[t]) for t in texts}
    latest_of = {t: max(day for day, _ in dated[t]) for t in texts}
    out: set[int] = set()
    newer: set[int] = set()
    for old in texts:
        keys = sorted(corpus.sentences[first[old]].keyword_set, key=lambda w: (frequency[w], w))
        # A partner shares at least SHARED_BY_ANY_TOPIC of these words, so at least one
        # of all but the SHARED_BY_ANY_TOPIC - 1 most frequent.
        probe = keys[: max(0, len(keys) - (SHARED_BY_ANY_TOPIC - 1))]
        partners = sorted({t for w in probe for t in holders[w] if t != old})
        earliest = earliest_of[old]
        for new in partners:
            latest = latest_of[new]
            if latest <= earliest:
                continue
            i, j = first[old], first[new]
            if not (updated_by(old, new) and same_topic(corpus, i, j)):
                continue
            out.update(k for day, k in dated[old] if day < latest)
            if corpus.paraphrase(i, j, strict=False):
                # The same report, updated: the story as it stands.
                newer.update(k for day, k in dated[new] if day > earliest)
    return out, newer - out


def warm_corroboration(corpus: Corpus) -> Iterator[None]:
    """Find the paraphrases rank_sentences will count, one sentence per step, in its
    order: they depend on the corpus alone, so a build can find them while it waits."""
    for i, s in enumerate(corpus.sentences):
        if is_reportable(s.text):
            corpus.corroboration(i)
            yield None


def rank_sentences(corpus: Corpus, content: Content) -> list[Ranked]:
    actors = top_actor_names(content.actors)
    facts = fact_paragraphs(content)
    stale, latest = updates(corpus, {s.id: s.published for s in content.sources})
    total_groups = len(set(corpus.group.values())) or 1
    ranked = []
    published = {src.id: src.published for src in content.sources}
    position: dict[str, int] = {}
    # What a sentence's text alone decides, once per distinct text (wire copy repeats).
    by_text: dict[str, tuple[int, bool]] = {}
    # Off the story or not follows from the text and the day it was published: asked
    # once per pair (the date rules cost most of the ranking when asked per sentence).
    off: dict[tuple[str, dt.date | None], bool] = {}
    for i, s in enumerate(corpus.sentences):
        if not is_reportable(s.text):
            continue
        day = published.get(s.source)
        if (s.text, day) not in off:
            off[s.text, day] = off_story(s.text, day)
        if off[s.text, day]:
            continue
        # Rank among the source's own stand-alone sentences: its lead is 0.
        alone = can_stand_alone(s.text)
        lead = position.get(s.source, 0)
        position[s.source] = lead + alone
        groups = corpus.corroboration(i)
        corroboration = (groups - 1) / (total_groups - 1) if total_groups > 1 else 0.0
        if s.text not in by_text:
            sentence_words = set(words(s.text))
            by_text[s.text] = (
                sum(1 for names in actors if names & sentence_words),
                bool(_DANGLING.search(outside_quotes(s.text))),
            )
        named, dangling = by_text[s.text]
        score = (
            W_CORROBORATION * corroboration
            + W_CENTRALITY * corpus.centrality(i)
            + W_ACTORS * min(named, 2) / 2
            + W_LEAD / math.sqrt(1 + lead)
            + W_FACTS * (s.ref in facts)
            - DANGLING_PENALTY * dangling
            # Needs the sentence before it: only when nothing better is left.
            - NOT_ALONE_PENALTY * (not alone)
            - OUTDATED_PENALTY * (i in stale)
            + LATEST_BONUS * (i in latest)
        )
        ranked.append(Ranked(i, score))
    ranked.sort(key=lambda r: (-r.score, r.index))
    return ranked


def point_count(corpus: Corpus) -> int:
    return max(MIN_POINTS, min(MAX_POINTS, 3 + len(set(corpus.group.values()))))


def named_actors(text: str, names: NameIndex) -> frozenset[str]:
    """The people and organisations a sentence names (by surname, or whole name)."""
    return frozenset(a.id for a, _ in names.named(text) if a.kind in ("person", "organization"))


def select(
    corpus: Corpus,
    ranked: list[Ranked],
    count: int,
    events: tuple[EventEntry, ...] = (),
    actors: tuple[ActorEntry, ...] = (),
) -> list[Ranked]:
    """MMR: the best-scoring sentence that does not repeat an already chosen one
    (a paraphrase of it); a point about an event or actors already covered counts
    for less."""
    actor_names = NameIndex(actors)
    by_ref = index_events(events)
    # Asked only of the sentences the loop gets to (a few hundred of thousands); whom a
    # sentence names follows from its text, asked once per distinct text.
    names_in: _Lazy[str, frozenset[str]] = _Lazy(lambda text: named_actors(text, actor_names))
    names: _Lazy[int, frozenset[str]] = _Lazy(lambda i: names_in[corpus.sentences[i].text])
    event_of: _Lazy[int, str | None] = _Lazy(
        lambda i: getattr(
            event_for(corpus.sentences[i].ref, corpus.sentences[i].text, events, by_ref),
            "id",
            None,
        )
    )
    met: set[str] = set()
    told: set[str] = set()
    chosen: list[Ranked] = []
    covered: set[int] = set()
    heard: set[str] = set()
    pool = list(ranked)
    # No one outlet tells most of the story: a new source with much to say adds points
    # beside the others' instead of replacing them.
    groups = len(set(corpus.group.values())) or 1
    cap = max(MIN_PER_SOURCE, math.ceil(count / groups) + 1)
    told_by: Counter[str] = Counter()
    full: set[str] = set()  # the groups that have told `cap` points
    # A point many outlets report counts against the one that has told least so far.
    telling: _Lazy[int, frozenset[str]] = _Lazy(corpus.reporting_groups)
    repeats = _Repeats(corpus, chosen)
    while pool and len(chosen) < count:
        best, best_value = None, -math.inf
        for r in pool:
            # The pool is in falling score order and nothing adds more than the new-source
            # bonus to a score: once that cannot beat the best, nothing later can.
            if MMR_LAMBDA * r.score + NEW_SOURCE_BONUS + 1e-9 < best_value:
                break
            if r.index in covered or telling[r.index] <= full:
                continue
            overlap = repeats.overlap(r.index)
            if overlap is None:
                continue
            value = MMR_LAMBDA * r.score - (1 - MMR_LAMBDA) * overlap
            if event_of[r.index] in told:
                value -= SAME_EVENT_PENALTY
            if corpus.group_of(r.index) not in heard:
                value += NEW_SOURCE_BONUS
            if names[r.index]:
                value -= SEEN_ACTORS_PENALTY * len(names[r.index] & met) / len(names[r.index])
            if value > best_value:
                best, best_value = r, value
        if best is None:
            break
        chosen.append(best)
        teller = min(telling[best.index], key=lambda g: (told_by[g], g))
        told_by[teller] += 1
        if told_by[teller] >= cap:
            full.add(teller)
        event_id = event_of[best.index]
        if event_id is not None:
            told.add(event_id)
        # A paraphrase of a chosen point is the same point.
        support = corpus.supporters(best.index)
        covered.update((best.index, *support))
        heard.update(corpus.group_of(i) for i in (best.index, *support))
        met.update(names[best.index])
        pool.remove(best)
    return chosen


class _Repeats:
    """How much a candidate repeats the points chosen so far: its highest similarity to
    one of them, or None when that reaches REDUNDANT or it paraphrases one. Select asks
    it of the same candidates at every choice: each is compared only with the points
    chosen since it was last asked (the highest similarity and a paraphrase only grow)."""

    def __init__(self, corpus: Corpus, chosen: list[Ranked]) -> None:
        self.corpus = corpus
        self.chosen = chosen  # select's list, growing
        # candidate → (points compared by similarity, highest, points compared as
        # paraphrases, whether one is)
        self._known: dict[int, tuple[int, float, int, bool]] = {}

    def overlap(self, i: int) -> float | None:
        compared, most, checked, paraphrase = self._known.get(i, (0, 0.0, 0, False))
        for c in self.chosen[compared:]:
            most = max(most, self.corpus.sim(i, c.index))
        if most < REDUNDANT and not paraphrase:
            paraphrase = any(
                self.corpus.paraphrase(i, c.index, strict=False) for c in self.chosen[checked:]
            )
            checked = len(self.chosen)
        self._known[i] = (len(self.chosen), most, checked, paraphrase)
        return None if most >= REDUNDANT or paraphrase else most


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The first weekday ('on Friday') or month-day ('March 7') named, against ``published``."""
    if published is None:
        return None
    lowered = [w.split("'")[0] for w in words(text)]
    for w in lowered:
        if w in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS.index(w)) % 7
            return published - dt.timedelta(days=back)
    for m in _MONTH_DAY.finditer(text):
        month = _MONTHS.get(m.group(1).lower())
        if month is None:
            continue
        year = published.year
        if (month, int(m.group(2))) > (published.month, published.day):
            year -= 1  # a date after publication is last year's
        try:
            return dt.date(year, month, int(m.group(2)))
        except ValueError:
            continue
    return None


EventIndex = dict[Ref, list[tuple[EventEntry, frozenset[str]]]]
K = TypeVar("K")
T = TypeVar("T")


class _Lazy(dict[K, T]):
    """A sentence's (or a text's) value, computed when first asked for."""

    def __init__(self, compute: Callable[[K], T]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> T:
        value = self[key] = self.compute(key)
        return value


def index_events(events: tuple[EventEntry, ...]) -> EventIndex:
    """Each paragraph's events with their title words, in the events' order."""
    index: EventIndex = {}
    for e in events:
        words_of = frozenset(content_words(f"{e.title} {e.place or ''}"))
        for ref in dict.fromkeys(e.sources):
            index.setdefault(ref, []).append((e, words_of))
    return index


def event_for(
    ref: Ref, text: str, events: tuple[EventEntry, ...], index: EventIndex | None = None
) -> EventEntry | None:
    """The event of the sentence's paragraph whose title shares most words with it."""
    # Looked up by paragraph: a scan of every event per sentence is quadratic in sources.
    candidates = (index if index is not None else index_events(events)).get(ref, [])
    keys = set(content_words(text))
    best, best_shared = None, 0
    for e, title_words in candidates:
        shared = len(keys & title_words)
        if shared > best_shared:
            best, best_shared = e, shared
    return best


def sentence_date(
    corpus: Corpus, index: int, content: Content, events: EventIndex | None = None
) -> dt.date:
    s = corpus.sentences[index]
    event = event_for(s.ref, s.text, content.events, events)
    if event is not None:
        return event.date
    published = next((src.published for src in content.sources if src.id == s.source), None)
    hits = find_dates(s.text, published) if published is not None else []
    return hits[0].date if hits else published or dt.date.min


def cite(corpus: Corpus, r: Ranked) -> tuple[Ref, ...]:
    return sorted_refs(corpus.sentences[i].ref for i in (r.index, *corpus.supporters(r.index)))


def main_event(events: tuple[EventEntry, ...]) -> EventEntry | None:
    """What happened: the event most sources report (the earliest on a tie)."""
    if not events:
        return None
    return min(events, key=lambda e: (-len({r.source for r in e.sources}), e.date, e.id))


def key_points(corpus: Corpus, content: Content) -> tuple[SummaryPoint, ...]:
    ranked = rank_sentences(corpus, content)
    chosen = select(corpus, ranked, point_count(corpus), content.events, content.actors)
    events = index_events(content.events)
    main = main_event(content.events)
    # Asked of every ranked sentence; the main event's references run into thousands.
    main_refs = frozenset(main.sources) if main is not None else frozenset()

    def tells_main(r: Ranked) -> bool:
        s = corpus.sentences[r.index]
        if main is None or s.ref not in main_refs:
            return False
        return event_for(s.ref, s.text, content.events, events) in (main, None)

    # The first point says what happened: the best sentence that tells the main event
    # itself, not what one side says of it.
    leads = [
        r for r in ranked if tells_main(r) and not _CLAIMED.search(corpus.sentences[r.index].text)
    ]
    # The most corroborated telling (then the best ranked): what most outlets report.
    lead = min(
        leads, key=lambda r: (-corpus.corroboration(r.index), -r.score, r.index), default=None
    )
    lead = lead or next((r for r in chosen if tells_main(r)), None)
    if lead is not None and lead not in chosen:
        # It stands in for a point that tells the same happening, else for the last.
        same = [
            c
            for c in chosen
            if corpus.paraphrase(c.index, lead.index, strict=False)
            or corpus.sim(c.index, lead.index) >= REDUNDANT
        ] or [c for c in chosen if tells_main(c)][:1]
        if same:
            chosen = [c for c in chosen if c not in same]
        elif len(chosen) >= point_count(corpus):
            chosen = chosen[:-1]
        chosen.append(lead)
    rest = sorted(
        (r for r in chosen if r is not lead),
        key=lambda r: (
            sentence_date(corpus, r.index, content, events),
            corpus.sentences[r.index].source,
            r.index,
        ),
    )
    story = ([lead] if lead is not None else []) + rest
    return tuple(
        SummaryPoint(text=point_text(corpus.sentences[r.index].text), sources=cite(corpus, r))
        for r in story
    )
