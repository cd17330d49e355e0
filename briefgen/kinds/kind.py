"""What a kind of fact is, to store and render (see briefgen.kinds)."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.kinds.schema import FieldSpec


@dataclass(frozen=True)
class Reference:
    """A field of an entry that holds ids of another (or the same) kind."""

    field: str
    target: str  # the kind whose ids it holds
    what: str  # what a valid value is, in the error message: "an actor id"
    label: str = ""  # the value's name in that message; default: the field's name
    # Free text is allowed where no entry fits ("local officials"): only text shaped
    # like an id must be one.
    free_text: bool = False
    # Must name another entry: a reference to itself is an error no merge explains.
    not_self: bool = False

    def message(self, value: str) -> str:
        return f"{self.label or self.field} '{value}' is not {self.what}"


@dataclass(frozen=True)
class Kind:
    name: str  # plural, as content/ and Content name it: "actors"
    file: str  # under content/: "actors.yaml"
    record: type
    fields: tuple[FieldSpec, ...]
    references: tuple[Reference, ...] = ()
    # The field of Refs to the paragraphs an entry came from ("" when not one field).
    provenance: str = "sources"
    page: str = ""  # the site page that lists the entries (an anchor per entry)
    entry_pages: str = ""  # else: the folder of one page per entry ("actors")
    title: str = ""  # the listing page's title
    template: str = "kind.md.j2"  # the listing page's template, for a registered kind
    # A list file of entries with ids; the briefing and the sources are kinds of their
    # own shape (one file, one file per source), read and written by store itself.
    listed: bool = True
