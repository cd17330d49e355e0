"""Captions, credits and wire trailers dropped by their shapes; a paragraph that merely
mentions a photo is kept. The lines are written for these tests in real outlets' shapes."""

from __future__ import annotations

import pytest

from briefgen.ingest.textclean import clean_text

TITLE = "Quake brings down school in Harran"
BEFORE = (
    "Rescue teams searched the ruins of a school in the northern town of Harran on Friday "
    "after a strong earthquake struck the region overnight, officials said."
)
AFTER = (
    "The governor said at least 40 people had been pulled from the rubble alive, and that "
    "the search would continue through the weekend."
)

CAPTIONS = (
    "(Pictured: Rescue workers search a collapsed school, taken on Friday)",
    "Pictured: A survivor is carried to an ambulance in Harran.",
    "Photo caption: Divers search the river near the bridge on Saturday.",
    "Image caption: Relatives wait outside the hospital",
    "Rescue workers carry a survivor from the rubble in Harran on Friday. | Jane Doe/AFP",
    "Residents gather near the collapsed school | Photo: Omar Said",
    "Image: GNN",
    "Photo: Jane Doe",
    "File photo: The school in Harran before the earthquake.",
    "FILE PHOTO: A view of the damaged school in Harran, March 3, 2024.",
    "Smoke rises above the port in this still image obtained from a drone video",
    "A rescuer walks past a damaged building in this handout photo released by the "
    "regional government on Friday.",
    "AFP via Getty Images",
    "Jane Doe/AFP via Getty Images",
    "Photo by Jane Doe / Reuters",
    "This report by The Canadian Press was first published March 3, 2024.",
    "— With files from The Associated Press",
    "With files from Reuters",
    "Follow Jane Doe on Twitter @janedoe_news.",
    "Jane Doe reported from Harran, and John Roe from Ankara.",
    "Watch this story",
)

REAL = (
    "The photo, published on Friday by a local resident, shows rescue workers searching "
    "the school, the governor's office said.",
    "A photographer for the agency said he saw at least ten bodies in the street near the school.",
    "Images shared by residents showed the roof of the gym had caved in, but officials "
    "said no one had been inside at the time.",
    "Families who had been following the rescue on local television gathered at the gates.",
)


def judged(line: str) -> tuple[str, str]:
    clean = clean_text("\n\n".join([TITLE, BEFORE, line, AFTER]))
    (unit,) = [u for u in clean.units if u.text == line]
    return unit.kind, unit.reason


@pytest.mark.parametrize("line", CAPTIONS)
def test_a_caption_credit_or_trailer_is_dropped(line: str) -> None:
    assert judged(line)[0] == "drop"


@pytest.mark.parametrize("line", REAL)
def test_a_paragraph_that_mentions_a_photo_is_kept(line: str) -> None:
    assert judged(line) == ("body", "")


def test_a_caption_at_the_end_of_the_article_is_dropped_too() -> None:
    clean = clean_text("\n\n".join([TITLE, BEFORE, AFTER, CAPTIONS[0], CAPTIONS[4]]))
    assert [u.text for u in clean.body] == [BEFORE, AFTER]
