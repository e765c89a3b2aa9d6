"""The gazetteer data files and lookups."""

import json
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from graph.models import ActorKind
from ingest.nlp.gazetteer import (
    DATA_DIR,
    Form,
    _people,
    _spoken_acronym,
    codes_of,
    common_words,
    load_gazetteer,
    normalise,
    plural_demonym,
    slugify,
)

COUNTRIES = json.loads((DATA_DIR / "countries.json").read_text("utf-8"))
ORGS = json.loads((DATA_DIR / "organisations.json").read_text("utf-8"))
GROUPS = json.loads((DATA_DIR / "groups.json").read_text("utf-8"))
PEOPLE = json.loads((DATA_DIR / "people.json").read_text("utf-8"))
# Kosovo has no ISO entry: the data file gives it the user-assigned code the EU uses.
ALPHA3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}

# Countries news about geopolitics names most: each must have a demonym.
_RELEVANT_CODES = (
    "AFG ARE ARG ARM AUS AUT AZE BEL BGD BGR BLR BRA CAN CHE CHL CHN CIV COD COL CUB CYP CZE "
    "DEU DNK DZA ECU EGY ERI ESP EST ETH FIN FRA GBR GEO GHA GRC GTM HND HRV HTI HUN IDN IND "
    "IRL IRN IRQ ISL ISR ITA JOR JPN KAZ KEN KGZ KHM KOR KWT LAO LBN LBY LKA LTU LVA MAR MDA "
    "MEX MKD MLI MMR MNG MYS NER NGA NIC NLD NOR NPL NZL OMN PAK PAN PER PHL POL PRK PRT PRY "
    "PSE QAT ROU RUS RWA SAU SDN SEN SGP SOM SRB SSD SVK SVN SWE SYR TCD THA TJK TKM TUN TUR "
    "TWN TZA UGA UKR URY USA UZB VEN VNM YEM ZAF ZMB ZWE"
)
RELEVANT = _RELEVANT_CODES.split()


def test_every_pycountry_country_has_an_entry() -> None:
    assert set(COUNTRIES) == ALPHA3


def test_relevant_countries_have_demonyms() -> None:
    assert len(RELEVANT) >= 100
    assert [code for code in RELEVANT if not COUNTRIES[code]["demonyms"]] == []
    assert sum(bool(c["demonyms"]) for c in COUNTRIES.values()) >= 200


def test_country_codes_are_valid_alpha3() -> None:
    codes = {r["country"] for r in ORGS + GROUPS + PEOPLE if r.get("country")}
    assert codes - ALPHA3 == set()


def test_ids_are_unique_and_prefixed() -> None:
    ids = [r["id"] for r in ORGS + GROUPS] + [f"person:{slugify(p['name'])}" for p in PEOPLE]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("org:") for i in (r["id"] for r in ORGS))
    assert all(i.startswith("group:") for i in (r["id"] for r in GROUPS))


def test_sector_groups_name_only_sectors_of_codes() -> None:
    # A misspelt sector in a group would leave the rules that read it silently empty-handed.
    data = json.loads((DATA_DIR / "sectors.json").read_text("utf-8"))
    named = {name for name, _ in data["codes"].values()}
    for group, sectors in data["groups"].items():
        if group != "_about":
            assert sectors and set(sectors) <= named, group


@pytest.mark.parametrize(
    ("group", "codes"),
    [("forces", {"MIL", "COP"}), ("workers", {"LAB", "EDU", "HLH", "AGR"})],
)
def test_codes_of_a_group_are_the_codes_of_its_sectors(group: str, codes: set[str]) -> None:
    assert codes_of(group) == codes


def test_no_alias_names_two_actors() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for code, data in COUNTRIES.items():
        for alias in [*data["demonyms"], *data["capitals"], *data.get("seats", [])]:
            owners[normalise(alias)].add(code)
        for alias in [data.get("name"), *data.get("aliases", [])]:
            if alias:
                owners[normalise(alias)].add(code)
    for record in ORGS + GROUPS:
        for alias in [record["name"], *record["aliases"]]:
            owners[normalise(alias)].add(record["id"])
    for person in PEOPLE:
        for alias in [person["name"], *person["aliases"]]:
            owners[normalise(alias)].add(person["name"])
    assert {alias: ids for alias, ids in owners.items() if len(ids) > 1} == {}


