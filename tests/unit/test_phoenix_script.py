"""scripts/phoenix_actors.py: which dictionary records become people and which bodies."""

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import phoenix_actors

_SECTORS: dict[str, list[object]] = {
    "GOV": ["government", True],
    "LEG": ["legislature", True],
    "OPP": ["opposition", True],
    "REB": ["rebels", True],
    "IGO": ["intergovernmental", True],
}
_COMMON = {"green", "sea", "popular", "front", "union", "red", "hope", "league"}
_BODIES = phoenix_actors._BODY_HEADS | phoenix_actors._BODY_WORDS | {"assembly", "movement"}
# Written for these tests in the dictionaries' form: a primary phrase, its synonyms, codes.
_DICTIONARY = """\
MARTA_VELLINGA_ # CountryInfo
	[NLDGOV >20110101]
MARTA_OOSTERHUIS_ # CountryInfo
	[NLDGOV]
PIETER_VOSKUIL_ # CountryInfo
	[NLDGOV]
PIETER_ZWANENBURG_ # CountryInfo
	[NLDGOV]
"""


def _convert(dictionary: str, kind: str = "organisation") -> dict[str, list[list[Any]]]:
    found: dict[str, list[list[Any]]] = {"people": [], "organisations": [], "states": []}
    given = phoenix_actors._given_names(_DICTIONARY, _BODIES)
    for names, codes, person in phoenix_actors._records(dictionary):
        phoenix_actors._convert(
            names,
            codes,
            person,
            kind,
            _SECTORS,
            ({"NLD", "BEL"}, {}),
            ({"minister"}, {"minister", "mr"}, _BODIES, given, _COMMON),
            found,
        )
    return found


def test_given_names_are_first_words_of_two_marked_people() -> None:
    assert phoenix_actors._given_names(_DICTIONARY, _BODIES) == {"marta", "pieter"}


@pytest.mark.parametrize(
    ("dictionary", "people", "bodies"),
    [
        # A dated body the dictionary does not mark is a body, not a person.
        ("NORTH_ASSEMBLY_\n\t[NLDGOVLEG >20150301]\n", [], ["North Assembly"]),
        # A dated record with a person's name is one, marked or not.
        ("JOOST_KLAVERMAN_\n\t[BELGOV 20100101-20140101]\n", ["Joost Klaverman"], []),
        # ... but not where another of its names ends on a body's head: a group and its
        # leader filed as one ("JAISH ... WAL ANSAR" beside "... BRIGADE").
        (
            "JAISH_AL_TARIQ_WAL_NUR_\n+TARIQ_BRIGADE_\n\t[BELREB >20120401]\n",
            [],
            ["Jaish al Tariq wal Nur", "Tariq Brigade"],
        ),
        # A leader's government among its names names no body of its own.
        (
            "JOOST_KLAVERMAN_\n+KLAVERMAN_ADMINISTRATION_\n\t[BELGOV 20100101-20140101]\n",
            ["Joost Klaverman"],
            [],
        ),
        # Undated, unmarked, opening with a given name: a person, not a body.
        ("PIETER_HAVINGA_ [BELOPP]\n", ["Pieter Havinga"], []),
        # ... but not where another of its names names a body.
        ("PIETER_HAVINGA_ [BELOPP]\n+HAVINGA_RENEWAL_MOVEMENT_\n", [], ["Pieter Havinga"]),
        # A given name opening a body's name: an organisation word makes it a body.
        ("PIETER_AID_FELLOWSHIP_ [BELOPP]\n", [], ["Pieter Aid Fellowship"]),
        ("MARTA_RELIEF_WORLDWIDE_ [NLDOPP]\n", [], ["Marta Relief Worldwide"]),
        # Undated, unmarked, no given name first: a body as before.
        ("GREEN_DAWN_ [BELOPP]\n", [], ["Green Dawn"]),
    ],
)  # fmt: skip
def test_person_or_body(dictionary: str, people: list[str], bodies: list[str]) -> None:
    found = _convert(dictionary)
    assert [p[0] for p in found["people"]] == people
    assert [o[1] for o in found["organisations"]] == bodies


