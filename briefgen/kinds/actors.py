"""Actors: people, organisations, countries, places and groups, in actors.yaml."""

from briefgen.kinds.kind import Kind, Reference
from briefgen.kinds.schema import ACTOR_FIELDS
from briefgen.records.content import ActorEntry

KIND = Kind(
    name="actors",
    file="actors.yaml",
    record=ActorEntry,
    fields=ACTOR_FIELDS,
    # An editor's merge: this actor is that one.
    references=(Reference("same_as", "actors", "another actor's id", not_self=True),),
    provenance="mentions",
    page="actors/index.md",
    entry_pages="actors",
    title="Actors",
)
