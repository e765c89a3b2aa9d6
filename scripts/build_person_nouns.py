"""Build ingest/data/person_nouns.txt, the other *_nouns.txt lists and the *_verbs.txt lists from
WordNet 3.0, as Debian's wordnet-base ships it.

    apt-get install wordnet-base && python scripts/build_person_nouns.py

A noun names a private person where its most frequent sense (WordNet lists a lemma's senses
by frequency) is in the lexicographer file noun.person: "singer", "chef", "tourist", but not
"border" (a place first) nor "tanker" (a ship first, a tank driver second), and is no kind of
bad person, warrior or radical (`SIDES`: "saboteur", "assassin", "guerrilla"), whom events read
as armed or criminal sides. An adjective that WordNet also lists as a noun names a person too
where WordNet lacks that use but lets it be read no other way: its first sense pertains to a
person ("royal": of a monarch, as in "a British royal"), and as a noun it has no sense attested
in WordNet's sense-tagged texts (a sail for "royal"), nor a language's ("Arabic"). Single words
only, lower case: the actor resolver asks whether the noun a demonym modifies names a private
person ("an American singer"). A noun names an animal where its first sense is in noun.animal
("dog", "cattle"): the event coder asks whether all that a violent act is done to is animals
("police shot a dog"). A noun names a vessel or an aircraft where its first sense falls
under WordNet's craft ("tanker", "frigate", "airliner"; not "carrier", a person first) and
none of its senses is a person who does a verb ("bomber", one who plants bombs, names a doer
before a name as often), or where its second sense does and none is a person ("vessel", a
container first; "cruiser", a police car first): the actor resolver reads a name after one
("the tanker Grace Maria", "the vessel Adrian Darya") as that craft, no one. A noun names a
storm where one of its senses falls under WordNet's storm and none is a person ("hurricane",
"typhoon", "cyclone", a storm second): the actor resolver reads a name after one ("Typhoon
Phanfone", "Tropical Storm Humberto") as that storm, no one. A noun names a road where its
first sense is or falls under WordNet's road or thoroughfare ("street", "highway"), or one
of its senses does and none is a person or a group ("avenue"): the actor resolver reads a
name ending on one where it tells where something is ("on Karl Marx Avenue") as a street.
A noun names water where its first sense, a common noun's, falls under WordNet's body of
water ("sea", "gulf", "lake"): the places resolver reads a name ending in one ("the Red
Sea") as that water, no region of its name. A noun names land where its first sense, a
common noun's, falls under WordNet's geological formation (noun.object: "valley", "delta",
"mountain") or vegetation (noun.group: "rainforest", "forest"): the actor resolver reads
"the" and a name before one ("the Amazon rainforest") as that land, no body of the name.
A noun names arms where its first sense is or falls under WordNet's
weapons, weaponry, ammunition or explosive devices (noun.artifact: "bullet", "shrapnel"; in
two words too, "land mine", "booby trap"): the event coder reads harm done by them as an attack
("a stray bullet killed a boy"). A noun names an asset where its first sense is or falls under
`ASSETS`, WordNet's facility, structure or conveyance (noun.artifact: "station", "building",
"helicopter"; not "post", a job first, nor "school", a body): the actor resolver reads a state's
body or an armed side that modifies one ("a police station", "an army helicopter") as its
owner, the party an act on it is done to. A noun
names what is said or thought where its first sense is in noun.communication or
noun.cognition ("report", "record", "idea"): the event coder reads such a thing "attacked"
as criticised ("attacked the report"). A noun names a made thing where its first sense is
in noun.artifact ("tank", "device"; not "gas", a substance, nor "club", a group): the event
coder reads the head of a multiword name of arms ("tear gas") as arms alone only where it is
one. A noun names an object where its first sense is such a made thing but no emblem and none
of its senses is a person or a group of people ("hotel", "car"; not "flag", nor "panel" or
"cell", bodies of people too): the actor resolver reads a demonym on one as where it is from,
no state acting ("a Spanish hotel"). A noun of two words names an ailment where its first
sense is a body's condition or fit (noun.state) or a feeling ("heart attack", "panic attack"):
the event coder reads no act in it.
A noun names a game of sport where it has a contest's sense (noun.event), every such sense is
a sport's ("semifinal", "tournament", "match"; not "race", a vote's too) and none is a place
("open"): the event coder reads no political act done in or from one.
A noun names a quality where its first sense is how a thing or someone is, or feels
(noun.attribute, noun.state or noun.feeling: "balance", "stance", "optimism"): the event
coder reads a verb of force whose object is such a thing, or what is said or thought, as an
idiom ("struck a balance", "struck a defiant tone"), no blow.
A noun names a mishap where its first sense is or falls under WordNet's mishap, slide,
outbreak, conflagration or earthquake (noun.event: "derailment", "mudslide", "epidemic",
"wildfire", "temblor"), flood or storm (noun.phenomenon: "inundation", "cyclone") or disease
or infection (noun.state: "cholera", "malaria"), in three letters or more ("flu"; not an
abbreviation read as a word, "le"), and no injury, the harm rather than its cause
("mutilation", "dismemberment", filed by WordNet under accident): the event coder reads
harm told with one as no attack, and forces or measures sent against one as no act on a
party.
A noun names a lone armed person where one of its senses is or falls under WordNet's attacker,
murderer or killer (noun.person: "gunman", "assailant", "stabber") and its first sense is no
other person ("shooter", a marble first, a gunman fourth; not "butcher", a tradesman first):
the actor resolver places such a person where he acts, not in the country an article names
most. A noun names an envoy where its first sense is or falls under WordNet's diplomat
("ambassador", "consul", "nuncio"; no named person): the actor resolver reads the state after
its "to" as the one the envoy is sent to, not the envoy's own. A noun names clergy or a
religious body where one of its senses is or falls under WordNet's spiritual leader, religious
leader or member of a religious order (noun.person: "priest", "bishop", "ayatollah", "monk") or
under its clergy or church (noun.group: "clergy", "church"; not "Muslim" or "worshipper",
believers, nor "religion"): the conversion of Phoenix's agents (scripts/phoenix_actors.py)
keeps those of a faith's codes so headed, the religious sector, and leaves believers to the
actor resolver's rules for people. A noun names a political office
where its first sense is or falls under WordNet's legislator, civil authority or head of state,
or is one of those who represent others ("senator", "mayor", "monarch", "assemblyman",
"alderman", "delegate"; not a party's member, "Republican", a named person, nor one of the
agents and spies under the representative's further kinds): the actor resolver reads one
before a name as the person's title, a political one. A noun names a work, a show, a sport or
food where its first sense, a common noun's, is or falls under one of `LEISURE` ("film",
"novel", "song", "painting", "football", "pizza"): the event coder reads praise or criticism
of such a thing alone as no act toward a party. A noun names a fault where its first sense is
or falls under one of `CENSURES`, WordNet's wrongdoing, mistake, dishonour, fake or falsehood,
but no kind of gambling ("crime", "blunder", "disgrace", "sham", "lie"), or its first sense is a
bad person named for one ("traitor": treason): the event coder reads a party or its act named
so by a verb of naming as disapproved of ("called the vote a fraud"). A noun names money where
its first sense is what is owned, paid or owed (noun.possession: "fee", "toll", "tax") or is or
falls under WordNet's monetary value or monetary unit ("price", "peso"): the event coder reads a
verb of accusing whose object is such a sum as levying it ("charged a fee"), no one accused,
where the verb has a sense of owning, paying or taking (verb.possession: "charge") and the sum
is none told of before ("charge a fee", not "condemned the tax"). A noun names a medicine or a
food where its first sense, a common noun's, is or falls under `GOODS`' medicines and vaccines
(noun.artifact: "antibiotic", "painkiller") or foods and foodstuffs (noun.food: "flour",
"rice"; not a drink): the event coder reads them given as CAMEO's vaccines and foods are
("delivered flour": humanitarian aid). A verb holds an opinion where
its first sense takes a clause
("Somebody ----s that CLAUSE") and is or falls under one of `OPINIONS`: believing,
expecting (supposing, assuming, suspecting), imagining, or guessing and predicting ("reckon",
"presume", "envisage", "forecast"; not "await", which takes no clause), and is no noun first
(more of its noun senses than of its verb senses attested: "picture", "dream", whose noun
governs what it shows): the event coder reads what such a verb governs as held, not asserted
done. A noun names a group of people where its first sense, a common noun's, is or falls under
WordNet's social group (noun.group: "crowd", "delegation", "team"): the event coder reads one
that speaks or meets as people acting, no thing. A verb names a lasting state where its first
sense is in verb.stative ("hold", "keep"): the event coder reads such a participle on a noun
("prisoners held by the rebels") as how things stand, no act, unless CAMEO's dictionary makes
the verb itself an attack ("storm"). A verb criticises where one of its senses is or falls
under `CRITICISMS`, finding fault or attacking in speech or writing ("blast", "assail",
"savage", whatever their other senses): the event coder reads CAMEO's verbs of armed attack
among them as criticism where the sentence tells words. A verb takes a clause where one of its
senses does ("Somebody ----s that CLAUSE": "claim", "warn"; not "back", "fund"): the parser's
reading of a name, such a verb's past and a clause after it ("Iran claimed militias struck")
is kept, of another verb read again as the clause subject's modifier ("Iran backed militias
struck": "Iran-backed"). A verb takes an object where its first sense does and never goes
without one ("Somebody ----s somebody": "arrest", "condemn"; not "arrive", "resign"): the
event coder gives a verb coordinated with another the object they share ("arrested and
charged two journalists") only where it takes one. A verb desires or fears where its first
sense is or falls under `DESIRES` (verb.emotion: "want", "hope", "seek", "dread"): the event
coder reads an act it takes for object ("wanted an inquiry by the ombudsman") as wished for or
feared, not done. WordNet's licence (wordnet_nouns.LICENSE)
covers every list.
"""

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
LICENCE = Path("/usr/share/doc/wordnet-base/copyright")
DATA = Path(__file__).resolve().parents[1] / "ingest" / "data"
# WordNet's lexicographer file numbers of noun.animal, noun.artifact, noun.cognition,
# noun.communication (where languages are) and noun.person
NOUN_ANIMAL = 5
NOUN_ARTIFACT = 6
NOUN_COGNITION = 9
NOUN_COMMUNICATION = 10
NOUN_FEELING = 12
NOUN_GROUP = 14
NOUN_PERSON = 18
NOUN_PHENOMENON = 19
NOUN_POSSESSION = 21
NOUN_STATE = 26
SIDES = {"bad_person", "warrior", "radical"}  # first words of those synsets of noun.person
# First words of the synsets of noun.artifact that hold arms: weapons, weaponry, ammunition and
# explosive devices.
ARMS = {"weapon", "weaponry", "ammunition", "explosive_device"}
# The first word of noun.artifact's synset of vessels and aircraft: "a vehicle designed for
# navigation in or on water or air or through outer space".
CRAFT = {"craft"}
# First words of noun.artifact's synsets of what a body holds and uses: facilities ("station",
# "base", "airport"), structures ("building", "camp", "embassy") and conveyances ("helicopter",
# "truck", "tank").
ASSETS = {"facility", "structure", "conveyance"}
# First words of noun.artifact's synsets of roads and streets: "an open way (generally public)
# for travel or transportation", "a public road in a city or town".
WAYS = {"road", "thoroughfare"}
# The first word of noun.phenomenon's synset of storms: "a violent weather condition with winds
# 64-72 knots".
STORMS = {"storm"}
# First words of the synsets of noun.state that hold a body's conditions and fits
# ("poisoning", "seizure").
AILMENTS = {"physical_condition", "affliction"}
# First words of the synsets of noun.person of those who attack or kill.
ATTACKERS = {"attacker", "murderer", "killer"}
# The first word of noun.person's synset of those sent to represent a state abroad.
DIPLOMATS = {"diplomat"}
# First words of the synsets of noun.person of those who lead a faith or belong to its orders,
# and of noun.group of its clergy and its churches.
CLERGY_PEOPLE = {"spiritual_leader", "religious_leader", "religious"}
CLERGY_GROUPS = {"clergy", "church"}
# First words of noun.person's synsets of those who hold a political office, and of those who
# represent others, whose own kinds alone are such offices.
OFFICES = {"legislator", "civil_authority", "head_of_state"}
REPRESENTATIVE = "representative"
NOUN_ACT = 4
NOUN_ATTRIBUTE = 7
NOUN_QUANTITY = 23
# What calling a thing names it at fault: a wrongdoing, a mistake, a dishonour, a fake, a lie.
CENSURES = {
    NOUN_ACT: {"wrongdoing", "mistake"},
    NOUN_STATE: {"dishonor"},
    NOUN_ARTIFACT: {"fake"},
    NOUN_COMMUNICATION: {"falsehood"},
}
GAMBLING = {"gambling"}  # a wager, a raffle: WordNet files gambling under wrongdoing too
# The first words of the synsets of offences, by lexicographer file: WordNet's crimes and
# homicide (murder and manslaughter are filed under killing, not crime), smuggling (under
# importing), drug traffic (under trade) and the narcotics dealt in ("heroin", "cocaine").
OFFENCES = {
    NOUN_ACT: {"crime", "homicide", "smuggling", "drug_traffic"},
    NOUN_ARTIFACT: {"narcotic"},
}
# The first words of the synsets of political offences: against the state or its leader, by
# office, in an election or a war, in protest or revolt, terror and spying; and of the
# corruption of those in office (noun.attribute).
POLITICAL_OFFENCES = {
    NOUN_ACT: {
        "treason",
        "sedition",
        "bribery",
        "election_fraud",
        "war_crime",
        "tyrannicide",
        "resisting_arrest",
        "disorderly_conduct",
        "rebellion",
        "riot",
        "terror",
        "espionage",
    },
    NOUN_ATTRIBUTE: {"corruptness"},
}
# Crimes armed sides commit as often as private people: mass killing, seizing people or craft,
# running guns, lynching, breaking into computers; and the names of no kind of crime
# ("felony", "violation").
ARMED_OFFENCES = {"slaughter", "bloodshed", "kidnapping", "highjacking", "hijack", "piracy"}
ARMED_OFFENCES |= {"abduction", "gunrunning", "mayhem", "lynching", "cybercrime"}
GENERIC_OFFENCES = {"crime", "felony", "misdemeanor", "capital_offense", "statutory_offense"}
GENERIC_OFFENCES |= {"perpetration", "sting_operation"}
# First words of the synsets of what a thing is worth in money ("price", noun.attribute) and
# of the units money is counted in ("peso", noun.quantity).
MONETARY = {NOUN_ATTRIBUTE: {"monetary_value"}, NOUN_QUANTITY: {"monetary_unit"}}
NOUN_FOOD = 13
NOUN_EVENT = 11
# The first words of the synsets mishaps fall under, by lexicographer file.
MISHAPS = {
    NOUN_EVENT: {"mishap", "slide", "outbreak", "conflagration", "earthquake"},
    NOUN_PHENOMENON: {"flood", "storm"},
    NOUN_STATE: {"disease", "infection"},
}
# WordNet's injury is a mishap's kind, but the harm, not its cause ("mutilation").
INJURIES = {"injury"}
NOUN_LOCATION = 15
NOUN_OBJECT = 17
# The first word of noun.object's synset of seas, lakes, rivers and their parts.
WATERS = {"body_of_water"}
# The first words of the synsets of natural land: noun.object's landforms, noun.group's
# vegetation (forests).
LANDS = {NOUN_OBJECT: {"geological_formation"}, NOUN_GROUP: {"vegetation"}}
# First words of noun.event's synsets of contests, and of those among them that are games of
# sport: athletic contests, matches, tournaments, play-offs, games and championships.
CONTESTS = {"contest"}
SPORT_CONTESTS = {"athletic_contest", "match", "tournament", "playoff", "game", "championship"}
VERB_COGNITION = 31
VERB_COMMUNICATION = 32
VERB_CREATION = 36
VERB_POSSESSION = 40
VERB_STATIVE = 42
VERB_EMOTION = 37
# First words of verb.emotion's synsets of wanting ("feel or have a desire for", above wishing,
# hoping, longing and seeking) and of fearing ("be afraid or feel anxious or apprehensive about
# a possible or probable situation or event", above dreading).
DESIRES = {"desire", "fear"}
# First words of the verb synsets of holding a view: "accept as true", "regard something as
# probable or likely" (above supposing, assuming, suspecting), "form a mental image of something
# that is not present", and "talk over conjecturally" (above guessing and predicting).
OPINIONS = {
    VERB_COGNITION: {"believe", "expect"},
    VERB_CREATION: {"imagine"},
    VERB_COMMUNICATION: {"speculate"},
}
# First words of the verb synsets of criticism: "find fault with; express criticism of" and
# "attack in speech or writing" (verb.communication), so that "blast", "assail", "savage"
# and "lambaste" are criticism in one sense, whatever their others.
CRITICISMS = {VERB_COMMUNICATION: {"knock", "attack"}}
# First words of the verb synsets of saying that something is so: stressing, repeating,
# affirming, noting and answering ("emphasize", "reiterate", "reaffirm", "remark", "reply");
# not declaring, under which WordNet files promising and decreeing, nor asserting, under which
# it files alleging, a claim.
SAYINGS = {VERB_COMMUNICATION: {"stress", "repeat", "affirm", "note", "answer"}}
THAT_CLAUSE = 26  # WordNet's verb frame "Somebody ----s that CLAUSE"
# WordNet's verb frames with an object after the verb: "Somebody ----s somebody", "Something
# ----s something", "Somebody ----s something to somebody", "Somebody ----s somebody PP" ...
OBJECT_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})
# Its frames with none: "Something ----s", "Somebody ----s", "Somebody ----s PP" ...
BARE_FRAMES = frozenset({1, 2, 3, 4, 22, 23})
# First words of the synsets, by lexicographer file, of the works people make or watch, of
# sport and of food: shows and films, music, books, writings of fiction, verse or drama, and
# the visual arts; sports (not the wider diversions, which hold "demonstration"); all of food.
# The goods CAMEO's patterns of humanitarian aid name by a class or a set (GIVE * VACCINE,
# DELIVER * &FOOD, 073), each by the first words of its synsets in a lexicographer file:
# medicines and vaccines, food and foodstuffs (not drinks: "cocoa").
GOODS = {
    "medicine": {NOUN_ARTIFACT: {"medicine", "vaccine"}},
    "food": {NOUN_FOOD: {"food", "foodstuff"}},
}
LEISURE = {
    NOUN_COMMUNICATION: {"show", "music", "book", "literary_composition", "dramatic_composition"},
    NOUN_ARTIFACT: {"art"},
    NOUN_ACT: {"sport"},
}


