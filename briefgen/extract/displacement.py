"""Displacement told by what people do or where they are, not by a casualty word:
"sought refuge", "are sheltering in evacuation centres", "forced 13,000 residents to
evacuate", "registered as displaced", "lost their homes".

Households and families are units, not people: "4,500 households were displaced" is a
figure of 4,500 whose victims are "households"; no count of people is made up from it.
Returns ("5,600 people have returned to their villages", "IDPs went back") end a
displacement and are no figure of it (`is_return`); "returnees" is no casualty word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.lexicon import CASUALTY_ADJECTIVES, CASUALTY_NOUNS, CASUALTY_VERBS, words
from briefgen.extract.shelters import (
    MOVING_VERBS,
    PLACING_VERBS,
    SHELTER_WORDS,
    in_the_wild,
    is_building,
    is_shelter,
    kind_by_where,
    places_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# "sought refuge", "took shelter", "found sanctuary"
_REFUGE_VERBS = frozenset(words("seek take find"))
# Verbs whose subject belongs to the verb after them: "are estimated to have fled".
_RAISING_VERBS = frozenset(words("estimate believe think say report fear understand"))
_HOSTING_VERBS = frozenset(words("host house accommodate shelter"))
# Who takes the displaced in: "hosted by relatives", "by host communities".
_HOSTS = frozenset(
    words(
        "relative relatives family families community communities friend friends neighbour "
        "neighbours neighbor neighbors"
    )
)
# Modifiers that make the counted people displaced: "IDP households", "refugee families".
_DISPLACED_MODIFIERS = frozenset(words("idp idps refugee asylum"))
# Orders to leave: the people told are evacuated, whatever the order says of them.
_ORDERING_VERBS = frozenset(words("order tell ask urge advise instruct"))
# Verbs of aid whose object is whom an appeal or plan means to reach, not a count made.
# "return 100,000 displaced families to their villages": a plan to end displacement.
_AID_VERBS = frozenset(
    words(
        "help assist reach target support serve benefit aid return vaccinate immunize immunise "
        "feed screen treat"
    )
)
# Verbs whose subject is given aid: "3,000 refugees received food aid".
_RECEIVING_VERBS = frozenset(words("receive benefit get access"))
# Subjects a number is the size of: "the number of IDPs reached 1.1 million".
_COUNT_SUBJECTS = frozenset(words("number total figure toll tally count population caseload"))
_FORCING_VERBS = frozenset(words("force drive compel push make prompt cause send"))
# "registered as displaced", "listed as missing"
_RECORDING_VERBS = frozenset(words("register record list count report identify classify"))


def displacement_kind(anchor: Token) -> str | None:
    """The kind ("displaced", "evacuated" …) the predicate of a counted noun tells."""
    if anchor.dep_ == "appos":
        if any(c.dep_ == "nummod" for c in anchor.head.children):
            return None  # "3,200 households (about 19,000 people)": told by the first count
        anchor = anchor.head  # "residents of 40 villages, about 16,000 people, were told …"
    total = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    subject = total is not None and total.dep_ in ("nsubj", "nsubjpass")
    if subject and total is not None and total.lemma_.lower() in ("total", "number"):
        anchor = total  # "a total of 2,340 households … have sought refuge"
    if _lives_in_evacuated_places(anchor):
        return "evacuated"  # "ordered the evacuation of 14 villages, home to 9,000 people"
    verb = _verb_of_qualified_object(anchor)
    if verb is not None and verb.lemma_.lower() in _FORCING_VERBS | _ORDERING_VERBS:
        return _made_to_leave(anchor, verb)  # "forced close to 70,000 people to flee"
    head = anchor.head
    lemma = head.lemma_.lower()
    if anchor.dep_ in ("nsubjpass", "dobj") and lemma in _FORCING_VERBS | _ORDERING_VERBS:
        made = _made_to_leave(anchor, head)
        if made:
            return made
    if any(
        c.dep_ in ("compound", "amod") and c.lower_ in _DISPLACED_MODIFIERS for c in anchor.children
    ):
        return "displaced"  # "1,340 IDP households"
    if anchor.lemma_.lower() == "arrival" and _arrived_displaced(anchor):
        return "displaced"  # "95,000 new arrivals from Sudan"
    if anchor.dep_ == "nsubj" and lemma in ("lose", "leave", "abandon") and _homes(head, lemma):
        return "displaced"  # "5,500 families lost their homes", "left their homes"
    if anchor.dep_ == "nsubj" and lemma in ("have", "need"):
        leave = [c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() == "leave"]
        if any(_homes(v, "leave") for v in leave):
            return "displaced"  # "about 2,000 people had to leave their homes"
    if anchor.dep_ == "dobj" and lemma == "shelter":
        return "displaced"  # "the settlement now shelters around 9,000 people"
    if anchor.dep_ in ("dobj", "nsubjpass") and lemma == "leave" and _without_shelter(head):
        return "displaced"  # "left some 9,000 families without shelter"
    if anchor.dep_ in ("nsubjpass", "dobj") and lemma in MOVING_VERBS and _to_safety(head):
        return "evacuated"  # "1,150 people had been moved to safer areas"
    if anchor.dep_ in ("nsubjpass", "dobj") and lemma in MOVING_VERBS and _out_of(head):
        return "evacuated"  # "moved some 300,000 people out of the cyclone's path"
    return _kind_told_by_predicate(anchor, head, lemma)


def _kind_told_by_predicate(anchor: Token, head: Token, lemma: str) -> str | None:
    """The kind the verb a counted noun goes with tells of it: fleeing, being hosted,
    seeking refuge or asylum, crossing a border, being on the move, staying somewhere,
    being registered as displaced (``head`` is that verb, ``lemma`` its lemma)."""
    if anchor.dep_ == "nsubj" and lemma in _ESCAPING_VERBS and _away_to(head):
        return "displaced"  # "escaped to the forest", "ran into the bush"
    if anchor.dep_ == "nsubj" and lemma in PLACING_VERBS and _with_hosts(head):
        return "displaced"  # "are staying with relatives"
    if anchor.dep_ == "nsubj" and lemma in ("be", "remain") and _cannot_return(head):
        return "displaced"  # "2,000 people were unable to return home"
    if anchor.dep_ in ("nsubj", "nsubjpass") and lemma in _RAISING_VERBS:
        raised = _raised_kind(head)
        if raised:
            return raised
    if lemma in _HOSTING_VERBS and _hosted(anchor, head):
        return "displaced"
    if anchor.dep_ == "nsubj" and lemma in _REFUGE_VERBS and _seeks_refuge(head):
        return "displaced"
    if anchor.dep_ == "nsubj" and lemma == "apply" and _for_asylum(head):
        return "displaced"  # "nearly 500 people have applied for asylum"
    if anchor.dep_ == "nsubj" and _crosses_a_border(head):
        return "displaced"  # "12,000 people have crossed into Chad"
    if anchor.dep_ == "nsubj" and lemma in ("be", "remain") and _on_the_move(head):
        return "displaced"  # "1.5 million people are on the move"
    placed = kind_by_where(anchor)
    if placed:
        return placed
    # "were registered as displaced", "have registered as displaced"
    if anchor.dep_ in ("nsubjpass", "nsubj") and lemma in _RECORDING_VERBS:
        return _recorded_as(head)
    return None


def _verb_of_qualified_object(anchor: Token) -> Token | None:
    """The verb whose object a qualifier phrase swallowed: in "forced close to 70,000
    people to flee" the parser makes the people the object of "to" under "close"."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ not in ("close", "up"):
        return None
    verb = prep.head.head
    return verb if verb.pos_ == "VERB" and verb.i < anchor.i else None