def test_an_unmarked_person_of_no_country_is_dropped() -> None:
    # A UN official with no state of their own: no body, and no person without a country.
    # Its names still tell how people's names are spelled (`_spellings`).
    found = _convert("MARTA_DEKKER_ [IGO]\n")
    assert found["people"] == found["organisations"] == found["states"] == []


def test_a_person_filed_under_a_group_is_no_alias_of_it() -> None:
    # Phoenix files a group's leaders among its names: the group keeps its own names only.
    found = _convert("RED_DUNES_FRONT_ [NLDREB]\n+MARTA_KOOISTRA_\n+DUNES_FRONT_\n", kind="group")
    assert found["organisations"] == [["group", "Red Dunes Front", "NLD", "REB", ["Dunes Front"]]]


@pytest.mark.parametrize(
    ("record", "aliases"),
    [
        # A group's name in English common words that share none of its own is other
        # bodies' too: dropped.
        ("KLAVER_ZEE_BEWEGING_ [NLDREB]\n+GREEN_SEA_FRONT_\n", []),
        ("KLAVER_ZEE_BEWEGING_ [NLDREB]\n+POPULAR_UNION_\n", []),
        # One that shares a word of the name, or holds a word no common one, stays.
        ("KLAVER_ZEE_BEWEGING_ [NLDREB]\n+KLAVER_FRONT_\n", ["Klaver Front"]),
        ("KLAVER_ZEE_BEWEGING_ [NLDREB]\n+RED_HOPE_OF_ZEELAND_\n", ["Red Hope of Zeeland"]),
    ],
)
def test_a_groups_alias_in_common_words_only_is_dropped(record: str, aliases: list[str]) -> None:
    found = _convert(record, kind="group")
    assert found["organisations"] == [["group", "Klaver Zee Beweging", "NLD", "REB", aliases]]


def test_a_state_bodys_alias_in_common_words_stays() -> None:
    # A state's body files its own branches under it ("the Royal Navy" of the armed forces).
    found = _convert("DUNE_ARMED_FORCES_ [NLDGOV]\n+RED_LEAGUE_\n")
    body = ["organisation", "Dune Armed Forces", "NLD", "GOV", ["Red League"]]
    assert found["organisations"] == [body]


def test_a_body_filed_under_another_keeps_an_administration_as_its_name() -> None:
    # "Administration" ends a body's own name (an agency filed under its ministry's code);
    # a person's alias holding it names their government and is dropped.
    found = _convert(
        "DUNE_MINISTRY_OF_WATERWAYS_ [NLDGOV]\n+DUNE_CANAL_SAFETY_ADMINISTRATION_\n"
        "MARTA_VELLINGA_ # CountryInfo\n+VELLINGA_ADMINISTRATION_\n\t[NLDGOV]\n"
    )
    bodies = [o[1] for o in found["organisations"]]
    assert bodies == ["Dune Ministry of Waterways", "Dune Canal Safety Administration"]
    assert found["people"][0][2] == []


@pytest.mark.parametrize(
    ("record", "is_person"),
    [
        # A name made of Greek letters is a society's, though "Beta" may open a person's name.
        ("BETA_SIGMA_BETA_ [NLDOPP]\n", False),
        ("BETA_VOSKUIL_ [NLDOPP]\n", True),
    ],
)
def test_a_name_of_greek_letters_is_a_body(record: str, is_person: bool) -> None:
    ((names, _, person),) = phoenix_actors._records(record)
    found = phoenix_actors._names_person(
        names, person=person, dated=False, bodies=_BODIES, given={"beta"}
    )
    assert found is is_person


