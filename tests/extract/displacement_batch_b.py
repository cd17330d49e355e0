"""A held-out set of displacement excerpts: written after the rules were generalised on
the sixth set (displacement_batch_a.py) and never used to tune them. Its recall and
precision are the honest estimate of how the rules do on report text they were not
written from; test_extract_displacement.py holds them to a floor, not to every excerpt.

Shapes as humanitarian reports write them (OCHA situation reports, UNHCR operational
updates, IOM DTM flash reports, IDMC, IFRC DREF notes, national disaster agencies, wire
copy). Each gives the figures it must yield as (kind, count, qualifier, victims); an
empty set means no displacement figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_B: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Since the beginning of the rainy season, floods have displaced about 2,750 "
        "households (roughly 16,500 people) in Hiraan region.",
        frozenset({("displaced", 2750, "about", "households")}),
    ),
    (
        "DTM teams identified 61,300 IDPs in 212 sites across Sofala province.",
        frozenset({("displaced", 61300, "exact", "IDPs")}),
    ),
    (
        "More than 700,000 people have been internally displaced by the conflict since "
        "April, OCHA said on Thursday.",
        frozenset({("displaced", 700000, "more_than", "people")}),
    ),
    (
        "Roughly 5,200 people fled the fighting and sought shelter in churches and "
        "schools in the provincial capital.",
        frozenset({("displaced", 5200, "about", "people")}),
    ),
    (
        "The typhoon forced some 120,000 residents to evacuate coastal villages in three "
        "provinces.",
        frozenset({("evacuated", 120000, "about", "residents")}),
    ),
    (
        "Over 6,800 people are currently in 95 evacuation centres, the Department of "
        "Social Welfare and Development said.",
        frozenset({("displaced", 6800, "more_than", "people")}),
    ),
    (
        "Nearly 300,000 people remain displaced a year after the earthquake struck the region.",
        frozenset({("displaced", 300000, "about", "people")}),
    ),
    (
        "The clashes newly displaced an estimated 9,400 people in Djugu territory last week.",
        frozenset({("displaced", 9400, "about", "people")}),
    ),
    (
        "Heavy shelling on Monday displaced 4,000 civilians from the eastern "
        "neighbourhoods of the city.",
        frozenset({("displaced", 4000, "exact", "civilians")}),
    ),
    (
        "Tens of thousands of people were forced to flee as the water rose.",
        frozenset(),
    ),
    (
        "Approximately 1,100 families were made homeless by the fire, the municipality said.",
        frozenset({("displaced", 1100, "about", "families")}),
    ),
    (
        "At least 250 people were left homeless when the storm tore the roofs off their houses.",
        frozenset({("displaced", 250, "at_least", "people")}),
    ),
    (
        "The violence has uprooted nearly half a million people since January.",
        frozenset({("displaced", 500000, "about", "people")}),
    ),
    (
        "UNHCR estimates that 2.3 million people are on the move within and from the country.",
        frozenset({("displaced", 2_300_000, "exact", "people")}),
    ),
    (
        "In the last week alone, 18,000 people crossed into Uganda through the Elegu border point.",
        frozenset({("displaced", 18000, "exact", "people")}),
    ),
    (
        "Some 1,400 new refugees arrived at the Kakuma reception centre in March.",
        frozenset({("displaced", 1400, "about", "new refugees")}),
    ),
    (
        "About 15,000 returnees have arrived in their villages of origin since the ceasefire.",
        frozenset(),
    ),
    (
        "Province / Displaced: Nampula 4,200; Cabo Delgado 11,600; Niassa 900.",
        frozenset(
            {
                ("displaced", 4200, "exact", None),
                ("displaced", 11600, "exact", None),
                ("displaced", 900, "exact", None),
            }
        ),
    ),
    (
        "Three thousand five hundred people have been evacuated from areas near the volcano.",
        frozenset({("evacuated", 3500, "exact", "people")}),
    ),
    (
        "Between 10,000 and 12,000 people are estimated to have fled to the hills.",
        frozenset({("displaced", 10000, "at_least", "people")}),
    ),
    (
        "The flooding displaced 2,100 people in Mandera, 1,300 in Wajir and 800 in Garissa.",
        frozenset(
            {
                ("displaced", 2100, "exact", "people"),
                ("displaced", 1300, "exact", None),
                ("displaced", 800, "exact", None),
            }
        ),
    ),
    (
        "The programme has a budget of $4.5 million and aims to build 1,000 shelters.",
        frozenset(),
    ),
    (
        "The new site has capacity for 10,000 people, but only 3,000 have moved there so far.",
        frozenset(),
    ),
    (
        "No new displacement was recorded in the district this week.",
        frozenset(),
    ),
    (
        "The 2015 earthquake left 2.8 million people in need of humanitarian assistance.",
        frozenset(),
    ),
    (
        "An estimated 4,600 households have taken refuge with host families in "
        "neighbouring districts.",
        frozenset({("displaced", 4600, "about", "households")}),
    ),
    (
        "More than 2,500 people are sheltering in schools, mosques and public buildings.",
        frozenset({("displaced", 2500, "more_than", "people")}),
    ),
    (
        "The cyclone destroyed 8,000 houses and left around 40,000 people without shelter.",
        frozenset({("displaced", 40000, "about", "people")}),
    ),
    (
        "Some 60,000 Sudanese refugees live in the camps around Adré.",
        frozenset({("displaced", 60000, "about", "Sudanese refugees")}),
    ),
    (
        "Officials said 900 people had been evacuated overnight as the fire spread "
        "towards the town.",
        frozenset({("evacuated", 900, "exact", "people")}),
    ),
    (
        "Around 230 families have been relocated to a safer site on higher ground.",
        frozenset({("displaced", 230, "about", "families")}),
    ),
    (
        "Of the 38,000 people displaced by the floods, more than half are children.",
        frozenset({("displaced", 38000, "exact", "people")}),
    ),
    (
        "Insecurity has forced over 1,800 families from their homes in the past two weeks.",
        frozenset({("displaced", 1800, "more_than", "families")}),
    ),
    (
        "Thirty-two families remain in the municipal gym, which has been turned into a shelter.",
        frozenset({("displaced", 32, "exact", "families")}),
    ),
    (
        "The authorities ordered 45,000 residents to leave their homes ahead of the storm.",
        frozenset({("evacuated", 45000, "exact", "residents")}),
    ),
    (
        "Aid agencies have distributed hygiene kits to 12,000 people in the camps.",
        frozenset(),
    ),
    (
        "The number of people displaced by the drought has reached 1.1 million, "
        "according to the Protection and Return Monitoring Network.",
        frozenset({("displaced", 1_100_000, "exact", None)}),
    ),
    (
        "An additional 3,200 people were displaced overnight, bringing the total "
        "displaced since Saturday to 27,000.",
        frozenset(
            {
                ("displaced", 3200, "exact", "people"),
                ("displaced", 27000, "exact", None),
            }
        ),
    ),
    (
        "Around 7,000 people have fled across the border into Burundi.",
        frozenset({("displaced", 7000, "about", "people")}),
    ),
    (
        "Five people were killed and about 1,000 others were forced to leave their homes "
        "when armed men raided the village.",
        frozenset(
            {
                ("killed", 5, "exact", "people"),
                ("displaced", 1000, "about", "others"),
            }
        ),
    ),
    (
        "The camp, which opened in 2019, shelters about 22,000 people.",
        frozenset({("displaced", 22000, "about", "people")}),
    ),
    (
        "Some 4,000 people who had fled the fighting have returned home.",
        frozenset(),
    ),
    (
        "Fifty households were evacuated when the riverbank collapsed.",
        frozenset({("evacuated", 50, "exact", "households")}),
    ),
    (
        "The government estimates that 80,000 people have been displaced in the north, "
        "while humanitarian partners put the figure at 120,000.",
        frozenset(
            {
                ("displaced", 80000, "exact", "people"),
                ("displaced", 120000, "exact", None),
            }
        ),
    ),
)
