"""The field reference for editors (docs/editing.md), generated from the schema that
`briefgen check` reads with, so that it names exactly the fields check accepts.

Regenerate with `make reference` (python -m briefgen.editors.reference > docs/editing.md);
a test fails when the committed file differs from what this writes.
"""

from __future__ import annotations

from briefgen.kinds import schema as s
from briefgen.kinds.schema import FieldSpec

# What each file holds, with the specs check reads it with. Nested lists (a source's
# paragraphs, the briefing's key points and disputes) are tables of their own.
FILES: tuple[tuple[str, str, tuple[FieldSpec, ...]], ...] = (
    ("content/sources/SOURCE_ID.yaml", "one article, as ingested", s.SOURCE_FIELDS),
    ("content/actors.yaml", "a list of people, organisations, countries", s.ACTOR_FIELDS),
    ("content/quotes.yaml", "a list of direct quotations", s.QUOTE_FIELDS),
    (
        "content/casualties.yaml",
        "a list of figures of people killed, injured … with who claims them",
        s.CASUALTY_FIELDS,
    ),
    ("content/events.yaml", "a list of dated happenings: the timeline", s.EVENT_FIELDS),
    ("content/briefing.yaml", "the briefing as a whole (a mapping)", s.BRIEFING_FIELDS),
    ("a key point (briefing.yaml `summary`)", "", s.SUMMARY_FIELDS),
    ("a dispute (briefing.yaml `disputes`)", "", s.DISPUTE_FIELDS),
    ("a side of a dispute (`sides`)", "", s.SIDE_FIELDS),
    ("content/changes.yaml", "a list of change sets, oldest first", s.CHANGE_FIELDS),
)
PARAGRAPH_FIELDS = (
    ("id", "text", "`p1`, `p2` …: what `para:` in a reference names"),
    ("text", "text", "the paragraph as cleaned from the article"),
    ("heading", "true or false", "the paragraph is a heading in the article (default false)"),
)
REF_FIELDS = (
    ("source", "text", "a source id (a file name under content/sources/, without .yaml)"),
    ("para", "text", "a paragraph id of that source"),
)

_ID = "the entry's id: a slug, unique in its file; change it and every reference follows"
_SOURCES = "where it was found: a list of `{source: SOURCE_ID, para: PARA_ID}`"
_REVIEWED = (
    "`true` once an editor has checked the entry: `briefgen review` leaves it out and no "
    "rebuild changes it"
)

DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("content/sources/SOURCE_ID.yaml", "id"): "the source id: must be the file's name",
    ("content/sources/SOURCE_ID.yaml", "file"): "the article under seeds/",
    ("content/sources/SOURCE_ID.yaml", "sha256"): "the hash of the article's bytes",
    ("content/sources/SOURCE_ID.yaml", "title"): "the headline",
    ("content/sources/SOURCE_ID.yaml", "outlet"): "who published it",
    ("content/sources/SOURCE_ID.yaml", "url"): "where it was published",
    ("content/sources/SOURCE_ID.yaml", "published"): "the day it was published",
    ("content/sources/SOURCE_ID.yaml", "published_basis"): "where that date came from",
    ("content/sources/SOURCE_ID.yaml", "published_certainty"): "how sure that date is",
    ("content/sources/SOURCE_ID.yaml", "author"): "the byline, when the article has one",
    ("content/sources/SOURCE_ID.yaml", "duplicate_of"): (
        "the source this one copies (the same wire story): it counts once"
    ),
    ("content/sources/SOURCE_ID.yaml", "skipped"): (
        "why briefgen could not read the file this time (it keeps the text of the last build "
        "that read it); set by briefgen, gone once the file reads again"
    ),
    ("content/sources/SOURCE_ID.yaml", "paragraphs"): (
        "the article's text, paragraph by paragraph (see the table below)"
    ),
    ("content/actors.yaml", "id"): _ID,
    ("content/actors.yaml", "name"): "the name shown on the site",
    ("content/actors.yaml", "kind"): "what the actor is",
    ("content/actors.yaml", "roles"): "titles and roles met in the sources",
    ("content/actors.yaml", "aliases"): (
        "other names and spellings; add another actor's name here to merge the two"
    ),
    ("content/actors.yaml", "same_as"): (
        "the id of the actor this one is: quotes, figures and events of both go to that one"
    ),
    ("content/actors.yaml", "mentions"): "the paragraphs that name the actor",
    ("content/actors.yaml", "reviewed"): _REVIEWED,
    ("content/quotes.yaml", "id"): _ID,
    ("content/quotes.yaml", "text"): "the words quoted, as the source gives them",
    ("content/quotes.yaml", "kind"): "`direct`: a sentence or more; `partial`: a fragment",
    ("content/quotes.yaml", "speaker"): "an actor id; null when the speaker is unknown",
    ("content/quotes.yaml", "said_on"): "the day it was said; null when unknown",
    ("content/quotes.yaml", "date_precision"): (
        "`day` when the articles date the words; `published` when `said_on` is the day its "
        "earliest source was published (said then or shortly before)"
    ),
    ("content/quotes.yaml", "sources"): _SOURCES,
    ("content/quotes.yaml", "reviewed"): _REVIEWED,
    ("content/casualties.yaml", "id"): _ID,
    ("content/casualties.yaml", "kind"): "what happened to the people counted",
    ("content/casualties.yaml", "count"): "how many",
    ("content/casualties.yaml", "qualifier"): (
        'how the count is put: `at_least 4` reads "at least 4"'
    ),
    ("content/casualties.yaml", "victims"): 'who they are ("Ukrainian servicemen")',
    ("content/casualties.yaml", "place"): "where",
    ("content/casualties.yaml", "date"): "the day it happened",
    ("content/casualties.yaml", "claimed_by"): (
        "who gives the figure: actor ids, or free text where no actor fits"
    ),
    ("content/casualties.yaml", "supersedes"): (
        "the id of an earlier toll of the same claimant that this one revises"
    ),
    ("content/casualties.yaml", "counted_by"): (
        "`briefgen` when nobody states the count and briefgen counted victims described one "
        "by one; delete it once you have confirmed the count"
    ),
    ("content/casualties.yaml", "as_of"): (
        "when the claimant stated it (else the source's date): revisions chain in this order"
    ),
    ("content/casualties.yaml", "scope"): (
        "`story`, or `background` for another incident, a past disaster or a rate: "
        "never a key figure nor a side of a dispute"
    ),
    ("content/casualties.yaml", "sources"): _SOURCES,
    ("content/casualties.yaml", "reviewed"): _REVIEWED,
    ("content/events.yaml", "id"): _ID,
    ("content/events.yaml", "date"): "the day it happened (weekday words resolved)",
    ("content/events.yaml", "date_precision"): "how exact `date` is",
    ("content/events.yaml", "title"): "one line: what happened",
    ("content/events.yaml", "summary"): "a longer account, if any",
    ("content/events.yaml", "place"): "where",
    ("content/events.yaml", "actors"): "actor ids of who took part",
    ("content/events.yaml", "quotes"): "quote ids said at or about it",
    ("content/events.yaml", "casualties"): "casualty ids of its figures",
    ("content/events.yaml", "sources"): _SOURCES,
    ("content/events.yaml", "reviewed"): _REVIEWED,
    ("content/briefing.yaml", "title"): (
        "the one title: the site's name, its header, every browser tab and the home page"
    ),
    ("content/briefing.yaml", "summary"): "the key points on the home page, in order",
    ("content/briefing.yaml", "key_figures"): (
        "casualty ids the home page leads with, in order (a story figure each); reorder "
        "or replace them and rebuilds keep your list"
    ),
    ("content/briefing.yaml", "disputes"): "where sources or actors contradict each other",
    ("a key point (briefing.yaml `summary`)", "text"): "a sentence taken from the sources",
    ("a key point (briefing.yaml `summary`)", "sources"): _SOURCES,
    ("a dispute (briefing.yaml `disputes`)", "about"): "what the sides disagree on",
    ("a dispute (briefing.yaml `disputes`)", "sides"): "two or more sides (the next table)",
    ("a dispute (briefing.yaml `disputes`)", "reviewed"): _REVIEWED,
    ("a side of a dispute (`sides`)", "actor"): "an actor id, or free text where none fits",
    ("a side of a dispute (`sides`)", "claim"): "what this side says",
    ("a side of a dispute (`sides`)", "sources"): _SOURCES,
    ("content/changes.yaml", "date"): "the day of the build that made the change",
    ("content/changes.yaml", "sources"): "ids of the sources it added",
    ("content/changes.yaml", "figures"): "ids of the casualty figures it added",
    ("content/changes.yaml", "revised"): (
        "ids of figures whose count changed, or of new tolls that revise an earlier one"
    ),
    ("content/changes.yaml", "events"): "ids of the events it added",
    ("content/changes.yaml", "quotes"): "ids of new quotes by speakers named in two sources",
}


