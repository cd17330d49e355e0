"""A sixth set of displacement excerpts, written before any rule was fitted to it (its
recall and precision before tuning are in the commit that added it), in the shapes
humanitarian reports use: OCHA flash updates, UNHCR and IOM DTM notes, IDMC summaries,
IFRC emergency appeals, national disaster agencies, wire copy. Each gives the figures it
must yield as (kind, count, qualifier, victims); an empty set means no figure.

Households and families stay units; a count of people beside them in brackets or after
"or" restates the same figure and is not a second one.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_A: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Heavy rains since 12 May have affected 1,200 households (about 6,000 people) in "
        "Gode woreda, all of whom have been displaced.",
        frozenset({("displaced", 1200, "exact", "households")}),
    ),
    (
        "According to the local authorities, 1,200 households (about 6,000 people) were "
        "displaced by flash floods in Gode woreda.",
        frozenset({("displaced", 1200, "exact", "households")}),
    ),
    (
        "The number of IDPs in Marib governorate has risen to 2.1 million, the "
        "Displacement Tracking Matrix said.",
        frozenset({("displaced", 2_100_000, "exact", "idps")}),
    ),
    (
        "Some 35,000 internally displaced people are living in 40 informal sites on the "
        "outskirts of Baidoa.",
        frozenset({("displaced", 35000, "about", "people")}),
    ),
    (
        "Nearly 9,000 residents sought refuge in neighbouring villages after armed men "
        "attacked the town on Tuesday night.",
        frozenset({("displaced", 9000, "about", "residents")}),
    ),
    (
        "Over 14,000 people fled their homes in the first week of the offensive, "
        "according to humanitarian partners.",
        frozenset({("displaced", 14000, "more_than", "people")}),
    ),
    (
        "Authorities evacuated 23,000 people to safer ground ahead of the cyclone's "
        "landfall on Sunday.",
        frozenset({("evacuated", 23000, "exact", "people")}),
    ),
    (
        "About 4,700 people are staying in evacuation centres in Albay province, the "
        "disaster agency said.",
        frozenset({("displaced", 4700, "about", "people")}),
    ),
    (
        "An estimated 310,000 people remain displaced across the three provinces six "
        "months after the earthquake.",
        frozenset({("displaced", 310000, "about", "people")}),
    ),
    (
        "Some 18,500 people were newly displaced in North Kivu during the reporting "
        "period, bringing the total in the province to 2.6 million.",
        frozenset(
            {
                ("displaced", 18500, "about", "people"),
                ("displaced", 2_600_000, "exact", None),
            }
        ),
    ),
    (
        "Fighting in the west of the region flared again last week, displacing at least "
        "7,500 people.",
        frozenset({("displaced", 7500, "at_least", "people")}),
    ),
    (
        "More than 2,000 families were forced to flee when the river burst its banks.",
        frozenset({("displaced", 2000, "more_than", "families")}),
    ),
    (
        "The fire made about 1,800 people homeless in the Rohingya camp at Balukhali.",
        frozenset({("displaced", 1800, "about", "people")}),
    ),
    (
        "Around 600 people were left homeless after the landslide buried part of the village.",
        frozenset({("displaced", 600, "about", "people")}),
    ),
    (
        "Intercommunal violence has uprooted more than 40,000 people in the past month.",
        frozenset({("displaced", 40000, "more_than", "people")}),
    ),
    (
        "IOM estimates that 1.5 million people are on the move in the region, many of "
        "them heading north.",
        frozenset({("displaced", 1_500_000, "exact", "people")}),
    ),
    (
        "Since Friday, about 12,000 people have crossed into Chad, UNHCR said.",
        frozenset({("displaced", 12000, "about", "people")}),
    ),
    (
        "Over 3,500 refugees arrived in Renk in the past 48 hours, most of them women "
        "and children.",
        frozenset({("displaced", 3500, "more_than", "refugees")}),
    ),
    (
        "The region also hosts 85,000 returnees who came back from Sudan last year.",
        frozenset(),
    ),
    (
        "Country / IDPs: Somalia 3.8 million; Ethiopia 4.4 million; Sudan 9 million.",
        frozenset(
            {
                ("displaced", 3_800_000, "exact", None),
                ("displaced", 4_400_000, "exact", None),
                ("displaced", 9_000_000, "exact", None),
            }
        ),
    ),
    (
        "Two thousand people have been displaced by clashes in the area, the governor said.",
        frozenset({("displaced", 2000, "exact", "people")}),
    ),
    (
        "Between 3,000 and 5,000 people fled the town before government forces arrived.",
        frozenset({("displaced", 3000, "at_least", "people")}),
    ),
    (
        "The floods displaced 3,000 people in Kisumu and 1,500 in Busia, the Kenya Red Cross said.",
        frozenset(
            {
                ("displaced", 3000, "exact", "people"),
                ("displaced", 1500, "exact", None),
            }
        ),
    ),
    (
        "The government has allocated $2 million to rebuild 500 homes destroyed by the storm.",
        frozenset(),
    ),
    (
        "The camp was built for 20,000 people but now hosts more than twice that number.",
        frozenset(),
    ),
    (
        "In 2019, Cyclone Idai displaced 400,000 people in Mozambique.",
        frozenset({("displaced", 400000, "exact", "people")}),
    ),
    (
        "Partners plan to distribute shelter kits to 15,000 households by the end of the month.",
        frozenset(),
    ),
    (
        "No displacement has been reported so far, but 30 houses were damaged.",
        frozenset(),
    ),
    (
        "A total of 6,430 persons have been evacuated from low-lying barangays, the NDRRMC said.",
        frozenset({("evacuated", 6430, "exact", "persons")}),
    ),
    (
        "The storm has displaced half a million people along the coast.",
        frozenset({("displaced", 500000, "exact", "people")}),
    ),
    (
        "Almost 700 families took shelter in schools after their houses were flooded.",
        frozenset({("displaced", 700, "about", "families")}),
    ),
    (
        "Over 11,000 people are sheltering in 52 evacuation centres, while others are "
        "staying with relatives.",
        frozenset({("displaced", 11000, "more_than", "people")}),
    ),
    (
        "The earthquake left some 25,000 families without a home, according to the civil "
        "protection agency.",
        frozenset({("displaced", 25000, "about", "families")}),
    ),
    (
        "More than 100,000 Rohingya refugees live in the camps of Cox's Bazar district.",
        frozenset({("displaced", 100000, "more_than", "refugees")}),
    ),
    (
        "Hundreds of thousands of people have been displaced, but no precise figure is available.",
        frozenset(),
    ),
    (
        "The attack on Ngala forced about 4,000 residents to flee to Cameroon.",
        frozenset({("displaced", 4000, "about", "residents")}),
    ),
    (
        "IDMC recorded 32.6 million internal displacements due to disasters in 2022.",
        frozenset({("displaced", 32_600_000, "exact", "displacements")}),
    ),
    (
        "An estimated 850 households have been displaced in Jonglei, and a further 300 "
        "households in Upper Nile.",
        frozenset(
            {
                ("displaced", 850, "about", "households"),
                ("displaced", 300, "exact", "households"),
            }
        ),
    ),
    (
        "Thousands of people fled as the fire approached, the mayor said.",
        frozenset(),
    ),
    (
        "Officials said 1,250 people had been evacuated from the island by boat.",
        frozenset({("evacuated", 1250, "exact", "people")}),
    ),
    (
        "Some 200 people were rescued from rooftops by the coast guard.",
        frozenset(),
    ),
    (
        "The UN refugee agency said 60,000 people had sought safety in Moldova.",
        frozenset({("displaced", 60000, "exact", "people")}),
    ),
    (
        "Roughly 45,000 people have abandoned their homes in the area since January.",
        frozenset({("displaced", 45000, "about", "people")}),
    ),
    (
        "The ministry registered 7,800 new internally displaced persons last week.",
        frozenset({("displaced", 7800, "exact", "persons")}),
    ),
    (
        "Across the district, some 16,000 people are displaced and in need of food, water "
        "and shelter.",
        frozenset({("displaced", 16000, "about", "people")}),
    ),
    (
        "Eighty families were evacuated after cracks appeared in the dam.",
        frozenset({("evacuated", 80, "exact", "families")}),
    ),
    (
        "Five people died and 2,300 others were displaced when the river overflowed.",
        frozenset(
            {
                ("killed", 5, "exact", "people"),
                ("displaced", 2300, "exact", "others"),
            }
        ),
    ),
    (
        "Of the 54,000 people displaced, about 60 per cent are children.",
        frozenset({("displaced", 54000, "exact", "people")}),
    ),
    (
        "The displaced population in the state now stands at 412,000.",
        frozenset({("displaced", 412000, "exact", None)}),
    ),
    (
        "The census counted 412,000 residents in the state in 2020.",
        frozenset(),
    ),
    (
        "Around 5,000 people were moved to evacuation centres before the typhoon struck.",
        frozenset({("evacuated", 5000, "about", "people")}),
    ),
    (
        "Over 900 people have been relocated from the flood-prone riverbank to a temporary site.",
        frozenset({("displaced", 900, "more_than", "people")}),
    ),
    (
        "The volcano's eruption forced the evacuation of 8,000 villagers.",
        frozenset({("evacuated", 8000, "exact", "villagers")}),
    ),
    (
        "At least 120 families are still living in tents after losing their homes in "
        "the earthquake.",
        frozenset({("displaced", 120, "at_least", "families")}),
    ),
    (
        "Humanitarian partners have reached 48,000 people with food assistance this month.",
        frozenset(),
    ),
    (
        "About 3,400 South Sudanese refugees have arrived in Gambella since the start of the year.",
        frozenset({("displaced", 3400, "about", "refugees")}),
    ),
    (
        "Authorities ordered the evacuation of 14 villages, home to some 9,000 people.",
        frozenset({("evacuated", 9000, "about", "people")}),
    ),
    (
        "More than a million people are displaced inside the country, while 750,000 have "
        "fled abroad.",
        frozenset(
            {
                ("displaced", 1_000_000, "more_than", "people"),
                ("displaced", 750000, "exact", None),
            }
        ),
    ),
    (
        "Displacement: 2,450 individuals (490 households) in 12 collective centres.",
        frozenset({("displaced", 2450, "exact", "individuals")}),
    ),
    (
        "Nearly 400 people remain in the shelter set up at the sports hall.",
        frozenset({("displaced", 400, "about", "people")}),
    ),
    (
        "The school can accommodate 600 pupils.",
        frozenset(),
    ),
    (
        "At least 15,000 people were forced from their homes by the floodwaters.",
        frozenset({("displaced", 15000, "at_least", "people")}),
    ),
    (
        "The fighting has driven some 20,000 people into the bush, where they lack food and water.",
        frozenset({("displaced", 20000, "about", "people")}),
    ),
)