def _lives_in_evacuated_places(anchor: Token) -> bool:
    """Places evacuated and the people they are "home to": "ordered the evacuation of 14
    villages, home to some 9,000 people", "issued evacuation orders for 18 communities,
    home to 6,000 residents". Ordering a place emptied orders its people out."""
    to = anchor.head
    if anchor.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "home":
        return False
    described = to.head.head
    nouns = [described] + [c for c in described.children if c.dep_ in ("dobj", "nsubjpass")]
    return described.lemma_.lower() == "evacuate" or any(
        n.lemma_.lower() == "evacuation"
        or any(c.lemma_.lower() == "evacuation" and c.dep_ == "compound" for c in n.children)
        for n in nouns
    )


def _made_to_leave(anchor: Token, verb: Token) -> str | None:
    """People forced or ordered out: "forced 13,000 residents to evacuate", "were told
    to leave", "drove 20,000 people into the bush"; ordered out, evacuated; forced,
    displaced."""
    ordered = "evacuated" if verb.lemma_.lower() in _ORDERING_VERBS else "displaced"
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in CASUALTY_VERBS:
            return CASUALTY_VERBS[child.lemma_.lower()]
        leaves = child.dep_ == "xcomp" and child.lemma_.lower() == "leave"
        bare = not any(c.dep_ == "dobj" for c in child.children)
        if leaves and (bare or _homes(child, "leave")):
            return ordered  # "were told to leave (their homes)"
    out = any(c.lower_ == "out" and c.dep_ in ("prt", "prep") for c in verb.children)
    away = anchor.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ in ("into", "across") for c in verb.children
    )
    homes = any(t.lemma_.lower() == "home" for t in verb.subtree if t.i > verb.i)
    # "forced 7,000 families out of their homes", "drove 6,000 residents out of Kalehe"
    return ordered if out or away or homes else None


