"""The content/ contract as field specs: what each file holds, its types, its key order.

One table drives both directions: encoding records to YAML and decoding YAML (with line
numbers) to records, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.records import content as c


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str | str? | int | date | date? | enum | enum? | strs | refs | bool | paragraphs
    required: bool = False
    choices: tuple[str, ...] = ()
    # Written even when empty/None: the contract says briefgen writes these fields.
    always: bool = True


def f(
    name: str,
    kind: str,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
    always: bool = True,
) -> FieldSpec:
    return FieldSpec(name, kind, required, choices, always)


SOURCE_FIELDS = (
    f("id", "str", required=True),
    f("file", "str", required=True),
    f("sha256", "str?"),
    f("title", "str?"),
    f("outlet", "str?"),
    f("url", "str?"),
    f("published", "date?"),
    f("published_basis", "enum", choices=("manifest", "html-meta", "text", "corpus", "unknown")),
    f("published_certainty", "enum", choices=("certain", "likely", "guess", "none")),
    f("author", "str?", always=False),
    f("duplicate_of", "str?"),
    f("skipped", "str?", always=False),
    f("paragraphs", "paragraphs"),
)

ACTOR_FIELDS = (
    f("id", "str", required=True),
    f("name", "str", required=True),
    f("kind", "enum", choices=c.ACTOR_KINDS),
    f("roles", "strs"),
    f("aliases", "strs"),
    f("same_as", "str?", always=False),
    f("mentions", "refs"),
    f("reviewed", "bool", always=False),
)

QUOTE_FIELDS = (
    f("id", "str", required=True),
    f("text", "str", required=True),
    f("kind", "enum", choices=c.QUOTE_KINDS),
    f("speaker", "str?"),
    f("said_on", "date?"),
    f("date_precision", "enum", choices=c.QUOTE_DATE_PRECISIONS),
    f("sources", "refs"),
    f("reviewed", "bool", always=False),
)

CASUALTY_FIELDS = (
    f("id", "str", required=True),
    f("kind", "enum", required=True, choices=c.CASUALTY_KINDS),
    f("count", "int", required=True),
    f("qualifier", "enum", choices=c.QUALIFIERS),
    f("victims", "str?"),
    f("place", "str?"),
    f("date", "date?"),
    f("claimed_by", "strs"),
    f("counted_by", "enum?", choices=c.COUNTERS, always=False),
    f("as_of", "date?"),
    f("supersedes", "str?"),
    f("scope", "enum", choices=c.SCOPES),
    f("sources", "refs"),
    f("reviewed", "bool", always=False),
)

EVENT_FIELDS = (
    f("id", "str", required=True),
    f("date", "date", required=True),
    f("date_precision", "enum", choices=c.DATE_PRECISIONS),
    f("title", "str", required=True),
    f("summary", "str?"),
    f("place", "str?"),
    f("actors", "strs"),
    f("quotes", "strs"),
    f("casualties", "strs"),
    f("sources", "refs"),
    f("reviewed", "bool", always=False),
)

SUMMARY_FIELDS = (f("text", "str", required=True), f("sources", "refs"))
SIDE_FIELDS = (f("actor", "str?"), f("claim", "str", required=True), f("sources", "refs"))
DISPUTE_FIELDS = (
    f("about", "str", required=True),
    f("sides", "sides"),
    f("reviewed", "bool", always=False),
)
BRIEFING_FIELDS = (
    f("title", "str", required=True),
    f("key_figures", "strs"),
    f("summary", "summary"),
    f("disputes", "disputes"),
)

CHANGE_FIELDS = (
    f("date", "date", required=True),
    f("sources", "strs", always=False),
    f("figures", "strs", always=False),
    f("revised", "strs", always=False),
    f("events", "strs", always=False),
    f("quotes", "strs", always=False),
)
CHANGES_FILE = "changes.yaml"