def read_synsets(data_noun: str) -> dict[int, tuple[int, str, list[int]]]:
    """Each noun synset by its offset in data.noun: lexicographer file, first word, hypernyms."""
    synsets = {}
    for line in data_noun.splitlines():
        if line.startswith(" "):  # licence lines open with two spaces
            continue
        fields = line.split()
        words = int(fields[3], 16)
        pointers = int(fields[4 + 2 * words])
        ptrs = fields[5 + 2 * words : 5 + 2 * words + 4 * pointers]
        hypernyms = [int(ptrs[i + 1]) for i in range(0, len(ptrs), 4) if ptrs[i] in ("@", "@i")]
        synsets[int(fields[0])] = (int(fields[1]), fields[4], hypernyms)
    return synsets


def _falls_under(
    offset: int, synsets: dict[int, tuple[int, str, list[int]]], lexfile: int, words: set[str]
) -> bool:
    """Whether a synset is or falls under one of a lexicographer file's synsets named by their
    first words."""
    own, word, hypernyms = synsets[offset]
    if own == lexfile and word in words:
        return True
    return any(_falls_under(h, synsets, lexfile, words) for h in hypernyms)


def _a_side(offset: int, synsets: dict[int, tuple[int, str, list[int]]]) -> bool:
    """Whether a person's synset is or falls under one of `SIDES`."""
    return _falls_under(offset, synsets, NOUN_PERSON, SIDES)