def _raised_kind(verb: Token) -> str | None:
    """ "are estimated to have been displaced", "are believed to have fled", "are
    estimated to be living in the open"."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in CASUALTY_VERBS:
            return CASUALTY_VERBS[child.lemma_.lower()]
        placing = child.dep_ == "xcomp" and child.lemma_.lower() in PLACING_VERBS
        if placing and any(is_shelter(p) for p in places_of(child)):
            return "displaced"
        hiding = child.dep_ == "xcomp" and child.lemma_.lower() in ("shelter", "hide")
        if hiding and in_the_wild(child):
            return "displaced"
    return None


def _recorded_as(verb: Token) -> str | None:
    for child in verb.children:
        if child.lower_ == "as":
            for t in child.subtree:
                if t.lower_ in CASUALTY_ADJECTIVES:
                    return CASUALTY_ADJECTIVES[t.lower_]
                if t.lemma_.lower() in CASUALTY_NOUNS:
                    return CASUALTY_NOUNS[t.lemma_.lower()]  # "registered as refugees"
    return None


def _arrived_displaced(arrivals: Token) -> bool:
    """Arrivals are refugees when new, or from a place: "new arrivals", "arrivals from
    Sudan" (not a count of travellers at an airport)."""
    return any(
        (c.dep_ == "amod" and c.lower_ == "new")
        or (c.dep_ in ("compound", "amod") and c.lower_ in _DISPLACED_MODIFIERS)
        or (c.dep_ == "prep" and c.lower_ == "from")
        for c in arrivals.children
    )


def _crosses_a_border(verb: Token) -> bool:
    """ "crossed into Chad", "crossed the border", "poured across the border into Chad":
    people leaving their country (crowds pour into streets, not into countries)."""
    lemma = verb.lemma_.lower()
    if lemma == "cross":
        return any(
            (c.dep_ == "prep" and c.lower_ == "into")
            or (c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier"))
            for c in verb.children
        )
    if lemma not in _STREAMING_VERBS:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("across", "into")]
    places = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in ("border", "frontier") or p.ent_type_ == "GPE" for p in places)


# Crowds on the move: "poured across the border", "streamed into Uganda".
_STREAMING_VERBS = frozenset(words("pour stream flood spill trek"))


def _on_the_move(verb: Token) -> bool:
    on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    return any(p.lower_ == "move" for o in on for p in o.children if p.dep_ == "pobj")


# Where people live, that they leave or abandon: "abandoned their villages".
_DWELLINGS = frozenset(
    words("village town city land farm area district neighbourhood neighborhood country region")
)


def _homes(verb: Token, lemma: str = "") -> bool:
    """ "lost their homes"; one leaves or abandons a village too, but loses it only in war."""
    places = {"home", "house"} | (_DWELLINGS if lemma in ("leave", "abandon") else set())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in places for c in verb.children)


# Running from danger: "escaped to the forest", "ran into the bush".
_ESCAPING_VERBS = frozenset(words("escape run"))


def _away_to(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "across") for c in verb.children)


def _out_of(verb: Token) -> bool:
    return any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


def _with_hosts(verb: Token) -> bool:
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(
        p.lemma_.lower() in _HOSTS or p.lemma_.lower() == "host" for w in withs for p in w.children
    )


