"""The final held-out set of displacement excerpts, written after the last rule change
and not tuned on: its recall and precision as written are the figures reported for
report text the rules were not written from (sets A to D were each tuned on after
they were measured). Excerpts of one to four sentences, as report excerpts are.

Each gives the figures it must yield as (kind, count, qualifier, victims); an empty set
means no displacement figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_E: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Flash floods hit Derna on 10 September. IOM estimates that at least 43,000 "
        "people have been displaced across north-eastern Libya.",
        frozenset({("displaced", 43000, "at_least", "people")}),
    ),
    (
        "Some 5,300 households have been displaced by the floods in Jonglei and Unity "
        "states, according to the Relief and Rehabilitation Commission.",
        frozenset({("displaced", 5300, "about", "households")}),
    ),
    (
        "An estimated 180,000 people fled Nagorno-Karabakh within a week.",
        frozenset({("displaced", 180000, "about", "people")}),
    ),
    (
        "As of 30 June, 2,950 families were still living in collective centres.",
        frozenset({("displaced", 2950, "exact", "families")}),
    ),
    (
        "The number of people sheltering in evacuation centres rose to 14,700 on Tuesday.",
        frozenset({("displaced", 14700, "exact", None)}),
    ),
    (
        "Hurricane warnings prompted authorities to evacuate more than 2.5 million "
        "people from coastal counties.",
        frozenset({("evacuated", 2_500_000, "more_than", "people")}),
    ),
    (
        "The blaze left over 400 families homeless in the informal settlement.",
        frozenset({("displaced", 400, "more_than", "families")}),
    ),
    (
        "About 3,000 displaced people are sheltering in a football stadium in the city.",
        frozenset({("displaced", 3000, "about", "displaced people")}),
    ),
    (
        "Fighting has forced close to 70,000 people to flee their homes in the region "
        "since mid-May, the UN said.",
        frozenset({("displaced", 70000, "exact", "people")}),
    ),
    (
        "Officials estimate that between 15,000 and 20,000 residents were evacuated.",
        frozenset({("evacuated", 15000, "at_least", "residents")}),
    ),
    (
        "Some 600 people from the village were displaced; most are staying with host "
        "families in Kalemie.",
        frozenset({("displaced", 600, "about", "people")}),
    ),
    (
        "In Ituri, the number of displaced people has reached 1.7 million.",
        frozenset({("displaced", 1_700_000, "exact", None)}),
    ),
    (
        "Almost 1,000 people were evacuated from the tower blocks after cracks "
        "appeared in the walls. Engineers will inspect the buildings on Monday.",
        frozenset({("evacuated", 1000, "about", "people")}),
    ),
    (
        "The UN said 85,000 people had crossed from Sudan into South Sudan since April.",
        frozenset({("displaced", 85000, "exact", "people")}),
    ),
    (
        "Over 9,000 refugees were relocated from the border to a new camp inland.",
        frozenset({("displaced", 9000, "more_than", "refugees")}),
    ),
    (
        "The floods affected 1.2 million people and damaged 60,000 homes.",
        frozenset(),
    ),
    (
        "The government aims to return 100,000 displaced families to their villages by December.",
        frozenset(),
    ),
    (
        "The camp has 12 water points and three health clinics.",
        frozenset(),
    ),
    (
        "The 2010 floods displaced 20 million people in Pakistan.",
        frozenset({("displaced", 20_000_000, "exact", "people")}),
    ),
    (
        "More than 7,000 people took refuge in churches and public buildings after "
        "their neighbourhoods were shelled.",
        frozenset({("displaced", 7000, "more_than", "people")}),
    ),
    (
        "Around 45 households were evacuated on Sunday; another 30 households are "
        "expected to leave on Monday.",
        frozenset({("evacuated", 45, "about", "households")}),
    ),
    (
        "The attacks have displaced about 3,500 people in Tillabéri and 2,000 in Tahoua.",
        frozenset(
            {
                ("displaced", 3500, "about", "people"),
                ("displaced", 2000, "exact", None),
            }
        ),
    ),
    (
        "Twelve thousand people are estimated to be living in the open after the earthquake.",
        frozenset({("displaced", 12000, "exact", "people")}),
    ),
    (
        "Region / IDPs: Tigray 1.1 million; Amhara 580,000; Afar 240,000.",
        frozenset(
            {
                ("displaced", 1_100_000, "exact", None),
                ("displaced", 580000, "exact", None),
                ("displaced", 240000, "exact", None),
            }
        ),
    ),
    (
        "Nearly 60 per cent of the displaced are women and children.",
        frozenset(),
    ),
    (
        "Roughly 2,400 people escaped across the river into Malawi during the night.",
        frozenset({("displaced", 2400, "about", "people")}),
    ),
    (
        "The landslides buried 40 houses. Around 200 people were moved to a school "
        "that is being used as a temporary shelter.",
        frozenset({("evacuated", 200, "about", "people")}),
    ),
    (
        "Officials said 30,000 people would be evacuated if the river rose another metre.",
        frozenset(),
    ),
    (
        "At least 1,500 people have been forced from their homes by the eruption, "
        "which began on Saturday.",
        frozenset({("displaced", 1500, "at_least", "people")}),
    ),
    (
        "More than 300,000 Venezuelans have settled in the city over the past five years.",
        frozenset(),
    ),
    (
        "About 10,500 IDPs are hosted in 14 sites around Kaya.",
        frozenset({("displaced", 10500, "about", "IDPs")}),
    ),
    (
        "Nearly half a million people have been uprooted by the floods across the country.",
        frozenset({("displaced", 500000, "about", "people")}),
    ),
    (
        "The camp's population grew by 4,000 in a month as new families arrived from "
        "the frontline.",
        frozenset(),
    ),
    (
        "Over 2,800 people had fled to the hills by Sunday evening, the district "
        "commissioner said.",
        frozenset({("displaced", 2800, "more_than", "people")}),
    ),
    (
        "Emergency services evacuated 650 residents of a care home and a hospital.",
        frozenset({("evacuated", 650, "exact", "residents")}),
    ),
    (
        "Some 8,200 people remain displaced in Kherson oblast, the regional administration said.",
        frozenset({("displaced", 8200, "about", "people")}),
    ),
    (
        "Since January, 14,000 Haitians have been displaced by gang violence in the "
        "capital; 3,000 of them are children.",
        frozenset({("displaced", 14000, "exact", "Haitians")}),
    ),
    (
        "About 900 people, many of them elderly, spent a second night in the community hall.",
        frozenset({("displaced", 900, "about", "people")}),
    ),
    (
        "The cyclone destroyed 4,000 homes, leaving some 20,000 people homeless.",
        frozenset({("displaced", 20000, "about", "people")}),
    ),
    (
        "The storm forced the evacuation of nearly 5,000 tourists from the island.",
        frozenset({("evacuated", 5000, "about", "tourists")}),
    ),
    (
        "About 40,000 people live in the district, most of them farmers.",
        frozenset(),
    ),
    (
        "More than 11,000 people have registered as displaced with the local authorities.",
        frozenset({("displaced", 11000, "more_than", "people")}),
    ),
)
