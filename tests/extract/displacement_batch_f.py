"""The final held-out set of displacement excerpts (F), written after the last rule
change and never tuned on: its recall and precision as written are the figures reported
for report text the rules were not written from. Sets A to E were each measured as
written and then generalised on; their figures as written are in the commits that
added them (A 0.724, B 0.833, C 0.775, D 0.763, E 0.784 recall by count).

Each gives the figures it must yield as (kind, count, qualifier, victims); an empty set
means no displacement figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_F: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Renewed fighting around Goma has displaced an estimated 135,000 people in "
        "the past fortnight, OCHA reported.",
        frozenset({("displaced", 135000, "about", "people")}),
    ),
    (
        "Some 2,100 households fled to Dolow after armed groups took control of their villages.",
        frozenset({("displaced", 2100, "about", "households")}),
    ),
    (
        "Authorities evacuated nearly 16,000 people from low-lying areas before the "
        "storm made landfall. No casualties were reported.",
        frozenset({("evacuated", 16000, "about", "people")}),
    ),
    (
        "More than 3,400 people are staying in 21 evacuation centres in Cebu, the "
        "regional disaster office said.",
        frozenset({("displaced", 3400, "more_than", "people")}),
    ),
    (
        "Over 800,000 people remain displaced in the north-east of the country.",
        frozenset({("displaced", 800000, "more_than", "people")}),
    ),
    (
        "The earthquake left an estimated 1.5 million people homeless.",
        frozenset({("displaced", 1_500_000, "about", "people")}),
    ),
    (
        "Nearly 25,000 refugees have crossed into Chad since Monday, UNHCR said.",
        frozenset({("displaced", 25000, "about", "refugees")}),
    ),
    (
        "At least 350 families sought shelter in schools after the dam burst.",
        frozenset({("displaced", 350, "at_least", "families")}),
    ),
    (
        "The fire destroyed the homes of about 120 families in the Kibera settlement.",
        frozenset(),
    ),
    (
        "Floods have affected 900,000 people across 30 districts.",
        frozenset(),
    ),
    (
        "The violence has uprooted some 60,000 people in Cabo Delgado since August.",
        frozenset({("displaced", 60000, "about", "people")}),
    ),
    (
        "An estimated 4,800 people were forced to leave their homes when the volcano erupted.",
        frozenset({("displaced", 4800, "about", "people")}),
    ),
    (
        "About 7,900 displaced persons are living in makeshift camps around the town.",
        frozenset({("displaced", 7900, "about", "displaced persons")}),
    ),
    (
        "The country hosts 3.4 million refugees, the largest refugee population in the world.",
        frozenset({("displaced", 3_400_000, "exact", "refugees")}),
    ),
    (
        "The ministry said 12,000 people had been moved to higher ground as a precaution.",
        frozenset({("evacuated", 12000, "exact", "people")}),
    ),
    (
        "UNICEF said the floods had displaced 1.3 million children.",
        frozenset({("displaced", 1_300_000, "exact", "children")}),
    ),
    (
        "More than 40,000 people were evacuated in Hunan, and another 18,000 in Jiangxi.",
        frozenset(
            {
                ("evacuated", 40000, "more_than", "people"),
                ("evacuated", 18000, "exact", None),
            }
        ),
    ),
    (
        "Some 900 people were displaced on Friday night; 300 have since returned home.",
        frozenset({("displaced", 900, "about", "people")}),
    ),
    (
        "The appeal seeks $45 million to assist 250,000 displaced people.",
        frozenset(),
    ),
    (
        "The school was built for 800 pupils.",
        frozenset(),
    ),
    (
        "About 1,300 people have been sheltering in the cathedral since the shelling began.",
        frozenset({("displaced", 1300, "about", "people")}),
    ),
    (
        "Almost 3,000 families were made homeless by the cyclone in Vanuatu.",
        frozenset({("displaced", 3000, "about", "families")}),
    ),
    (
        "In 2022, 8,000 people were displaced by floods in the same district.",
        frozenset({("displaced", 8000, "exact", "people")}),
    ),
    (
        "Officials said some 1,100 residents fled the neighbourhood overnight.",
        frozenset({("displaced", 1100, "about", "residents")}),
    ),
    (
        "Flooding has displaced more than 2,000 people in Borno and about 1,200 in Yobe.",
        frozenset(
            {
                ("displaced", 2000, "more_than", "people"),
                ("displaced", 1200, "about", None),
            }
        ),
    ),
    (
        "There are currently 61,000 IDPs in Marawi and surrounding towns.",
        frozenset({("displaced", 61000, "exact", "IDPs")}),
    ),
    (
        "Five hundred people spent the night in the town's sports hall.",
        frozenset({("displaced", 500, "exact", "people")}),
    ),
    (
        "The storm killed three people and damaged 2,500 houses.",
        frozenset(),
    ),
    (
        "Around 20,000 people have been relocated to new settlements since the eruption.",
        frozenset({("displaced", 20000, "about", "people")}),
    ),
    (
        "An estimated 45,000 people have sought refuge in neighbouring Burundi.",
        frozenset({("displaced", 45000, "about", "people")}),
    ),
    (
        "Two thousand homes were destroyed and 10,000 people were left without shelter.",
        frozenset({("displaced", 10000, "exact", "people")}),
    ),
    (
        "IOM registered more than 5,000 new IDPs in the camps last month.",
        frozenset({("displaced", 5000, "more_than", "new IDPs")}),
    ),
    (
        "The governor ordered 7,500 residents to evacuate as the wildfire spread.",
        frozenset({("evacuated", 7500, "exact", "residents")}),
    ),
    (
        "Around 100 people were rescued by helicopter from flooded villages.",
        frozenset(),
    ),
    (
        "Nearly 1,900 people are still in temporary shelters six months after the floods.",
        frozenset({("displaced", 1900, "about", "people")}),
    ),
    (
        "Since 2014, more than 1.4 million people have fled the region.",
        frozenset({("displaced", 1_400_000, "more_than", "people")}),
    ),
    (
        "The number of refugees in the country has doubled to 600,000.",
        frozenset({("displaced", 600000, "exact", None)}),
    ),
    (
        "About 250 people have returned to the island after the evacuation order was lifted.",
        frozenset(),
    ),
    (
        "Up to 5,000 people were evacuated from the area around the chemical plant.",
        frozenset({("evacuated", 5000, "up_to", "people")}),
    ),
    (
        "The clashes drove thousands of families from their homes.",
        frozenset(),
    ),
    (
        "Some 14,000 people were displaced in Sool, with many moving to Las Anod.",
        frozenset({("displaced", 14000, "about", "people")}),
    ),
)