def type_words(spec: FieldSpec) -> str:
    words = {
        "str": "text",
        "str?": "text or null",
        "int": "a whole number, 0 or more",
        "date": "a date (2022-03-11)",
        "date?": "a date (2022-03-11) or null",
        "strs": "a list of text",
        "refs": "a list of `{source, para}`",
        "bool": "`true` or `false`",
        "paragraphs": "a list of `{id, text}`",
        "summary": "a list of key points",
        "disputes": "a list of disputes",
        "sides": "a list of sides",
    }
    if spec.kind in ("enum", "enum?"):
        choices = "one of " + ", ".join(f"`{choice}`" for choice in spec.choices)
        return choices + (" or null" if spec.kind == "enum?" else "")
    return words[spec.kind]


def _table(where: str, specs: tuple[FieldSpec, ...]) -> list[str]:
    out = ["| field | value | required | what it is |", "|---|---|---|---|"]
    for spec in specs:
        need = "yes" if spec.required else "no"
        out.append(
            f"| `{spec.name}` | {type_words(spec)} | {need} | {DESCRIPTIONS[(where, spec.name)]} |"
        )
    return out


INTRO = """\
# Editing a briefing

briefgen writes `content/`; people correct it. This page lists every file and field
of `content/` that `briefgen check` accepts, with the values each may take, and says
what a rebuild does with each kind of edit. It is generated from the schema briefgen
reads with (`make reference`), so it cannot fall behind it.

## The editor's round

1. `briefgen review` lists the facts to check first, most doubtful first, as
   `content/FILE.yaml:LINE  what  why`.
2. Edit the YAML. `briefgen check` says at once whether the edit is valid, naming file
   and line; `briefgen serve` shows the site and follows each edit.
3. Set `reviewed: true` on an entry you have checked: it leaves the review list and
   no rebuild changes it.
4. `briefgen build`, then commit `content/` (with `content/.briefgen-state.yaml`, which
   is how the next build tells your edits from its own proposals).

## What a rebuild does with an edit

{edits}

Fields left out take their default: null, an empty list, `kind: direct` for a quote,
`qualifier: exact` for a figure, `date_precision: day` for an event, `reviewed: false`.
Unknown fields are a warning that names the valid ones. YAML comments are not kept.

A reference to where a fact was found is a `{source: SOURCE_ID, para: PARA_ID}`:
"""

EDITS = (
    ("change a field", "keeps your value, even when the sources later say otherwise (and warns)"),
    ("delete an entry", "keeps it deleted; references to it are dropped and reported"),
    ("add an entry", "keeps it and links it; leave out fields that would be empty or default"),
    ("set `reviewed: true`", "never changes that entry again; `briefgen review` leaves it out"),
    ("change an `id`", "rewrites every reference to it"),
    (
        "add a name to `aliases`, or set `same_as`",
        "merges the two actors: their quotes, figures and events go to the survivor",
    ),
    ("edit `content/changes.yaml`", "keeps your log, and adds its next change set after it"),
    (
        "add an article to `seeds/`",
        "adds its facts and a change set dated with the build (`SOURCE_DATE_EPOCH` if set)",
    ),
)

EXAMPLE = """\
```yaml
- id: q-there-are-certain-positive-shifts
  text: There are certain positive shifts, negotiators from our side reported to me
  kind: direct
  speaker: vladimir-putin
  said_on: 2022-03-11
  sources: [{source: 000_e86b236ceaaf9bff, para: p3}]
  reviewed: true
```
"""


def field_reference() -> str:
    edits = "\n".join(
        ["| you … | the next build … |", "|---|---|"] + [f"| {a} | {b} |" for a, b in EDITS]
    )
    lines = INTRO.replace("{edits}", edits).splitlines()
    lines += ["", "| field | value | what it is |", "|---|---|---|"]
    lines += [f"| `{name}` | {kind} | {what} |" for name, kind, what in REF_FIELDS]
    for where, what, specs in FILES:
        title = f"`{where}`" if where.startswith("content/") else where[:1].upper() + where[1:]
        lines += ["", f"## {title}", ""]
        if what:
            lines += [what[:1].upper() + what[1:] + ".", ""]
        lines += _table(where, specs)
        if where == "content/sources/SOURCE_ID.yaml":
            lines += ["", "Each of its `paragraphs`:", ""]
            lines += ["| field | value | what it is |", "|---|---|---|"]
            lines += [f"| `{name}` | {kind} | {what} |" for name, kind, what in PARAGRAPH_FIELDS]
        if where == "content/quotes.yaml":
            lines += ["", "An entry, checked by an editor:", "", *EXAMPLE.splitlines()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(field_reference(), end="")  # noqa: T201
