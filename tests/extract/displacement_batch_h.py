"""An eighth held-out set of displacement excerpts (H), written on 2026-12-03 after the
last rule change of issue 19d and never tuned on: set G was measured before 19d's rules
and its misses were seen then, so H is the set no rule of 19d was written from. Shapes
of UNHCR, OCHA, IOM (DTM), IDMC and ReliefWeb reports and wire stories, as set G.

Each gives the figures it must yield as (kind, count, qualifier, victims); an empty set
means no displacement figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

BATCH_H: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Intercommunal clashes in Djugu territory have displaced at least 18,000 people "
        "since 10 February, according to local civil society groups.",
        frozenset({("displaced", 18000, "at_least", "people")}),
    ),
    (
        "The Shelter Cluster reports that 6,420 households remain in 41 collective sites in Derna.",
        frozenset({("displaced", 6420, "exact", "households")}),
    ),
    (
        "Flash floods on Saturday night swept through three villages. Some 740 people have "
        "been accommodated in the local school and the mosque.",
        frozenset({("displaced", 740, "about", "people")}),
    ),
    (
        "UNHCR estimates that nearly 90,000 Burkinabe refugees have arrived in northern Ghana "
        "and Côte d'Ivoire.",
        frozenset({("displaced", 90000, "about", "refugees")}),
    ),
    (
        "More than 2,600 people were evacuated from the Kahramanmaras area overnight as "
        "rescue teams continued their search.",
        frozenset({("evacuated", 2600, "more_than", "people")}),
    ),
    (
        "A total of 1,987 families – an estimated 9,900 people – are now displaced in Maguindanao.",
        frozenset({("displaced", 1987, "exact", "families")}),
    ),
    (
        "Authorities said they had moved 4,000 people living near the riverbank to higher ground.",
        frozenset({("evacuated", 4000, "exact", "people")}),
    ),
    (
        "According to the latest figures, 56,000 IDPs are currently residing in 112 informal "
        "sites in Mogadishu.",
        frozenset({("displaced", 56000, "exact", "IDPs")}),
    ),
    (
        "The conflict has so far forced an estimated 8.2 million people to flee within Sudan "
        "or to neighbouring countries.",
        frozenset({("displaced", 8_200_000, "about", "people")}),
    ),
    (
        "Local leaders said about 300 households had abandoned the area after the attack.",
        frozenset({("displaced", 300, "about", "households")}),
    ),
    (
        "About 45 families whose houses collapsed are temporarily staying with neighbours.",
        frozenset({("displaced", 45, "about", "families")}),
    ),
    (
        "A further 12,300 people were displaced last week, bringing the total since January "
        "to 287,000.",
        frozenset({("displaced", 12300, "exact", "people"), ("displaced", 287000, "exact", None)}),
    ),
    (
        "The authorities expect to evacuate up to 50,000 residents if the river breaches its "
        "banks.",
        frozenset(),
    ),
    (
        "Nobody was evacuated from the island, the coastguard said.",
        frozenset(),
    ),
    (
        "The number of Ukrainian refugees recorded across Europe stood at 5.9 million in July.",
        frozenset({("displaced", 5_900_000, "exact", None)}),
    ),
    (
        "About 1,400 people who had been sheltering at the stadium were moved to a new camp "
        "on Thursday.",
        frozenset({("displaced", 1400, "about", "people")}),
    ),
    (
        "Some 2,000 Sudanese returnees have arrived in Renk.",
        frozenset(),
    ),
    (
        "The earthquake damaged or destroyed 27,000 buildings.",
        frozenset(),
    ),
    (
        "The fire in Cox's Bazar left around 12,000 Rohingya refugees without shelter.",
        frozenset({("displaced", 12000, "about", "refugees")}),
    ),
    (
        "Over 4,000 people fled the fighting in Khartoum on Monday alone, crossing into Egypt "
        "at the Argeen border post.",
        frozenset({("displaced", 4000, "more_than", "people")}),
    ),
    (
        "Ninety-two families were relocated from the landslide zone to a temporary site on "
        "the edge of town.",
        frozenset({("displaced", 92, "exact", "families")}),
    ),
    (
        "An assessment found that 3,760 houses were flooded, affecting 18,800 people.",
        frozenset(),
    ),
    (
        "Around 600 villagers spent the night in the open after the tremor, fearing aftershocks.",
        frozenset({("displaced", 600, "about", "villagers")}),
    ),
    (
        "The ministry denied that any evacuation had taken place.",
        frozenset(),
    ),
    (
        "Humanitarian partners are preparing to receive up to 30,000 new arrivals in the "
        "coming weeks.",
        frozenset(),
    ),
    (
        "IOM's DTM estimates that 1.1 million people are displaced in Tigray, down from 1.6 "
        "million in March.",
        frozenset(
            {("displaced", 1_100_000, "exact", "people"), ("displaced", 1_600_000, "exact", None)}
        ),
    ),
    (
        "The evacuation order for 11 villages around the volcano was lifted on Monday and "
        "some 4,500 residents have returned home.",
        frozenset(),
    ),
    (
        "More than 7,000 people were ordered out of their homes in the hills above the city "
        "as the fire spread.",
        frozenset({("evacuated", 7000, "more_than", "people")}),
    ),
    (
        "About 130 people, including 40 children, are sheltering in a church in the town centre.",
        frozenset({("displaced", 130, "about", "people")}),
    ),
    (
        "Since 2015, the conflict has displaced some 2.5 million people across the Lake Chad "
        "Basin.",
        frozenset({("displaced", 2_500_000, "about", "people")}),
    ),
    (
        "In Cabo Delgado province, 946,000 people remain internally displaced, according to IOM.",
        frozenset({("displaced", 946000, "exact", "people")}),
    ),
    (
        "Refugees in the camp number about 120,000.",
        frozenset({("displaced", 120000, "about", None)}),
    ),
    (
        "The floods killed 38 people and forced 21,000 from their homes.",
        frozenset({("displaced", 21000, "exact", None)}),
    ),
    (
        "Between 200 and 300 families have left the village since the shelling started.",
        frozenset({("displaced", 200, "at_least", "families")}),
    ),
    (
        "Almost half a million people have been newly displaced in Haiti this year.",
        frozenset({("displaced", 500000, "about", "people")}),
    ),
    (
        "Officials fear that thousands more could be displaced if the fighting spreads.",
        frozenset(),
    ),
    (
        "UNHCR said 1,150 refugees were relocated from the border area to the Gorom "
        "settlement last week.",
        frozenset({("displaced", 1150, "exact", "refugees")}),
    ),
    (
        "The region hosts 340,000 refugees and 120,000 asylum-seekers.",
        frozenset(
            {("displaced", 340000, "exact", "refugees"), ("displaced", 120000, "exact", None)}
        ),
    ),
    (
        "Heavy fighting has driven some 20,000 civilians into the mountains.",
        frozenset({("displaced", 20000, "about", "civilians")}),
    ),
    (
        "Roughly 1,900 students were evacuated from the campus after a bomb threat.",
        frozenset({("evacuated", 1900, "about", "students")}),
    ),
    (
        "Seventy-five households have taken shelter in the community hall.",
        frozenset({("displaced", 75, "exact", "households")}),
    ),
    (
        "The report counts 71.1 million internally displaced people worldwide at the end of 2022.",
        frozenset({("displaced", 71_100_000, "exact", "internally displaced people")}),
    ),
    (
        "No new displacement was recorded in the district this week.",
        frozenset(),
    ),
    (
        "Since the ceasefire, 150,000 IDPs have gone back to their villages.",
        frozenset(),
    ),
    (
        "A further 350 people are living in cars and makeshift tents along the highway.",
        frozenset({("displaced", 350, "exact", "people")}),
    ),
    (
        "About 2,000 tourists were stranded after the road was cut.",
        frozenset(),
    ),
    (
        "Some 5,000 flood victims are being housed in evacuation centres in three municipalities.",
        frozenset({("displaced", 5000, "about", "flood victims")}),
    ),
    (
        "The government said it would provide shelter to 10,000 displaced families by the "
        "end of the year.",
        frozenset(),
    ),
)