def test_every_person_has_a_country_and_the_big_ones_are_there() -> None:
    names = {p["name"] for p in PEOPLE}
    assert all(p.get("country") for p in PEOPLE)
    wanted = {"Donald Trump", "Joe Biden", "Vladimir Putin", "Xi Jinping", "Volodymyr Zelenskyy"}
    assert wanted <= names
    assert len({p["country"] for p in PEOPLE}) >= 40


# (alias, expected id, expected form); None when the text names no known actor
LOOKUPS = [
    ("U.S.", "country:USA", Form.ALIAS),
    ("US", "country:USA", Form.ALIAS),
    ("us", None, None),
    ("USA", "country:USA", Form.ALIAS),
    ("UK", "country:GBR", Form.ALIAS),
    ("UAE", "country:ARE", Form.ALIAS),
    ("DPRK", "country:PRK", Form.ALIAS),
    ("PRC", "country:CHN", Form.ALIAS),
    ("ROK", "country:KOR", Form.ALIAS),
    ("Russian Federation", "country:RUS", Form.ALIAS),
    ("the Kremlin", "country:RUS", Form.SEAT),
    ("The White House", "country:USA", Form.SEAT),
    ("Downing Street", "country:GBR", Form.SEAT),
    ("Zhongnanhai", "country:CHN", Form.SEAT),
    ("the Elysee", "country:FRA", Form.SEAT),
    ("Beijing", "country:CHN", Form.CAPITAL),
    ("Kyiv", "country:UKR", Form.CAPITAL),
    ("Russian", "country:RUS", Form.DEMONYM),
    ("Israelis", "country:ISR", Form.DEMONYM),
    ("Türkiye", "country:TUR", Form.NAME),
    ("Kosovo", "country:XKX", Form.NAME),
    ("Kosovars", "country:XKX", Form.DEMONYM),
    ("Pristina", "country:XKX", Form.CAPITAL),
    # A Phoenix record dated "> 130701", with a space, is still a person's
    ("Susan Rice", "person:susan-rice", Form.NAME),
    ("Korea, Republic of", None, None),
    ("NATO", "org:NATO", Form.NAME),
    ("Nato", "org:NATO", Form.ALIAS),
    ("UN Security Council", "org:UNSC", Form.NAME),
    ("Arab League", "org:ARAB-LEAGUE", Form.NAME),
    ("Hezbollah", "group:hezbollah", Form.NAME),
    ("Houthis", "group:houthis", Form.NAME),
    ("Xi", "person:xi-jinping", Form.SHORT),
    ("Putin", "person:vladimir-putin", Form.SHORT),
    ("Trump", "person:donald-trump", Form.SHORT),
    ("Zelensky", "person:volodymyr-zelenskyy", Form.SHORT),
    ("Lula", "person:luiz-inacio-lula-da-silva", Form.SHORT),
    # Acronyms of the dictionaries' bodies; a body keeps its whole name.
    ("EPA", "org:environmental-protection-agency", Form.ALIAS),
    ("National Security Council", "org:national-security-council", Form.NAME),
    ("Council", None, None),
    # A body Phoenix files under another's code is its own ("DEA" beside the FBI).
    ("Drug Enforcement Agency", "org:DEA", Form.ALIAS),
    ("DEA", "org:DEA", Form.ALIAS),
    ("Federal Emergency Management Agency", "org:federal-emergency-management-agency", Form.NAME),
    # A sub-body Phoenix files under its parent's code is its own, as the dictionary names it.
    ("Quds Force", "org:quds-force", Form.NAME),
    ("National Transportation Safety Board", "org:national-transportation-safety-board", Form.NAME),
    ("Central Command", "org:united-states-central-command", Form.ALIAS),
    # A dated Phoenix record the dictionary does not mark as a person's, named as a body, is one;
    # an undated one named as a person is no body, and a person filed under a group's code is
    # not the group.
    ("Kosovo Assembly", "org:kosovo-assembly", Form.NAME),
    ("Edward Snowden", "person:edward-snowden", Form.NAME),
    ("Louise Arbour", None, None),
    ("Abu Bakr al-Baghdadi", "person:abu-bakr-al-baghdadi", Form.NAME),
    ("Islamic State of Iraq and the Levant", "group:isis", Form.ALIAS),
    # An apostrophe between letters, a transliteration's ayn or hamza, may be written or not.
    ("Hay'at Tahrir al-Sham", "group:hts", Form.NAME),
    ("al-Qa\u2019ida", "group:al-qaeda", Form.ALIAS),
    # States of the past by their ISO 3166-3 code.
    ("Soviet Union", "country:SUN", Form.NAME),
    ("USSR", "country:SUN", Form.ALIAS),
]


