"""Where displaced people are: camps, shelters, evacuation centres, schools and halls
turned into shelters, host communities, the bush they hide in, and an evacuation order
they are under. `kind_by_where` reads the kind a count of people tells from where they
are or were taken; `displacement` reads it from what they did or what was done to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Places only displaced people live in, whatever their modifier: "makeshift camps".
# "living in the open": without a roof, as people who lost theirs live.
_SHELTER_PLACES = frozenset(words("camp shelter tent displacement open"))


# Places that house the displaced only with a modifier saying so: "evacuation centres",
# "displacement sites"; a bare "centre" or "site" may be anything.
_SITE_PLACES = frozenset(
    words("centre center site settlement accommodation community family housing")
)


_SITE_MODIFIERS = frozenset(
    words(
        "evacuation displacement relocation idp idps transit reception collective relief "
        "emergency temporary host transitional accommodation"
    )
)


# Verbs placing their subject in a place: "remain in", "are living in", "moved to".
PLACING_VERBS = frozenset(
    words(
        "be remain live stay shelter sleep move relocate house host accommodate take bring "
        "transfer settle spend register camp airlift bus ferry arrive"
    )
)


# Shelters from an attack, not homes for the displaced.
_PROTECTIVE = frozenset(words("bomb air raid air-raid underground fallout nuclear storm"))


# Camps no one is displaced to: "a military camp", "a summer camp".
_NOT_SHELTER = frozenset(
    words("military army training prison detention boot summer holiday base police")
)


# Buildings that become collective shelters: "sought shelter in schools and mosques".
_COLLECTIVE = frozenset(
    words(
        "school mosque church temple stadium gymnasium gym hall cathedral chapel monastery "
        "convent pagoda warehouse library mission compound parish seminary"
    )
)


_ARMED = frozenset(
    words("soldier troop fighter militant officer guard marine recruit cadet peacekeeper police")
)


# Staying the night in a school or a mosque is sheltering there, not attending.
_NIGHT_VERBS = frozenset(words("shelter sleep spend camp"))


MOVING_VERBS = frozenset(words("move take bring transfer evacuate airlift bus ferry"))


SHELTER_WORDS = frozenset(words("shelter home roof house"))


def kind_by_where(anchor: Token) -> str | None:
    """The kind told by where the counted people are or were taken: a camp, a shelter,
    a school or a hall, under an evacuation order."""
    head = anchor.head
    lemma = head.lemma_.lower()
    if anchor.dep_ == "nsubjpass" and _moved_into_a_building(anchor):
        return "evacuated"  # "were rescued and taken to a community hall"
    if not _is_armed(anchor) and any(_is_shelter(p) for p in _placed_in(anchor)):
        return "displaced"
    if anchor.dep_ == "nsubj" and lemma in _NIGHT_VERBS and _in_buildings(head):
        return "displaced"  # "were sheltering in mosques", "spent the night in schools"
    if anchor.dep_ == "nsubj" and lemma in ("shelter", "hide") and in_the_wild(head):
        return "displaced"  # "are sheltering in the forest", "hiding in the bush"
    if anchor.dep_ == "nsubj" and lemma in ("stay", "live") and _in_buildings(head, True):
        return "displaced"  # "are staying in two churches" (not "stay in school")
    if anchor.dep_ == "nsubj" and lemma in ("be", "remain") and _under_evacuation_order(head):
        return "evacuated"  # "some 30,000 people remain under evacuation orders"
    return None


def _placed_in(anchor: Token) -> list[Token]:
    """Where the counted people are: "people in evacuation centres", "are living in
    camps", "were rescued and taken to evacuation centres"."""
    places = places_of(anchor)
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "attr") and head.lemma_.lower() in PLACING_VERBS:
        places += places_of(head)
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        for verb in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if verb.lemma_.lower() in PLACING_VERBS:
                places += places_of(verb)
    # "over 500 people spent the night in emergency shelters" (the parser hangs the verb
    # on the people), "1,200 people living in camps"
    for verb in (c for c in anchor.children if c.dep_ == "acl"):
        if verb.lemma_.lower() in PLACING_VERBS:
            places += places_of(verb)
    # "sleeping in cars or tents"
    return places + [c for p in places for c in p.children if c.dep_ == "conj"]


