"""Plain text (a pasted web page) → title, body paragraphs and what was dropped.

A page pasted as text keeps its furniture: crumbs and appeals above the headline,
captions under it, share prompts, sign-up forms and footers below the body. Each
line is judged on its own shape and on its neighbours (a run of lines in the
outlet's own voice asking for support is an appeal, however each line reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.ingest import signals as sig
from briefgen.ingest.dates import is_dateline
from briefgen.ingest.flatten import LONG_UNIT_WORDS, WHOLE_TEXT_WORDS, split_long_text

MIN_BODY_WORDS = 4
MIN_UNPUNCTUATED_BODY_WORDS = 12  # a sentence-shaped line that lost its full stop
MAX_HEADING_WORDS = 20
MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 30
TITLE_SEARCH_LINES = 15
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
BULLET = re.compile(r"^(?:[•·▪◦*–—-]|\d{1,2}[.)])\s+\S")


@dataclass(frozen=True)
class Unit:
    """One line (or one re-joined hard-wrapped paragraph) of the page, in order."""

    text: str
    kind: str  # title | body | heading | drop
    reason: str = ""
    marked_heading: bool = False  # "## …" in Markdown


@dataclass(frozen=True)
class CleanText:
    title: str | None
    units: tuple[Unit, ...]

    @property
    def body(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.kind in ("body", "heading"))

    @property
    def dropped(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.kind == "drop")


def split_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    # A whole text on one line (a news API's, a PDF's) is split at any length.
    one_line = len([ln for ln in text.split("\n") if ln.strip()]) == 1
    longer_than = WHOLE_TEXT_WORDS if one_line else LONG_UNIT_WORDS
    for block in re.split(r"\n\s*\n", text):
        for line in join_wrapped_lines([ln for ln in block.split("\n") if ln.strip()]):
            marked = bool(MARKDOWN_HEADING.match(line.strip()))
            folded = sig.fold(MARKDOWN_HEADING.sub("", line.strip()))
            for part in split_long_text(folded, longer_than) if folded else ():
                units.append(Unit(text=part, kind="", marked_heading=marked))
    return units


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Re-join a paragraph hard-wrapped at a fixed width (e-mail, Markdown sources)."""
    if len(lines) < 2:
        return lines
    widths = [len(ln.rstrip()) for ln in lines[:-1]]
    wrapped = max(widths) <= 100 and min(widths) >= 0.6 * max(widths) and max(widths) >= 40
    wrapped = wrapped and not any(
        MARKDOWN_HEADING.match(ln.strip()) or BULLET.match(ln.strip()) for ln in lines
    )
    wrapped = wrapped and any(
        not sig.ends_sentence(a) or b.strip()[:1].islower()
        for a, b in zip(lines, lines[1:], strict=False)
    )
    return [" ".join(ln.strip() for ln in lines)] if wrapped else lines


def clean_text(text: str) -> CleanText:
    units = split_units(text)
    title_at = find_title(units)
    title = units[title_at].text if title_at is not None else None
    return clean_units(units, title, title_at)


def clean_units(units: list[Unit], title: str | None, title_at: int | None = None) -> CleanText:
    """Judge each unit; ``title_at`` is the headline's index when it is one of the units."""
    kinds: list[tuple[str, str]] = [("", "")] * len(units)
    for i in range(len(units)):
        if title_at is not None and i < title_at:
            kinds[i] = ("drop", "before the headline")
        elif i == title_at:
            kinds[i] = ("title", "headline")
        else:
            kinds[i] = judge_line(units[i], title)
    mark_labelled_captions(units, kinds)
    mark_appeal_runs(units, kinds, start=0 if title_at is None else title_at + 1)
    drop_linked_headlines(units, kinds)
    settle_short_lines(units, kinds)
    drop_outlet_notes_below(units, kinds)
    drop_pull_quotes(units, kinds)
    keep_a_short_text(units, kinds)
    kinds = [
        ("heading", r) if k == "body" and u.marked_heading else (k, r)
        for u, (k, r) in zip(units, kinds, strict=True)
    ]
    judged = tuple(
        Unit(text=u.text, kind=k, reason=r, marked_heading=u.marked_heading)
        for u, (k, r) in zip(units, kinds, strict=True)
    )
    return CleanText(title=title, units=judged)


