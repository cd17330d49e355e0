"""Word lists the extraction rules share: general news vocabulary, not story-specific."""

from __future__ import annotations


def words(text: str) -> list[str]:
    """A word list written as one string, as the lists below are."""
    return text.split()


# Lemmas of verbs that report speech or a claim ("said", "told", "warned" …).
SPEECH_LEMMAS = frozenset(
    words("""
    say tell add warn announce claim state note continue insist stress write tweet
    declare explain argue ask reply respond describe allege admit acknowledge confirm
    deny report urge predict conclude promise vow suggest comment remark recall complain
    quote post accuse charge assert contend caution estimate maintain reiterate repeat
    emphasize emphasise underline tout call threaten pledge boast concede speak
    recount testify shout exclaim lament assure inform remind plead demand wonder quip
    retort counter interject proclaim reveal disclose observe recall sob whisper
    scream cry mutter joke muse
    """)
)

# Verbs that report a figure but are too weak to carry a quotation on their own.
CLAIM_ONLY_LEMMAS = frozenset({"accuse", "call", "deny", "charge", "threaten"})

# Nouns naming an office or a position; a title before a name, or the head of an appositive.
ROLE_NOUNS = frozenset(
    words("""
    president presidents minister ministers secretary secretary-general spokesman
    spokeswoman spokesperson mayor governor adviser advisor aide ambassador envoy
    counterpart chief head leader diplomat member chairman chairwoman chair director
    commander general official lawmaker senator representative rep. premier chancellor
    king queen prince princess negotiator deputy prosecutor judge reporter correspondent
    analyst expert professor researcher ceo founder manager coordinator commissioner
    administrator speaker colonel lieutenant captain sergeant pope bishop emir sheikh
    attorney lawyer economist editor activist doctor officer commissioner mp congressman
    congresswoman ombudsman rapporteur delegate superintendent marshal admiral
    gov. sen. rep. gen. lt. col. sgt. capt. adm. amb. maj. cmdr. supt. insp.
    consultant surgeon physician scientist historian lecturer strategist pollster executive
    vice-president spokesman chancellor minister-president mp general-secretary
    mla mpp mna mha mep msp td mk councillor councilor alderman alderwoman assemblyman
    assemblywoman assemblymember legislator critic whip candidate incumbent
    """)
)

# Occupations and standings that say who a person is when written beside the name
# ("Grace Mwangi, a teacher at the school"), though they are no title before it.
OCCUPATION_NOUNS = frozenset(
    words("""
    teacher nurse engineer driver worker labourer laborer shopkeeper owner farmer miner
    firefighter paramedic medic surgeon pilot sailor fisherman student survivor witness
    resident relative neighbour neighbor mother father son daughter widow volunteer
    organiser organizer campaigner protester trader vendor businessman businesswoman
    entrepreneur contractor architect inspector investigator technician operator
    supervisor foreman guard employee pastor priest imam rabbi coach player artist
    writer author photographer filmmaker musician singer actor actress
    """)
)

# Role nouns that a generic word ("leader", "official") may stand for in a later mention.
ROLE_GENERALISATIONS: dict[str, frozenset[str]] = {
    "leader": frozenset(
        {"president", "premier", "chancellor", "minister", "leader", "head", "chief", "king"}
    ),
    "official": frozenset(ROLE_NOUNS),
    "diplomat": frozenset({"minister", "ambassador", "envoy", "diplomat", "secretary"}),
}

# Nouns counting people: what a casualty figure counts.
PERSON_NOUNS = frozenset(
    words("""
    people person persons civilian civilians serviceman servicemen soldier soldiers troop
    troops child children kid kids woman women man men resident residents patient patients
    staff worker workers student students journalist journalists migrant migrants refugee
    refugees seeker seekers arrival arrivals fighter fighters militant militants police
    policeman policemen officer officers citizen citizens inhabitant inhabitants victim victims
    passenger passengers
    member members personnel marine marines sailor sailors pilot pilots prisoner prisoners
    protester protesters protestors demonstrator demonstrators volunteer volunteers
    employee employees individual individuals adult adults infant infants baby babies
    family families villager villagers crew guard guards doctor doctors nurse nurses
    teenager teenagers pupil pupils occupant occupants evacuee evacuees casualty casualties
    national nationals foreigner foreigners hostage hostages detainee detainees others
    boy boys girl girls toddler toddlers son sons daughter daughters mother mothers father
    fathers brother brothers sister sisters husband wife elderly teen teens youth youths
    farmer farmers miner miners firefighter firefighters rescuer rescuers medic medics
    paramedic paramedics conscript conscripts reservist reservists guardsman guardsmen
    climber climbers hiker hikers tourist tourists pilgrim pilgrims worshipper worshippers
    worshiper worshipers fan fans spectator spectators player players athlete athletes
    motorist motorists driver drivers cyclist cyclists pedestrian pedestrians commuter
    commuters traveller travellers traveler travelers shopper shoppers mourner mourners
    guest guests customer customers inmate inmates tenant tenants bystander bystanders
    fisherman fishermen labourer labourers laborer laborers staffer staffers agent agents
    teacher teachers engineer engineers trader traders vendor vendors diver divers
    swimmer swimmers skier skiers runner runners survivor survivors homeowner homeowners
    occupant occupants attendee attendees participant participants trainee trainees
    recruit recruits cadet cadets peacekeeper peacekeepers aid-worker aid-workers
    humanitarian humanitarians reporter reporters photographer photographers priest priests
    monk monks nun nuns clergy congregant congregants schoolchild schoolchildren
    newborn newborns elder elders retiree retirees pensioner pensioners
    household households idp idps
    """)
)