@pytest.mark.parametrize(("text", "expected_id", "form"), LOOKUPS)
def test_lookup(text: str, expected_id: str | None, form: Form | None) -> None:
    found = load_gazetteer().lookup(text)
    got = (found[0].id, found[1]) if found else (None, None)
    assert got == (expected_id, form)


def test_lookup_carries_kind_country_and_role() -> None:
    gaz = load_gazetteer()
    trump = gaz.lookup("Trump")
    assert trump is not None
    assert (trump[0].kind, trump[0].country, trump[0].role) == (
        ActorKind.PERSON,
        "USA",
        "President",
    )
    assert gaz.country("CHN").name == "China"
    assert gaz.country("RUS").name == "Russia"


@pytest.mark.parametrize(
    ("alias", "sector"),
    [
        ("FBI", "police"),
        ("Central Intelligence Agency", "intelligence"),
        ("Mossad", "intelligence"),
        ("U.S. Senate", "legislature"),
        ("People's Liberation Army", "military"),
        ("Nato", "intergovernmental"),
        ("African Union", "intergovernmental"),
        ("Amnesty International", "ngo"),
        ("Taliban", "rebels"),
        ("Islamic State", "armed group"),
    ],
)
def test_a_curated_body_has_its_sector(alias: str, sector: str) -> None:
    found = load_gazetteer().lookup(alias)
    assert found is not None
    assert found[0].sector == sector
    named = load_gazetteer().lookup(found[0].name)  # one actor still, under each name
    assert named is not None and named[0].id == found[0].id


def test_find_prefers_the_longest_alias() -> None:
    words = ["Chinese", "President", "Xi", "Jinping", "visited", "South", "Korea", "and", "UN"]
    found = [(m.start, m.end, m.entry.id) for m in load_gazetteer().find(words)]
    assert found == [
        (0, 1, "country:CHN"),
        (2, 4, "person:xi-jinping"),
        (5, 7, "country:KOR"),
        (8, 9, "org:UN"),
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Nicolás Maduro", "nicolas-maduro"), ("Ferdinand Marcos Jr.", "ferdinand-marcos-jr"),
     ("Trump team", "trump-team"), ("Lai Ching-te", "lai-ching-te"),
     ("U.S. Marshals Service", "us-marshals-service"), ("US Marshals", "us-marshals"),
     ("Radosław Nowak", "radoslaw-nowak"), ("Mette Øster", "mette-oster"),
     ("Đorđe Jović", "dorde-jovic"), ("Ægir Weiß", "aegir-weiss")],
)  # fmt: skip
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_slugs_a_name_it_met_before_from_its_cache() -> None:
    name = "Oksana Dmytrivna Hrytsenko-Obradović"
    first = slugify(name)
    hits = slugify.cache_info().hits
    assert slugify(name) == first == "oksana-dmytrivna-hrytsenko-obradovic"
    assert slugify.cache_info().hits == hits + 1


@pytest.mark.parametrize(
    ("text", "key"),
    [("the  Kremlin", "Kremlin"), ("People\u2019s Republic of China", "People's Republic of China"),
     ("The Hague", "Hague"), ("Theresa May", "Theresa May")],
)  # fmt: skip
def test_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


@pytest.mark.parametrize(
    ("demonym", "plural"),
    [("Russian", "Russians"), ("Israeli", "Israelis"), ("Chinese", None), ("French", None),
     ("Swiss", None), ("Irish", None)],
)  # fmt: skip
def test_plural_demonym(demonym: str, plural: str | None) -> None:
    assert plural_demonym(demonym) == plural


