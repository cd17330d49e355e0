"""The sentences of every source as TF-IDF vectors, with who corroborates whom.

Near-duplicate sources (``duplicate_of``) form one independent group: they add their
references to a point but count once when corroboration is counted.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen.merge.text import words
from briefgen.records.source import Source
from briefgen.summarize.sentences import Sentence, source_sentences

# Two sentences of different sources say the same thing when their weighted words
# agree (cosine) and enough content words are shared (overlap of the shorter).
PARAPHRASE_COSINE = 0.3
PARAPHRASE_SHARED = 4
PARAPHRASE_OVERLAP = 0.45
NEAR_COPY_COSINE = 0.6
NEAR_COPY_SHARED = 3
# A paraphrase shares at least one word that is not everywhere in the cluster.
COMMON_SHARE = 0.3


Vector = dict[str, float]
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_NUMBER_WORDS_IN_ORDER = str.split("one two three four five six seven eight nine ten eleven twelve")
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_IN_ORDER) | {"dozen", "hundred"}
_NEGATION = re.compile(
    r"\b(?:no|not|never|zero|none|neither|nor|denied|denies|deny)\b|n['\u2019]t\b",
    re.IGNORECASE,
)


_DIGITS = {w: str(i + 1) for i, w in enumerate(_NUMBER_WORDS_IN_ORDER)}


# Asked of the same sentence once per candidate pair: cached per text, it costs one pass
# per sentence instead of one per pair (the difference is minutes at 100 sources).
@functools.lru_cache(maxsize=1 << 16)
def figures(text: str) -> frozenset[str]:
    found = {m.group(0).replace(",", "").rstrip(".") for m in _NUMBER.finditer(text)}
    return frozenset(found | {_DIGITS.get(w, w) for w in words(text) if w in _NUMBER_WORDS})


# "up from 21", "rose from nine", "revised from 12": the figure an update replaces.
_REVISED_FROM = re.compile(
    r"\b(?:up|down|rose|risen|raised|increased|revised|climbed|jumped)\s+from\s+"
    r"(?:an?\s+(?:earlier|previous|initial)\s+(?:toll|figure|count)\s+of\s+)?"
    r"(\d[\d,.]*|[a-z]+)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 16)
def replaced_figures(text: str) -> frozenset[str]:
    """The figures a sentence gives only as what its new figure replaces."""
    out = set()
    for m in _REVISED_FROM.finditer(text):
        token = m.group(1).lower().replace(",", "").rstrip(".")
        out.add(_DIGITS.get(token, token))
    return frozenset(out) & figures(text)


def current_figures(text: str) -> frozenset[str]:
    return figures(text) - replaced_figures(text)


def compatible_figures(a: str, b: str) -> bool:
    """Two sentences that both give figures must not contradict: every figure of the one
    that gives fewer is in the other. A figure given as replaced ('up from 21') is not
    given: 'rose to 21' is not 'has risen to 26, up from 21'."""
    return figures_agree(current_figures(a), current_figures(b))


def figures_agree(fa: frozenset[str], fb: frozenset[str]) -> bool:
    """compatible_figures, given the two texts' current figures."""
    if not fa or not fb:
        return True
    fewer, more = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return fewer <= more


@functools.lru_cache(maxsize=1 << 16)
def negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The words b lacks would add 0.0, which changes no sum: left out, in the same order.
    return sum([w * b[k] for k, w in a.items() if k in b], 0.0)


def _normalise(counts: dict[str, float]) -> Vector:
    norm = math.sqrt(sum(v * v for v in counts.values()))
    return {k: v / norm for k, v in counts.items()} if norm else {}


def independent_groups(sources: tuple[Source, ...]) -> dict[str, str]:
    """source id → the id of the original it copies (itself when it copies nothing)."""
    by_id = {s.id: s for s in sources}
    out: dict[str, str] = {}
    for s in sources:
        root, seen = s.id, {s.id}
        while by_id.get(root) and by_id[root].duplicate_of and by_id[root].duplicate_of not in seen:
            root = by_id[root].duplicate_of or root
            seen.add(root)
        out[s.id] = root
    return out


def _distinct_texts(
    sentences: list[Sentence],
) -> tuple[list[list[int]], list[int], dict[str, list[int]]]:
    """(the sentences of each distinct text, in order of first use; each sentence's
    distinct text; the distinct texts holding each word)."""
    number: dict[str, int] = {}
    text_sentences: list[list[int]] = []
    text_of: list[int] = []
    postings: dict[str, list[int]] = {}
    for j, s in enumerate(sentences):
        t = number.setdefault(s.text, len(number))
        if t == len(text_sentences):
            text_sentences.append([])
            for w in sorted(s.keyword_set):
                postings.setdefault(w, []).append(t)
        text_sentences[t].append(j)
        text_of.append(t)
    return text_sentences, text_of, postings


@dataclass(frozen=True)
class _Paraphrases:
    """A text's best paraphrase in each source: (sentence, source) in sentence order, and
    the independent groups of those sources."""

    ordered: tuple[tuple[int, str], ...]
    groups: frozenset[str]


