"""Actors: people, organisations, countries, places and groups, in actors.yaml."""

from briefgen.records.content import ActorEntry
from briefgen.store.kinds.kind import Kind, Reference
from briefgen.store.schema import ACTOR_FIELDS

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