def _without_shelter(verb: Token) -> bool:
    """ "without shelter", "without a roof", "without a place to live"."""
    without = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"]
    lacked = [p for w in without for p in w.children if p.dep_ == "pobj"]
    return any(
        p.lemma_.lower() in SHELTER_WORDS
        or (p.lemma_.lower() == "place" and any(_LIVING & {c.lemma_.lower()} for c in p.children))
        for p in lacked
    )


_LIVING = frozenset(words("live stay sleep"))


def _to_safety(verb: Token) -> bool:
    """ "to safety", "to safer areas", "to higher ground"."""
    for place in places_of(verb):
        modifiers = {c.lower_ for c in place.children if c.dep_ == "amod"}
        if place.lemma_.lower() == "safety" or modifiers & {"safer", "safe", "higher"}:
            return True
    return False


def _cannot_return(verb: Token) -> bool:
    unable = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "unable"]
    return any(x.lemma_.lower() == "return" for u in unable for x in u.children)


# Verbs that say a stated figure is false: "denied that 3,000 people had fled".
_DENYING_VERBS = frozenset(words("deny dismiss refute reject"))


def tells_no_displacement(anchor: Token) -> bool:
    """A count of displaced people that is no displacement figure: returns, the
    people an appeal or a plan means to help ("will help 60,000 displaced people"),
    a displacement denied ("have not been evacuated", "denied that 3,000 had fled")."""
    head = anchor.head
    if _negated(anchor) or _denied(anchor):
        return True
    if anchor.dep_ == "nsubj" and head.lemma_.lower() in _RECEIVING_VERBS:
        return True  # "more than 1,500 displaced families received shelter kits"
    if anchor.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "NOUN":
        return True  # "built schools for 5,000 refugee children": whom a thing is for
    if anchor.dep_ == "dobj" and head.lemma_.lower() in _AID_VERBS:
        # "the number of displaced people has reached 1.1 million" is a count, not aid
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not any(s.lemma_.lower() in _COUNT_SUBJECTS for s in subjects)
    return is_return(anchor)


def _negated(anchor: Token) -> bool:
    """ "the 2,000 residents have not been evacuated", "were not forced to leave"."""
    if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    head = anchor.head
    lemma = head.lemma_.lower()
    # the displacement itself negated, not whatever else the displaced did not do
    # ("3,000 displaced people have not received aid")
    displacing = lemma in CASUALTY_VERBS or lemma in _FORCING_VERBS | _ORDERING_VERBS
    return displacing and any(c.dep_ == "neg" for c in head.children)


def _denied(anchor: Token) -> bool:
    """A figure in what someone denies: "officials denied reports that 3,000 people had
    fled", "dismissed claims that …"."""
    clause = anchor
    while clause.head.i != clause.i:
        parent = clause.head
        if parent.pos_ == "VERB" and parent.lemma_.lower() in _DENYING_VERBS:
            return clause.dep_ in ("ccomp", "dobj", "xcomp")
        clause = parent
    return False


def _for_asylum(verb: Token) -> bool:
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(p.lemma_.lower() in ("asylum", "refuge") for f in fors for p in f.subtree)


def _seeks_refuge(verb: Token) -> bool:
    """ "sought refuge", "took shelter in schools"; shelter from a raid or a gunman
    ("took shelter in the basement") displaces no one, so "shelter" needs a place that
    houses the homeless."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        word = noun.lemma_.lower()
        if word in ("refuge", "sanctuary", "asylum", "safety", "protection"):
            return True
        if word == "shelter":
            places = places_of(verb) + places_of(noun)
            return any(is_shelter(p) or is_building(p) for p in places)
    return False


def _hosted(anchor: Token, verb: Token) -> bool:
    """ "hosted by relatives", "the camp now hosts 48,000 people"."""
    if anchor.dep_ == "nsubjpass":
        hosts = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
        return any(h.lemma_.lower() in _HOSTS for h in hosts)
    if anchor.dep_ == "dobj":
        return any(c.dep_ == "nsubj" and is_shelter(c) for c in verb.children)
    return False


def is_return(anchor: Token) -> bool:
    """ "6,200 IDPs returned to their areas of origin", "refugees went back": the end
    of a displacement, no figure of it."""
    head = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    # "went back", "went home", "headed back home"
    back = any(c.lower_ in ("back", "home") and c.dep_ != "dobj" for c in head.children)
    return lemma in ("return", "repatriate") or (lemma in ("go", "come", "head") and back)