@pytest.mark.parametrize(
    ("record", "is_person"),
    [
        # An Arabic "son of" inside a name of no given name the dictionary marks is a person's.
        ("KARIM_BIN_SALEH_ [IMGMUSALQ]\n", True),
        ("YUSRA_BINT_HAMAD_ [IMGMUSALQ]\n", True),
        ("ABU_SALEH_BRIGADE_ [IMGMUSALQ]\n", False),
    ],
)
def test_a_name_holding_son_of_is_a_persons(record: str, is_person: bool) -> None:
    ((names, _, person),) = phoenix_actors._records(record)
    found = phoenix_actors._names_person(
        names, person=person, dated=False, bodies=_BODIES, given=set()
    )
    assert found is is_person


@pytest.mark.parametrize(
    ("record", "aliases"),
    [
        # A short acronym in brackets names the group, in its own language too ("Zuidelijk
        # Duinen Front"); a state's name in brackets qualifies it; so does a long word.
        ("RED_DUNES_FRONT_(ZDF)_ [NLDREB]\n", ["ZDF"]),
        ("RED_DUNES_FRONT_(RDF)_ [NLDREB]\n", ["RDF"]),
        ("RED_DUNES_FRONT_(BELGIUM)_ [NLDREB]\n", []),
        ("RED_DUNES_FRONT_(PERU)_ [NLDREB]\n", []),
        ("RED_DUNES_FRONT_(DUNERS)_ [NLDREB]\n", []),
    ],
)
def test_an_acronym_in_brackets_is_an_alias(record: str, aliases: list[str]) -> None:
    found = _convert(record, kind="group")
    assert found["organisations"] == [["group", "Red Dunes Front", "NLD", "REB", aliases]]


def test_an_agent_phrase_takes_its_other_number() -> None:
    # Regular plurals are left out of the agents file; a phrase written plural with "-men"
    # has its singular instead ("an armed man"), one written plural no second plural, and one
    # with "of" its plural on the head noun.
    text = (
        "ARMED_MEN [~REB]\nPROTESTER [~OPP]\nZEALOT [~REB]\nZEALOTS [~REB]\nCHIEF_OF_STAFF [~GOV]\n"
    )
    agents = phoenix_actors._agents(
        text,
        _SECTORS,
        {"rebels", "opposition", "government"},
        offices=set(),
        clergy=set(),
        common=set(),
    )
    assert agents == {
        "armed man": "REB",
        "armed men": "REB",
        "protester": "OPP",
        "protesters": "OPP",
        "zealot": "REB",
        "zealots": "REB",
        "chief of staff": "GOV",
        "chiefs of staff": "GOV",
    }


def test_a_faiths_agents_are_its_clergy_not_its_believers() -> None:
    # A faith's code heads an agent only where its head is clergy or a church; a role of
    # violence after a faith's code is that role.
    text = "DRUID [~REL]\nPAGAN [~REL]\nPAGAN_ELDER [~RELREB]\n"
    sectors = {**_SECTORS, "REL": ["religion", False]}
    agents = phoenix_actors._agents(
        text,
        sectors,
        {"rebels", "religion"},
        offices=set(),
        clergy={"druid", "elder"},
        common=set(),
    )
    assert agents == {
        "druid": "REL",
        "druids": "REL",
        "pagan elder": "REB",
        "pagan elders": "REB",
    }