def doers(data_noun: str) -> set[str]:
    """The words of noun.person's synsets derived from a verb: one who does it ("bomber", a
    person who plants bombs; "destroyer")."""
    found: set[str] = set()
    for fields, words, ptrs in _people(data_noun):
        if any(ptrs[i] == "+" and ptrs[i + 2] == "v" for i in range(0, len(ptrs), 4)):
            found.update(fields[4 + 2 * i].lower() for i in range(words))
    return found


def _people(data_noun: str) -> Iterator[tuple[list[str], int, list[str]]]:
    """noun.person's synset lines: their fields, word count and pointer fields (four each)."""
    for line in data_noun.splitlines():
        fields = line.split()
        if line.startswith(" ") or int(fields[1]) != NOUN_PERSON:
            continue
        words = int(fields[3], 16)
        pointers = int(fields[4 + 2 * words])
        yield fields, words, fields[5 + 2 * words : 5 + 2 * words + 4 * pointers]


def read_index(index: str) -> dict[str, tuple[int, int]]:
    """Each single-word lower-case lemma of an index file: its first (most frequent) sense's
    offset and how many of its senses the sense-tagged texts attest."""
    lemmas = {}
    for line in index.splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        if lemma.isalpha() and lemma.islower():
            # after lemma, pos, senses, pointers: the sense count again, the tagged count
            lemmas[lemma] = (int(fields[6 + pointers]), int(fields[5 + pointers]))
    return lemmas


