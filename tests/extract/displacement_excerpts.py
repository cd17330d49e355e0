"""Short report-style excerpts with displacement figures, in the shapes humanitarian
agencies (OCHA, IOM DTM, UNHCR, IFRC) and wire outlets write them; written for these
tests. Each gives the figures it must yield as (kind, count, qualifier, victims).

Households and families are units, not people: the count stays as stated and the
unit is the victims. Returns ("5,600 people have returned") are the end of a
displacement, not a displacement, and give no figure.
"""

from __future__ import annotations

Figure = tuple[str, int, str, str | None]

EXCERPTS: tuple[tuple[str, frozenset[Figure]], ...] = (
    (
        "Floods in Jowhar district have displaced an estimated 4,500 households, "
        "according to OCHA.",
        frozenset({("displaced", 4500, "about", "households")}),
    ),
    (
        "At least 4,500 households were displaced by the floods in Beledweyne, local "
        "authorities said.",
        frozenset({("displaced", 4500, "at_least", "households")}),
    ),
    (
        "Some 40,000 people remain in displacement sites across the district, the "
        "Displacement Tracking Matrix reported.",
        frozenset({("displaced", 40000, "about", "people")}),
    ),
    (
        "More than 12,000 people were forced to flee their homes after fighting erupted "
        "in the town on Sunday.",
        frozenset({("displaced", 12000, "more_than", "people")}),
    ),
    (
        "Nearly 8,000 refugees have fled to neighbouring Chad since the start of the "
        "month, UNHCR said.",
        frozenset({("displaced", 8000, "about", "refugees")}),
    ),
    (
        "About 2,300 families sought refuge in schools and mosques in Kassala town.",
        frozenset({("displaced", 2300, "about", "families")}),
    ),
    (
        "The storm left 15,000 people homeless in the coastal province, the Red Cross said.",
        frozenset({("displaced", 15000, "exact", "people")}),
    ),
    (
        "An estimated 6,000 people were left homeless after the fire swept through the settlement.",
        frozenset({("displaced", 6000, "about", "people")}),
    ),
    (
        "Around 3,200 people are sheltering in 14 evacuation centres, the provincial "
        "disaster office said.",
        frozenset({("displaced", 3200, "about", "people")}),
    ),
    (
        "There are now 1.2 million internally displaced persons (IDPs) in the region, "
        "according to IOM.",
        frozenset({("displaced", 1_200_000, "exact", "persons")}),
    ),
    (
        "The clashes have displaced some 3,000 families in Ituri province since March.",
        frozenset({("displaced", 3000, "about", "families")}),
    ),
    (
        "Some 3,000 families fled to the hills when the armed group attacked the villages.",
        frozenset({("displaced", 3000, "about", "families")}),
    ),
    (
        "Authorities evacuated 40,000 residents from low-lying areas ahead of the "
        "cyclone's landfall.",
        frozenset({("evacuated", 40000, "exact", "residents")}),
    ),
    (
        "More than 5,000 people were relocated to higher ground as the river burst its banks.",
        frozenset({("displaced", 5000, "more_than", "people")}),
    ),
    (
        "Over 20,000 people have been uprooted by the fighting, the UN said.",
        frozenset({("displaced", 20000, "more_than", "people")}),
    ),
    (
        "Some 9,800 people were newly displaced in the past week, OCHA said.",
        frozenset({("displaced", 9800, "about", "people")}),
    ),
    (
        "The number of IDPs in the state has risen to 85,000, according to the DTM.",
        frozenset({("displaced", 85000, "exact", None)}),
    ),
    (
        "Nearly 600,000 people have fled across the border into Poland, the UN refugee "
        "agency said.",
        frozenset({("displaced", 600_000, "about", "people")}),
    ),
    (
        "About 1,700 people are staying in temporary shelters set up in schools.",
        frozenset({("displaced", 1700, "about", "people")}),
    ),
    (
        "Approximately 45,000 IDPs are living in 32 camps in and around Baidoa.",
        frozenset({("displaced", 45000, "about", "IDPs")}),
    ),
    (
        "Some 250 households have been displaced by the landslide in Rutsiro district.",
        frozenset({("displaced", 250, "about", "households")}),
    ),
    (
        "The eruption forced 13,000 residents to evacuate.",
        frozenset({("evacuated", 13000, "exact", "residents")}),
    ),
    (
        "More than 2,000 people took refuge in a church compound in the town.",
        frozenset({("displaced", 2000, "more_than", "people")}),
    ),
    (
        "The flooding has driven 18,000 people from their homes across three provinces.",
        frozenset({("displaced", 18000, "exact", "people")}),
    ),
    (
        "At least 900 people have been evacuated from villages near the volcano.",
        frozenset({("evacuated", 900, "at_least", "people")}),
    ),
    (
        "An estimated 27,000 people were displaced, of whom 60 per cent are children.",
        frozenset({("displaced", 27000, "about", "people")}),
    ),
    (
        "DTM teams recorded 3,450 newly displaced households in Mopti region last month.",
        frozenset({("displaced", 3450, "exact", "households")}),
    ),
    (
        "Around 11,000 people fled their homes overnight as the fire approached.",
        frozenset({("displaced", 11000, "about", "people")}),
    ),
    (
        "Over 1,500 people have been moved to evacuation camps, the army said.",
        frozenset({("displaced", 1500, "more_than", "people")}),
    ),
    (
        "The camp now hosts 32,000 displaced people, the camp manager said.",
        frozenset({("displaced", 32000, "exact", "people")}),
    ),
    (
        "Some 2,000 Sudanese refugees crossed into South Sudan over the weekend.",
        frozenset({("displaced", 2000, "about", "Sudanese refugees")}),
    ),
    (
        "More than 100,000 people are sheltering in evacuation centres, the disaster agency said.",
        frozenset({("displaced", 100_000, "more_than", "people")}),
    ),
    (
        "Heavy rains have forced 7,000 families out of their homes.",
        frozenset({("displaced", 7000, "exact", "families")}),
    ),
    (
        "Some 1,900 people are displaced in Cabo Delgado, most of them women and children.",
        frozenset({("displaced", 1900, "about", "people")}),
    ),
    (
        "A total of 14,200 people have been registered as displaced in the district.",
        frozenset({("displaced", 14200, "exact", "people")}),
    ),
    (
        "Some 3,000 people are living in makeshift camps after the earthquake.",
        frozenset({("displaced", 3000, "about", "people")}),
    ),
    (
        "The government said it had evacuated 40,000 residents of the coastal city.",
        frozenset({("evacuated", 40000, "exact", "residents")}),
    ),
    (
        "Fighting in the north has forced nearly 5,000 households to flee, the IFRC said.",
        frozenset({("displaced", 5000, "about", "households")}),
    ),
    (
        "About 700 families have been left homeless by the floods.",
        frozenset({("displaced", 700, "about", "families")}),
    ),
    (
        "Over 60,000 people are now in displacement camps in the province.",
        frozenset({("displaced", 60000, "more_than", "people")}),
    ),
    (
        "Torrential rains have displaced more than 8,200 households in Hiran and "
        "Middle Shabelle regions, OCHA said.",
        frozenset({("displaced", 8200, "more_than", "households")}),
    ),
    (
        "According to IOM, an estimated 52,000 people have fled their villages "
        "since clashes resumed in late May.",
        frozenset({("displaced", 52000, "about", "people")}),
    ),
    (
        "Some 1,450 families are currently hosted in 12 collective centres in the city.",
        frozenset({("displaced", 1450, "about", "families")}),
    ),
    (
        "The fighting has forced about 30,000 civilians to flee towards the border.",
        frozenset({("displaced", 30000, "about", "civilians")}),
    ),
    (
        "UNHCR said 4,300 new arrivals had crossed into Uganda in the first week of the month.",
        # new arrivals crossing into a country are refugees
        frozenset({("displaced", 4300, "exact", "new arrivals")}),
    ),
    (
        "At least 2,100 people remain displaced three months after the earthquake.",
        frozenset({("displaced", 2100, "at_least", "people")}),
    ),
    (
        "Over 90,000 people have sought shelter in schools and public buildings.",
        frozenset({("displaced", 90000, "more_than", "people")}),
    ),
    (
        "Rising waters forced authorities to evacuate 6,500 people from "
        "riverside communities on Tuesday.",
        frozenset({("evacuated", 6500, "exact", "people")}),
    ),
    (
        "Nearly 320 households were left homeless after a fire tore through "
        "the informal settlement.",
        frozenset({("displaced", 320, "about", "households")}),
    ),
    (
        "More than 14,000 displaced persons are living in "
        "overcrowded sites in Goma, aid groups said.",
        frozenset({("displaced", 14000, "more_than", "persons")}),
    ),
    (
        "Roughly 700 people spent the night in an evacuation centre set up in the town hall.",
        frozenset({("displaced", 700, "about", "people")}),
    ),
    (
        "The IFRC appeal targets CHF 2.5 million to support 25,000 people.",
        frozenset(),
    ),
    (
        "Around 5,000 houses were washed away and 1,200 damaged by the floods.",
        frozenset(),
    ),
    (
        "About 11,500 people were displaced by the conflict in 2022, according to the report.",
        frozenset({("displaced", 11500, "about", "people")}),
    ),
    (
        "Thousands fled; at least 3,700 people were registered at transit sites by Sunday.",
        frozenset({("displaced", 3700, "at_least", "people")}),
    ),
    (
        "Some 600 families have taken refuge with host families in neighbouring villages.",
        frozenset({("displaced", 600, "about", "families")}),
    ),
    (
        "Local officials said 18,000 residents had been evacuated as a precaution.",
        frozenset({("evacuated", 18000, "exact", "residents")}),
    ),
    (
        "In total, 4.1 million people are internally displaced across the country.",
        frozenset({("displaced", 4100000, "exact", "people")}),
    ),
    (
        "About 950 people have returned home since the water receded, the council said.",
        frozenset(),
    ),
    (
        "Heavy rains hit the district on Monday, displacing 3,000 people and destroying crops.",
        frozenset({("displaced", 3000, "exact", "people")}),
    ),
    (
        "The attack caused the displacement of 5,000 people from three villages.",
        frozenset({("displaced", 5000, "exact", "people")}),
    ),
    (
        "Some 12,000 people were reported displaced after the clashes.",
        frozenset({("displaced", 12000, "about", "people")}),
    ),
    (
        "The fire swept through the camp, leaving 2,000 people homeless.",
        frozenset({("displaced", 2000, "exact", "people")}),
    ),
    (
        "About 5,000 people have been made homeless by the floods.",
        frozenset({("displaced", 5000, "about", "people")}),
    ),
    (
        "Around 2,500 people are in temporary accommodation provided by the council.",
        frozenset({("displaced", 2500, "about", "people")}),
    ),
    (
        "The evacuation of 10,000 residents began on Saturday.",
        frozenset({("evacuated", 10000, "exact", "residents")}),
    ),
    (
        "Officials ordered the evacuation of about 25,000 people living near the dam.",
        frozenset({("evacuated", 25000, "about", "people")}),
    ),
    (
        "Some 14,000 people are displaced and 2,000 remain missing.",
        frozenset({("displaced", 14000, "about", "people"), ("missing", 2000, "exact", None)}),
    ),
    (
        "DTM estimates 23,400 individuals (3,900 households) have been displaced.",
        frozenset({("displaced", 23400, "exact", "individuals")}),
    ),
    (
        "Some 7,500 people are estimated to have been displaced by the fighting.",
        frozenset({("displaced", 7500, "about", "people")}),
    ),
    (
        "A further 3,000 people were displaced on Tuesday, OCHA said.",
        frozenset({("displaced", 3000, "exact", "people")}),
    ),
    (
        "An additional 1,200 households were evacuated from the flood zone.",
        frozenset({("evacuated", 1200, "exact", "households")}),
    ),
    (
        "The floods have displaced 2,300 families, or about 13,800 people.",
        frozenset({("displaced", 2300, "exact", "families")}),
    ),
    (
        "At least 600 people are believed to have fled the area.",
        frozenset({("displaced", 600, "at_least", "people")}),
    ),
    (
        "The storm damaged 1,500 houses and displaced 900 people.",
        frozenset({("displaced", 900, "exact", "people")}),
    ),
    (
        "Twenty families were displaced when the river burst its banks.",
        frozenset({("displaced", 20, "exact", "families")}),
    ),
    (
        "Some 3,200 households (about 19,000 people) are hosted by relatives.",
        frozenset({("displaced", 3200, "about", "households")}),
    ),
    (
        "The camp, built for 20,000, now hosts 48,000 people.",
        frozenset({("displaced", 48000, "exact", "people")}),
    ),
    (
        "Flooding has displaced over 1.2m people in the region.",
        frozenset({("displaced", 1_200_000, "more_than", "people")}),
    ),
    (
        "There are 1,200 people in the evacuation centre at the school.",
        frozenset({("displaced", 1200, "exact", "people")}),
    ),
    (
        "More than 500 people were rescued from the rooftops and taken to evacuation centres.",
        frozenset({("displaced", 500, "more_than", "people")}),
    ),
    (
        "Since April, more than 2.2 million people have been displaced internally and "
        "600,000 have fled to neighbouring countries.",
        frozenset(
            {("displaced", 2_200_000, "more_than", "people"), ("displaced", 600_000, "exact", None)}
        ),
    ),
    (
        "DTM tracked 12,500 IDPs in 45 locations across the state.",
        frozenset({("displaced", 12500, "exact", "IDPs")}),
    ),
    (
        "Renewed clashes in Jonglei have displaced an estimated 17,000 people, "
        "humanitarian partners reported.",
        frozenset({("displaced", 17000, "about", "people")}),
    ),
    (
        "Some 2,600 households fled the fighting and are now staying with host communities.",
        frozenset({("displaced", 2600, "about", "households")}),
    ),
    (
        "The volcano's eruption prompted the evacuation of nearly 8,000 villagers.",
        frozenset({("evacuated", 8000, "about", "villagers")}),
    ),
    (
        "As of 30 June, 1,340 IDP households were living in the Al-Salam site.",
        frozenset({("displaced", 1340, "exact", "IDP households")}),
    ),
    (
        "At least 45 people died and 120,000 were displaced when the dam collapsed.",
        frozenset({("displaced", 120000, "exact", None), ("killed", 45, "at_least", "people")}),
    ),
    (
        "Over 3,000 people have been forced from their homes by the wildfires in the north.",
        frozenset({("displaced", 3000, "more_than", "people")}),
    ),
    (
        "The Red Crescent said 4,200 people were sheltering in mosques and schools.",
        frozenset({("displaced", 4200, "exact", "people")}),
    ),
    (
        "Some 21,000 people were newly displaced across Tigray in the reporting period.",
        frozenset({("displaced", 21000, "about", "people")}),
    ),
    (
        "Roughly 5,500 families lost their homes in the earthquake.",
        frozenset({("displaced", 5500, "about", "families")}),
    ),
    (
        "The school, which usually teaches 1,500 pupils, now houses 900 displaced people.",
        frozenset({("displaced", 900, "exact", "people")}),
    ),
    (
        "Seventy people fled to the forest after gunmen attacked the village overnight.",
        frozenset({("displaced", 70, "exact", "people")}),
    ),
    (
        "Police evacuated about 300 people from nearby buildings as a precaution.",
        frozenset({("evacuated", 300, "about", "people")}),
    ),
    (
        "The number of displaced in Ituri now stands at 1.6 million, OCHA said.",
        frozenset({("displaced", 1600000, "exact", None)}),
    ),
    (
        "More than 10,000 residents were ordered to evacuate as the fire spread.",
        frozenset({("evacuated", 10000, "more_than", "residents")}),
    ),
    (
        "Clashes between rival militias have uprooted about 11,000 people in Ituri since "
        "late January.",
        frozenset({("displaced", 11000, "about", "people")}),
    ),
    (
        "An IOM assessment found 2,870 households displaced in 19 locations.",
        frozenset({("displaced", 2870, "exact", "households")}),
    ),
    (
        "Around 640 people are staying in three collective centres run by the municipality.",
        frozenset({("displaced", 640, "about", "people")}),
    ),
    (
        "Authorities said 1,150 people had been moved to safer areas before the storm.",
        frozenset({("evacuated", 1150, "exact", "people")}),
    ),
    (
        "The tropical storm left some 9,000 families without shelter.",
        frozenset({("displaced", 9000, "about", "families")}),
    ),
    (
        "Some 310,000 refugees have arrived in Moldova since the war began.",
        frozenset({("displaced", 310000, "about", "refugees")}),
    ),
    (
        "More than 70 houses were destroyed and 350 people displaced by the mudslide.",
        frozenset({("displaced", 350, "exact", "people")}),
    ),
    (
        "The ministry said it had registered 27,000 internally displaced people in the province.",
        frozenset({("displaced", 27000, "exact", "people")}),
    ),
    (
        "Residents of 40 villages, about 16,000 people, were told to leave their homes.",
        frozenset({("evacuated", 16000, "about", "people")}),
    ),
    (
        "The UN said 3,400 people had been evacuated by boat from the flooded town.",
        frozenset({("evacuated", 3400, "exact", "people")}),
    ),
    (
        "Some 1,800 households have sought shelter in the town's schools.",
        frozenset({("displaced", 1800, "about", "households")}),
    ),
    (
        "In 2020, about 4,000 people were displaced by floods in the same area.",
        frozenset({("displaced", 4000, "about", "people")}),
    ),
    (
        "Nearly 2,000 people were unable to return home after the landslide.",
        frozenset({("displaced", 2000, "about", "people")}),
    ),
    (
        "Over 800 people have been housed in temporary shelters since Saturday.",
        frozenset({("displaced", 800, "more_than", "people")}),
    ),
    (
        "Up to 5,000 people fled across the river into Malawi.",
        frozenset({("displaced", 5000, "up_to", "people")}),
    ),
    (
        "Three people died and hundreds fled as the fighting spread.",
        frozenset({("killed", 3, "exact", "people")}),
    ),
    (
        "Some 950 families took shelter in a stadium on the edge of the city.",
        frozenset({("displaced", 950, "about", "families")}),
    ),
    (
        "Tens of thousands have fled, and the UN estimates that 48,000 people are now "
        "displaced in the province.",
        frozenset({("displaced", 48000, "exact", "people")}),
    ),
    (
        "As of Monday, 3,120 evacuees were staying at 22 centres across the region, "
        "officials said.",
        frozenset({("evacuated", 3120, "exact", "evacuees")}),
    ),
    (
        "The latest DTM round identified 612,000 IDPs and 140,000 returnees in the state.",
        frozenset({("displaced", 612000, "exact", "IDPs")}),
    ),
    (
        "In Beira, some 2,000 people spent a second night in schools converted into shelters.",
        frozenset({("displaced", 2000, "about", "people")}),
    ),
    (
        "Floodwaters have submerged 200 villages and made 45,000 people homeless, the "
        "minister said.",
        frozenset({("displaced", 45000, "exact", "people")}),
    ),
    (
        "About 1,300 families were moved from the riverbanks to a relocation site last week.",
        frozenset({("displaced", 1300, "about", "families")}),
    ),
    (
        "A total of 8,431 people were displaced by the earthquake, according to the "
        "national disaster agency.",
        frozenset({("displaced", 8431, "exact", "people")}),
    ),
    (
        "Roughly 12,000 Ukrainians have sought asylum in Poland in the past week.",
        frozenset({("displaced", 12000, "about", "Ukrainians")}),
    ),
    (
        "More than 250 families remain displaced a year after the floods.",
        frozenset({("displaced", 250, "more_than", "families")}),
    ),
    (
        "Villagers said about 500 people had fled into the bush.",
        frozenset({("displaced", 500, "about", "people")}),
    ),
    (
        "Emergency crews helped evacuate roughly 2,500 people from the coastal towns.",
        frozenset({("evacuated", 2500, "about", "people")}),
    ),
    (
        "The attack drove nearly 6,000 residents out of Kalehe.",
        frozenset({("displaced", 6000, "about", "residents")}),
    ),
    (
        "Humanitarian partners report that about 14,500 people have been displaced from "
        "Kidal since Thursday.",
        frozenset({("displaced", 14500, "about", "people")}),
    ),
    (
        "The cyclone forced the evacuation of 300,000 people in Odisha.",
        frozenset({("evacuated", 300000, "exact", "people")}),
    ),
    (
        "Some 5,000 people left their homes after the ground began to crack.",
        frozenset({("displaced", 5000, "about", "people")}),
    ),
    (
        "Approximately 27,600 people have been registered as refugees in Niger this year.",
        frozenset({("displaced", 27600, "about", "people")}),
    ),
    (
        "The district commissioner said 1,900 people were camping at the stadium.",
        frozenset({("displaced", 1900, "exact", "people")}),
    ),
    (
        "At least 12 people were killed and over 5,000 displaced after the storm made landfall.",
        frozenset({("displaced", 5000, "more_than", None), ("killed", 12, "at_least", "people")}),
    ),
    (
        "Nearly 70,000 people have fled Nagorno-Karabakh for Armenia, officials in Yerevan said.",
        frozenset({("displaced", 70000, "about", "people")}),
    ),
    (
        "The state counts 1.1 million displaced persons, more than half of them children.",
        frozenset({("displaced", 1100000, "exact", "persons")}),
    ),
    (
        "Around 3,500 people have been relocated from the flood plain since 2019.",
        frozenset({("displaced", 3500, "about", "people")}),
    ),
    (
        "Rescue teams evacuated 140 patients from the flooded hospital.",
        frozenset({("evacuated", 140, "exact", "patients")}),
    ),
    (
        "The settlement now shelters around 9,000 people, the NGO said.",
        frozenset({("displaced", 9000, "about", "people")}),
    ),
    (
        "More than 400 people were made to leave their homes by armed men.",
        frozenset({("displaced", 400, "more_than", "people")}),
    ),
    (
        "About 60,000 people were still in evacuation shelters a week after the earthquake.",
        frozenset({("displaced", 60000, "about", "people")}),
    ),
    (
        "Nearly 3,000 people fled to Chad in a single day, UNHCR said.",
        frozenset({("displaced", 3000, "about", "people")}),
    ),
    (
        "A further 650 households were displaced overnight in the Shabelle valley.",
        frozenset({("displaced", 650, "exact", "households")}),
    ),
    # Negatives: no displacement figure.
    (
        "The clinic treated 2,400 patients in the displacement camp last month.",
        frozenset(),
    ),
    (
        "The government has budgeted 4,000 tents for displaced families.",
        frozenset(),
    ),
    (
        "About 200 people who had fled have since returned to the village.",
        frozenset(),
    ),
    (
        "UNHCR has recorded more than 250,000 new arrivals in Ethiopia since November.",
        frozenset({("displaced", 250000, "more_than", "new arrivals")}),
    ),
    (
        "The fighting has left 2.4 million people in need of humanitarian assistance.",
        frozenset(),
    ),
    (
        "Police said 400 homes had been evacuated as a precaution.",
        frozenset(),
    ),
    (
        "The shelter cluster estimates that 19,000 households need emergency shelter kits.",
        frozenset(),
    ),
    (
        "In the past 24 hours, 1,020 people crossed into Romania, bringing the total to 85,000.",
        # People crossing into another country are refugees, and the total they bring
        # is the running count of them.
        frozenset({("displaced", 1020, "exact", "people"), ("displaced", 85000, "exact", None)}),
    ),
    (
        "The appeal for $12 million will help 60,000 displaced people over six months.",
        frozenset(),
    ),
    (
        "The district has 45 evacuation centres with room for 12,000 people.",
        frozenset(),
    ),
    (
        "The government plans to resettle 2,500 families by December.",
        frozenset(),
    ),
    (
        "About 600 Haitian migrants were deported from the Dominican Republic on Friday.",
        frozenset(),
    ),
    (
        "Evacuation orders covered 60,000 residents along the coast.",
        frozenset(),
    ),
    (
        "The WFP distributed food to 35,000 people in the flood-affected districts.",
        frozenset(),
    ),
    (
        "Nearly 400 families remain in the open after their tents were destroyed.",
        # families living without a roof are displaced, as those in tents were
        frozenset({("displaced", 400, "about", "families")}),
    ),
    (
        "Since the start of the year, 2,750 people have returned to Kunduz.",
        frozenset(),
    ),
    ("The appeal seeks a budget of $4,500 per household to rebuild shelters.", frozenset()),
    ("About 3,000 homes were damaged and 450 destroyed, the shelter cluster said.", frozenset()),
    ("The camp can hold 5,000 people but already hosts far more.", frozenset()),
    ("Displacement in the region peaked in 2019 and again in 2021.", frozenset()),
    ("About 5,600 people have returned to their villages since the ceasefire.", frozenset()),
    (
        "The agency distributed 12,000 tents and 3,000 hygiene kits to displaced families.",
        frozenset(),
    ),
    ("The 2,000-bed evacuation centre opened on Monday.", frozenset()),
    ("Roughly 1,000 shelters were set up in 2023 at a cost of $2 million.", frozenset()),
    ("Some 700 returnees arrived in Bor town this week.", frozenset()),
    # Returns end a displacement; troops in a camp are stationed.
    ("Some 6,200 IDPs returned to their areas of origin in May.", frozenset()),
    ("Around 1,000 refugees went back to Burundi last month.", frozenset()),
    ("Some 800 troops are in the military camp outside the town.", frozenset()),
    # Shelter from an attack is no displacement.
    (
        "All 40 workers and 12 visitors were in an air-raid shelter when the missile "
        "struck, the company said.",
        frozenset(),
    ),
    ("Some 200 students took shelter in classrooms during the lockdown.", frozenset()),
    ("The site manager said 14 evacuation centres are now open in the province.", frozenset()),
    # Issue 19d: general shapes written for the rules generalised on sets A-F (a range
    # whose scale is on its upper bound, shares of people affected, two groups, denials,
    # plans, negation, places evacuated and the people they are home to).
    (
        "The cyclone displaced 1.5 million people in Bangladesh and another 300,000 in Myanmar.",
        frozenset(
            {("displaced", 1500000, "exact", "people"), ("displaced", 300000, "exact", None)}
        ),
    ),
    (
        "No one was displaced by the tremor, the civil protection agency said.",
        frozenset(),
    ),
    (
        "Hurricane warnings prompted authorities to evacuate more than 2.5 million people "
        "from coastal counties.",
        frozenset({("evacuated", 2500000, "more_than", "people")}),
    ),
    (
        "Three hundred and twelve people were evacuated from the valley.",
        frozenset({("evacuated", 312, "exact", "people")}),
    ),
    (
        "Police said 300 people were rescued from flooded homes and taken to a community hall.",
        frozenset({("evacuated", 300, "exact", "people")}),
    ),
    (
        "About 40 students were taken to the school hall for an assembly.",
        frozenset(),
    ),
    (
        "A total of 16,840 people in 4,210 households have been displaced across nine "
        "municipalities.",
        frozenset({("displaced", 16840, "exact", "people")}),
    ),
    (
        "About 1,300 people have been sheltering in the cathedral since the shelling began.",
        frozenset({("displaced", 1300, "about", "people")}),
    ),
    (
        "Authorities ordered the evacuation of 14 villages, home to some 9,000 people.",
        frozenset({("evacuated", 9000, "about", "people")}),
    ),
    (
        "The storm hit the region, home to 2 million people.",
        frozenset(),
    ),
    (
        "Region / IDPs: Tigray 1.1 million; Amhara 580,000; Afar 240,000.",
        frozenset(
            {
                ("displaced", 1100000, "exact", None),
                ("displaced", 580000, "exact", None),
                ("displaced", 240000, "exact", None),
            }
        ),
    ),
    (
        "Fighting has forced close to 70,000 people to flee their homes in the region "
        "since mid-May.",
        frozenset({("displaced", 70000, "exact", "people")}),
    ),
    (
        "Emergency services evacuated 650 residents of a care home and a hospital.",
        frozenset({("evacuated", 650, "exact", "residents")}),
    ),
    (
        "Some 30,000 people remain under evacuation orders.",
        frozenset({("evacuated", 30000, "about", "people")}),
    ),
    (
        "Between 1.5 and 2 million people have been displaced.",
        frozenset({("displaced", 1500000, "at_least", "people")}),
    ),
    (
        "Between 1 and 1.5 million people have been displaced.",
        frozenset({("displaced", 1000000, "at_least", "people")}),
    ),
    (
        "The government is preparing to evacuate 20,000 people from the coast.",
        frozenset(),
    ),
    (
        "The army plans to relocate 5,000 residents.",
        frozenset(),
    ),
    (
        "The 2,000 residents of the island have not been evacuated.",
        frozenset(),
    ),
    (
        "About 3,000 people displaced by the floods have not seen their homes for a month.",
        frozenset({("displaced", 3000, "about", "people")}),
    ),
    (
        "The mayor denied that 3,000 people had fled the town.",
        frozenset(),
    ),
    (
        "About 600 IDPs went home last week.",
        frozenset(),
    ),
    (
        "Around 450 people are staying in two churches in the town.",
        frozenset({("displaced", 450, "about", "people")}),
    ),
    (
        "Some 300 students stay in school during the holidays.",
        frozenset(),
    ),
    (
        "More than 2,000 people are living in host communities.",
        frozenset({("displaced", 2000, "more_than", "people")}),
    ),
    (
        "The exodus of 80,000 people from the city has strained services.",
        frozenset({("displaced", 80000, "exact", "people")}),
    ),
    (
        "Nearly 1,000 people took shelter in public buildings.",
        frozenset({("displaced", 1000, "about", "people")}),
    ),
    (
        "The floods have displaced a total of 58,000 people since June.",
        frozenset({("displaced", 58000, "exact", "people")}),
    ),
    (
        "The floods affected 120,000 people, including 15,000 who were displaced.",
        frozenset({("displaced", 15000, "exact", None)}),
    ),
    (
        "The floods affected 120,000 people, 15,000 of whom were displaced.",
        frozenset({("displaced", 15000, "exact", None)}),
    ),
    (
        "The district has an IDP population of 45,000.",
        frozenset({("displaced", 45000, "exact", None)}),
    ),
    (
        "The region hosts 230,000 IDPs and 50,000 refugees.",
        frozenset(
            {("displaced", 50000, "exact", "refugees"), ("displaced", 230000, "exact", "IDPs")}
        ),
    ),
    (
        "Nearly 4,000 Congolese have fled into Uganda since Friday.",
        frozenset({("displaced", 4000, "about", "Congolese")}),
    ),
    (
        "More than one million Rohingya live in camps in Bangladesh.",
        frozenset({("displaced", 1000000, "more_than", "Rohingya")}),
    ),
    (
        "More than 60,000 people have been displaced by fighting in the past month, while "
        "another 20,000 have crossed into neighbouring Niger.",
        frozenset(
            {("displaced", 20000, "exact", None), ("displaced", 60000, "more_than", "people")}
        ),
    ),
    (
        "Hundreds of families have fled, and some 1,400 people are now camped in the open.",
        frozenset({("displaced", 1400, "about", "people")}),
    ),
    (
        "Nearly 80,000 people have poured across the border into Chad.",
        frozenset({("displaced", 80000, "about", "people")}),
    ),
    (
        "Thousands of protesters poured into the streets, and 300 people poured into the square.",
        frozenset(),
    ),
    (
        "The attack prompted 10,000 people to flee.",
        frozenset({("displaced", 10000, "exact", "people")}),
    ),
    (
        "About 2,000 people had to leave their homes.",
        frozenset({("displaced", 2000, "about", "people")}),
    ),
    (
        "Some 60 families whose homes were destroyed are being hosted by neighbours.",
        frozenset({("displaced", 60, "about", "families")}),
    ),
    (
        "The number of people who have fled the region rose to 40,000.",
        frozenset({("displaced", 40000, "exact", None)}),
    ),
    (
        "Over 7,000 people were pre-emptively evacuated and 300 were forcibly displaced.",
        frozenset({("evacuated", 7000, "more_than", "people"), ("displaced", 300, "exact", None)}),
    ),
    (
        "Around 1.5 lakh people were evacuated ahead of the cyclone.",
        frozenset({("evacuated", 150000, "about", "people")}),
    ),
    (
        "Some 5,000 people will be evacuated on Monday.",
        frozenset(),
    ),
    (
        "Affected: 50,000; Displaced: 12,000; Deaths: 14.",
        frozenset({("displaced", 12000, "exact", None), ("killed", 14, "exact", None)}),
    ),
    (
        "There are 3.4 million IDPs in the country and a further 1.2 million refugees abroad.",
        frozenset(
            {("displaced", 3400000, "exact", "IDPs"), ("displaced", 1200000, "exact", "refugees")}
        ),
    ),
    (
        "About 800,000 are refugees in neighbouring countries.",
        frozenset({("displaced", 800000, "about", None)}),
    ),
    (
        "Around 6,000 people were airlifted out of the town.",
        frozenset({("evacuated", 6000, "about", "people")}),
    ),
    (
        "Around 300 people were airlifted to hospital.",
        frozenset(),
    ),
    (
        "Some 300 residents have been moved to temporary housing.",
        frozenset({("displaced", 300, "about", "residents")}),
    ),
    (
        "The city will build temporary housing for 3,000 people.",
        frozenset(),
    ),
    (
        "Nearly 500 people have applied for asylum since the coup.",
        frozenset({("displaced", 500, "about", "people")}),
    ),
    (
        "About 200 students applied for places at the school.",
        frozenset(),
    ),
    (
        "Some 3,000 refugees received food aid last week.",
        frozenset(),
    ),
    (
        "The agency vaccinated 12,000 children in IDP camps.",
        frozenset(),
    ),
    (
        "Nearly 2,000 IDPs benefited from cash transfers.",
        frozenset(),
    ),
    (
        "A cholera outbreak has killed 12 people in camps hosting 40,000 IDPs.",
        frozenset({("killed", 12, "exact", "people"), ("displaced", 40000, "exact", "IDPs")}),
    ),
    (
        "The floods affected 50,000 people. Of these, 12,000 were displaced.",
        frozenset({("displaced", 12000, "exact", None)}),
    ),
    (
        "Some 12 500 people have been displaced.",
        frozenset({("displaced", 12500, "about", "people")}),
    ),
    (
        "About 1 300 000 people fled.",
        frozenset({("displaced", 1300000, "about", "people")}),
    ),
    (
        "Around 120k people have been evacuated.",
        frozenset({("evacuated", 120000, "about", "people")}),
    ),
    (
        "The agency said 2,300 people had been displaced by the violence, adding to the 1.7 "
        "million already displaced.",
        frozenset({("displaced", 1700000, "exact", None), ("displaced", 2300, "exact", "people")}),
    ),
    (
        "An estimated 60,000 people were under mandatory evacuation orders.",
        frozenset({("evacuated", 60000, "about", "people")}),
    ),
    (
        "The population in the Zam Zam camp is estimated at 500,000.",
        frozenset({("displaced", 500000, "exact", None)}),
    ),
    (
        "The camp's population has swelled to 87,000.",
        frozenset({("displaced", 87000, "exact", None)}),
    ),
    (
        "The town's population has grown to 87,000.",
        frozenset(),
    ),
    (
        "The population of the military camp is 3,000.",
        frozenset(),
    ),
)