@dataclass
class Corpus:
    sentences: list[Sentence]
    vectors: list[Vector]
    group: dict[str, str]  # source id → independent group
    group_vectors: dict[str, Vector]
    # The sum of every group's vector: centrality is linear in it, so one cosine with the
    # sum (less the sentence's own group) replaces one cosine per group.
    total_vector: Vector = field(default_factory=dict)
    # Sentences sharing a content word: the only candidates for a paraphrase.
    by_word: dict[str, list[int]] = field(default_factory=dict)
    _support: dict[int, list[int]] = field(default_factory=dict)
    _tables: dict[str, _Paraphrases] = field(default_factory=dict)  # by sentence text
    sentence_group: list[str] = field(default_factory=list)  # sentence → independent group
    # Wire copy repeats sentences: paraphrases are looked for between distinct texts.
    text_sentences: list[list[int]] = field(default_factory=list)  # distinct text → sentences
    text_postings: dict[str, list[int]] = field(default_factory=dict)  # word → distinct texts
    text_of: list[int] = field(default_factory=list)  # sentence → distinct text
    text_groups: list[frozenset[str]] = field(default_factory=list)  # distinct text → groups
    _reporting: dict[str, frozenset[str]] = field(default_factory=dict)  # by sentence text
    # What a paraphrase test reads of each distinct text, looked up by its number: the
    # test runs some hundred thousand times at 1,000 sources.
    text_keywords: list[frozenset[str]] = field(default_factory=list)
    text_vectors: list[Vector] = field(default_factory=list)
    text_negated: list[bool] = field(default_factory=list)
    text_figures: list[frozenset[str]] = field(default_factory=list)  # current_figures
    _with_total: dict[int, float] = field(default_factory=dict)  # text → cosine with the total
    # Two distinct texts' similarity when they are paraphrases, else None: each table
    # asks it of the other text too, and it is computed once, in one direction.
    _pair_scores: dict[tuple[int, int], float | None] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        sources: tuple[Source, ...],
        split: Callable[[Source], list[Sentence]] = source_sentences,
    ) -> Corpus:
        """``split``: source_sentences, or what answers as it does (sentence_memo)."""
        ordered = tuple(sorted(sources, key=lambda s: s.id))
        sentences = [s for src in ordered for s in split(src)]
        df: Counter[str] = Counter()
        for s in sentences:
            df.update(set(s.keywords))
        n = len(sentences) or 1
        idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        vectors = [
            _normalise({w: c * idf[w] for w, c in Counter(s.keywords).items()}) for s in sentences
        ]
        group = independent_groups(ordered)
        totals: dict[str, dict[str, float]] = {}
        for s, v in zip(sentences, vectors, strict=True):
            bucket = totals.setdefault(group.get(s.source, s.source), {})
            for k, w in v.items():
                bucket[k] = bucket.get(k, 0.0) + w
        group_vectors = {g: _normalise(c) for g, c in totals.items()}
        by_word: dict[str, list[int]] = {}
        for i, s in enumerate(sentences):
            for word in sorted(set(s.keywords)):
                by_word.setdefault(word, []).append(i)
        total: Vector = {}
        for g in sorted(group_vectors):
            for k, w in group_vectors[g].items():
                total[k] = total.get(k, 0.0) + w
        text_sentences, text_of, text_postings = _distinct_texts(sentences)
        sentence_group = [group.get(s.source, s.source) for s in sentences]
        return cls(
            sentences,
            vectors,
            group,
            group_vectors,
            total,
            by_word,
            sentence_group=sentence_group,
            text_sentences=text_sentences,
            text_postings=text_postings,
            text_of=text_of,
            text_groups=[frozenset(sentence_group[j] for j in js) for js in text_sentences],
            text_keywords=[sentences[js[0]].keyword_set for js in text_sentences],
            text_vectors=[vectors[js[0]] for js in text_sentences],
            text_negated=[negated(sentences[js[0]].text) for js in text_sentences],
            text_figures=[current_figures(sentences[js[0]].text) for js in text_sentences],
        )

    def group_of(self, i: int) -> str:
        return self.sentence_group[i]

    def sim(self, i: int, j: int) -> float:
        return cosine(self.vectors[i], self.vectors[j])

    def paraphrase(self, i: int, j: int, strict: bool = True) -> bool:
        """Whether two sentences state the same thing: many shared words and (strict)
        neither a different figure nor a negation the other lacks. Not strict, it says
        whether they are about the same thing."""
        return self._text_paraphrase(self.text_of[i], self.text_of[j], strict) is not None

    def _text_paraphrase(self, a: int, b: int, strict: bool) -> float | None:
        """paraphrase of two distinct texts (it depends on the texts alone): their
        similarity when they are paraphrases, else None."""
        ka, kb = self.text_keywords[a], self.text_keywords[b]
        shared = len(ka & kb)
        if shared < min(NEAR_COPY_SHARED, PARAPHRASE_SHARED):
            return None  # too few for either test below: spare the rest
        if strict:
            if self.text_negated[a] != self.text_negated[b]:
                return None
            if not figures_agree(self.text_figures[a], self.text_figures[b]):
                return None
        cos = cosine(self.text_vectors[a], self.text_vectors[b])
        if cos >= NEAR_COPY_COSINE and shared >= NEAR_COPY_SHARED:
            return cos
        overlap = shared / min(len(ka), len(kb))
        if (
            cos >= PARAPHRASE_COSINE
            and shared >= PARAPHRASE_SHARED
            and overlap >= PARAPHRASE_OVERLAP
        ):
            return cos
        return None

    def supporters(self, i: int) -> list[int]:
        """The best paraphrase of sentence ``i`` in each other source."""
        if i not in self._support:
            own = self.sentences[i].source
            table = self._table_of(i)
            self._support[i] = [j for j, source in table.ordered if source != own]
        return self._support[i]

    def corroboration(self, i: int) -> int:
        """The independent groups that report sentence ``i``: its own and its supporters'."""
        groups = self._groups_reporting(i)
        return len(groups) + (self.group_of(i) not in groups)

    def reporting_groups(self, i: int) -> frozenset[str]:
        """The groups of sentence ``i`` and of its supporters, without listing the
        supporters: a supporter's source differs from i's only where its group may."""
        return self._groups_reporting(i) | {self.group_of(i)}

    def _groups_reporting(self, i: int) -> frozenset[str]:
        """The groups of the sources with a paraphrase of ``i``: the groups of its table,
        found without the table. A count needs no best paraphrase per source, so a text
        whose every group is counted already is not compared (in wire copy most are)."""
        text = self.sentences[i].text
        found = self._reporting.get(text)
        if found is None:
            table = self._tables.get(text)
            if table is not None:
                found = table.groups
            else:
                mine = self.text_of[i]
                groups: set[str] = set()
                for t in self._candidate_texts(i):
                    if self.text_groups[t] <= groups:
                        continue
                    if self._paraphrase_score(mine, t) is not None:
                        groups |= self.text_groups[t]
                found = frozenset(groups)
            self._reporting[text] = found
        return found

    def _table_of(self, i: int) -> _Paraphrases:
        text = self.sentences[i].text
        found = self._tables.get(text)
        if found is None:
            best = self._best_by_source(i)
            ordered = tuple(sorted((j, source) for source, (_, j) in best.items()))
            groups = frozenset(self.group.get(source, source) for source in best)
            found = self._tables[text] = _Paraphrases(ordered, groups)
        return found

    def _best_by_source(self, i: int) -> dict[str, tuple[float, int]]:
        """For every source, its best paraphrase of ``i`` (ties: the earliest sentence).

        Whether two sentences are paraphrases depends on their texts alone, and wire copy
        repeats the same sentence in many sources: each pair of distinct texts is
        compared once.
        """
        best: dict[str, tuple[float, int]] = {}
        mine = self.text_of[i]
        for t in self._candidate_texts(i):
            score = self._paraphrase_score(mine, t)
            if score is None:
                continue
            for j in self.text_sentences[t]:
                source = self.sentences[j].source
                held = best.get(source, (0.0, -1))
                if score > held[0] or (score == held[0] and held[1] >= 0 and j < held[1]):
                    best[source] = (score, j)
        return best

    def _candidate_texts(self, i: int) -> list[int]:
        """The distinct texts that share enough words with ``i`` to be a paraphrase of it,
        in order."""
        common = COMMON_SHARE * len(self.sentences)
        shared: Counter[int] = Counter()
        everywhere = 0  # words too common to look texts up by
        for w in self.sentences[i].keyword_set:
            if len(self.by_word.get(w, ())) <= common:
                shared.update(self.text_postings[w])
            else:
                everywhere += 1
        # A paraphrase shares NEAR_COPY_SHARED words at least; the common words can make
        # up only so many of them.
        needed = max(1, min(NEAR_COPY_SHARED, PARAPHRASE_SHARED) - everywhere)
        return sorted(t for t, n in shared.items() if n >= needed)

    def _paraphrase_score(self, a: int, b: int) -> float | None:
        key = (a, b) if a <= b else (b, a)
        if key not in self._pair_scores:
            self._pair_scores[key] = self._text_paraphrase(key[0], key[1], strict=True)
        return self._pair_scores[key]

    def centrality(self, i: int) -> float:
        """Mean similarity to the other independent groups' text."""
        own = self.group_of(i)
        others = len(self.group_vectors) - (own in self.group_vectors)
        if others <= 0:
            return 0.0
        vector = self.vectors[i]
        text = self.text_of[i]
        if text not in self._with_total:  # the same for every copy of a text
            self._with_total[text] = cosine(vector, self.total_vector)
        together = self._with_total[text] - cosine(vector, self.group_vectors.get(own, {}))
        # Rounded so that the order of summation cannot reorder equal scores.
        return round(together / others, 12)