def test_a_dictionary_person_spelled_on_several_uncoded_lines_is_known() -> None:
    # Phoenix gives "MIKHAIL_GORBACHEV_" no codes of its own: those of the lines after it.
    gaz = load_gazetteer()
    found = gaz.lookup("Mikhail Gorbachev")
    assert found is not None and found[0].id == "person:mikhail-gorbachev"
    assert found[0].in_office(date(1988, 1, 1))
    assert not found[0].in_office(date(1995, 1, 1))


@pytest.mark.parametrize(
    ("spelling", "entry"),
    [
        # The dictionary's entry under another romanisation of the same name.
        ("Abdrabbuh Mansour Hadi", "Abd-Rabbu Mansour Hadi"),
        ("Abdrabbuh Mansur Hadi", "Abd Rabbuh Mansur Hadi"),
        ("Mahmud Abbas", "Mahmoud Abbas"),
        # Two records of the dictionary, one person of one state spelled apart.
        ("Moammar Gadhafi", "Muammar Gaddafi"),
        ("Fuad Siniora", "Fouad Siniora"),
        # Russian's endings romanised 'y', 'iy' or 'i'.
        ("Yuriy Ushakov", "Yuri Ushakov"),
        ("Sergey Sidorskiy", "Sergei Sidorsky"),
        # Arabic's vowels written 'o' or 'u', 'e' or 'a'; the vowel after 'Abd'.
        ("Muhammad Shia al-Soudani", "Mohammed Shia al-Sudani"),
        ("Mohamed VI", "Muhammad VI"),
        ("Abd al-Fattah el-Sisi", "Abdel Fattah el-Sisi"),
        # Hebrew's yod before 'i', unwritten in English.
        ("Yisrael Katz", "Israel Katz"),
    ],
)
def test_a_leader_romanised_apart_is_the_dictionarys_person(spelling: str, entry: str) -> None:
    gaz = load_gazetteer()
    found, known = gaz.lookup(spelling), gaz.lookup(entry)
    assert found is not None and known is not None
    assert found[0].id == known[0].id


def test_names_alike_but_for_romanisation_stay_apart() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Mahmoud Abbas") != gaz.lookup("Mohammed Abbas")
    assert gaz.lookup("Hassan Rouhani") != gaz.lookup("Hussein Rouhani")
    assert gaz.lookup("Bala Mohammed") != gaz.lookup("Bello Muhammed")  # 'a' is no 'o'
    assert gaz.lookup("mahmud abbas") is None  # lower case names no one


@pytest.mark.parametrize(
    ("fuller", "entry"),
    [
        ("Muhammad Ishaq Dar", "Ishaq Dar"),  # a given name before
        ("Khawaja Muhammad Asif", "Khawaja Asif"),  # a middle name
        ("William Jefferson Hague", "William Hague"),
    ],
)
def test_a_dictionary_record_adding_names_to_an_office_holder_is_that_person(
    fuller: str, entry: str
) -> None:
    gaz = load_gazetteer()
    found, known = gaz.lookup(fuller), gaz.lookup(entry)
    assert found is not None and known is not None
    assert found[0].id == known[0].id


def test_office_holders_of_one_surname_and_state_stay_apart() -> None:
    gaz = load_gazetteer()
    ids = {gaz.lookup(n)[0].id for n in ("Isaac Herzog", "Chaim Herzog")}  # type: ignore[index]
    assert len(ids) == 2
    sudani = gaz.lookup("Mohammed Shia al-Sudani")
    assert sudani is not None and gaz.lookup("Abd al Falah al Sudani") != sudani


def test_a_middle_initial_tells_dictionary_people_apart() -> None:
    gaz = load_gazetteer()
    father, son = gaz.lookup("George H. W. Bush"), gaz.lookup("George W. Bush")
    assert father is not None and son is not None
    assert father[0].id != son[0].id


def test_a_holder_romanised_from_another_language_is_the_curated_person() -> None:
    gaz = load_gazetteer()
    found, known = gaz.lookup("Alyaksandr Lukashenka"), gaz.lookup("Alexander Lukashenko")
    assert found is not None and known is not None
    assert found[0].id == known[0].id