def read_pertainyms(data_adj: str) -> dict[int, int]:
    """The noun synset each adjective synset pertains to ("royal": sovereign), by offset."""
    pertains = {}
    for line in data_adj.splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        words = int(fields[3], 16)
        pointers = int(fields[4 + 2 * words])
        ptrs = fields[5 + 2 * words : 5 + 2 * words + 4 * pointers]
        nouns = [
            int(ptrs[i + 1]) for i in range(0, len(ptrs), 4) if ptrs[i : i + 3 : 2] == ["\\", "n"]
        ]
        if nouns:
            pertains[int(fields[0])] = nouns[0]
    return pertains


def person_nouns(
    nouns: dict[str, tuple[int, int]],
    adjectives: dict[str, tuple[int, int]],
    pertains: dict[int, int],
    synsets: dict[int, tuple[int, str, list[int]]],
) -> list[str]:
    """Lemmas whose first noun sense is a private person's, and adjectives that used as nouns
    can only name one (see the module's docstring)."""
    found = set()
    for lemma, (first, _) in nouns.items():
        if synsets[first][0] == NOUN_PERSON and not _a_side(first, synsets):
            found.add(lemma)
    for lemma, (first, _) in adjectives.items():
        person = pertains.get(first)
        if person is None or synsets[person][0] != NOUN_PERSON or lemma not in nouns:
            continue
        noun, tagged = nouns[lemma]
        if not _a_side(person, synsets) and tagged == 0 and synsets[noun][0] != NOUN_COMMUNICATION:
            found.add(lemma)
    return sorted(found)


