"""The outlet that published a page, from how the page speaks of itself.

A page names its own outlet in its furniture: "A Message from <X>", "<X>'s website",
"Sign up for <X> Daily", "© <X>". A name in the body ("…, <X> reported") counts only
when the furniture echoes it; an attribution alone ("AP reported") names a wire, not
the publisher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from briefgen.ingest.signals import COPYRIGHT

NAME = (
    r"(?P<name>(?:The\s)?(?:[A-Z][\w&.’'-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w&.’'-]*|of|for|and|&)){0,4})"
)
NEWSLETTER_SUFFIX = re.compile(
    r"\s(?:Daily|Newsletter|Weekly|Briefing|Digest|Morning|Evening|Alerts?|Updates?)$"
)
STRONG = 3.0
MEDIUM = 2.0
WEAK = 1.0
MIN_SCORE = 2.0

DATELINE = re.compile(r"^[A-Z][A-Za-z/.'’ ,-]{1,60}(?:\d{1,2})?\s?\(" + NAME + r"\)\s?[-–—]")

# (pattern, weight, counts in full in the body)
SELF_REFERENCES: tuple[tuple[re.Pattern[str], float, bool], ...] = (
    (re.compile(r"\b(?i:message from) " + NAME), STRONG, False),
    (
        re.compile(NAME + r"[’']s?\s(?:website|site|web site|app|apps|newsletter|newsroom)\b"),
        STRONG,
        False,
    ),
    (
        # Not "Follow <X> on Instagram": a social footer names an account (a reporter's, a
        # regional edition's), not the publisher.
        re.compile(r"\b(?i:supporting|support|subscribe to|sign up for|donate to)\s" + NAME),
        STRONG,
        False,
    ),
    (
        re.compile(r"\b(?i:journalists|editors|reporters|staff|team) (?:of|at) " + NAME),
        STRONG,
        False,
    ),
    (re.compile(r"(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}\s*)?" + NAME), MEDIUM, False),
    (
        re.compile(r"\b(?i:from) (?:the )?" + NAME + r" (?i:newsroom|team|editors|desk)\b"),
        STRONG,
        False,
    ),
    # A byline naming the outlet: "By Jane Smith, <X>".
    (
        re.compile(r"^(?i:by)\s[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s?[,|]\s" + NAME + r"$"),
        MEDIUM,
        False,
    ),
    # A wire dateline opening the story: "KYIV, March 13 (<X>) -".
    (
        DATELINE,
        MEDIUM,
        True,
    ),
    (re.compile(r"^From " + NAME + r"\.?$"), WEAK, False),
    (re.compile(r"^(?:The Associated Press|AP|Reuters|AFP)\s?/\s?" + NAME + r"$"), WEAK, False),
    (re.compile(NAME + r" reported\.?[”\"]?$"), WEAK, True),
)
NAMES_A_PRODUCT = re.compile(r",?\s+(?:our|a|an|its|the)\s")
NOT_NAMES = {
    "the", "a", "an", "our", "your", "us", "we", "this", "it", "sign", "support",
    # the words of a bare notice: "© 2025 All rights reserved", "© Copyright 2024"
    "all", "all rights reserved", "copyright", "rights", "powered", "site", "website",
}  # fmt: skip


# Words that make a name a news outlet's: "East Africa Wire", "The Valley Courier".
OUTLET_WORDS = re.compile(
    r"\b(?:News|Newspaper|Times|Post|Press|Wire|Herald|Journal|Tribune|Gazette|Daily|"
    r"Network|Radio|TV|Television|Channel|Broadcasting|Agency|Courier|Telegraph|Observer|"
    r"Guardian|Chronicle|Star|Sun|Mail|Express|Standard|Today|Review|Monitor|Reporter|"
    r"Media|Online|Magazine|Weekly|Register|Record|Bulletin|Dispatch|Examiner|Independent|"
    r"Inquirer|Leader|Mercury|Nation|Sentinel|Voice|Globe|FM|Report)\b"
)
MASTHEAD = re.compile(r"^" + NAME + r"$")


def looks_like_a_person(name: str) -> bool:
    """ "Brad Underwood", not "Reuters", "AP", "CBS News" or "The Associated Press"."""
    parts = name.split()
    return (
        2 <= len(parts) <= 3
        and not name.isupper()
        and not OUTLET_WORDS.search(name)
        and parts[0] != "The"
        and all(p[:1].isupper() and p[1:].islower() for p in parts)
    )


def masthead_name(line: str) -> str | None:
    """A line above the headline that is only a name shaped like a news outlet's."""
    if not MASTHEAD.match(line) or not OUTLET_WORDS.search(line) or len(line.split()) > 6:
        return None
    return tidy_name(line)