def _moved_into_a_building(anchor: Token) -> bool:
    """People rescued and taken to a school or a hall, or moved there from their homes,
    were moved out of danger: evacuated ("were rescued from flooded homes and taken to a
    community hall"). Pupils taken to the school hall for an assembly were not."""
    head = anchor.head
    verbs = [head] + [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    moved = [v for v in verbs if v.lemma_.lower() in MOVING_VERBS and _in_buildings(v)]
    rescued = any(v.lemma_.lower() in ("rescue", "evacuate") for v in verbs)
    from_home = any(
        p.lower_ == "from" and any(o.lemma_.lower() in SHELTER_WORDS for o in p.children)
        for v in moved
        for p in v.children
    )
    return bool(moved) and (rescued or from_home)


# "public buildings", "government buildings": buildings opened to the displaced.
_PUBLIC = frozenset(words("public government municipal community"))


def _in_buildings(verb: Token, determined: bool = False) -> bool:
    """In schools, mosques, halls, public buildings. ``determined``: the building must
    be a building, with an article or in the plural ("staying in a school", "in
    schools"), not an idiom ("stay in school")."""
    places = places_of(verb)
    places += [c for p in places for c in p.children if c.dep_ == "conj"]
    return any(is_building(p) and (not determined or _determined(p)) for p in places)


def is_building(place: Token) -> bool:
    lemma = place.lemma_.lower()
    if lemma == "building":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in _PUBLIC for c in place.children)
    return lemma in _COLLECTIVE


def _determined(place: Token) -> bool:
    return place.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "nummod", "poss") for c in place.children
    )


# Where people who fled their homes hide out: "sheltering in the forest".
_WILDS = frozenset(words("forest forests bush hill hills mountain mountains jungle swamp"))


def in_the_wild(verb: Token) -> bool:
    return any(p.lemma_.lower() in _WILDS or p.lower_ in _WILDS for p in places_of(verb))


def _under_evacuation_order(verb: Token) -> bool:
    unders = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"]
    orders = [o for u in unders for o in u.children if o.lemma_.lower() in ("order", "warning")]
    return any(c.lemma_.lower() in ("evacuation", "evacuate") for o in orders for c in o.children)


def _is_armed(anchor: Token) -> bool:
    """Troops in a camp are stationed, not displaced."""
    noun = anchor if anchor.pos_ in ("NOUN", "PROPN") else anchor.head
    return noun.lemma_.lower() in _ARMED


def places_of(word: Token) -> list[Token]:
    """Objects of a verb's or noun's "in", "to", "at", "into" phrases."""
    found = []
    # "spent the night in an evacuation centre": the place may hang from the object
    objects = [c for c in word.children if c.dep_ == "dobj"]
    for prep in [c for o in [word, *objects] for c in o.children]:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at", "into", "inside"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
            # "in the open or in makeshift shelters"
            for also in (c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"):
                found += [c for c in also.children if c.dep_ == "pobj"]
    return found


def is_shelter(place: Token) -> bool:
    """A place only the displaced live in: a camp, a shelter, an evacuation centre."""
    return _is_shelter(place)


def _is_shelter(place: Token) -> bool:
    # "the municipal gym, which has been turned into a shelter"
    described = [c for c in place.children if c.dep_ in ("relcl", "appos")]
    if any(_names_a_shelter(t) for d in described for t in d.subtree if t.pos_ == "NOUN"):
        return True
    return _names_a_shelter(place)


def _names_a_shelter(place: Token) -> bool:
    lemma = place.lemma_.lower()
    modifiers = {c.lower_ for c in place.children if c.dep_ in ("compound", "amod")}
    if modifiers & _PROTECTIVE or modifiers & _NOT_SHELTER:
        return False  # "were in a bomb shelter at the time of the strike"
    if lemma in _SHELTER_PLACES or place.lower_ in _SHELTER_PLACES:
        return True
    if lemma not in _SITE_PLACES:
        return False
    return any(
        c.dep_ in ("compound", "amod") and c.lower_ in _SITE_MODIFIERS for c in place.children
    )
