"""What kind of action a clause tells when its verb alone does not say: a finding
("was found dead"), a second verb ("pulled up and opened fire"), ammunition spent."""

from __future__ import annotations

import pytest

from briefgen.extract.actions import action_of


@pytest.mark.parametrize(
    ("sentence", "verb", "kind"),
    [
        ("Deputies found the man dead on Tuesday.", "found", "kill"),
        ("The man was found shot on Tuesday.", "found", "attack"),
        ("Two men pulled up to a group and opened fire.", "pulled", "attack"),
        ("Rescuers pulled 20 people from the water.", "pulled", "rescue"),
        ("Somebody sprayed dozens of rounds at a block of flats.", "sprayed", "attack"),
        ("The two sides held a round of talks on Monday.", "held", "meet"),
        ("The council found a new site on Tuesday.", "found", ""),
        ("A girl was grazed by a bullet.", "grazed", "injure"),
    ],
)
def test_action_of(nlp, sentence: str, verb: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(sentence) if t.text == verb)
    assert action_of(token) == kind