def animal_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is an animal's (noun.animal)."""
    return sorted(lemma for lemma, (first, _) in nouns.items() if synsets[first][0] == NOUN_ANIMAL)


def artifacts_under(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    words: set[str],
) -> list[str]:
    """Lemmas whose first noun sense is or falls under one of noun.artifact's synsets named by
    their first words (`ARMS`: "bullet", "shrapnel"; `CRAFT`: "tanker", "frigate"; `ASSETS`:
    "station", "helicopter")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if _falls_under(first, synsets, NOUN_ARTIFACT, words)
    )


def read_senses(index: str) -> dict[str, list[int]]:
    """Each single-word lower-case lemma of an index file: its senses' offsets, most frequent
    first."""
    senses = {}
    for line in index.splitlines():
        fields = line.split()
        if not line.startswith(" ") and fields[0].isalpha() and fields[0].islower():
            senses[fields[0]] = [int(offset) for offset in fields[6 + int(fields[3]) :]]
    return senses


def craft_second(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose second sense is a vessel or an aircraft and none a person ("vessel", a
    container first; "cruiser", a police car first; "flagship"): before a name, the sense a
    name is given to."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if len(offsets) > 1
        and _falls_under(offsets[1], synsets, NOUN_ARTIFACT, CRAFT)
        and all(synsets[o][0] != NOUN_PERSON for o in offsets)
    )


def storm_nouns(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas one of whose senses is or falls under noun.phenomenon's storm and none is a
    person ("hurricane", "typhoon"; "cyclone", an air mass first): the natural events that are
    given names."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if any(_falls_under(o, synsets, NOUN_PHENOMENON, STORMS) for o in offsets)
        and all(synsets[o][0] != NOUN_PERSON for o in offsets)
    )


def way_nouns(
    nouns: dict[str, tuple[int, int]],
    senses: dict[str, list[int]],
    synsets: dict[int, tuple[int, str, list[int]]],
) -> list[str]:
    """Lemmas whose first sense is or falls under noun.artifact's road or thoroughfare
    ("street", "highway"), or one of whose senses does where none is a person or a group of
    people ("avenue", a means first): the last word of a street's name."""
    first = {
        lemma
        for lemma, (offset, _) in nouns.items()
        if _falls_under(offset, synsets, NOUN_ARTIFACT, WAYS)
    }
    other = {
        lemma
        for lemma, offsets in senses.items()
        if any(_falls_under(o, synsets, NOUN_ARTIFACT, WAYS) for o in offsets)
        and all(synsets[o][0] not in (NOUN_PERSON, NOUN_GROUP) for o in offsets)
    }
    return sorted(first | other)


def water_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense, a common noun's (not "Jordan", a river), is or falls
    under noun.object's body of water ("sea", "gulf", "lake")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower() and _falls_under(first, synsets, NOUN_OBJECT, WATERS)
    )


def land_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense, a common noun's, falls under one of `LANDS`
    ("valley", "rainforest")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower()
        and any(_falls_under(first, synsets, f, roots) for f, roots in LANDS.items())
    )


def clergy_nouns(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas one of whose senses, a common noun's (not "John", an apostle), is or falls
    under `CLERGY_PEOPLE` or `CLERGY_GROUPS` ("priest", "monk", "clergy", "church")."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if any(
            synsets[o][1].islower()
            and (
                _falls_under(o, synsets, NOUN_PERSON, CLERGY_PEOPLE)
                or _falls_under(o, synsets, NOUN_GROUP, CLERGY_GROUPS)
            )
            for o in offsets
        )
    )


def group_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense, a common noun's, is or falls under WordNet's social
    group ("crowd", "delegation", "team")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower()
        and _falls_under(first, synsets, NOUN_GROUP, {"social_group"})
    )


def content_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is what is said or thought (noun.communication or
    noun.cognition: "report", "record", "idea")."""
    said = (NOUN_COGNITION, NOUN_COMMUNICATION)
    return sorted(lemma for lemma, (first, _) in nouns.items() if synsets[first][0] in said)


def quality_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is how a thing or someone is, or feels (noun.attribute,
    noun.state or noun.feeling: "balance", "stance", "optimism")."""
    how = (NOUN_ATTRIBUTE, NOUN_STATE, NOUN_FEELING)
    return sorted(lemma for lemma, (first, _) in nouns.items() if synsets[first][0] in how)


def read_pairs(index: str) -> dict[str, tuple[int, int]]:
    """Each lemma of two lower-case words of an index file, spaced ("heart attack", "land
    mine"), as `read_index` gives single words."""
    pairs = {}
    for line in index.splitlines():
        fields = line.split()
        words = fields[0].split("_") if not line.startswith(" ") else []
        if len(words) == 2 and all(w.isalpha() and w.islower() for w in words):
            pointers = int(fields[3])
            pairs[" ".join(words)] = (int(fields[6 + pointers]), int(fields[5 + pointers]))
    return pairs


