"""scripts/build_person_nouns.py: which WordNet nouns name a private person, an animal, arms,
a craft, a storm, a mishap, what is said or thought, a made thing, an ailment, or money."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_person_nouns

# Lines written for this test in the form of WordNet's data.noun and index.noun: a synset's
# offset, lexicographer file, words and hypernyms ("@"); a lemma's senses, most frequent first.
DATA = (
    "  1 licence line\n"
    "00000100 18 n 01 person 0 000 | a human being\n"
    "00000200 18 n 01 fiddler 0 001 @ 00000100 n 0000 | one who plays the fiddle\n"
    "00000300 06 n 01 barge 0 000 | a boat\n"
    "00000400 15 n 01 frontier 0 000 | a border\n"
    "00000500 18 n 01 warrior 0 001 @ 00000100 n 0000 | one who fights\n"
    "00000600 18 n 02 raider 0 marauder 0 001 @ 00000500 n 0000 | one who raids\n"
    "00000700 18 n 01 monarch 0 001 @ 00000100 n 0000 | a sovereign\n"
    "00000800 06 n 01 royal 0 000 | a sail\n"
    "00000900 10 n 01 fiddle 0 000 | a tune\n"
    "00001000 06 n 01 regal 0 000 | a small organ\n"
    "00001100 05 n 01 hound 0 000 | a hunting dog\n"
    "00001200 06 n 01 weapon 0 000 | an instrument of attack\n"
    "00001300 06 n 01 projectile 0 001 @ 00001200 n 0000 | a thing thrown or fired\n"
    "00001400 06 n 01 bullet 0 001 @ 00001300 n 0000 | a projectile fired from a gun\n"
    "00001500 04 n 01 weapon 0 000 | an act of attack, written here in noun.act\n"
    "00001600 09 n 01 notion 0 000 | an idea\n"
)
INDEX = (
    "  1 licence line\n"
    "fiddler n 1 1 @ 1 0 00000200\n"
    "barge n 2 2 @ ~ 2 0 00000300 00000200\n"
    "frontier n 1 0 1 0 00000400\n"
    "bargee n 2 1 @ 2 0 00000200 00000300\n"
    "rock_star n 1 1 @ 1 0 00000200\n"
    "raider n 1 1 @ 1 0 00000600\n"
    "royal n 1 1 @ 1 0 00000800\n"
    "fiddle n 1 1 @ 1 0 00000900\n"
    "regal n 1 1 @ 1 1 00001000\n"
    "hound n 1 0 1 0 00001100\n"
    "beagle n 2 0 2 0 00000300 00001100\n"
    "bullet n 1 0 1 0 00001400\n"
    "slug n 2 0 2 0 00000300 00001400\n"
    "strike n 1 0 1 0 00001500\n"
    "notion n 1 0 1 0 00001600\n"
    "ditty n 2 0 2 0 00000300 00000900\n"
)
# And of data.adj and index.adj: adjectives pertaining ("\\") to a noun synset.
DATA_ADJ = (
    "00002000 01 a 01 royal 0 001 \\ 00000700 n 0101 | of a monarch\n"
    "00002100 01 a 01 fiddle 0 001 \\ 00000200 n 0101 | of a fiddler\n"
    "00002200 01 a 01 regal 0 001 \\ 00000700 n 0101 | of a monarch\n"
    "00002300 01 a 01 bargelike 0 001 \\ 00000300 n 0101 | of a barge\n"
)
INDEX_ADJ = (
    "royal a 1 1 \\ 1 0 00002000\n"
    "fiddle a 1 1 \\ 1 0 00002100\n"
    "regal a 1 1 \\ 1 0 00002200\n"
    "bargelike a 1 1 \\ 1 0 00002300\n"
)


def test_a_noun_names_a_private_person_where_its_first_sense_does() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    assert synsets[600] == (18, "raider", [500])
    # "barge" names a person only in its second sense; "rock_star" is no single word; a
    # raider is a warrior, a side in a fight.
    nouns, adjectives = (
        build_person_nouns.read_index(INDEX),
        build_person_nouns.read_index(INDEX_ADJ),
    )
    assert nouns["regal"] == (1000, 1)
    pertains = build_person_nouns.read_pertainyms(DATA_ADJ)
    assert pertains[2000] == 700
    # "royal", of a monarch, is a person as a noun: its noun sense, a sail, is unattested;
    # "regal" has an attested noun sense (an organ), "fiddle" a language's (a tune here),
    # "bargelike" pertains to no person.
    found = build_person_nouns.person_nouns(nouns, adjectives, pertains, synsets)
    assert found == ["bargee", "fiddler", "royal"]


def test_a_noun_names_an_animal_where_its_first_sense_does() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    # "beagle" (written here a boat first) is an animal only in its second sense.
    nouns = build_person_nouns.read_index(INDEX)
    assert build_person_nouns.animal_nouns(nouns, synsets) == ["hound"]


def test_a_noun_names_arms_where_its_first_sense_falls_under_weapons() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    nouns = build_person_nouns.read_index(INDEX)
    # "slug" (written here a boat first) is arms only in its second sense; "strike" falls
    # under a "weapon" of another lexicographer file.
    assert build_person_nouns.artifacts_under(nouns, synsets, build_person_nouns.ARMS) == ["bullet"]


def test_a_noun_names_what_is_said_or_thought_where_its_first_sense_does() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    nouns = build_person_nouns.read_index(INDEX)
    # "fiddle" is a tune (noun.communication), "notion" an idea (noun.cognition); "ditty"
    # (written here a boat first) is a tune only in its second sense.
    assert build_person_nouns.content_nouns(nouns, synsets) == ["fiddle", "notion"]


def test_a_noun_names_a_work_a_sport_or_food_where_its_first_common_sense_does() -> None:
    data = (
        "00005000 10 n 01 show 0 000 | a social event of entertainment\n"
        "00005100 10 n 01 sitcom 0 001 @ 00005000 n 0000 | a comedy series\n"
        "00005200 10 n 01 Exodus 0 001 @ 00005300 n 0000 | a book of the Bible\n"
        "00005300 10 n 01 book 0 000 | a written work\n"
        "00005400 04 n 01 sport 0 000 | an active diversion\n"
        "00005500 04 n 01 cricket 0 001 @ 00005400 n 0000 | a game with bat and ball\n"
        "00005600 04 n 01 rally 0 000 | a gathering of protest, no sport\n"
        "00005700 13 n 01 flatbread 0 000 | a bread\n"
        "00005800 05 n 01 cricket 0 000 | an insect\n"
    )
    index = (
        "sitcom n 1 1 @ 1 0 00005100\n"
        "exodus n 1 1 @ 1 0 00005200\n"
        "cricket n 2 1 @ 2 0 00005500 00005800\n"
        "rally n 1 0 1 0 00005600\n"
        "flatbread n 1 1 @ 1 0 00005700\n"
        "chirper n 2 1 @ 2 0 00005800 00005500\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    nouns = build_person_nouns.read_index(index)
    # "exodus" is a book only as a named one; "rally" falls under no sport; "chirper" is a
    # sport only in its second sense.
    assert build_person_nouns.leisure_nouns(nouns, synsets, food=True) == [
        "cricket",
        "flatbread",
        "sitcom",
    ]
    # Works and sport alone: no food.
    assert build_person_nouns.leisure_nouns(nouns, synsets, food=False) == ["cricket", "sitcom"]


def test_a_noun_names_a_game_of_sport_where_each_of_its_contests_is_one() -> None:
    data = (
        "00006000 11 n 01 contest 0 000 | a social event of rivals\n"
        "00006100 11 n 01 match 0 001 @ 00006000 n 0000 | a contest of teams\n"
        "00006200 11 n 01 semifinal 0 001 @ 00006100 n 0000 | the round before the last\n"
        "00006300 11 n 01 race 0 001 @ 00006000 n 0000 | any competition, a vote's too\n"
        "00006400 11 n 01 sprint 0 001 @ 00006100 n 0000 | a short race, written as a match\n"
        "00006500 15 n 01 open 0 000 | an open space\n"
        "00006600 11 n 01 open 0 001 @ 00006100 n 0000 | a tournament open to all\n"
        "00006700 06 n 01 lighter 0 000 | a device that lights\n"
    )
    index = (
        "match n 2 1 @ 2 0 00006700 00006100\n"
        "semifinal n 1 1 @ 1 0 00006200\n"
        "race n 2 1 @ 2 0 00006300 00006400\n"
        "open n 2 1 @ 2 0 00006500 00006600\n"
        "contest n 1 0 1 0 00006000\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(index)
    # "match" is a lighter first, yet its one contest is a game; "race" is also any contest,
    # "open" also a place; "contest" is no game.
    assert build_person_nouns.sport_nouns(senses, synsets) == ["match", "semifinal"]


def test_a_noun_names_a_made_thing_where_its_first_sense_does() -> None:
    synsets = build_person_nouns.read_synsets(DATA)
    nouns = build_person_nouns.read_index(INDEX)
    # "bargee" is a person first, a boat second; "strike" is in noun.act; "royal" is a sail.
    assert build_person_nouns.artifact_nouns(nouns, synsets) == [
        "barge",
        "beagle",
        "bullet",
        "ditty",
        "regal",
        "royal",
        "slug",
    ]


def test_a_noun_names_an_object_where_its_first_sense_is_made_no_emblem_and_none_people() -> None:
    data = (
        "00003500 06 n 01 kiosk 0 000 | a small booth, a made thing\n"
        "00003600 06 n 01 emblem 0 000 | a visible symbol\n"
        "00003700 06 n 01 pennant 0 001 @ 00003600 n 0000 | a flag, an emblem\n"
        "00003800 14 n 01 jury 0 000 | a body of people sworn\n"
        "00003900 18 n 01 porter 0 000 | one who carries\n"
        "00004000 09 n 01 plan 0 000 | an idea\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(
        "kiosk n 1 0 1 0 00003500\n"  # a made thing only
        "pennant n 1 0 1 0 00003700\n"  # an emblem: it stands for its state
        "booth n 2 0 2 0 00003500 00003800\n"  # a body of people too
        "trolley n 2 0 2 0 00003500 00003900\n"  # a person too
        "sketch n 2 0 2 0 00004000 00003500\n"  # an idea first
    )
    assert build_person_nouns.object_nouns(senses, synsets) == ["kiosk"]


def test_a_noun_names_a_craft_where_its_first_sense_does_and_no_sense_is_a_doer() -> None:
    data = (
        "00003000 06 n 01 craft 0 000 | a vehicle of water or air\n"
        "00003100 06 n 01 schooner 0 001 @ 00003000 n 0000 | a sailing ship\n"
        "00003200 06 n 01 raider 0 001 @ 00003000 n 0000 | a ship that raids\n"
        "00003300 18 n 01 raider 0 001 + 00009000 v 0101 | one who raids\n"
        "00003400 18 n 01 schooner 0 000 | a sailor, with no verb it is made from\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    nouns = build_person_nouns.read_index(
        "schooner n 2 0 2 0 00003100 00003400\nraider n 2 0 2 0 00003200 00003300\n"
    )
    crafts = build_person_nouns.artifacts_under(nouns, synsets, build_person_nouns.CRAFT)
    assert crafts == ["raider", "schooner"]
    # "raider" is also one who raids: before a name it names that doer as often.
    assert build_person_nouns.doers(data) == {"raider"}


def test_a_noun_names_a_craft_where_its_second_sense_does_and_no_sense_is_a_person() -> None:
    data = (
        "00003000 06 n 01 craft 0 000 | a vehicle of water or air\n"
        "00003100 06 n 01 jar 0 000 | a container\n"
        "00003200 06 n 01 cutter 0 001 @ 00003000 n 0000 | a sailing ship\n"
        "00003300 18 n 01 cutter 0 000 | one who cuts\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(
        "ewer n 2 0 2 0 00003100 00003200\n"  # a container first, a ship second
        "cutter n 3 0 3 0 00003100 00003200 00003300\n"  # a person too: no craft
        "urn n 3 0 3 0 00003100 00003100 00003200\n"  # a ship only third
        "Ewer n 2 0 2 0 00003100 00003200\n"  # a capitalised lemma is left out
    )
    assert senses["ewer"] == [3100, 3200]
    assert build_person_nouns.craft_second(senses, synsets) == ["ewer"]


def test_a_noun_names_a_storm_where_a_sense_falls_under_storm_and_none_is_a_person() -> None:
    data = (
        "00004000 19 n 01 storm 0 000 | a violent weather condition\n"
        "00004100 19 n 01 squall 0 001 @ 00004000 n 0000 | a sudden storm\n"
        "00004200 26 n 01 eddy 0 000 | an air mass, a state\n"
        "00004300 18 n 01 squall 0 000 | one who squalls\n"
        "00004400 06 n 01 storm 0 000 | a made thing of another file\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(
        "gust n 1 0 1 0 00004100\n"  # a storm first
        "whorl n 2 0 2 0 00004200 00004100\n"  # an air mass first, a storm second
        "squall n 2 0 2 0 00004100 00004300\n"  # a person too: no storm
        "gale n 1 0 1 0 00004400\n"  # under no storm of noun.phenomenon
    )
    assert build_person_nouns.storm_nouns(senses, synsets) == ["gust", "whorl"]


def test_a_noun_names_a_mishap_where_its_first_sense_falls_under_one_in_three_letters() -> None:
    data = (
        "00004500 11 n 01 slide 0 000 | a sliding down, an event\n"
        "00004600 11 n 01 scree_fall 0 001 @ 00004500 n 0000 | a slide of stones\n"
        "00004700 26 n 01 disease 0 000 | an impairment of health\n"
        "00004800 26 n 01 fen_fever 0 001 @ 00004700 n 0000 | a fever of the marsh\n"
        "00004900 04 n 01 slide 0 000 | a slide of another file, an act\n"
        "00005000 06 n 01 chute 0 000 | a made thing\n"
        "00005100 11 n 01 injury 0 001 @ 00004500 n 0000 | harm, written here under slide\n"
        "00005200 11 n 01 maiming 0 001 @ 00005100 n 0000 | an injury\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    nouns = build_person_nouns.read_index(
        "rubble n 1 0 1 0 00004600\n"  # a slide first
        "ague n 1 0 1 0 00004800\n"  # a disease first
        "ox n 1 0 1 0 00004800\n"  # two letters: no word of its own
        "glide n 1 0 1 0 00004900\n"  # under a slide of noun.act
        "ramp n 2 0 2 0 00005000 00004600\n"  # a slide second only
        "laming n 1 0 1 0 00005200\n"  # an injury: the harm, no cause
    )
    assert build_person_nouns.mishap_nouns(nouns, synsets) == ["ague", "rubble"]


def test_a_noun_of_two_words_names_an_ailment_where_its_first_sense_does() -> None:
    data = (
        "00002000 26 n 01 condition 0 000 | a state\n"
        "00002100 26 n 01 physical_condition 0 001 @ 00002000 n 0000 | of the body\n"
        "00002200 26 n 01 coronary_fit 0 001 @ 00002100 n 0000 | a fit of the heart\n"
        "00002300 12 n 01 stage_fright 0 000 | a fear\n"
        "00002400 04 n 01 air_raid 0 000 | an act\n"
        "00002500 26 n 01 house_arrest 0 001 @ 00002000 n 0000 | a state, no ailment\n"
    )
    index = (
        "  1 licence line\n"
        "coronary_fit n 1 1 @ 1 0 00002200\n"
        "stage_fright n 1 0 1 0 00002300\n"
        "air_raid n 1 0 1 0 00002400\n"
        "house_arrest n 1 1 @ 1 0 00002500\n"
        "sudden_coronary_fit n 1 1 @ 1 0 00002200\n"
        "Adams_fit n 1 1 @ 1 0 00002200\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    # A raid is an act, house arrest a state no ailment; three words, or a name, are left out.
    pairs = build_person_nouns.read_pairs(index)
    assert build_person_nouns.ailment_nouns(pairs, synsets) == ["coronary fit", "stage fright"]


def test_a_noun_of_two_words_names_arms_where_its_first_sense_falls_under_weapons() -> None:
    data = (
        "00005000 06 n 01 weapon 0 000 | an instrument of attack\n"
        "00005100 06 n 01 land_mine 0 001 @ 00005000 n 0000 | buried, it goes off\n"
        "00005200 06 n 01 coal_mine 0 000 | a pit\n"
        "00005300 06 n 01 booby_trap 0 000 | a pit trap first\n"
        "00005400 06 n 01 booby_trap 0 001 @ 00005000 n 0000 | a hidden explosive\n"
    )
    index = (
        "  1 licence line\n"
        "land_mine n 1 1 @ 1 0 00005100\n"
        "coal_mine n 1 0 1 0 00005200\n"
        "booby_trap n 2 1 @ 2 0 00005300 00005400\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    pairs = build_person_nouns.read_pairs(index)
    # A trap first, a weapon second: no arms.
    assert build_person_nouns.artifacts_under(pairs, synsets, build_person_nouns.ARMS) == [
        "land mine"
    ]


def test_a_noun_names_an_attacker_where_a_sense_does_and_its_first_is_no_other_person() -> None:
    data = (
        "00003000 18 n 01 person 0 000 | a human being\n"
        "00003100 18 n 01 killer 0 001 @ 00003000 n 0000 | one who kills\n"
        "00003200 18 n 02 gunman 0 hired_gun 0 001 @ 00003100 n 0000 | a killer with a gun\n"
        "00003300 06 n 01 marble 0 000 | a small ball\n"
        "00003400 18 n 01 tradesman 0 001 @ 00003000 n 0000 | one who sells meat\n"
        "00003500 18 n 01 referee 0 001 @ 00003000 n 0000 | one who judges a game\n"
    )
    index = (
        "  1 licence line\n"
        "gunman n 1 1 @ 1 0 00003200\n"
        "shooter n 2 1 @ 2 0 00003300 00003200\n"
        "butcher n 2 1 @ 2 0 00003400 00003100\n"
        "referee n 1 1 @ 1 0 00003500\n"
        "Cain n 1 1 @ 1 0 00003100\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    # A marble first and a gunman after is one; a tradesman first, a killer after, is not; a
    # name is left out.
    assert build_person_nouns.attacker_nouns(index, synsets) == ["gunman", "shooter"]


def test_a_noun_names_clergy_where_a_common_sense_falls_under_a_faiths_leaders_or_church() -> None:
    data = (
        "00005000 18 n 01 spiritual_leader 0 000 | one who leads a faith\n"
        "00005100 18 n 01 vicar 0 001 @ 00005000 n 0000 | a parish priest\n"
        "00005200 14 n 01 church 0 000 | a body of Christians\n"
        "00005300 14 n 01 chapter 0 001 @ 00005200 n 0000 | a church's body\n"
        "00005400 18 n 01 Zeno 0 001 @ 00005000 n 0000 | a bishop named\n"
        "00005500 18 n 01 believer 0 000 | one who believes\n"
        "00005600 06 n 01 boat 0 000 | a boat\n"
    )
    senses = build_person_nouns.read_senses(
        "vicar n 1 0 1 0 00005100\n"
        "chapter n 2 0 2 0 00005600 00005300\n"  # a boat first, a church's body second
        "zeno n 1 0 1 0 00005400\n"  # a name only
        "worshipper n 1 0 1 0 00005500\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    assert build_person_nouns.clergy_nouns(senses, synsets) == ["chapter", "vicar"]


def test_a_verb_holds_an_opinion_where_its_first_sense_takes_a_clause_under_believing() -> None:
    # data.verb lines: offset, lexicographer file (31 verb.cognition), words, hypernyms, then
    # frames ("+ 26 00": "Somebody ----s that CLAUSE", for every word of the synset).
    data = (
        "00007000 31 v 01 expect 0 000 01 + 26 00 | regard as probable\n"
        "00007100 31 v 02 suppose 0 reckon 0 001 @ 00007000 v 0000 01 + 26 00 | believe\n"
        "00007200 31 v 01 await 0 001 @ 00007000 v 0000 01 + 08 00 | look forward to\n"
        "00007300 31 v 01 ponder 0 000 01 + 26 00 | reflect deeply\n"
        "00007400 31 v 02 picture 0 envision 0 001 @ 00007000 v 0000 01 + 26 00 | see\n"
        "00007500 31 v 02 fear 0 dread 0 001 @ 00007000 v 0000 01 + 26 02 | be afraid\n"
    )
    index = (
        "expect v 1 1 @ 1 1 00007000\n"
        "suppose v 1 1 @ 1 1 00007100\n"
        "reckon v 2 1 @ 2 1 00007100 00007300\n"
        "await v 1 1 @ 1 1 00007200\n"
        "ponder v 1 0 1 1 00007300\n"
        "picture v 1 1 @ 1 1 00007400\n"
        "envision v 1 1 @ 1 1 00007400\n"
        "fear v 1 1 @ 1 1 00007500\n"
        "dread v 1 1 @ 1 1 00007500\n"
    )
    nouns = build_person_nouns.read_index("picture n 2 0 2 2 00000300 00001600\n")
    found = build_person_nouns.opinion_verbs(
        build_person_nouns.read_index(index),
        nouns,
        build_person_nouns.read_synsets(data),
        build_person_nouns.frame_senses(data, frozenset({build_person_nouns.THAT_CLAUSE})),
    )
    # "await" takes no clause; "ponder" is no kind of expecting; "picture" is a noun first;
    # the clause frame of the fearing synset is given for its second word alone, "dread".
    assert found == ["dread", "envision", "expect", "reckon", "suppose"]


def test_a_verb_takes_a_clause_where_any_of_its_senses_does() -> None:
    data = (
        "00008000 32 v 02 warn 0 caution 0 000 01 + 26 01 | notify of danger\n"
        "00008100 41 v 01 fund 0 000 01 + 08 00 | give money to\n"
        "00008200 32 v 02 point_out 0 mention 0 000 01 + 26 00 | make known\n"
    )
    found = build_person_nouns.clause_verbs(
        build_person_nouns.frame_senses(data, frozenset({build_person_nouns.THAT_CLAUSE}))
    )
    # "caution" has the clause frame only through "warn"; "fund" takes none; a phrase is no word.
    assert found == ["mention", "warn"]


def test_a_verb_takes_an_object_where_its_first_sense_does_and_never_goes_without() -> None:
    data = (
        "00009000 41 v 01 nab 0 000 01 + 09 00 | take into custody\n"
        "00009100 38 v 01 reach 0 000 02 + 02 00 + 08 00 | arrive at\n"
        "00009200 38 v 01 land 0 000 01 + 22 00 | come down\n"
        "00009300 32 v 01 scold 0 000 01 + 09 00 | rebuke\n"
    )
    index = (
        "nab v 1 0 1 1 00009000\n"
        "reach v 1 0 1 1 00009100\n"
        "land v 1 0 1 1 00009200\n"
        "scold v 2 0 2 2 00009200 00009300\n"
    )
    found = build_person_nouns.object_verbs(
        build_person_nouns.read_senses(index),
        build_person_nouns.frame_senses(data, build_person_nouns.OBJECT_FRAMES),
        build_person_nouns.frame_senses(data, build_person_nouns.BARE_FRAMES),
    )
    # "reach" goes without an object too; "land" takes none; "scold" only in its second sense.
    assert found == ["nab"]


def test_a_verb_says_where_its_first_sense_takes_a_clause_under_stressing_or_repeating() -> None:
    # data.verb lines as above, in verb.communication (32)
    data = (
        "00008000 32 v 01 stress 0 000 01 + 26 00 | give weight to\n"
        "00008100 32 v 02 underscore 0 highlight 0 001 @ 00008000 v 0000 01 + 26 00 | mark\n"
        "00008200 32 v 01 repeat 0 000 01 + 26 00 | say again\n"
        "00008300 32 v 01 echo 0 001 @ 00008200 v 0000 01 + 08 00 | sound again\n"
        "00008400 32 v 01 declare 0 000 01 + 26 00 | state firmly\n"
        "00008500 32 v 01 pledge 0 001 @ 00008400 v 0000 01 + 26 00 | promise\n"
    )
    index = (
        "stress v 1 1 @ 1 1 00008000\n"
        "underscore v 1 1 @ 1 1 00008100\n"
        "highlight v 2 1 @ 2 1 00009999 00008100\n"
        "repeat v 1 1 @ 1 1 00008200\n"
        "echo v 1 1 @ 1 1 00008300\n"
        "pledge v 1 1 @ 1 1 00008500\n"
    )
    synsets = build_person_nouns.read_synsets(data + "00009999 30 v 01 light 0 000 | lit\n")
    found = build_person_nouns.saying_verbs(
        build_person_nouns.read_index(index),
        synsets,
        build_person_nouns.frame_senses(data, frozenset({build_person_nouns.THAT_CLAUSE})),
    )
    # "highlight" is another sense first; "echo" takes no clause; "pledge" falls under declaring.
    assert found == ["repeat", "stress", "underscore"]


def test_a_noun_names_money_where_its_first_sense_is_owned_or_a_sum_or_its_unit() -> None:
    data = (
        "00006000 21 n 01 levy 0 000 | a sum collected\n"
        "00006100 07 n 01 monetary_value 0 000 | worth in money\n"
        "00006200 07 n 01 fare 0 001 @ 00006100 n 0000 | the price of a ride\n"
        "00006300 23 n 01 monetary_unit 0 000 | a unit of money\n"
        "00006400 23 n 01 kip 0 001 @ 00006300 n 0000 | a unit of money of Laos\n"
        "00006500 07 n 01 height 0 000 | an attribute, no worth\n"
        "00006600 18 n 01 kip 0 000 | a sleeper, written here a person\n"
    )
    index = (
        "toll n 1 0 1 0 00006000\n"
        "fare n 1 1 @ 1 0 00006200\n"
        "kip n 2 1 @ 2 0 00006400 00006600\n"
        "nap n 2 1 @ 2 0 00006600 00006400\n"
        "height n 1 0 1 0 00006500\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    nouns = build_person_nouns.read_index(index)
    # "nap" is a unit of money only in its second sense; "height" is no worth.
    assert build_person_nouns.money_nouns(nouns, synsets) == ["fare", "kip", "toll"]


def test_a_verb_owns_pays_or_takes_where_one_of_its_senses_does() -> None:
    data = (
        "00007000 40 v 01 bill 0 000 | demand payment\n"
        "00007100 32 v 01 scold 0 000 | reprove\n"
        "00007200 33 v 01 rush 0 000 | move fast\n"
    )
    index = "bill v 1 0 1 0 00007000\ndun v 2 0 2 0 00007100 00007000\nscold v 1 0 1 0 00007100\n"
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(index)
    # "dun" demands payment in its second sense; "scold" has no such sense.
    assert build_person_nouns.possession_verbs(senses, synsets) == ["bill", "dun"]


def test_a_verb_criticises_where_one_of_its_senses_falls_under_finding_fault() -> None:
    data = (
        "00008000 32 v 01 knock 0 000 | find fault with\n"
        "00008100 32 v 01 roast 0 001 @ 00008000 v 0000 | criticise harshly\n"
        "00008200 35 v 01 bomb 0 000 | throw bombs at\n"
        "00008300 32 v 01 praise 0 000 | express approval\n"
    )
    index = "pelt v 2 0 2 0 00008200 00008100\nbomb v 1 0 1 0 00008200\nlaud v 1 0 1 0 00008300\n"
    synsets = build_person_nouns.read_synsets(data)
    senses = build_person_nouns.read_senses(index)
    # "pelt" criticises in its second sense, under finding fault; "bomb" and "laud" never.
    assert build_person_nouns.criticism_verbs(senses, synsets) == ["pelt"]


def test_a_noun_names_a_fault_where_its_first_sense_does_or_a_bad_person_is_named_for_one() -> None:
    data = (
        "00006000 04 n 01 wrongdoing 0 000 | an act that is wrong\n"
        "00006100 04 n 01 fraud 0 001 @ 00006000 n 0000 | an act of deceit\n"
        "00006200 04 n 01 gambling 0 001 @ 00006000 n 0000 | filed under wrongdoing too\n"
        "00006300 04 n 01 raffle 0 001 @ 00006200 n 0000 | a lottery\n"
        "00006400 18 n 01 bad_person 0 000 | a person who does harm\n"
        "00006500 18 n 01 swindler 0 002 @ 00006400 n 0000 + 00006100 n 0101 | one who defrauds\n"
        "00006600 18 n 01 fugitive 0 001 @ 00006400 n 0000 | one who flees\n"
        "00006700 18 n 01 critic 0 001 + 00006100 n 0101 | no bad person\n"
        "00006800 04 n 01 holiday 0 000 | a day off\n"
    )
    nouns = build_person_nouns.read_index(
        "fraud n 1 0 1 0 00006100\n"
        "raffle n 1 0 1 0 00006300\n"
        "swindler n 1 0 1 0 00006500\n"
        "fugitive n 1 0 1 0 00006600\n"
        "critic n 1 0 1 0 00006700\n"
        "day n 2 0 2 0 00006800 00006100\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    # Not a gamble, nor a bad person named for no fault, nor a person named for one who is no
    # bad person, nor a word whose first sense is none.
    assert build_person_nouns.censure_nouns(nouns, synsets, data) == ["fraud", "swindler"]


def test_a_noun_names_an_ordinary_or_a_political_offence_by_what_its_first_sense_falls_under() -> (
    None
):
    data = (
        "00009000 04 n 01 crime 0 000 | an act punishable by law\n"
        "00009100 04 n 01 felony 0 001 @ 00009000 n 0000 | a serious crime\n"
        "00009200 04 n 01 burglary 0 001 @ 00009100 n 0000 | breaking into a home\n"
        "00009300 04 n 01 treason 0 001 @ 00009000 n 0000 | betraying one's state\n"
        "00009400 04 n 01 bribery 0 001 @ 00009100 n 0000 | paying an official\n"
        "00009500 04 n 01 kidnapping 0 001 @ 00009100 n 0000 | taking a person\n"
        "00009600 04 n 01 homicide 0 000 | a killing of a person\n"
        "00009700 04 n 01 murder 0 001 @ 00009600 n 0000 | an unlawful killing\n"
        "00009800 06 n 01 narcotic 0 000 | a drug that dulls the senses\n"
        "00009900 06 n 01 heroin 0 001 @ 00009800 n 0000 | an opiate\n"
        "00010000 07 n 01 corruptness 0 000 | dishonesty by office\n"
        "00010100 04 n 01 picnic 0 000 | a meal outdoors\n"
    )
    nouns = build_person_nouns.read_index(
        "felony n 1 0 1 0 00009100\n"
        "burglary n 1 0 1 0 00009200\n"
        "treason n 1 0 1 0 00009300\n"
        "bribery n 1 0 1 0 00009400\n"
        "kidnapping n 1 0 1 0 00009500\n"
        "murder n 1 0 1 0 00009700\n"
        "heroin n 1 0 1 0 00009900\n"
        "corruption n 2 0 2 0 00010000 00009800\n"
        "outing n 2 0 2 0 00010100 00009200\n"
    )
    synsets = build_person_nouns.read_synsets(data)
    # Not a name of no kind ("felony"), a political offence, one armed sides commit as well
    # ("kidnapping"), nor a word whose first sense is none.
    ordinary = build_person_nouns.offence_nouns(nouns, synsets, political=False)
    assert ordinary == ["burglary", "heroin", "murder"]
    political = build_person_nouns.offence_nouns(nouns, synsets, political=True)
    assert political == ["bribery", "corruption", "treason"]


def test_a_verb_names_an_ordinary_offence_where_wordnet_derives_it_from_that_offence_s_word() -> (
    None
):
    data_noun = (
        "00009200 04 n 02 burglary 0 housebreaking 0 002 + 00001000 v 0101 + 00001100 v 0201"
        " | breaking into a home\n"
        "00009300 04 n 01 treason 0 001 + 00001200 v 0101 | betraying one's state\n"
    )
    data_verb = (
        "00001000 41 v 02 burgle 0 raid 0 000 | break into a home\n"
        "00001100 41 v 01 break_in 0 000 | enter by force\n"
        "00001200 41 v 01 betray 0 000 | be disloyal\n"
    )
    # The offence's own word's verb, not its synset's other words ("raid"), of one word, and not
    # another offence's.
    found = build_person_nouns.offence_verbs(data_noun, data_verb, ["burglary", "housebreaking"])
    assert found == ["burgle"]


def test_a_verb_is_its_stems_act_again_where_its_first_sense_or_a_repeated_one_says_so() -> None:
    glosses = {
        1: "take back by force, as after a battle",
        2: "capture again",
        3: "experience anew",
        4: "get or find back; recover the use of",
        5: "cover anew",
        6: "give up or retire from a position",
        7: "take possession of by force",
        8: "get over an illness",
    }
    senses = {
        "retake": [1, 2],
        "recapture": [3, 2],
        "recover": [8, 4, 5],
        "resign": [6],
        "take": [7],
        "capture": [7],
        "cover": [5],
        "sign": [7],
    }
    assert build_person_nouns.again_verbs(senses, glosses) == [
        "recapture capture experience",
        "retake take capture",
    ]