def find_title(units: list[Unit]) -> int | None:
    """The headline: the first headline-shaped line above the lede that the body echoes."""
    lede = next((i for i, u in enumerate(units) if is_plain_body(u.text)), len(units))
    body_words: set[str] = set()
    for u in units[lede : lede + 6]:
        body_words |= sig.content_stems(u.text)
    for i, u in enumerate(units[: min(lede, TITLE_SEARCH_LINES)]):
        if u.marked_heading and u.text:
            return i
    for minimum in (MIN_TITLE_WORDS, 2):
        for i, u in enumerate(units[: min(lede, TITLE_SEARCH_LINES)]):
            if (
                is_title_shaped(u.text, minimum)
                and len(sig.content_stems(u.text) & body_words) >= 2
            ):
                return i
    # A headline in other words than its story: the first headline-shaped line.
    for i, u in enumerate(units[: min(lede, TITLE_SEARCH_LINES)]):
        if is_title_shaped(u.text, MIN_TITLE_WORDS) and not sig.is_crumb(u.text):
            return i
    return None


def is_title_shaped(text: str, minimum: int) -> bool:
    n = len(sig.words(text))
    return (
        minimum <= n <= MAX_TITLE_WORDS
        and not text.rstrip().endswith((".", ":", ","))
        and not furniture_reason(text)
        and not is_appeal_seed(text)
        and not is_appeal_line(text)
        and not sig.is_caption(text)
    )


def is_plain_body(text: str) -> bool:
    """Body-shaped and in the reporter's voice, not the outlet talking to its reader."""
    return looks_like_body(text) and not sig.addresses_reader(text) and not is_appeal_line(text)


def is_appeal_line(text: str) -> bool:
    """A short line asking for support or a sign-up ("Not ready to support today?")."""
    strength = sig.appeal_strength(text)
    asks = text.rstrip().endswith(("?", "!")) or bool(sig.IMPERATIVE_APPEAL.match(text))
    return len(sig.words(text)) <= 8 and (strength >= 2 or (strength >= 1 and asks))


def looks_like_body(text: str) -> bool:
    n = len(sig.words(text))
    if furniture_reason(text) or sig.is_caption(text) or text.rstrip().endswith(":"):
        return False
    if sig.ends_sentence(text):
        # Sentences dense with names ("KYIV, March 13 (Reuters) - …") have few stop words.
        share = sig.stop_share(text)
        return n >= MIN_BODY_WORDS and (share >= 0.2 or (n >= 10 and share >= 0.08))
    return n >= MIN_UNPUNCTUATED_BODY_WORDS and sig.stop_share(text) >= 0.3


def furniture_reason(text: str) -> str:
    """Why a line is page furniture by its own shape alone; '' when it is not."""
    n = len(sig.words(text))
    if n == 0:
        return "no words"
    if sig.is_crumb(text):
        return "navigation crumbs"
    if sig.AD_MARKER.match(text) or sig.BRACKET_TOKEN.match(text):
        return "ad marker"
    if sig.NAVIGATION.match(text):
        return "navigation link"
    if sig.COMMENT_FORM.search(text):
        return "comment form"
    if sig.LINK_LABEL.match(text) and n <= 20:
        return "link to another story"
    if sig.TAG_LINE.match(text):
        return "subject tags"
    if sig.EDITORIAL_NOTE.match(text) and n <= 60:
        return "editor's note on the story"
    if sig.CALL_TO_ACTION.search(text) and n <= 25:
        return "call to action"
    if sig.is_share_prompt(text):
        return "share prompt"
    if n <= 12 and sig.COPYRIGHT.search(text):
        return "copyright line"
    if n <= 40 and re.match(r"(?:©|copyright\s*(?:©|\(c\)|\d{4}))", text, re.IGNORECASE):
        return "copyright line"
    if n <= 25 and sig.CREDIT_LINE.search(text):
        return "credit line"
    if n <= 40 and sig.SOCIAL_FOLLOW.match(text):
        return "social-media line"
    if n <= 40 and sig.REPORTED_FROM.match(text):
        return "credit line"
    if n <= 10 and is_dateline(text) and not sig.ends_sentence(text):
        return "dateline"
    return ""


def judge_line(unit: Unit, title: str | None) -> tuple[str, str]:
    text = unit.text
    if title is not None and sig.key(text) == sig.key(title):
        return ("drop", "repeated headline")
    reason = furniture_reason(text)
    if reason:
        return ("drop", reason)
    if sig.is_caption(text):
        return ("drop", "photo caption or credit")
    if looks_like_body(text):
        return ("body", "")
    return ("", "")  # decided by its neighbours: settle_short_lines