def ailment_nouns(
    pairs: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Nouns of two words whose first sense is a body's condition or fit, or a feeling
    (`AILMENTS`, noun.feeling: "heart attack", "cardiac arrest", "panic attack")."""
    return sorted(
        pair
        for pair, (first, _) in pairs.items()
        if synsets[first][0] == NOUN_FEELING or _falls_under(first, synsets, NOUN_STATE, AILMENTS)
    )


def mishap_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas of three letters or more whose first noun sense is or falls under one of
    `MISHAPS` ("avalanche", "cyclone", "cholera"), but not under an injury."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if len(lemma) > 2
        and any(_falls_under(first, synsets, file, words) for file, words in MISHAPS.items())
        and not _falls_under(first, synsets, NOUN_EVENT, INJURIES)
    )


def attacker_nouns(index: str, synsets: dict[int, tuple[int, str, list[int]]]) -> list[str]:
    """Single lower-case lemmas one of whose senses is or falls under `ATTACKERS` and whose
    first sense is no other person's ("gunman", "shooter"; not "butcher")."""
    found = []
    for line in index.splitlines():
        fields = line.split()
        if line.startswith(" ") or not (fields[0].isalpha() and fields[0].islower()):
            continue
        pointers, senses = int(fields[3]), int(fields[2])
        offsets = [int(o) for o in fields[6 + pointers : 6 + pointers + senses]]
        attacks = [_falls_under(o, synsets, NOUN_PERSON, ATTACKERS) for o in offsets]
        if any(attacks) and (attacks[0] or synsets[offsets[0]][0] != NOUN_PERSON):
            found.append(fields[0])
    return sorted(found)


def censure_nouns(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    data_noun: str,
) -> list[str]:
    """Lemmas whose first sense is or falls under one of `CENSURES` but no kind of gambling
    ("crime", "betrayal", "blunder", "disgrace", "sham", "lie"), or a bad person named for
    one of those ("traitor": treason, "liar": lie; not "gunman", "fugitive")."""

    def censure(offset: int) -> bool:
        return any(_falls_under(offset, synsets, f, w) for f, w in CENSURES.items()) and not (
            _falls_under(offset, synsets, NOUN_ACT, GAMBLING)
        )

    named_for: set[int] = set()
    for fields, _, ptrs in _people(data_noun):
        if any(
            ptrs[i] == "+" and ptrs[i + 2] == "n" and censure(int(ptrs[i + 1]))
            for i in range(0, len(ptrs), 4)
        ):
            named_for.add(int(fields[0]))
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if censure(first)
        or (first in named_for and _falls_under(first, synsets, NOUN_PERSON, {"bad_person"}))
    )


def offence_nouns(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    *,
    political: bool,
) -> list[str]:
    """Lemmas, of a word or two, whose first sense names a kind of offence: an ordinary one, is
    or falls under one of `OFFENCES` but none of `POLITICAL_OFFENCES` nor `ARMED_OFFENCES`, and
    is none of `GENERIC_OFFENCES` ("theft", "burglary", "fraud", "murder", "heroin"); a
    political one (`political`), is or falls under one of `POLITICAL_OFFENCES` ("treason",
    "bribery", "terrorism", "espionage", "corruption")."""

    def under(offset: int, kinds: dict[int, set[str]]) -> bool:
        return any(_falls_under(offset, synsets, f, w) for f, w in kinds.items())

    if political:
        return sorted(
            lemma for lemma, (first, _) in nouns.items() if under(first, POLITICAL_OFFENCES)
        )
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if under(first, OFFENCES)
        and not under(first, POLITICAL_OFFENCES)
        and not under(first, {NOUN_ACT: ARMED_OFFENCES})
        and synsets[first][1] not in GENERIC_OFFENCES
    )


def offence_verbs(data_noun: str, data_verb: str, offences: list[str]) -> list[str]:
    """The verbs of one word WordNet derives from a word of an offence, that word's own
    ("burglary": "burgle", "robbery": "rob", "bribery": "bribe"; not the other words of its
    verb's synset, "murder": "hit")."""
    verbs = {}
    for line in data_verb.splitlines():
        fields = line.split()
        if not line.startswith(" "):
            verbs[fields[0]] = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
    wanted = set(offences)
    found = set()
    for line in data_noun.splitlines():
        fields = line.split()
        if line.startswith(" "):
            continue
        words = int(fields[3], 16)
        pointers = int(fields[4 + 2 * words])
        ptrs = fields[5 + 2 * words : 5 + 2 * words + 4 * pointers]
        for i in range(0, len(ptrs), 4):
            if ptrs[i] != "+" or ptrs[i + 2] != "v":
                continue
            # source and target: the word's number in its synset, and its verb's in its own
            noun = fields[2 + 2 * int(ptrs[i + 3][:2], 16)].lower().replace("_", " ")
            verb = verbs[ptrs[i + 1]][int(ptrs[i + 3][2:], 16) - 1]
            if noun in wanted and verb.isalpha() and verb.islower():
                found.add(verb)
    return sorted(found)


def envoy_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first sense is or falls under `DIPLOMATS`, but for named people
    ("ambassador", "envoy"; not "Kissinger")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower() and _falls_under(first, synsets, NOUN_PERSON, DIPLOMATS)
    )


def office_nouns(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    data_noun: str,
) -> list[str]:
    """Lemmas whose first sense is or falls under `OFFICES`, or is a kind of `REPRESENTATIVE`
    itself, written in lower case there: no named person ("Republican") nor a name WordNet
    lists for an office ("Rex" of the king, a given name before a name far more often)."""
    represent = {
        o for o, (lf, w, _) in synsets.items() if lf == NOUN_PERSON and w == REPRESENTATIVE
    }
    lower: set[tuple[int, str]] = set()
    for line in data_noun.splitlines():
        fields = line.split()
        if not line.startswith(" ") and int(fields[1]) == NOUN_PERSON:
            words = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
            lower.update((int(fields[0]), w) for w in words if w.islower())
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if (first, lemma) in lower
        and (
            _falls_under(first, synsets, NOUN_PERSON, OFFICES)
            or not represent.isdisjoint(synsets[first][2])
        )
    )


def leisure_nouns(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    *,
    food: bool,
) -> list[str]:
    """Lemmas whose first sense, a common noun's (not "Judges", a book of the Bible), is or
    falls under one of `LEISURE`'s synsets ("movie", "ballad", "sculpture", "rugby"), or with
    `food` is food ("bread")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower()
        and (
            (food and synsets[first][0] == NOUN_FOOD)
            or any(_falls_under(first, synsets, lf, words) for lf, words in LEISURE.items())
        )
    )


def sport_nouns(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas with a sense that is a contest (noun.event) every one of which is a game of sport
    (`SPORT_CONTESTS`: "tournament", "semifinal", "olympics", "match"); not "race" nor
    "contest", whose contests may be a vote ("the race for the presidency"), nor a place too
    ("open": "brought the dispute into the open")."""
    found = []
    for lemma, offsets in senses.items():
        contests = [o for o in offsets if _falls_under(o, synsets, NOUN_EVENT, CONTESTS)]
        place = any(synsets[o][0] == NOUN_LOCATION for o in offsets)
        if (contests and not place) and all(
            _falls_under(o, synsets, NOUN_EVENT, SPORT_CONTESTS) for o in contests
        ):
            found.append(lemma)
    return sorted(found)