def test_only_a_term_begun_on_the_holders_day_joins_a_surname_one_letter_apart() -> None:
    curated = [
        {
            "name": "Oleg Petrenko",
            "country": "XYZ",
            "role": "President",
            "since": "2001-05-02",
            "aliases": [],
        }
    ]
    office = [["government", "2001-05-02", ""]]
    phoenix = [
        ["Aleh Petrenka", "XYZ", [], office],  # the same man, another language's spelling
        ["Ivan Petrenka", "XYZ", [], [["government", "2003-01-01", ""]]],  # another day
        ["Ihar Sidorenka", "XYZ", [], office],  # sworn in the same day, another name
        ["Pavel Petrenka", "ABC", [], office],  # another state
    ]
    ids = {name: entry.id for entry, names in _people(curated, phoenix) for name in names}
    assert ids["Aleh Petrenka"] == "person:oleg-petrenko"
    assert {ids["Ivan Petrenka"], ids["Ihar Sidorenka"], ids["Pavel Petrenka"]}.isdisjoint(
        {"person:oleg-petrenko"}
    )


def test_an_acronym_with_a_capital_inside_matches_only_its_own_case() -> None:
    gaz = load_gazetteer()
    assert [m.entry.id for m in gaz.find(["LeT", "gunmen", "fired", "on", "the", "post"])] == [
        "group:lashkar-e-taiba"
    ]
    assert gaz.find(["Let", "them", "vote", ",", "he", "said"]) == []
    assert gaz.find(["Jem", "arrived", "late"]) == []


def test_an_acronym_spoken_as_a_word_matches_in_title_case_too() -> None:
    # British house style: "Farc", "Unrwa"; never in lower case, nor a common word's acronym.
    gaz = load_gazetteer()
    found = gaz.find(["The", "Farc", "and", "Unrwa", "met", ",", "farc", "said"])
    assert [(m.start, m.entry.id) for m in found] == [(1, "group:farc"), (3, "org:UNRWA")]
    assert not _spoken_acronym("CARE", common_words())
    assert not _spoken_acronym("ELN", common_words())


@pytest.mark.parametrize(
    ("written", "actor_id"),
    [
        # Spellings a Phoenix record names a curated body by: the curated body, not another.
        ("Israel Defence Forces", "org:IDF"),
        ("Peoples Liberation Army", "org:PLA"),
        ("Organization of Petroleum Exporting Countries", "org:OPEC"),
        ("Organization for the Prohibition of Chemical Weapons", "org:OPCW"),
        ("U.S. Federal Reserve", "org:FED"),
        ("Al Qa'ida", "group:al-qaeda"),
        # A record filed under its full name with the curated body's own name among its others.
        ("Revolutionary Armed Forces of Colombia", "group:farc"),
    ],
)
def test_a_curated_body_has_one_id_under_each_spelling(written: str, actor_id: str) -> None:
    found = load_gazetteer().lookup(written)
    assert found is not None and found[0].id == actor_id


@pytest.mark.parametrize(
    ("name", "known"),
    [
        # A known person's name with a letter of a long surname typed apart is theirs...
        ("Abdelaziz Bouteflicka", "person:abdelaziz-bouteflika"),
        ("Abdelaziz Boutefika", "person:abdelaziz-bouteflika"),
        # ... not a surname some other known person bears, nor a short one, nor another first
        # letter, nor another given name.
        ("Boris Johnston", None),
        ("Abdelaziz Xouteflika", None),
        ("Karim Bouteflicka", None),
    ],
)
def test_a_known_name_misspelled_in_its_surname_is_that_person(
    name: str, known: str | None
) -> None:
    found = load_gazetteer().lookup(name)
    assert (found[0].id if found else None) == known


def test_the_dictionaries_spell_an_arabic_word_one_way() -> None:
    spellings = load_gazetteer().spellings
    assert spellings["ladin"] == "laden"
    assert "laden" not in spellings  # the one spelling maps to nothing


def test_a_name_of_no_latin_letters_is_no_misspelling() -> None:
    assert load_gazetteer().lookup("Σοφία Ζωή") is None