def mark_labelled_captions(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """The line after "Image caption," is a caption, whatever its shape."""
    for i in range(1, len(units)):
        if sig.CAPTION_LABEL.match(units[i - 1].text) and kinds[i][0] != "title":
            kinds[i - 1] = ("drop", "photo caption or credit")
            kinds[i] = ("drop", "photo caption or credit")


def drop_linked_headlines(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """Short lines under "Read more" / "Related" are other stories' headlines."""
    for i, unit in enumerate(units):
        if not sig.LINK_LIST_LABEL.match(unit.text):
            continue
        j = i + 1
        while j < len(units) and kinds[j][0] in ("", "heading") and not units[j].marked_heading:
            kinds[j] = ("drop", "link to another story")
            j += 1


def drop_outlet_notes_below(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """Below the last reported paragraph, lines in the outlet's voice are its notes."""
    plain = [i for i, (k, _) in enumerate(kinds) if k == "body" and is_plain_body(units[i].text)]
    last = max(plain, default=None)
    if last is None:
        return
    for j in range(last + 1, len(units)):
        if kinds[j][0] in ("body", "heading") and sig.addresses_reader(units[j].text):
            kinds[j] = ("drop", "outlet's note below the article")
    # The author's note closes the page: "<Name> is a reporter … Follow her @…".
    for j in range(last, -1, -1):
        kind, _ = kinds[j]
        if kind == "drop":
            continue
        text = units[j].text
        if kind == "body" and sig.AUTHOR_BIO.match(text) and sig.AUTHOR_CONTACT.search(text):
            kinds[j] = ("drop", "note on the author")
            continue
        break


def drop_pull_quotes(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """A line repeating part of another paragraph is a pull quote or a teaser."""
    kept = [i for i, (k, _) in enumerate(kinds) if k in ("body", "heading")]
    keys = {i: sig.key(units[i].text) for i in kept}
    for i in kept:
        if len(keys[i].split()) < 6:
            continue
        if any(j != i and len(keys[j]) > len(keys[i]) and keys[i] in keys[j] for j in kept):
            kinds[i] = ("drop", "pull quote repeating the body")


# What a line was dropped for only because no body text stood beside it.
FOR_WANT_OF_BODY = (
    "page furniture above the article",
    "page furniture below the article",
    "short line that is not a sentence",
)


def keep_a_short_text(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """A text of one to a few sentences (a report excerpt, a brief) is an article: when
    no line passed as body text, the lines shaped as sentences are the body; a lone
    headline-shaped line of prose is the text of an excerpt without a full stop."""
    if any(k == "body" for k, _ in kinds):
        return
    for j, (kind, reason) in enumerate(kinds):
        if (kind == "" or reason in FOR_WANT_OF_BODY) and is_lone_sentence(units[j].text):
            kinds[j] = ("body", "")
    if any(k == "body" for k, _ in kinds):
        return
    for j, (kind, _) in enumerate(kinds):
        text = units[j].text
        lower = [w for w in sig.words(text)[1:] if w[:1].islower()]
        if (
            kind == "title"
            and len(sig.words(text)) >= MIN_TITLE_WORDS
            and len(lower) >= 2
            and is_prose(text)
        ):
            kinds[j] = ("body", "")


def is_lone_sentence(text: str) -> bool:
    """A sentence however dense with names and figures ("IDPs: 3,200 people fled to
    Goma."): three words or more, a full stop, and a word in lower case."""
    tokens = sig.words(text)
    return (
        len(tokens) >= 3
        and sig.ends_sentence(text)
        and is_prose(text)
        and any(w[:1].islower() for w in tokens[1:])
        and not furniture_reason(text)
        and not sig.is_caption(text)
        and not is_appeal_line(text)
        and not sig.addresses_reader(text)
    )


def is_prose(text: str) -> bool:
    """Words of a language, not markup or a list of names: a stop word, no tag."""
    return sig.stop_share(text) > 0 and not re.search(r"</?[a-zA-Z][^>]*>", text)


def is_appeal_seed(text: str) -> bool:
    strength = sig.appeal_strength(text)
    strong = bool(sig.STRONG_APPEAL_WORDS.search(text))
    # "We reached the picket line of the independent union" is reporting; an appeal
    # asks *you*, or names money and sign-ups outright.
    if sig.addresses_reader(text) and (strong or (strength >= 2 and sig.addresses_you(text))):
        return True
    if sig.IMPERATIVE_APPEAL.match(text) and strength >= 2 and len(sig.words(text)) <= 20:
        return True
    return strength >= 4 or bool(sig.COMMENT_FORM.search(text))


def mark_appeal_runs(units: list[Unit], kinds: list[tuple[str, str]], start: int) -> None:
    """Drop each run of lines in the outlet's own voice that asks the reader for something."""
    n = len(units)
    for i in range(start, n):
        if kinds[i][0] == "drop" and kinds[i][1] != "comment form":
            continue
        if not is_appeal_seed(units[i].text):
            continue
        lo = i
        while lo - 1 >= start and can_join_appeal(units, kinds, lo - 1):
            lo -= 1
        hi = i
        while hi + 1 < n and can_join_appeal(units, kinds, hi + 1):
            hi += 1
        for j in range(lo, hi + 1):
            if kinds[j][0] != "drop":
                kinds[j] = ("drop", "appeal or sign-up")


def can_join_appeal(units: list[Unit], kinds: list[tuple[str, str]], j: int) -> bool:
    text = units[j].text
    if kinds[j][0] == "title":
        return False
    if kinds[j][0] == "drop":
        return True
    if sig.addresses_reader(text) or is_appeal_seed(text) or is_appeal_line(text):
        return True
    if kinds[j][0] == "body":
        return False
    # A short line joins (a button, a salutation, "A message from …:") unless it heads
    # the body text that follows it.
    return not followed_by_body(units, kinds, j)


def followed_by_body(units: list[Unit], kinds: list[tuple[str, str]], j: int) -> bool:
    for k in range(j + 1, len(units)):
        kind = kinds[k][0]
        if kind == "drop":
            continue
        text = units[k].text
        return kind == "body" and (is_plain_body(text) or bool(BULLET.match(text)))
    return False


def keep_list_items(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """Bullet points inside the article ("• 35 people were killed") are body text."""
    for j, (kind, _) in enumerate(kinds):
        text = units[j].text
        if kind or not BULLET.match(text) or len(sig.words(text)) < 4:
            continue
        inside = any(k == "body" for k, _ in kinds[:j]) and any(k == "body" for k, _ in kinds[j:])
        if inside and sig.stop_share(text) >= 0.1:
            kinds[j] = ("body", "")


def is_short_sentence(text: str) -> bool:
    """A sentence of a few words: a full stop, a capital first, lower-case words inside."""
    stripped = text.rstrip()
    tokens = sig.words(stripped)
    lower = [w for w in tokens[1:] if w[:1].islower()]
    return (
        len(tokens) >= MIN_BODY_WORDS
        and stripped.endswith(".")
        and stripped[:1].isupper()
        and len(lower) >= 2
        and not sig.is_caption(stripped)
    )


def settle_short_lines(units: list[Unit], kinds: list[tuple[str, str]]) -> None:
    """Lines that are neither body nor furniture: subheadings if they head body text."""
    keep_list_items(units, kinds)
    for j, (kind, _) in enumerate(kinds):
        if kind:
            continue
        text = units[j].text
        n = len(sig.words(text))
        body_before = any(k == "body" for k, _ in kinds[:j])
        heading_shaped = (
            n <= MAX_HEADING_WORDS
            and not text.rstrip().endswith((":", ","))
            and not sig.addresses_reader(text)
        )
        if text.rstrip().endswith(":") and body_before and followed_by_body(units, kinds, j):
            kinds[j] = ("body", "")
        elif (
            heading_shaped
            and body_before
            and is_short_sentence(text)
            and followed_by_body(units, kinds, j)
        ):
            # "Labour Minister Jane Doe rejected the claim.": names leave few stop words,
            # but a full stop and a lower-case predicate make it prose, not a subheading.
            kinds[j] = ("body", "")
        elif (
            heading_shaped
            and (units[j].marked_heading or body_before)
            and followed_by_body(units, kinds, j)
        ):
            kinds[j] = ("heading", "")
        elif not body_before:
            kinds[j] = ("drop", "page furniture above the article")
        elif not any(k == "body" for k, _ in kinds[j + 1 :]):
            kinds[j] = ("drop", "page furniture below the article")
        else:
            kinds[j] = ("drop", "short line that is not a sentence")