def artifact_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is a made thing (noun.artifact: "tank", "device")."""
    return sorted(
        lemma for lemma, (first, _) in nouns.items() if synsets[first][0] == NOUN_ARTIFACT
    )


def object_nouns(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is a made thing but no emblem, and none a person or a
    group of people ("hotel", "smartphone"; not "flag", which stands for its state, nor
    "panel", "bench" or "cell", bodies of people too)."""
    people = (NOUN_PERSON, NOUN_GROUP)
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if synsets[offsets[0]][0] == NOUN_ARTIFACT
        and not _falls_under(offsets[0], synsets, NOUN_ARTIFACT, {"emblem"})
        and all(synsets[o][0] not in people for o in offsets)
    )


def money_nouns(
    nouns: dict[str, tuple[int, int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first noun sense is what is owned, paid or owed (noun.possession: "fee",
    "toll") or is or falls under one of `MONETARY` ("price", "peso")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][0] == NOUN_POSSESSION
        or any(_falls_under(first, synsets, lf, words) for lf, words in MONETARY.items())
    )


def goods_nouns(
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    kinds: dict[int, set[str]],
) -> list[str]:
    """Lemmas whose first noun sense, a common noun's, is or falls under one of `kinds`'
    synsets (`GOODS`: "ambulance", "antibiotic", "flour")."""
    return sorted(
        lemma
        for lemma, (first, _) in nouns.items()
        if synsets[first][1].islower()
        and any(_falls_under(first, synsets, lf, words) for lf, words in kinds.items())
    )


def possession_verbs(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas one of whose verb senses is of owning, paying or taking (verb.possession:
    "charge", "pay")."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if any(synsets[o][0] == VERB_POSSESSION for o in offsets)
    )


def stative_verbs(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first verb sense is a state (verb.stative: "hold", "keep")."""
    return sorted(
        lemma for lemma, offsets in senses.items() if synsets[offsets[0]][0] == VERB_STATIVE
    )


def desire_verbs(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas whose first verb sense is or falls under one of `DESIRES` ("want", "hope",
    "seek", "dread"): what they take for object is wished for or feared, not done."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if _falls_under(offsets[0], synsets, VERB_EMOTION, DESIRES)
    )


def frame_senses(data_verb: str, wanted: frozenset[int]) -> set[tuple[int, str]]:
    """The (synset offset, lower-case word) pairs of data.verb whose sense has one of the
    `wanted` frames (given for the whole synset or for that word)."""
    found: set[tuple[int, str]] = set()
    for line in data_verb.splitlines():
        if line.startswith(" "):
            continue
        fields = line.split("|")[0].split()
        words = int(fields[3], 16)
        pointers = int(fields[4 + 2 * words])
        frames = fields[5 + 2 * words + 4 * pointers :]
        lemmas = [w.lower() for w in fields[4 : 4 + 2 * words : 2]]
        for i in range(int(frames[0])):
            frame, word = int(frames[2 + 3 * i]), int(frames[3 + 3 * i], 16)
            if frame in wanted:
                chosen = lemmas if word == 0 else [lemmas[word - 1]]
                found.update((int(fields[0]), w) for w in chosen)
    return found


def clause_verbs(clauses: set[tuple[int, str]]) -> list[str]:
    """Single-word lemmas one of whose senses takes a that-clause (`THAT_CLAUSE`)."""
    return sorted({word for _, word in clauses if "_" not in word})


def object_verbs(
    senses: dict[str, list[int]], objects: set[tuple[int, str]], bare: set[tuple[int, str]]
) -> list[str]:
    """Lemmas whose first sense takes an object (`OBJECT_FRAMES`) and is never used without
    one (`BARE_FRAMES`): "arrest", "condemn"; not "arrive", nor "resign" ("resigned", "resigned
    the post")."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if (offsets[0], lemma) in objects and (offsets[0], lemma) not in bare
    )


def criticism_verbs(
    senses: dict[str, list[int]], synsets: dict[int, tuple[int, str, list[int]]]
) -> list[str]:
    """Lemmas one of whose verb senses is or falls under one of `CRITICISMS`."""
    return sorted(
        lemma
        for lemma, offsets in senses.items()
        if any(_falls_under(o, synsets, lf, w) for o in offsets for lf, w in CRITICISMS.items())
    )


def opinion_verbs(
    verbs: dict[str, tuple[int, int]],
    nouns: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    clauses: set[tuple[int, str]],
) -> list[str]:
    """Lemmas whose first verb sense takes a clause and is or falls under one of `OPINIONS`,
    but for nouns first ("suppose", "reckon", "imagine"; not "picture")."""
    return sorted(
        lemma
        for lemma, (first, tagged) in verbs.items()
        if (first, lemma) in clauses
        and any(_falls_under(first, synsets, lf, words) for lf, words in OPINIONS.items())
        and nouns.get(lemma, (0, 0))[1] <= tagged
    )


def saying_verbs(
    verbs: dict[str, tuple[int, int]],
    synsets: dict[int, tuple[int, str, list[int]]],
    clauses: set[tuple[int, str]],
) -> list[str]:
    """Lemmas whose first verb sense takes a clause and is or falls under one of `SAYINGS`
    ("emphasize", "underline", "reiterate")."""
    return sorted(
        lemma
        for lemma, (first, _) in verbs.items()
        if (first, lemma) in clauses
        and any(_falls_under(first, synsets, lf, words) for lf, words in SAYINGS.items())
    )


def read_glosses(data: str) -> dict[int, str]:
    """Each synset's gloss by its offset in a data file, its examples left off."""
    return {
        int(line.split(maxsplit=1)[0]): line.split("|", 1)[1].split(";")[0].strip()
        for line in data.splitlines()
        if not line.startswith(" ")
    }


def again_verbs(senses: dict[str, list[int]], glosses: dict[int, str]) -> list[str]:
    """Lemmas "re" + a verb whose first sense WordNet glosses as that verb's act again, anew
    or back ("reimpose": impose anew; "retake": take back by force), or as another act again
    where a later one is ("recapture": experience anew first, capture again): doing it
    again is doing it. Not "resign", "release", "represent", nor "recover" (get back first).
    Each is listed with its stem, then the verbs its other senses are the act of again
    ("retake take capture photograph")."""
    found = []
    for lemma, offsets in senses.items():
        stem, first = lemma[2:], glosses[offsets[0]]
        verbs = [_again_of(glosses[o]) for o in offsets]
        repeated = verbs[0] == stem or (re.search(r"\b(again|anew)\b", first) and stem in verbs)
        if lemma.startswith("re") and stem in senses and repeated:
            found.append(" ".join([lemma, *dict.fromkeys([stem, *filter(None, verbs)])]))
    return sorted(found)


def _again_of(gloss: str) -> str | None:
    """The verb whose act a gloss tells again, anew or back ("capture again": capture)."""
    found = re.match(r"([a-z]+)( back| .*\b(again|anew))\b", gloss)
    return found.group(1) if found else None


def main() -> None:
    data_noun = (WORDNET / "data.noun").read_text("utf-8")
    synsets = read_synsets(data_noun)
    index = (WORDNET / "index.noun").read_text("utf-8")
    nouns = read_index(index)
    senses = read_senses(index)
    pairs = read_pairs(index)
    persons = person_nouns(
        nouns,
        read_index((WORDNET / "index.adj").read_text("utf-8")),
        read_pertainyms((WORDNET / "data.adj").read_text("utf-8")),
        synsets,
    )
    offences = offence_nouns(nouns | pairs, synsets, political=False)
    political = offence_nouns(nouns | pairs, synsets, political=True)
    for name, found in (
        ("person", persons),
        ("animal", animal_nouns(nouns, synsets)),
        ("arms", sorted(artifacts_under(nouns | pairs, synsets, ARMS))),
        (
            "craft",
            sorted(
                set(artifacts_under(nouns, synsets, CRAFT)) - doers(data_noun)
                | set(craft_second(senses, synsets))
            ),
        ),
        ("asset", sorted(artifacts_under(nouns, synsets, ASSETS))),
        ("storm", storm_nouns(senses, synsets)),
        ("water", water_nouns(nouns, synsets)),
        ("way", way_nouns(nouns, senses, synsets)),
        ("land", land_nouns(nouns, synsets)),
        ("content", content_nouns(nouns, synsets)),
        ("quality", quality_nouns(nouns, synsets)),
        ("artifact", artifact_nouns(nouns, synsets)),
        ("object", object_nouns(senses, synsets)),
        ("ailment", ailment_nouns(pairs, synsets)),
        ("mishap", mishap_nouns(nouns, synsets)),
        ("attacker", attacker_nouns(index, synsets)),
        ("envoy", envoy_nouns(nouns, synsets)),
        ("censure", censure_nouns(nouns, synsets, data_noun)),
        ("offence", offences),
        ("political_offence", political),
        ("clergy", clergy_nouns(senses, synsets)),
        ("group", group_nouns(nouns, synsets)),
        ("office", office_nouns(nouns, synsets, data_noun)),
        ("leisure", leisure_nouns(nouns, synsets, food=True)),
        ("work", leisure_nouns(nouns, synsets, food=False)),
        ("sport", sport_nouns(senses, synsets)),
        ("money", money_nouns(nouns, synsets)),
        *((name, goods_nouns(nouns, synsets, kinds)) for name, kinds in GOODS.items()),
    ):
        (DATA / f"{name}_nouns.txt").write_text("\n".join(found) + "\n", "utf-8")
        print(f"{len(found)} {name} nouns")
    data_verb = (WORDNET / "data.verb").read_text("utf-8")
    index_verb = (WORDNET / "index.verb").read_text("utf-8")
    verbs = read_index(index_verb)
    verb_synsets = read_synsets(data_verb)
    clauses = frame_senses(data_verb, frozenset({THAT_CLAUSE}))
    opinions = opinion_verbs(verbs, nouns, verb_synsets, clauses)
    verb_senses = read_senses(index_verb)
    owning = possession_verbs(verb_senses, verb_synsets)
    states = stative_verbs(verb_senses, verb_synsets)
    criticising = criticism_verbs(verb_senses, verb_synsets)
    for name, listed in (
        ("opinion", opinions),
        ("saying", saying_verbs(verbs, verb_synsets, clauses)),
        ("possession", owning),
        ("stative", states),
        ("criticism", criticising),
        ("offence", offence_verbs(data_noun, data_verb, offences)),
        ("political_offence", offence_verbs(data_noun, data_verb, political)),
        ("desire", desire_verbs(verb_senses, verb_synsets)),
        ("again", again_verbs(verb_senses, read_glosses(data_verb))),
        ("clause", clause_verbs(clauses)),
        (
            "object",
            object_verbs(
                verb_senses,
                frame_senses(data_verb, OBJECT_FRAMES),
                frame_senses(data_verb, BARE_FRAMES),
            ),
        ),
    ):
        (DATA / f"{name}_verbs.txt").write_text("\n".join(listed) + "\n", "utf-8")
        print(f"{len(listed)} {name} verbs")
    # One licence for every list: all come from the same WordNet.
    shutil.copyfile(LICENCE, DATA / "wordnet_nouns.LICENSE")


if __name__ == "__main__":
    main()