@pytest.mark.parametrize(
    ("codes", "kept"),
    [
        ("\t[NLDGOV 19700101-19750101]\n\t[NLDOPP]\n", True),  # in office then, in opposition since
        ("\t[NLDGOV 19700101-19750101]\n", False),  # history
        ("\t[NLDGOV 19700101-19750101]\n\t[NLD]\n", False),  # an open code of no sector
    ],
)
def test_an_undated_role_beside_dated_ones_keeps_a_person_of_the_past(
    codes: str, kept: bool
) -> None:
    # A code left undated holds at the other times, to this day: the person is of the news.
    people = _convert("MARTA_VELLINGA_ # CountryInfo\n" + codes)["people"]
    assert [p[0] for p in people] == (["Marta Vellinga"] if kept else [])


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("FIONA_MCTAVISH", "Fiona McTavish"),
        ("DERMOT_O'DONOVAN", "Dermot O'Donovan"),
        ("LUIS_MACHADO", "Luis Machado"),  # no prefix: "Mac" opens names of other tongues
        ("KI-MOON", "Ki-moon"),
    ],
)
def test_a_gaelic_surname_keeps_its_capital_after_the_prefix(phrase: str, name: str) -> None:
    assert phoenix_actors._name(phrase) == name


def test_a_word_one_persons_names_spell_apart_by_a_vowel_has_one_spelling() -> None:
    records = [
        ["SAMIR BIN RASHID", "SAMIR BIN RASHED", "SAMEER BIN RASHID"],
        ["RASHID ALI"],
        ["TOMAS GREY", "TOMAS GRAYS"],  # more than a vowel apart
    ]
    assert phoenix_actors._spellings(records) == {"rashed": "rashid"}


@pytest.mark.parametrize(
    ("phrase", "other"),
    [
        # The head noun, before "of", "in", "for" or "to", takes the number.
        ("chief_of_staff", "chiefs_of_staff"),
        ("fleet commander in chief", "fleet commanders in chief"),
        ("envoy to the league", "envoys to the league"),
        ("armed militiamen", "armed militiaman"),
        ("ferryman", "ferrymen"),
        ("human", "humans"),  # no compound of "man"
        ("parish church", "parish churches"),
        ("monarch", "monarchs"),
        ("dune apparatus", "dune apparatuses"),
        ("ferry", "ferries"),
        # A head written plural has no other number here: its singular is an entry of its own.
        ("zealots", None),
        ("joint chiefs", None),
    ],
)
def test_an_agents_other_number_is_its_head_nouns(phrase: str, other: str | None) -> None:
    assert phoenix_actors._other_number(phrase, {"ferry", "militia"}) == other


@pytest.mark.parametrize(
    ("record", "aliases"),
    [
        # A lone word naming an armed group is its alias: another spelling, or the name its
        # fighters go by; a short one of letters is an acronym.
        ("RED_DUNES_FRONT_ [NLDREB]\n+DUINFRONT_\n+ROODFRONT_\n", ["Duinfront", "Roodfront"]),
        ("RED_DUNES_FRONT_ [NLDREB]\n+DZRF_\n", ["DZRF"]),
        # Not a common word, nor one of two letters.
        ("RED_DUNES_FRONT_ [NLDREB]\n+HOPE_\n+RD_\n", []),
    ],
)
def test_a_groups_lone_word_is_its_alias(record: str, aliases: list[str]) -> None:
    found = _convert(record, kind="group")
    assert found["organisations"] == [["group", "Red Dunes Front", "NLD", "REB", aliases]]


def test_a_groups_lone_word_beside_a_person_it_files_is_no_alias() -> None:
    # "KOOISTRA" is the surname of the leader the record files among its names.
    found = _convert("RED_DUNES_FRONT_ [NLDREB]\n+MARTA_KOOISTRA_\n+KOOISTRA_\n", kind="group")
    assert found["organisations"] == [["group", "Red Dunes Front", "NLD", "REB", []]]


def test_a_states_block_files_its_places() -> None:
    # A state's own block is no organisation; its other names (places in it, its names in
    # other tongues) are kept by state, once each.
    found = _convert("NETHERLANDS_ [NLD]\n+DUNELAND_\n+POLDERMARK_\nHOLLAND_ [NLD]\n+DUNELAND_\n")
    assert found["organisations"] == []
    assert phoenix_actors._in_states(found["in_states"]) == {"NLD": ["Duneland", "Poldermark"]}
