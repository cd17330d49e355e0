"""The final held-out set of displacement excerpts: written after every rule change and
never used to tune one (displacement_batch_b.py stopped being held out when its misses
were generalised). Its recall and precision are the estimate reported for text the
rules were not written from; test_extract_displacement.py holds them to a floor.

Shapes as humanitarian reports and wire copy write them. Each gives the figures it must
yield as (kind, count, qualifier, victims); an empty set means no displacement figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_C: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "The Kenya Red Cross said 4,300 households had been displaced in Tana River "
        "county, with many families camping on higher ground.",
        frozenset({("displaced", 4300, "exact", "households")}),
    ),
    (
        "Internally displaced persons (IDPs) in the state now number about 1.9 million.",
        frozenset({("displaced", 1_900_000, "about", None)}),
    ),
    (
        "About 11,000 evacuees are being housed in public schools across the prefecture.",
        frozenset({("evacuated", 11000, "about", "evacuees")}),
    ),
    (
        "A pre-emptive evacuation moved some 300,000 people out of the cyclone's path.",
        frozenset({("evacuated", 300000, "about", "people")}),
    ),
    (
        "More than 1.3m people have been displaced since the fighting began in April.",
        frozenset({("displaced", 1_300_000, "more_than", "people")}),
    ),
    (
        "Nearly 2,000 people escaped to the forest when gunmen stormed the village, "
        "local leaders said.",
        frozenset({("displaced", 2000, "about", "people")}),
    ),
    (
        "Around 850 people have been rendered homeless by the blaze.",
        frozenset({("displaced", 850, "about", "people")}),
    ),
    (
        "Authorities evacuated about 40,000 residents from the flood zone on Saturday.",
        frozenset({("evacuated", 40000, "about", "residents")}),
    ),
    (
        "Some 9,000 people are staying with relatives after their homes were damaged.",
        frozenset({("displaced", 9000, "about", "people")}),
    ),
    (
        "Over 27,000 people remain in collective centres in Kharkiv oblast.",
        frozenset({("displaced", 27000, "more_than", "people")}),
    ),
    (
        "The fighting has displaced close to 100,000 people, according to local officials.",
        frozenset({("displaced", 100000, "exact", "people")}),
    ),
    (
        "At least 3,600 people have fled into neighbouring Niger since the coup.",
        frozenset({("displaced", 3600, "at_least", "people")}),
    ),
    (
        "Almost 14,000 Congolese refugees crossed into Rwanda in October.",
        frozenset({("displaced", 14000, "about", "Congolese refugees")}),
    ),
    (
        "About 60,000 people were newly displaced in May, up from 35,000 in April.",
        frozenset(
            {
                ("displaced", 60000, "about", "people"),
                ("displaced", 35000, "exact", None),
            }
        ),
    ),
    (
        "The flood displaced 620 families in Sylhet and 410 families in Sunamganj.",
        frozenset(
            {
                ("displaced", 620, "exact", "families"),
                ("displaced", 410, "exact", "families"),
            }
        ),
    ),
    (
        "Two landslides buried 12 houses; no one was displaced.",
        frozenset(),
    ),
    (
        "The hospital has 300 beds and treated 1,200 patients last month.",
        frozenset(),
    ),
    (
        "Total displaced: 48,200 persons in 63 sites.",
        frozenset({("displaced", 48200, "exact", "persons")}),
    ),
    (
        "Four people drowned and some 3,000 were evacuated as the river broke its banks.",
        frozenset(
            {
                ("killed", 4, "exact", "people"),
                ("evacuated", 3000, "about", None),
            }
        ),
    ),
    (
        "More than 500 families have abandoned their villages in the border area.",
        frozenset({("displaced", 500, "more_than", "families")}),
    ),
    (
        "The IOM-run site at Melkadida now hosts some 25,000 displaced people.",
        frozenset({("displaced", 25000, "about", "displaced people")}),
    ),
    (
        "The government plans to resettle 10,000 households by the end of next year.",
        frozenset(),
    ),
    (
        "In all, 2,300 people sought shelter in 18 evacuation centres overnight.",
        frozenset({("displaced", 2300, "exact", "people")}),
    ),
    (
        "Roughly 70,000 people were ordered to evacuate as the wildfire advanced.",
        frozenset({("evacuated", 70000, "about", "people")}),
    ),
    (
        "Over 150 households were relocated from the landslide-prone slopes to a new settlement.",
        frozenset({("displaced", 150, "more_than", "households")}),
    ),
    (
        "Nearly 40 per cent of the 1.2 million IDPs in the country are under 18.",
        frozenset({("displaced", 1_200_000, "exact", "IDPs")}),
    ),
    (
        "The drought has driven an estimated 1.4 million people from their homes in "
        "search of water and pasture.",
        frozenset({("displaced", 1_400_000, "about", "people")}),
    ),
    (
        "A further 2,600 people were displaced on Tuesday.",
        frozenset({("displaced", 2600, "exact", "people")}),
    ),
    (
        "At least 90 people fled their homes in the town of Kanyabayonga.",
        frozenset({("displaced", 90, "at_least", "people")}),
    ),
    (
        "Twenty thousand people are now living in makeshift shelters along the roadside.",
        frozenset({("displaced", 20000, "exact", "people")}),
    ),
    (
        "The storm destroyed crops on 40,000 hectares and killed 3,000 head of cattle.",
        frozenset(),
    ),
    (
        "Some 1,500 people from the village were moved to safety by boat.",
        frozenset({("evacuated", 1500, "about", "people")}),
    ),
    (
        "The refugee population in the country stands at about 310,000.",
        frozenset({("displaced", 310000, "about", None)}),
    ),
    (
        "About 800 asylum seekers arrived on the island in a single weekend.",
        frozenset({("displaced", 800, "about", "asylum seekers")}),
    ),
    (
        "Up to 30,000 people could be displaced if the dam fails, engineers warned.",
        frozenset(),
    ),
    (
        "The eruption has displaced 6,100 people; 2,400 of them are in evacuation centres.",
        frozenset({("displaced", 6100, "exact", "people")}),
    ),
    (
        "The fire, which broke out on Sunday, left 3,000 residents of the camp without shelter.",
        frozenset({("displaced", 3000, "exact", "residents")}),
    ),
    (
        "Partners registered 5,400 new arrivals at the transit centre in Joda.",
        frozenset({("displaced", 5400, "exact", "new arrivals")}),
    ),
    (
        "About 1,000 people, mostly women and children, have taken refuge in the cathedral.",
        frozenset({("displaced", 1000, "about", "people")}),
    ),
    (
        "Districts / Evacuated: Albay 12,400; Sorsogon 6,900; Catanduanes 2,100.",
        frozenset(
            {
                ("evacuated", 12400, "exact", None),
                ("evacuated", 6900, "exact", None),
                ("evacuated", 2100, "exact", None),
            }
        ),
    ),
    (
        "The council will build 2,000 homes for families displaced by the 2021 floods.",
        frozenset(),
    ),
    (
        "Some 45,000 people were left homeless in Gaziantep alone, officials said.",
        frozenset({("displaced", 45000, "about", "people")}),
    ),
)