# Casualty vocabulary: lemma → casualty kind.
CASUALTY_VERBS: dict[str, str] = {
    "kill": "killed",
    "die": "killed",
    "slay": "killed",
    "murder": "killed",
    "execute": "killed",
    "drown": "killed",
    "perish": "killed",
    "suffocate": "killed",
    "behead": "killed",
    "electrocute": "killed",
    "maim": "injured",
    "jail": "detained",
    "imprison": "detained",
    "apprehend": "detained",
    "kidnap": "detained",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "hospitalize": "injured",
    "hospitalise": "injured",
    "displace": "displaced",
    "flee": "displaced",
    "uproot": "displaced",
    "relocate": "displaced",
    "miss": "missing",
    "detain": "detained",
    "arrest": "detained",
    "capture": "detained",
    "abduct": "detained",
    "evacuate": "evacuated",
}
# Nouns that name a group by its displacement: "230,000 IDPs and 50,000 refugees" are two
# figures, not one sum.
DISPLACED_GROUP_NOUNS = frozenset(
    words("idp idps refugee refugees evacuee evacuees seeker seekers asylum-seeker asylum-seekers")
)
CASUALTY_ADJECTIVES: dict[str, str] = {
    "dead": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    "unaccounted": "missing",
    "displaced": "displaced",
    "detained": "detained",
    "evacuated": "evacuated",
    "homeless": "displaced",
}
CASUALTY_NOUNS: dict[str, str] = {
    "death": "killed",
    "fatality": "killed",
    "dead": "killed",
    "body": "killed",
    "injury": "injured",
    "wounded": "injured",
    "injured": "injured",
    "refugee": "displaced",
    "idp": "displaced",
    "idps": "displaced",
    "evacuee": "evacuated",
    # "the displacement of 5,000 people", "the evacuation of 10,000 residents"
    "displacement": "displaced",
    "exodus": "displaced",  # "the exodus of 80,000 people from the city"
    "evacuation": "evacuated",
    "detainee": "detained",
    "arrest": "detained",
}

# Country names and their common short forms → the canonical name.
_COUNTRIES = words("""
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada
Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Eritrea
Estonia Ethiopia Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras
Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan
Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Madagascar
Malaysia Mali Malta Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar
Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama
Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Senegal Serbia
Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan
Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela
Vietnam Yemen Zambia Zimbabwe
""")
COUNTRY_ALIASES: dict[str, str] = {c.lower(): c for c in _COUNTRIES}
COUNTRY_ALIASES.update(
    {
        "united states": "United States",
        "the united states": "United States",
        "united states of america": "United States",
        "us": "United States",
        "u.s.": "United States",
        "u.s.a.": "United States",
        "usa": "United States",
        "america": "United States",
        "united kingdom": "United Kingdom",
        "uk": "United Kingdom",
        "u.k.": "United Kingdom",
        "britain": "United Kingdom",
        "great britain": "United Kingdom",
        "russian federation": "Russia",
        "south korea": "South Korea",
        "north korea": "North Korea",
        "saudi arabia": "Saudi Arabia",
        "south africa": "South Africa",
        "new zealand": "New Zealand",
        "czech republic": "Czechia",
        "turkiye": "Turkey",
        "türkiye": "Turkey",
        "united arab emirates": "United Arab Emirates",
        "uae": "United Arab Emirates",
        "sri lanka": "Sri Lanka",
        "north macedonia": "North Macedonia",
        "ivory coast": "Ivory Coast",
        "democratic republic of congo": "Congo",
        "gaza": "Gaza",
    }
)

# Well-known organisation short forms → the name they stand for.
ORG_ALIASES: dict[str, str] = {
    "un": "United Nations",
    "u.n.": "United Nations",
    "eu": "European Union",
    "e.u.": "European Union",
    "who": "World Health Organization",
    "iaea": "International Atomic Energy Agency",
    "icrc": "International Committee of the Red Cross",
    "imf": "International Monetary Fund",
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Words that make a capitalised name an institution, never a person.
ORG_WORDS = frozenset(
    words(
        """
        ministry council service services agency party office department committee force forces
        army navy bank group union news times post press television tv radio network company
        corporation institute university college school court parliament assembly government
        administration commission authority federation association foundation organization
        organisation fund centre center hospital church police guard command agency media
        airlines airport station channel journal daily herald tribune gazette nations states
        united kingdom republic emirates alliance coalition council cabinet senate congress
        house kremlin pentagon watch rights international cross crescent state street borders
        jazeera reuters bloomberg xinhua tass interfax novosti ria afp ap cnn bbc nbc cbs abc
        fox msnbc sky euronews dw
        """
    )
)