def infer_outlet(
    body: Iterable[str], furniture: Iterable[str], above: Iterable[str] = ()
) -> str | None:
    """The best-supported self-reference, or None when the page names no outlet.
    ``above``: the lines above the headline, where a masthead names the outlet."""
    furniture = list(furniture)
    scores: dict[str, float] = defaultdict(float)
    spelling: dict[str, str] = {}
    for line in above:
        name = masthead_name(line)
        if name is not None:
            scores[name_key(name)] += MEDIUM
            spelling.setdefault(name_key(name), name)
    for text, in_furniture in [(t, False) for t in body] + [(t, True) for t in furniture]:
        for pattern, weight, body_ok in SELF_REFERENCES:
            for m in pattern.finditer(text):
                name = tidy_name(m.group("name"))
                # "Sign up for First Edition, our newsletter": a product, not the outlet.
                if name is None or NAMES_A_PRODUCT.match(text, m.end()):
                    continue
                if pattern is DATELINE and looks_like_a_person(name):
                    # "CINCINNATI (Brad Underwood) --": some stations put the reporter there.
                    weight = WEAK
                # A self-reference in the body may be about another outlet's site.
                scores[name_key(name)] += weight if in_furniture or body_ok else min(weight, WEAK)
                spelling.setdefault(name_key(name), name)
    if not scores:
        return None
    merged = merge_acronyms(merge_prefixes(scores, spelling), spelling)
    for key in merged:
        # An owner's line ("<X> Media, LLC", "© <X>") echoing the name is good support.
        merged[key] += sum(1.0 if COPYRIGHT.search(t) else 0.5 for t in furniture if echoes(key, t))
    best = max(sorted(merged), key=lambda k: merged[k])
    return spelling[best] if merged[best] >= MIN_SCORE else None


CORPORATE_TAIL = re.compile(
    r"(?:\s(?:Media|Group|Holdings|Publishing|Company|Co\.?|Corporation|Network))*"
    r",?\s(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Pty(?: Ltd)?|Limited|GmbH|Corp\.?|PLC|plc|S\.A\.|AG)$"
    r"|(?:\s(?:Media|Group|Holdings|Publishing))+$"
)


LEADING_VERB = re.compile(
    r"^(?:Visit|Read|See|Follow|Watch|Listen to|Download|Check|Try|Join|Support|Explore)\s"
)


def tidy_name(raw: str) -> str | None:
    name = re.split(r"\.\s", raw)[0].strip(" .,:;’'")
    name = LEADING_VERB.sub("", name)
    name = re.sub(r"[’']s?$", "", name)
    name = CORPORATE_TAIL.sub("", name).strip(" .,")
    name = NEWSLETTER_SUFFIX.sub("", name)
    name = re.sub(r"\s(?:of|for|and|&)$", "", name)
    if name.lower() in NOT_NAMES or len(name) < 2:
        return None
    return name


def name_key(name: str) -> str:
    return re.sub(r"^the\s", "", name.lower())


def merge_prefixes(scores: dict[str, float], spelling: dict[str, str]) -> dict[str, float]:
    """'NBC' and 'NBC News' are one outlet: credit the fuller name."""
    merged: dict[str, float] = {}
    for key in sorted(scores, key=len, reverse=True):
        fuller = next((k for k in merged if k.startswith(key + " ")), None)
        if fuller is not None:
            merged[fuller] += scores[key]
        else:
            merged[key] = scores[key]
    return merged


def merge_acronyms(scores: dict[str, float], spelling: dict[str, str]) -> dict[str, float]:
    """ "(EAW)" in the dateline and "East Africa Wire" in the masthead or "© East Africa
    Wire" below: one outlet, known by the full name the page gives it."""
    merged = dict(scores)
    for short in sorted(scores):
        name = spelling[short]
        if not (name.isupper() and 2 <= len(name) <= 6) or short not in merged:
            continue
        for long in sorted(scores):
            initials = "".join(w[0] for w in spelling[long].split() if w[0].isupper())
            if long != short and long in merged and initials == name:
                merged[long] += merged.pop(short)
                break
    return merged


def echoes(key: str, text: str) -> bool:
    first = key.split()[0]
    return len(first) >= 3 and re.search(r"\b" + re.escape(first), text, re.IGNORECASE) is not None


_NOTICE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
TITLE_SEPARATOR = re.compile(r"\s+[-|–—:]\s+")


def title_suffix(page_title: str, headline: str | None) -> str | None:
    """ "Dam breach floods villages - The Valley Courier" → "The Valley Courier", when
    the part before the last separator is the headline itself."""
    parts = TITLE_SEPARATOR.split(page_title)
    if len(parts) < 2 or headline is None:
        return None
    head, tail = " - ".join(parts[:-1]), parts[-1].strip()
    if name_key(head.strip()) != name_key(headline.strip()):
        return None
    if not re.fullmatch(NAME, tail) or len(tail.split()) > 5:
        return None
    return tidy_name(tail)


def outlet_from_page(self_names: Iterable[str], headline: str | None) -> str | None:
    """The outlet a page names in its <title> suffix, backed by its copyright lines."""
    lines = list(self_names)
    suffixes = [s for s in (title_suffix(line, headline) for line in lines) if s]
    copyright_lines = [line for line in lines if _NOTICE.search(line)]
    if suffixes:
        return suffixes[0]
    return infer_outlet([], copyright_lines) if copyright_lines else None
