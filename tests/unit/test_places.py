"""Toponyms resolved with the article's context, and events located where the act happened.

Sentences are the team's own. The real English model is loaded once per session.
"""

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from graph.models import Article, LocationPrecision
from ingest.cli import main
from ingest.nlp.parse import parse_texts
from ingest.nlp.pipeline import extract_events
from ingest.nlp.places import PLACES_PATH, PlaceKind, find_toponyms, load_places, read_headline

PUBLISHED = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def _toponyms(text: str) -> dict[str, tuple[str | None, str]]:
    (doc,) = parse_texts([text])
    found = find_toponyms(doc)
    for t in found:
        assert text[t.start : t.end] == t.text  # offsets into the text as given
    return {t.text: (t.country, t.kind) for t in found}


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        # Population decides when nothing else tells.
        ("Officials in Paris said the talks would go on.", "Paris", "FRA", "city"),
        # A qualifier right after the name.
        ("The mayor of Paris, Texas, asked for help.", "Paris", "USA", "city"),
        ("A storm hit London, Ontario, on Sunday.", "London", "CAN", "city"),
        # The article's other places: Paris in a story about Texas.
        (
            "Dallas and Houston braced for the storm.\nIn Paris, schools closed early.",
            "Paris",
            "USA",
            "city",
        ),
        # Demonyms name their country; a country's name is the country.
        ("Russian diplomats left the talks.", "Russian", "RUS", "country"),
        ("Jordan closed its border.", "Jordan", "JOR", "country"),
        # ... unless it names a region of another state too, whose other regions the text
        # names, where it names no place in the state.
        ("Senators from Ohio, Texas and Georgia opposed the bill.", "Georgia", "USA", "region"),
        ("Voters in Georgia and North Carolina went to the polls.", "Georgia", "USA", "region"),
        ("Russian troops entered Georgia in 2008.", "Georgia", "GEO", "country"),
        (
            "A Texas firm will lay a pipeline from Tbilisi across Georgia.",
            "Georgia",
            "GEO",
            "country",
        ),
        # "St." is "Saint" written short, the place's own name, not another of its names.
        ("Russia will close the US consulate in St. Petersburg.", "St. Petersburg", "RUS", "city"),
        ("Flooding closed two bridges in St. Paul on Monday.", "St. Paul", "USA", "city"),
        ("Police in St. Petersburg, Florida, arrested two men.", "St. Petersburg", "USA", "city"),
        # A name written with other vowels is a transliteration of the place's own, not
        # another of its names: the West Bank's Jenin (GeoNames' "Janin"), no village of Poland.
        ("Gunmen attacked a police post in Jenin.", "Jenin", "PSE", "city"),
        # A seat of government is in its capital.
        ("The White House issued a statement.", "White House", "USA", "city"),
        # Regions, with press abbreviations.
        ("Wildfires spread across Alberta.", "Alberta", "CAN", "region"),
        ("He was born in Lexington, Ky., in 1950.", "Ky.", "USA", "region"),
        # Second-level regions: counties, districts.
        ("Deputies in Franklin County closed two roads.", "Franklin County", "USA", "district"),
        ("Flood warnings were issued for Cumbria.", "Cumbria", "GBR", "district"),
        # The European Union is read as the continent it spans.
        ("Farmers protested across the EU on Friday.", "EU", None, "continent"),
        # A country's alias stays the country though a small town abroad bears it.
        ("Exports to America fell last year.", "America", "USA", "country"),
        # The phrase tells the kind of place: a region's noun after the name, a town's or a
        # region's noun before its "of".
        ("Gunmen killed four farmers in Kandahar province.", "Kandahar", "AFG", "region"),
        ("Floods cut roads across the Donetsk region.", "Donetsk", "UKR", "region"),
        ("Troops moved deeper into the province of Idlib.", "Idlib", "SYR", "region"),
        ("Rebels shelled the town of Kidal at dawn.", "Kidal", "MLI", "city"),
    ],
)
def test_toponyms_are_resolved_in_context(text: str, name: str, country: str, kind: str) -> None:
    assert _toponyms(text)[name] == (country, kind)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A region the gazetteer lacks, filed in its state's block of the Phoenix
        # dictionaries, is that state, not a small town abroad of its name (Kasai, Japan;
        # Sinaí, Ecuador).
        ("Cholera spread through Kasai last month.", "Kasai", "COD"),
        ("Tourists returned to the beaches of Sinai.", "Sinai", "EGY"),
        # A name with a reading in its state keeps it.
        ("Ferries left Alexandria for Crete on Monday.", "Alexandria", "EGY"),
    ],
)
def test_a_place_of_a_states_dictionary_block_is_in_that_state(
    text: str, name: str, country: str
) -> None:
    assert _toponyms(text)[name][0] == country


def test_a_name_two_states_blocks_file_is_neither_of_them() -> None:
    # Phoenix files "Korea" under both Koreas: the name alone tells neither.
    assert _toponyms("Exports from Korea rose last year.")["Korea"][0] not in ("KOR", "PRK")


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a police post in Chak, Wardak, on Tuesday.",
        "Two shops burned in Tangi, Helmand, after the clashes.",
    ],
)
def test_a_town_before_a_region_that_holds_none_of_its_readings_is_no_place(text: str) -> None:
    # No Chak of Wardak nor Tangi of Helmand in the gazetteer: not the towns of Pakistan.
    found = _toponyms(text)
    assert len(found) == 1 and next(iter(found.values())) == ("AFG", "region")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No Baga of Nigeria in the gazetteer: not the village of Catalonia nor of Goa.
        (
            "Insurgents overran an army base near Baga, in northeastern Nigeria, on Friday.",
            {"Nigeria": ("NGA", "country")},
        ),
        # Of a name's namesakes, the one in a state the text names, not a village abroad.
        (
            "Israeli soldiers raided a camp in Jenin overnight.",
            {"Israeli": ("ISR", "country"), "Jenin": ("PSE", "city")},
        ),
        # A village of a state the text names keeps its reading.
        (
            "Snow cut roads to Baga in Catalonia on Friday.",
            {"Baga": ("ESP", "city"), "Catalonia": ("ESP", "region")},
        ),
        # A name the gazetteer holds only as a village abroad is no place ("Sinai": Sinaí,
        # Ecuador), unless the Phoenix dictionaries file it in a state's block: that state.
        (
            "Egyptian troops killed militants in Sinai, the army said in Cairo.",
            {"Egyptian": ("EGY", "country"), "Sinai": ("EGY", "country"), "Cairo": ("EGY", "city")},
        ),
        (
            "Paraguayan troops killed militants in Sinaí, the army said in Asunción.",
            {"Paraguayan": ("PRY", "country"), "Asunción": ("PRY", "city")},
        ),
    ],
)
def test_a_village_abroad_of_every_state_the_text_names_is_no_reading(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


def test_a_town_in_a_list_of_regions_keeps_its_reading() -> None:
    # "Sindh" is the list's next item, not Kabul's region.
    assert _toponyms("Aid convoys reached Kabul, Sindh and Punjab.")["Kabul"] == ("AFG", "city")


def test_a_dateline_ner_missed_is_found() -> None:
    found = _toponyms("KABUL - Talks resumed on Monday.")
    assert found.get("KABUL") == ("AFG", "city")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Towns too small to be taken on their name alone, placed by the words around them:
        # a dateline in capitals, "in", the region or the country after a comma or "in", a
        # list of places.
        ("YEOVIL - Police closed the road on Monday.", "YEOVIL", "GBR"),
        ("Rebels captured Rutshuru in eastern Congo on Monday.", "Rutshuru", "COD"),
        ("Militants attacked Dori in northern Burkina Faso.", "Dori", "BFA"),
        ("Troops recaptured Palmyra in central Syria.", "Palmyra", "SYR"),
        ("The festival opened in Tonypandy on Saturday.", "Tonypandy", "GBR"),
        ("A bridge collapsed near Coalinga, California, at dawn.", "Coalinga", "USA"),
        ("Buses run from Leeds and Pudsey every hour.", "Pudsey", "GBR"),
    ],
)
def test_small_places_are_found_by_their_context(text: str, name: str, country: str) -> None:
    assert _toponyms(text).get(name, (None, ""))[0] == country


@pytest.mark.parametrize(
    "text",
    [
        # A month after "in" is a date; capitals that start a line are a headline.
        "Prices rose in March, the agency said.",
        "BREAKING NEWS about the budget came late.",
    ],
)
def test_small_place_names_without_place_context_are_no_toponyms(text: str) -> None:
    assert _toponyms(text) == {}


def test_a_person_before_a_country_is_no_town() -> None:
    assert set(_toponyms("Maria Lopez in Mexico said the vote was fair.")) == {"Mexico"}


def test_words_that_are_no_place_are_not_toponyms() -> None:
    assert _toponyms("The committee met on Monday to discuss the budget.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sea" is Seattle's airport code, "Basic" a former name of Henderson, Nevada.
        ("A tanker ran aground in the Sea of Japan on Monday.", {"Japan": ("JPN", "country")}),
        ('"Basic checks were skipped," the inspector told the court.', {}),
        # A common word that is a place's own name still is it.
        ("Ferries crossed the Sea of Marmara, and Nice was busy.", {"Nice": ("FRA", "city")}),
        # A word hyphened to the next names a town by its own name only: "Pre" is another
        # name of Prato; a state by any of its names.
        ("Pre-dawn raids hit the port.", {}),
        ("Pre-election polls closed early.", {}),
        ("Kyiv-based and US-led groups met.", {"Kyiv": ("UKR", "city"), "US": ("USA", "country")}),
        # A code of capitals inside a body's name or tagged a body is no airport's town.
        ("CBS News aired the interview on Sunday.", {}),
        ("The talks were shown on NBC and in Turkish media.", {"Turkish": ("TUR", "country")}),
        # A code of capitals is no common word it spells ("us"): a state by its code.
        ("The US Census Bureau counted them.", {"US": ("USA", "country")}),
        ("Troops of the CAR army crossed the river.", {"CAR": ("CAF", "country")}),
        # A people's or a party's word is no small town, by the town's own name ("Arab",
        # "Marines", small towns of the United States and France) or by another of its
        # names ("Democrat", a former name of Sumiton, Alabama) ...
        ("Arab states backed the plan on Tuesday.", {}),
        ("The Marines landed at dawn.", {}),
        ("Democrat senators blocked the bill in Ohio.", {"Ohio": ("USA", "region")}),
        ("The Democrat governor of Texas vetoed it.", {"Texas": ("USA", "region")}),
        # ... but a people's word names its country.
        (
            "French diplomats left Algiers.",
            {"French": ("FRA", "country"), "Algiers": ("DZA", "city")},
        ),
    ],
)
def test_a_common_word_is_no_other_name_of_a_place(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A longer name's head written as a common word is the kind of thing it names, no
        # place of its own (Papua New Guinea's Gulf province, Valley in Alabama, Nigeria's
        # Delta state) ...
        ("A drone hit a tanker in the Persian Gulf.", {}),
        ("Monsoon floods swept the Indus Valley last week.", {}),
        ("Oil rigs in the Gulf of Mexico were shut.", {"Mexico": ("MEX", "country")}),
        # ... nor is a name beside a noun of water the longer name holds: the water's (no
        # Australian state, no US state) ...
        ("Two fishermen drowned in Lake Victoria on Sunday.", {}),
        ("A barge sank in the Mississippi River near Memphis.", {"Memphis": ("USA", "city")}),
        # ... nor a state's people's word or its name inside a longer one (no India, no China)
        ("Pirates boarded a freighter in the Indian Ocean.", {}),
        ("Two navies held drills in the East China Sea.", {}),
        # ... but a state stays one.
        ("Rebels seized two towns in Northern Chad.", {"Chad": ("TCD", "country")}),
        ("Gunmen attacked fishermen on Lake Chad.", {"Chad": ("TCD", "country")}),
    ],
)
def test_a_longer_names_head_is_no_place(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert _toponyms(text) == expected


def test_an_act_in_a_sea_the_gazetteer_lacks_has_no_place() -> None:
    assert _located("Coast guards seized a fishing boat in the Persian Gulf on Monday.") == [
        ("COERCE", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name followed by a model number, or hyphened to a single letter, is a product's
        # or a brand's ...
        ("The agency launched a Falcon 9 rocket from Texas.", {"Texas": ("USA", "region")}),
        ("T-Mobile raised its prices in Germany.", {"Germany": ("DEU", "country")}),
        # ... where a year after a town names an occasion held there, a score a team, and a
        # state after a party's letter a member of Congress's seat.
        ("Tokyo 2020 was postponed by a year.", {"Tokyo": ("JPN", "city")}),
        (
            "Peru beat Chile 3-0 on Sunday.",
            {"Peru": ("PER", "country"), "Chile": ("CHL", "country")},
        ),
        ("Rep. Ann Moss, R-Ohio, spoke.", {"Ohio": ("USA", "region")}),
    ],
)
def test_a_product_or_a_brand_is_no_town(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert _toponyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname alone after a person named in full is that person, not a town ...
        (
            "The president dismissed John Bolton on Monday. Bolton said he had resigned.",
            {},
        ),
        (
            "Senator Elizabeth Warren spoke in Iowa. Warren promised free tuition.",
            {"Iowa": ("USA", "region")},
        ),
        # ... unless the words around make it a place.
        (
            "Police questioned Anna Bolton. The inquiry moved to Bolton, England, on Friday.",
            {"Bolton": ("GBR", "city"), "England": ("GBR", "region")},
        ),
    ],
)
def test_a_surname_is_no_place(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert _toponyms(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A small town the text tags a place is also the one its other mentions name, in a
        # body's name or untagged ...
        (
            "A fire broke out in Laguna. The Laguna Fire Department sent two trucks.",
            ["Laguna", "Laguna"],
        ),
        (
            "Voters in Red Oak went to the polls. The Red Oak Rotary Club hosted a debate.",
            ["Red Oak", "Red Oak"],
        ),
        # ... where alone, a small town in a body's name is none ...
        ("The Innisfail Growers Association asked for aid.", []),
        # ... nor is a common word the model tags a place once ("the Centre", India's
        # government, is no town of the United States in its other mentions, nor in a story
        # of Delhi where it is tagged: a village abroad of the text's states).
        (
            "The state wrote to the Centre in Delhi. The Centre said it would answer.",
            ["Delhi"],
        ),
    ],
)
def test_a_place_the_text_names_is_that_place_in_its_other_mentions(
    text: str, names: list[str]
) -> None:
    (doc,) = parse_texts([text])
    assert [t.text for t in find_toponyms(doc)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town read inside a facility's name, in a state the text's other places never
        # name, is a person's name there (Kennedy and Sherman are towns of Colombia and the
        # United States) ...
        (
            "Astronauts trained at the Kennedy Space Center in Florida before the launch.",
            {"Florida": ("USA", "region")},
        ),
        (
            "The plane was diverted to Kennedy Airport after a storm over Texas.",
            {"Texas": ("USA", "region")},
        ),
        # ... as is a name before a made thing outside any facility's name (the model
        # reads "Kennedy" a person's here), not a name the text tags a place ...
        (
            "Snow kept flights grounded at Kennedy airport on Monday while Ohio cleared its roads.",
            {"Ohio": ("USA", "region")},
        ),
        (
            "Rockets hit Baghdad airport, and Iraqi officials counted the damage.",
            {"Baghdad": ("IRQ", "city"), "Iraqi": ("IRQ", "country")},
        ),
        (
            "Guards at Lincoln prison in Nebraska stopped a riot.",
            {"Lincoln": ("USA", "city"), "Nebraska": ("USA", "region")},
        ),
        # A small town's name inside a facility's name is the facility's in the text's other
        # mentions too, a short name for it; a well-known town's is the town's.
        (
            "Delegates met at Dunedin House in Surrey, England. Talks at Dunedin ended on Friday.",
            {"Surrey": ("GBR", "district"), "England": ("GBR", "region")},
        ),
        (
            "Rebels shelled Mosul International Airport on Monday. Residents of Mosul fled the"
            " shelling.",
            {"Mosul": ("IRQ", "city")},
        ),
        # ... and a town the story's state holds is the facility's own town.
        (
            "Flooding closed roads across Essex. Patients were moved to Colchester General "
            "Hospital.",
            {"Essex": ("GBR", "district"), "Colchester": ("GBR", "city")},
        ),
    ],
)
def test_a_town_in_a_facilitys_name_is_one_of_the_storys_state(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town before a plural noun of a sector's people, in a state the text's other
        # places never name, is a people's name there (Naga is a town of the Philippines).
        (
            "Naga militants ambushed an army convoy in Manipur on Friday.",
            {"Manipur": ("IND", "region")},
        ),
        # Not where no other place names a state, nor a city of a million people.
        ("Chicago residents marched downtown on Sunday.", {"Chicago": ("USA", "city")}),
        (
            "Aleppo residents fled as Turkish troops advanced.",
            {"Aleppo": ("SYR", "city"), "Turkish": ("TUR", "country")},
        ),
    ],
)
def test_a_town_before_a_noun_of_people_is_one_of_the_storys_states(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


def test_a_dotted_code_hyphened_to_a_word_names_its_states() -> None:
    # The tokenizer keeps "U.S.-led" and "U.S.-Mexico" whole: each part that is a state's.
    text = "Troops of the U.S.-led coalition patrolled the U.S.-Mexico border."
    (doc,) = parse_texts([text])
    found = [(t.text, t.country, text[t.start : t.end]) for t in find_toponyms(doc)]
    assert found == [("U.S.", "USA", "U.S."), ("U.S.", "USA", "U.S."), ("Mexico", "MEX", "Mexico")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first-level region spelled as ISO 3166-2 and the news spell it, not as GeoNames
        # does ("Lowgar", "Vardak", "Oromiya", "Tyrol").
        (
            "Gunmen ambushed a convoy in Logar province, and Wardak police searched the road.",
            {"Logar": ("AFG", "region"), "Wardak": ("AFG", "region")},
        ),
        (
            "Farmers in Oromia marched while the ski resorts of Tirol closed.",
            {"Oromia": ("ETH", "region"), "Tirol": ("AUT", "region")},
        ),
    ],
)
def test_a_region_is_found_by_its_iso_spelling(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region named after its centre, which GeoNames spells another way ("Mykolayiv",
        # "Odesa"): the bare name is the city's, as where both are spelled alike ...
        ("Shelling hit Mykolaiv overnight, officials said.", {"Mykolaiv": ("UKR", "city")}),
        (
            "A ferry left Odessa for Istanbul on Monday.",
            {"Odessa": ("UKR", "city"), "Istanbul": ("TUR", "city")},
        ),
        # ... and the region's where the text says it is one.
        ("The governor of the Mykolaiv region resigned.", {"Mykolaiv": ("UKR", "region")}),
        # So is a town's name that only the town bears in the gazetteer, where the region's
        # own name is another of the town's.
        ("The governor of the Odesa region resigned.", {"Odesa": ("UKR", "region")}),
        ("Floods cut roads in the Kharkov region.", {"Kharkov": ("UKR", "region")}),
    ],
)
def test_a_regions_name_its_centre_bears_too_is_the_city(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert _toponyms(text) == expected


def test_the_gazetteer_has_every_kind_of_place() -> None:
    places = load_places()
    kinds = {p.kind for p in places.all()}
    assert kinds == set(PlaceKind)
    (kyiv,) = [p for p in places.candidates("Kyiv") if p.kind == PlaceKind.CITY]
    assert kyiv.country == "UA" and 50 < kyiv.lat < 51 and 30 < kyiv.lon < 31


def test_a_file_that_is_not_a_places_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "places.tsv.gz"
    with gzip.open(bad, "wt") as f:
        f.write("name\tlat\nKyiv\t50.45\n")
    with pytest.raises(ValueError, match="not a places file"):
        load_places(bad)
    assert load_places(PLACES_PATH) is load_places()


def _located(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    (article,) = extract_events(
        [Article(id="a1", title=title, text=text, format="text", published_at=PUBLISHED)]
    )
    assert article.events, text
    return [(e.type.value, e.location.name if e.location else None) for e in article.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where the act happened: the place acted on, or the trigger's own locative.
        ("Russian forces struck Kyiv on Monday.", [("ASSAULT", "Kyiv")]),
        # A small town before the state that holds it is the place, not the state.
        ("Militants attacked Dori in northern Burkina Faso on Sunday.", [("ASSAULT", "Dori")]),
        ("Ukrainian drones attacked an oil depot in Bryansk overnight.", [("ASSAULT", "Bryansk")]),
        ("Saudi and American officials held talks in Riyadh on Tuesday.", [("CONSULT", "Riyadh")]),
        ("Kenya and Uganda signed a trade deal in Nairobi on Monday.", [("SUPPORT", "Nairobi")]),
        ("President Macron visited Algiers on Tuesday.", [("CONSULT", "Algiers")]),
        # "Outside of" is "outside".
        ("Police dispersed students outside of Kampala on Friday.", [("COERCE", "Kampala")]),
        (
            "Protesters gathered outside of the parliament in Kampala.",
            [("PROTEST", "Kampala")],
        ),
        # Places acted on are one as a locative's are: the state they share, else none.
        ("Russian missiles struck Kyiv and Kharkiv overnight.", [("ASSAULT", "Ukraine")]),
        (
            "The Gambian president visited Mauritania and Senegal last week.",
            [("CONSULT", None)],
        ),
        # A county; a town too small to be known by its name alone.
        (
            "Police arrested two activists in Suffolk County on Monday.",
            [("COERCE", "Suffolk County")],
        ),
        ("Demonstrators marched in Tonypandy on Saturday.", [("PROTEST", "Tonypandy")]),
        # A material act's "into" is where it goes in; a word's is no place.
        ("Militants fired rockets into Israel on Friday.", [("ASSAULT", "Israel")]),
        (
            "Turkey launched a military offensive into northern Syria on Wednesday.",
            [("ASSAULT", "Syria")],
        ),
        ("Kenya called for an inquiry into the killings in Nairobi.", [("REQUEST", None)]),
        # Forces deployed "to" a place are readied there; a deportee's "to" is no place of
        # the act.
        ("The government sent troops to Kirkuk after the clashes.", [("MOBILIZE", "Kirkuk")]),
        ("Russia deployed fighter jets to Belarus on Monday.", [("MOBILIZE", "Belarus")]),
        ("Kenya deported two activists to Uganda on Monday.", [("COERCE", None)]),
        # A place told beside the act's time, which the parser hangs on the time.
        (
            "On Friday in Kenya, the blogger was sentenced to ten years in prison.",
            [("SANCTION", "Kenya")],
        ),
        ("Late on Sunday in Kherson, Russian troops shelled a school.", [("ASSAULT", "Kherson")]),
        # The place of the site the act was done at, and a town naming that site.
        (
            "A gunman shot two guards at a bank in the port city of Mombasa.",
            [("ASSAULT", "Mombasa")],
        ),
        ("Rebels attacked a bus station in a suburb of Aleppo.", [("ASSAULT", "Aleppo")]),
        # ... the place an attack struck, as the attack's noun or the act's occasion; not a
        # people attacked, nor an attack's time.
        (
            "Three soldiers were killed in a raid on a checkpoint near Quetta.",
            [("ASSAULT", "Quetta")],
        ),
        ("Two policemen died in an attack on the Kabul airport.", [("ASSAULT", "Kabul")]),
        (
            "Four soldiers were wounded in an attack on Americans, officials said.",
            [("ASSAULT", None), ("ASSAULT", None)],
        ),
        ("Troops killed five rebels in a raid on Monday.", [("ASSAULT", None)]),
        ("The former mayor was sentenced in Madrid Provincial Court.", [("SANCTION", "Madrid")]),
        ("Police detained the activists at the Kabul airport.", [("COERCE", "Kabul")]),
        # ... and the place of the body whose site it is; a state there tells whose it is.
        (
            "A gunman killed two guards at the offices of the Lahore Press Club.",
            [("ASSAULT", "Lahore")],
        ),
        ("Protesters rallied outside the embassy of Turkey.", [("PROTEST", None)]),
        # A body acts where it is told to be; a word is said anywhere.
        ("Police in Kisumu arrested four teachers on Monday.", [("COERCE", "Kisumu")]),
        ("The editor was jailed by a court in Izmir.", [("COERCE", "İzmir")]),
        ("Officials in Kampala accused Kenya of lying.", [("ACCUSE", None)]),
        # Police and courts act only in their own state: with no place told, theirs; not
        # for a word said of them.
        ("Nigerian police arrested three journalists on Monday.", [("COERCE", "Nigeria")]),
        # ... a continent named is of no state ("African", "South American")
        ("Brazilian police arrested three African journalists.", [("COERCE", "Brazil")]),
        (
            "A Turkish court sentenced the novelist to six years in prison.",
            [("SANCTION", "Turkey")],
        ),
        ("Bolivian police fired tear gas at striking miners.", [("ASSAULT", "Bolivia")]),
        ("Kenyan police arrested two Ugandan traders on Monday.", [("COERCE", "Kenya")]),
        # ... not where the sentence names places of other states, of which their own is
        # only a guess.
        (
            "Police made arrests in Kenya, Uganda and Tanzania on Monday.",
            [("COERCE", None)],
        ),
        # ... nor where it names their state only as where another act happened: suspects
        # are chased abroad. Their state told before the noun is theirs.
        # (The bombing, told in passing, is an act of its own, done where its noun says.)
        (
            "Police arrested a man in connection with a bombing in Kampala.",
            [("COERCE", None), ("ASSAULT", "Kampala")],
        ),
        ("Police detained two men over the attack on a church in Lyon.", [("COERCE", None)]),
        (
            "Ugandan police arrested a man in connection with a bombing in Kampala.",
            [("COERCE", "Uganda"), ("ASSAULT", "Kampala")],
        ),
        ("The opposition accused Bolivian police of brutality.", [("ACCUSE", None)]),
        # A sanction is imposed from afar: only its doer's courts place it.
        (
            "The European Union sanctioned two Iranian judges on Monday.",
            [("SANCTION", None)],
        ),
        # ... or where the side it is done to or with is.
        ("Gunmen opened fire on a convoy near Quetta.", [("ASSAULT", "Quetta")]),
        ("The rebels met with a UN envoy in Addis Ababa.", [("CONSULT", "Addis Ababa")]),
        ("The EU imposed sanctions on two banks in Minsk.", [("SANCTION", None)]),
        # A participle of result happens where its clause's act does.
        (
            "A bomb exploded at a bus stop in Mogadishu, killing nine soldiers.",
            [("ASSAULT", "Mogadishu")],
        ),
        # What flies is brought down where it flies; elsewhere "over" tells a cause.
        ("The American pilot was shot down over Hanoi in 1967.", [("ASSAULT", "Hanoi")]),
        (
            "Syrian air defences shot down an Israeli missile over Damascus.",
            [("ASSAULT", "Damascus")],
        ),
        # ... and where a relative clause on it tells it came down, not where it came from.
        ("Rebels shot down a helicopter that crashed near Idlib.", [("ASSAULT", "Idlib")]),
        (
            "Afghan troops shot down a drone, which fell outside Kunduz on Monday.",
            [("ASSAULT", "Kunduz")],
        ),
        # ... also where it is told someone says it came down (a name read as an adjective
        # naming the province) ...
        (
            "Taliban gunmen shot down an army helicopter, which the governor said crashed in"
            " Wardak province.",
            [("ASSAULT", "Vardak")],
        ),
        (
            "Houthi fighters shot down a Saudi drone, which the group said crashed near Sanaa.",
            [("ASSAULT", "Sanaa")],
        ),
        (
            "Rebels shot down a jet that had taken off from Latakia.",
            [("ASSAULT", None)],
        ),
        ("India and Pakistan fought a war over Kashmir.", [("ASSAULT", None)]),
        (
            "The United States imposed sanctions on Russia over Crimea.",
            [("SANCTION", None)],
        ),
        # A town or a region compounded on the act's noun, or on the act named as the doer,
        # is where it happened; a possessor tells whose it is, a person's town where they
        # are from.
        (
            "Hundreds of students joined the Khartoum protests on Friday.",
            [("PROTEST", "Khartoum")],
        ),
        ("A Kandahar car bombing killed five soldiers on Monday.", [("ASSAULT", "Kandahār")]),
        ("An Idlib airstrike killed nine civilians.", [("ASSAULT", "Idlib")]),
        ("Moscow's crackdown on protesters continued on Sunday.", [("COERCE", None)]),
        ("The Texas gunman killed 22 people on Saturday.", [("ASSAULT", None)]),
        # Places coordinated in one locative: one that holds the others is no second
        # place; several of one state are that state; of several states, none.
        (
            "Thousands of students protested in Baghdad and Basra on Friday.",
            [("PROTEST", "Iraq")],
        ),
        (
            "Rebels attacked army posts in Goma and in Bukavu.",
            [("ASSAULT", "Democratic Republic of the Congo")],
        ),
        ("Gunmen kidnapped two aid workers in Maiduguri, Nigeria.", [("ASSAULT", "Maiduguri")]),
        # A county holds no town of its state in a list: the gazetteer tells only its state.
        (
            "Gunmen attacked two churches in Houston and Dallas County on Sunday.",
            [("ASSAULT", "United States")],
        ),
        (
            "Rebels attacked army posts in Goma and in Gisenyi on Monday.",
            [("ASSAULT", None)],
        ),
        # A state's capital named by the state.
        ("Gunmen kidnapped two Italian engineers in the Libyan capital.", [("ASSAULT", "Tripoli")]),
        ("Thousands of students marched in the capital of Sudan.", [("PROTEST", "Khartoum")]),
        # A place acted on that is a passive's subject.
        ("Odesa was struck by Russian drones overnight.", [("ASSAULT", "Odesa")]),
        # A state's name before a site tells whose it is, not where it is.
        ("Rioters stormed the Turkish embassy on Friday.", [("ASSAULT", None)]),
        # A place merely mentioned locates nothing.
        (
            "Kenya and Uganda signed a trade deal on Monday, officials in Kampala said.",
            [("SUPPORT", None)],
        ),
        ("The French president, who grew up in Amiens, condemned Russia.", [("ACCUSE", None)]),
        ("The Welsh minister, who was born in Tonypandy, condemned Russia.", [("ACCUSE", None)]),
        # A town read by another of its names in a state the story never names is no place
        # of the story ("Sarkh", a spelling of Chad's Sarh); a capital's other name is.
        (
            "Afghan officials said American troops raided a Taliban position in Sarkh.",
            [("ASSAULT", None)],
        ),
        ("Russian forces shelled Kiev on Tuesday.", [("ASSAULT", "Kyiv")]),
        # So is what a region or a sea the gazetteer lacks was read as: a namesake region, a
        # hamlet; not a well-known city.
        ("Iranian boats seized a British tanker in the Gulf on Friday.", [("COERCE", None)]),
        # ... but a region its phrase calls one is no guess, whatever states the story names.
        ("Russian drones struck Kharkiv region on Sunday.", [("ASSAULT", "Kharkiv")]),
        ("Syrian jets bombed villages in the Idlib region, Turkey said.", [("ASSAULT", "Idlib")]),
        # A region told by a name of its town the gazetteer gives the town only is the town's
        # region, by the region's own spelling, not the town.
        ("Russian drones struck the Odesa region on Sunday.", [("ASSAULT", "Odessa")]),
        ("Russian missiles hit the Dnipro region overnight.", [("ASSAULT", "Dnipropetrovsk")]),
        # An act named as the doer of another carries its own place to it.
        ("Heavy shelling in Kherson wounded four civilians on Monday.", [("ASSAULT", "Kherson")]),
        ("A drone attack on the Sumy region killed two people.", [("ASSAULT", "Sumy")]),
        (
            "Thousands of protesters marched across the Middle East, Egyptian officials said.",
            [("PROTEST", None)],
        ),
        ("Canadian police arrested two men in Saskatoon.", [("COERCE", "Saskatoon")]),
        # A threat is not made where the threatened strike would fall.
        ("Iran threatened to strike U.S. bases in Iraq.", [("THREATEN", None)]),
        # ... nor where an act held out on a condition, which codes the threat, would be
        # done; done, that act is located there, and a verb of threatening keeps its own.
        (
            "Ghana will withdraw its soldiers from Togo unless the junta frees the prisoners.",
            [("THREATEN", None)],
        ),
        (
            "Kenya will detain Somali traders in Mombasa if they do not pay the levy.",
            [("THREATEN", None)],
        ),
        ("Nigeria will deploy troops in Niger unless the junta steps down.", [("THREATEN", None)]),
        ("Ghana withdrew its soldiers from Togo on Monday.", [("RETREAT", "Togo")]),
        ("Senegal expelled Gambian traders from Dakar on Monday.", [("COERCE", "Dakar")]),
        ("In Lagos on Monday, the governor warned the unions.", [("THREATEN", "Lagos")]),
        (
            "Militias made threats against American soldiers in Baghdad on Monday.",
            [("THREATEN", "Baghdad")],
        ),
    ],
)
def test_events_are_located_where_the_act_happened(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side's own locative inside the place the clause tells is the finer place; two
        # locatives of the act, one inside the other, give the inner one.
        (
            "On Friday in Pakistan, a court in Multan sentenced the blogger to death.",
            [("SANCTION", "Multan")],
        ),
        ("In Nigeria, soldiers attacked militants in Maiduguri.", [("ASSAULT", "Maiduguri")]),
        # A court or the police act where they sit: their locative places a sanction too,
        # not another's (a word is said anywhere).
        (
            "A court in Rawalpindi sentenced the activist to five years.",
            [("SANCTION", "Rawalpindi")],
        ),
        ("Police in Quetta accused the party of fraud.", [("ACCUSE", None)]),
        # ... and so where their town names them; a state's name tells whose they are, and a
        # person's town no place.
        ("Kisumu police arrested four teachers on Monday.", [("COERCE", "Kisumu")]),
        ("A Lahore court sentenced the activist to five years.", [("SANCTION", "Lahore")]),
        ("Kisumu police accused the teachers of sedition.", [("ACCUSE", None)]),
        ("The Texas gunman was arrested by police.", [("COERCE", "United States")]),
        # ... and so where the name of a police body or a court holds its town.
        ("The Columbus Division of Police arrested two men.", [("COERCE", "Columbus")]),
        ("The Lahore High Court sentenced the blogger to death.", [("SANCTION", "Lahore")]),
        ("The Columbus Police Department accused the mayor of lying.", [("ACCUSE", None)]),
        # ... and any state body's a town or a region names, of a material act; not of a
        # meeting, held where it travels, nor a state's body, whose name tells whose it is.
        ("The Kano State Government demolished forty shops.", [("COERCE", "Kano")]),
        ("The Mombasa County Government demolished sixty kiosks.", [("COERCE", "Mombasa")]),
        ("The Lagos State Government held talks with union leaders.", [("CONSULT", None)]),
        ("The Kenya Government deported two journalists on Friday.", [("COERCE", None)]),
        # ... as do its members, and a verb joined to another with no subject of its own has
        # that one's sides.
        (
            "Officers from the Kisumu Police Department stopped a car on Monday and arrested"
            " two Ugandan traders.",
            [("COERCE", "Kisumu")],
        ),
        ("Officers of the Lahore police arrested two journalists.", [("COERCE", "Lahore")]),
        ("Officers of the Lahore police accused two journalists of lying.", [("ACCUSE", None)]),
        (
            "Police in Kisumu stopped a bus and arrested two traders.",
            [("COERCE", "Kisumu")],
        ),
        # A side is where a present participle on it tells what it was doing; a past one may
        # tell where it was before.
        (
            "Two nurses were abducted by gunmen wearing army uniforms in central Kabul.",
            [("ASSAULT", "Kabul")],
        ),
        ("Taliban gunmen trained in Pakistan attacked a police station.", [("ASSAULT", None)]),
    ],
)
def test_an_act_is_located_at_the_finest_place_its_sides_give(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act done in person or by a court or police told during or amid an occasion is
        # done where the occasion happened ...
        (
            "During a rally in Leipzig on Saturday, police detained twelve protesters.",
            [("COERCE", "Leipzig")],
        ),
        ("Amid clashes in Kirkuk, soldiers arrested nine men.", [("COERCE", "Kirkuk")]),
        # ... so is a verdict told after it, in its court; not a sanction from afar, nor
        # another act after it, which may be done anywhere.
        ("After a trial in Lyon, a court convicted two police officers.", [("SANCTION", "Lyon")]),
        (
            "Following a hearing in Leeds, the activist was sentenced to two years.",
            [("SANCTION", "Leeds")],
        ),
        ("After talks in Vienna, Iran was sanctioned by the United States.", [("SANCTION", None)]),
        ("Following clashes in Kirkuk, soldiers arrested nine men.", [("COERCE", None)]),
        # ... not where its sentence tells another place, nor for a word, said anywhere.
        ("Amid protests in Tunis, soldiers arrested two students from Sfax.", [("COERCE", None)]),
        (
            "After a bombing in Haifa, Israeli troops arrested two men in Jenin.",
            [("COERCE", "Janīn"), ("ASSAULT", "Haifa")],  # Jenin in GeoNames' spelling
        ),
        ("During talks in Doha, the Taliban accused the government of lying.", [("ACCUSE", None)]),
    ],
)
def test_an_act_done_at_an_occasion_is_located_there(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verbs joined with one subject share the place told after the last of them ...
        (
            "Gunmen killed seven soldiers and wounded 29 policemen in Kirkuk on Monday.",
            [("ASSAULT", "Kirkuk"), ("ASSAULT", "Kirkuk")],
        ),
        (
            "Militants abducted two aid workers, killed a driver and torched a truck near "
            "Timbuktu.",
            # (the truck torched, of no side, is that attack told again)
            [("ASSAULT", "Timbuktu")] * 2,
        ),
        # ... not where the first tells a place of its own.
        (
            "Israeli troops withdrew from Jenin and arrested four men in Nablus.",
            [("RETREAT", "Janīn"), ("COERCE", "Nablus")],
        ),
    ],
)
def test_joined_acts_share_the_place_told_after_the_last(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act of removing is done where the removed were, its "from" ...
        ("Russian troops withdrew from Kherson on Friday.", [("RETREAT", "Kherson")]),
        (
            "Hundreds of families were expelled from Mosul by the militants.",
            [("SANCTION", "Mosul")],
        ),
        ("Police evicted 40 migrants from a camp near Calais.", [("COERCE", "Calais")]),
        # ... as of a noun told before its verb, or whose "from" the parser hangs on those
        # who leave ...
        ("The withdrawal of American troops from Syria began on Sunday.", [("RETREAT", "Syria")]),
        (
            "Turkey completed the withdrawal of its forces from northern Iraq.",
            [("RETREAT", "Iraq")],
        ),
        # ... and of any retreat, its "from" or "out of", a noun's "of" ...
        ("Rebel fighters pulled out of Goma after the talks.", [("RETREAT", "Goma")]),
        ("The army pulled its soldiers out of Mosul.", [("RETREAT", "Mosul")]),
        (
            "Turkey completed the pullout of its forces from northern Iraq.",
            [("RETREAT", "Iraq")],
        ),
        # ... not a thing a place names there, nor another act's origin, nor a release's
        # detention.
        ("The United States withdrew from the Paris climate agreement.", [("SANCTION", None)]),
        ("The Taliban released two prisoners from Bagram.", [("RETREAT", None)]),
        ("Police arrested two students from Sfax.", [("COERCE", None)]),
    ],
)
def test_an_act_of_removing_is_located_where_the_removed_were(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The traveller's acts of any kind told on a journey of theirs are done where it
        # ends: a visit or a trip they are told during or on ...
        (
            "During a visit to Beijing, the Kenyan president signed a trade deal with China.",
            [("SUPPORT", "Beijing")],
        ),
        (
            "During his visit to Hanoi, the Australian minister criticised China.",
            [("ACCUSE", "Hanoi")],
        ),
        # ... a verb of travel they are conjoined to, the purpose of, or the "for" of ...
        (
            "The foreign minister arrived in Kabul on Sunday and met Taliban leaders.",
            [("CONSULT", "Kabul")],
        ),
        (
            "A Chinese delegation arrived in Lusaka to sign a mining deal with Zambia.",
            [("SUPPORT", "Lusaka")],
        ),
        (
            "Iranian negotiators returned to Vienna for talks with European diplomats.",
            [("CONSULT", "Vienna")],
        ),
        # ... the parser may hang the journey on the act's gerund.
        (
            "The Saudi minister accused Qatar of lying during a visit to Amman.",
            [("ACCUSE", "Amman")],
        ),
        # ... not another's journey, nor one after which the act came, nor a place of its own.
        ("During Xi's visit to Moscow, Washington warned China.", [("THREATEN", None)]),
        (
            "After his trip to Moscow, the Serbian president signed a gas deal.",
            [("SUPPORT", None)],
        ),
        (
            "The general travelled to Goma to inspect troops and met rebel leaders in Bunia.",
            [("CONSULT", "Bunia")],
        ),
    ],
)
def test_an_act_told_on_a_journey_is_located_where_it_ends(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word is said where its speaker is, told by a participle of speaking on the act or
        # on its doer ...
        (
            "Speaking in Ankara on Tuesday, the Turkish president threatened Greece.",
            [("THREATEN", "Ankara")],
        ),
        (
            "Addressing a rally in Lahore, the prime minister criticised the Indian government.",
            [("ACCUSE", "Lahore")],
        ),
        (
            "The Iranian foreign minister, speaking in Tehran, rejected the American offer.",
            [("REJECT", "Tehran")],
        ),
        (
            "Speaking to journalists in Nairobi, the Kenyan president praised China.",
            [("SUPPORT", "Nairobi")],
        ),
        # ... not where the strike it holds out would fall, nor another clause's act.
        (
            "Speaking in Ankara, the Turkish president threatened to strike Kurdish fighters in"
            " Syria.",
            [("THREATEN", "Ankara")],
        ),
        (
            "Speaking in Moscow, Putin said Russian jets had bombed rebels in Idlib.",
            [("ASSAULT", "Idlib")],
        ),
        ("Before speaking in Geneva, the minister accused Iran of lying.", [("ACCUSE", None)]),
        # A speaker's own word, quoted or reported in the first person, is said where the
        # saying was ...
        (
            'In remarks in Hanoi, the minister said, "We strongly oppose the blockade by China."',
            [("REJECT", "Hanoi")],
        ),
        (
            '"We reject the proposal," the minister told reporters in Geneva on Monday.',
            [("REJECT", "Geneva")],
        ),
        # ... not a word it reports of others, nor a deed it tells.
        (
            "At a news conference in Ankara, the minister said Iran had rejected the offer.",
            [("REJECT", None)],
        ),
        (
            '"We struck the rebels\' camp," the general told reporters in Kabul on Monday.',
            [("ASSAULT", None)],
        ),
    ],
)
def test_a_word_is_located_where_its_speaker_spoke(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The seat of a body that sits only at home, named by its state, is in that state ...
        ("Protesters gathered outside the Kenyan parliament on Tuesday.", [("PROTEST", "Kenya")]),
        (
            "Activists staged a sit-in at the Brazilian Supreme Court on Friday.",
            [("PROTEST", "Brazil")],
        ),
        ("Farmers blocked the road near the Indian parliament.", [("PROTEST", "India")]),
        # ... not a state's embassy, abroad, nor before a town the phrase names.
        ("Protesters burned flags outside the French embassy on Friday.", [("PROTEST", None)]),
        (
            "Police arrested six protesters outside the Georgian parliament in Tbilisi.",
            [("COERCE", "Tbilisi")],
        ),
    ],
)
def test_an_act_at_a_seat_of_a_body_at_home_is_in_its_state(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act done in person with no place told goes on the scene of the story's last
        # earlier one with a place, in its paragraph or a later one ...
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Police fired tear gas at the nurses.",
            [("PROTEST", "Kumasi"), ("ASSAULT", "Kumasi")],
        ),
        (
            "Militants raided a village near Goma on Sunday.\nThe army arrested eight militants.",
            [("ASSAULT", "Goma"), ("COERCE", "Goma")],
        ),
        # ... a state's name as a modifier of a side tells whose it is, no other place ...
        (
            "Gunmen attacked a church in Lyon on Sunday. Police arrested two Canadian tourists.",
            [("ASSAULT", "Lyon"), ("COERCE", "Lyon")],
        ),
        (
            "Gunmen attacked a church in Lyon on Sunday. Canada condemned the attack. Police"
            " arrested two men.",
            [("ASSAULT", "Lyon"), ("ACCUSE", None), ("COERCE", "Lyon")],
        ),
        # ... the scene's own sentence's other places being read by it ...
        (
            "Gunmen from Mosul attacked a checkpoint in Kirkuk on Monday. Police arrested two men.",
            [("ASSAULT", "Kirkuk"), ("COERCE", "Kirkuk")],
        ),
        # ... and the act the story opens with is a scene, an event or not, but a word, said
        # anywhere, or a sanction, imposed from afar ...
        (
            "A lorry crashed into a crowd at a market in Lyon on Sunday. Police arrested the"
            " driver.",
            [("COERCE", "Lyon")],
        ),
        (
            "A man stabbed three people at a café in Lyon on Sunday. Police shot him dead.",
            [("ASSAULT", "Lyon")],
        ),
        (
            "The minister said in Lyon that the strike was over. Police arrested two union"
            " leaders.",
            [("COERCE", None)],
        ),
        (
            "A court in Lyon sentenced a farmer to prison on Monday. Police arrested two men.",
            [("SANCTION", "Lyon"), ("COERCE", None)],
        ),
        # ... not where another place is told between, nor for a word, said anywhere, nor
        # for an act whose sides are counted over many places.
        (
            "Hundreds of nurses rallied in Kumasi on Monday. A day later in Accra, police fired"
            " tear gas at the nurses.",
            [("PROTEST", "Kumasi"), ("ASSAULT", "Accra")],
        ),
        (
            "Militants raided a village near Goma on Sunday. The army accused the militants of"
            " war crimes.",
            [("ASSAULT", "Goma"), ("ACCUSE", None)],
        ),
        # ... nor where the act's sentence tells a town the gazetteer lacks (a street or a
        # site there lies in the scene) ...
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Soldiers later detained six nurses"
            " in Ejisu.",
            [("PROTEST", "Kumasi"), ("COERCE", None)],
        ),
        (
            "Troops detain 30 traders in Kumasi\nSoldiers also detained 30 traders in Ejisu on"
            " Monday.",
            [("COERCE", "Kumasi"), ("COERCE", None)],
        ),
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Police fired tear gas at the nurses"
            " at Adum Market.",
            [("PROTEST", "Kumasi"), ("ASSAULT", "Kumasi")],
        ),
        # ... nor by where a person comes from, a modifier of the person or its "of" or
        # "from"; a town before police tells where they act.
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Police arrested a 30-year-old"
            " Tamale man.",
            [("PROTEST", "Kumasi"), ("COERCE", "Kumasi")],
        ),
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Police later detained Kofi Boateng,"
            " 41, of Tamale.",
            [("PROTEST", "Kumasi"), ("COERCE", "Kumasi")],
        ),
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Tema police arrested two men.",
            [("PROTEST", "Kumasi"), ("COERCE", "Tema")],
        ),
        # ... but a titled person's "of" is the seat they hold, where they may have been.
        (
            "Hundreds of nurses rallied in Kumasi on Monday. Police arrested Mayor Kwame Mensah"
            " of Tamale.",
            [("PROTEST", "Kumasi"), ("COERCE", "Ghana")],
        ),
        # ... nor, where the scene is a state, by a place inside it; a place in a town's
        # scene, or in another state, still does.
        (
            "Thousands of students rallied in Chile on Friday. A teacher from Valparaiso said"
            " the students marched until dusk.",
            [("PROTEST", "Chile"), ("PROTEST", "Chile")],
        ),
        (
            "Thousands of students rallied in Chile on Friday. A teacher from Lima said the"
            " students marched until dusk.",
            [("PROTEST", "Chile"), ("PROTEST", None)],
        ),
        (
            "Thousands of students rallied in Valparaiso on Friday. A teacher from Santiago"
            " said the students marched until dusk.",
            [("PROTEST", "Valparaiso"), ("PROTEST", None)],
        ),
        # ... nor by a union of states as a noun's modifier, which tells whose or what.
        (
            "Thousands of farmers rallied in Lyon on Monday. Farmers waving EU flags marched to"
            " the prefecture.",
            [("PROTEST", "Lyon"), ("PROTEST", "Lyon")],
        ),
        (
            "Thousands of farmers marched in Lyon on Saturday. A total of 90,000 farmers"
            " demonstrated, the union said.",
            [("PROTEST", "Lyon"), ("PROTEST", None)],
        ),
        (
            "Students rallied in Valparaiso on Friday.\nStudents protested across the country"
            " against the fees.",
            [("PROTEST", "Valparaiso"), ("PROTEST", None)],
        ),
        # An act done in or during an act told before, named by a definite noun, is done
        # where that act was, whatever places are told between.
        (
            "Gunmen attacked a bus station in Garissa on Monday. The station lies near the"
            " road to Mogadishu, Somalia. Police detained two gunmen during the attack.",
            [("ASSAULT", "Garissa"), ("COERCE", "Garissa")],
        ),
        (
            "Soldiers raided a village near Kidal on Sunday. Officials in Bamako and Niamey"
            " gave no figures. Police arrested four herders during the raid.",
            [("ASSAULT", "Kidal"), ("COERCE", "Kidal")],
        ),
        (
            "Soldiers raided a village near Kidal on Sunday. Officials in Bamako and Niamey"
            " gave no figures. The soldiers killed four herders.",
            [("ASSAULT", "Kidal"), ("ASSAULT", None)],
        ),
        # ... but not a running total, counted over many places: a statistic, no event.
        (
            "Soldiers raided a village near Kidal on Sunday. The soldiers have killed more"
            " than 300 herders in the fighting so far this year.",
            [("ASSAULT", "Kidal")],
        ),
        # A place as a speaker is who speaks ("Kinshasa", the government), not where.
        (
            "Rebels attacked an army post near Goma on Sunday. Soldiers arrested ten of the"
            " rebels on Monday, Kinshasa said.",
            [("ASSAULT", "Goma"), ("COERCE", "Goma")],
        ),
    ],
)
def test_an_act_with_no_place_told_goes_on_its_scene(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A headline's topic before a colon, an act's noun with its place, is the scene of
        # the act the headline tells, and of those told after it.
        (
            None,
            "Lagos riots: police arrest forty protesters. The men were held on Monday.",
            [("COERCE", "Lagos")],
        ),
        (
            "Kabul attack: soldiers detain two suspects",
            "Soldiers detained two men on Monday after a bomb exploded in Kabul.",
            [("COERCE", "Kabul"), ("ASSAULT", "Kabul")],
        ),
        # Not a topic that names no act, nor a place in a phrase of the topic's noun.
        (
            None,
            "Iran tensions: US sends troops to the Gulf. Officials in Iran protested.",
            [("MOBILIZE", None), ("PROTEST", "Iran")],
        ),
        (
            None,
            "The view on Kabul: soldiers detain two suspects. Officials in Kabul said.",
            [("COERCE", None)],
        ),
    ],
)
def test_a_headlines_topic_before_a_colon_is_its_scene(
    title: str | None, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence that says where an act took place sets the scene, though it codes no
        # event (it names no side): the acts told after it go on it.
        (
            "Protests over fuel prices continued in Kenya on Monday. The riot took place in"
            " the town of Nakuru. Police arrested forty people.",
            [("PROTEST", "Kenya"), ("COERCE", "Nakuru")],
        ),
        (
            "Clan militias have fought for years in Somalia. On Tuesday the violence took place"
            " in Kismayo. Soldiers detained six militants.",
            [("ASSAULT", "Somalia"), ("COERCE", "Kismayo")],
        ),
        # Not one told as done elsewhere than that scene: a wider scene told before it.
        (
            "Protests over fuel prices continued in Kenya on Monday. The riot took place in"
            " Nakuru. In other towns, police fired tear gas at protesters.",
            [("PROTEST", "Kenya"), ("ASSAULT", "Kenya")],
        ),
        (
            "Clan militias have fought for years. On Tuesday fighting broke out in Kismayo."
            " Elsewhere, soldiers detained six militants.",
            [("ASSAULT", None), ("COERCE", None)],
        ),
        # Not an act that may not have happened, nor one of another year.
        (
            "Fuel prices rose in Kenya on Monday. Officials fear a riot could happen in"
            " Nakuru. Police fired tear gas at protesters.",
            [("ASSAULT", "Kenya")],
        ),
        (
            "Fuel prices rose in Kenya on Monday. A riot took place in Nakuru in 2007. Police"
            " fired tear gas at protesters.",
            [("ASSAULT", "Kenya")],
        ),
        # Nor one wider than the scene told before it ("an Afghan police station": Kabul).
        (
            "Two car bombs killed nine people in Kabul on Sunday. The morning blasts occurred"
            " at the coalition's Gate 3 entrance, near the Shash Darak Afghan police station,"
            " officials said. After the bombings, gunmen attacked that gate with rifles.",
            [("ASSAULT", "Kabul"), ("ASSAULT", "Kabul")],
        ),
    ],
)
def test_a_sentence_telling_where_an_act_took_place_sets_the_scene(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A headline kept apart from the text tells the scene of the acts told with no place.
        (
            "Police break up student protest in Mombasa",
            "Police fired tear gas at students on Monday and arrested twelve of them. The"
            " governor of Mombasa condemned the violence.",
            # A word is said anywhere.
            [("ASSAULT", "Mombasa"), ("COERCE", "Mombasa"), ("ACCUSE", None)],
        ),
        # Not where the text never names the headline's place: no context to read it by.
        (
            "Police break up student protest in Mombasa",
            "Police fired tear gas at students on Monday and arrested twelve of them.",
            [("ASSAULT", None), ("COERCE", None)],
        ),
        # Not past another place the text tells first.
        (
            "Police break up student protest in Mombasa",
            "Students who had come from Nairobi were dispersed. Police arrested twelve of"
            " them on Monday. The governor of Mombasa condemned the arrests.",
            [("COERCE", None), ("COERCE", "Kenya"), ("ACCUSE", None)],
        ),
    ],
)
def test_an_act_with_no_place_told_goes_on_its_headlines_scene(
    title: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A county around the scene's town, or a place inside the scene's region, is told in
        # the scene: the act goes on it.
        (
            "Police arrested six people in Columbus, Indiana, on Monday. Deputies of"
            " Bartholomew County said officers also arrested a man on Tuesday.",
            [("COERCE", "Columbus"), ("COERCE", "Columbus")],
        ),
        (
            "Protesters clashed with police in Oxford on Saturday. The Oxfordshire police"
            " said officers arrested twelve people.",
            [("ASSAULT", "Oxford"), ("COERCE", "Oxford")],
        ),
        (
            "Protesters clashed with police in Bavaria on Saturday. A spokesman in Munich"
            " said officers arrested twelve people.",
            [("ASSAULT", "Bavaria"), ("COERCE", "Bavaria")],
        ),
        # Not a neighbouring county, nor a place outside the scene's region.
        (
            "Police arrested six people in Columbus, Indiana, on Monday. Deputies of Brown"
            " County said officers also arrested a man on Tuesday.",
            [("COERCE", "Columbus"), ("COERCE", "United States")],
        ),
        (
            "Protesters clashed with police in Bavaria on Saturday. A spokesman in Hamburg"
            " said officers arrested twelve people.",
            [("ASSAULT", "Bavaria"), ("COERCE", "Germany")],
        ),
    ],
)
def test_a_place_around_or_inside_the_scene_keeps_the_scene(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A police act told with no place goes on the scene the next sentence of its
        # paragraph tells: an occurrence's, or another police act's.
        (
            "Police arrested two men on Sunday. The raid took place in Leeds.",
            [("COERCE", "Leeds")],
        ),
        (
            "Police arrested six people on Monday. Officers from the Dayton Police Department"
            " also seized weapons at a home.",
            [("COERCE", "Dayton"), ("COERCE", "Dayton")],
        ),
        # Wire copy gives each sentence its own paragraph.
        (
            "Police arrested two men on Sunday.\nThe raid took place in Leeds.",
            [("COERCE", "Leeds")],
        ),
        # Not where the next sentence tells two places, nor where the act's own sentence
        # names a place.
        (
            "Police arrested two men on Sunday. The raids took place in Leeds and in Bradford.",
            [("COERCE", "United Kingdom")],
        ),
        (
            "Police arrested two men from Bradford on Sunday. The raid took place in Leeds.",
            [("COERCE", "United Kingdom")],
        ),
        # Nor on another state's police's scene.
        (
            "Kenyan police arrested two men on Sunday. Ugandan police detained three others"
            " in Kampala.",
            [("COERCE", "Kenya"), ("COERCE", "Kampala")],
        ),
        # Nor on a word's place, said anywhere.
        (
            "Police arrested two men on Sunday. The minister said in Leeds that the arrests"
            " were lawful.",
            [("COERCE", "United Kingdom")],
        ),
    ],
)
def test_a_police_act_goes_on_the_scene_its_next_sentence_tells(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An area of the world or an ocean "the" determines is no small town of its name,
        # though the text names the town's state (Middle East, Maryland; Atlantic, Iowa).
        (
            "Texas National Guard troops were deployed to the Middle East on Monday.",
            [("MOBILIZE", None)],
        ),
        (
            "The Iowa senator met the king of Jordan in the Middle East on Tuesday.",
            [("CONSULT", None)],
        ),
        (
            "California officials said the navy seized a tanker in the Atlantic on Sunday.",
            [("COERCE", None)],
        ),
        # "The" of a noun the place modifies does not tell.
        (
            "Police arrested two men in the Crown Heights neighborhood of Brooklyn on Monday.",
            [("COERCE", "Crown Heights")],
        ),
        # A name ending in a noun of water is that water, no region of its name, whatever
        # the story's other places; a region its phrase calls one is the region.
        ("Rebels attacked a cargo ship in the Red Sea on Monday.", [("ASSAULT", None)]),
        ("Navy commandos seized an oil tanker in the Gulf on Sunday.", [("COERCE", None)]),
        (
            "Sudanese soldiers arrested twelve smugglers in the Red Sea state on Monday.",
            [("COERCE", "Red Sea")],
        ),
        # An area read as no place, coordinated with a state, leaves the act's place unknown,
        # not that state's.
        (
            "Dozens of diplomats were expelled from both the West and Russia on Monday.",
            [("SANCTION", None)],
        ),
        # A comma's chain from a town the gazetteer lacks to its region is one place, the
        # region's, no list of places.
        (
            "Police in Kashiwazaki City, Niigata Prefecture, have arrested a 30-year-old man on"
            " suspicion of stalking a neighbour.",
            [("COERCE", "Niigata")],
        ),
    ],
)
def test_an_area_of_the_world_locates_no_act_at_a_town_of_its_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # An act its own sentence dates years before the story is background: it takes no
        # scene from the lead or the headline, and gives none to the acts told after it.
        (
            None,
            "Rebels attacked an army post near Goma on Sunday. Their leader was arrested by"
            " soldiers in 2009 and freed two years later.",
            [("ASSAULT", "Goma"), ("COERCE", None)],
        ),
        (
            None,
            "Rebels attacked an army post near Goma on Sunday. In 2012, soldiers arrested"
            " their leader. On Monday soldiers arrested ten of the rebels.",
            [("ASSAULT", "Goma"), ("COERCE", None), ("COERCE", "Goma")],
        ),
        (
            "Police break up student protest in Mombasa",
            "Police fired tear gas at students on Monday. Police had arrested their leaders"
            " in 2015. The governor of Mombasa condemned the violence.",
            # Not the scene: only the police's state, Kenya's where the headline tells.
            [("ASSAULT", "Mombasa"), ("COERCE", "Kenya"), ("ACCUSE", None)],
        ),
        # So is an act event dating tells as background on no day of its own (a past
        # perfect): it happened before the story, where the story does not say.
        (
            None,
            "Rebels attacked an army post near Goma on Sunday. Soldiers had arrested their leader.",
            [("ASSAULT", "Goma"), ("COERCE", None)],
        ),
        (
            None,
            "Protesters clashed with police in Lagos on Monday. Police had detained the"
            " group's founder.",
            [("ASSAULT", "Lagos"), ("COERCE", "Nigeria")],
        ),
        # So is an act told a time apart from another: another occasion.
        (
            None,
            "Gunmen stormed a hotel in Mogadishu on Friday. The siege came two days after"
            " militants bombed a checkpoint.",
            [("ASSAULT", "Mogadishu"), ("ASSAULT", None)],
        ),
        (
            None,
            "Rebels seized an army base near Goma on Sunday, a week after soldiers shelled"
            " their camp.",
            [("COERCE", "Goma"), ("ASSAULT", None)],
        ),
    ],
)
def test_a_background_act_goes_on_no_scene(
    title: str | None, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _located(text, title) == expected


def test_a_headline_holds_only_the_places_its_text_names_too() -> None:
    text, title = parse_texts(
        [
            "Police in Nairobi arrested twelve students on Monday.",
            "Police break up student protests in Mombasa and Nairobi",
        ]
    )
    headline = read_headline(title, find_toponyms(text))
    assert headline.doc is title
    assert [t.text for t in headline.toponyms] == ["Nairobi"]


def test_a_location_carries_its_place() -> None:
    text = "Russian forces shelled Kharkiv on Sunday."
    (article,) = extract_events(
        [Article(id="a1", text=text, format="text", published_at=PUBLISHED)]
    )
    (event,) = article.events
    assert event.location is not None
    assert event.location.country == "UKR"
    assert event.location.precision == LocationPrecision.CITY
    assert event.location.geonameid is not None
    assert event.location.id == str(event.location.geonameid)


def test_a_county_is_a_district() -> None:
    text = "Police arrested two activists in Suffolk County on Monday."
    (article,) = extract_events(
        [Article(id="a1", text=text, format="text", published_at=PUBLISHED)]
    )
    (event,) = article.events
    assert event.location is not None
    assert event.location.precision == LocationPrecision.DISTRICT
    assert event.location.country == "USA" and event.location.geonameid is None


def test_places_command_prints_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Officials met in Ankara.\nTurkish troops entered Syria.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["places", str(path), str(missing), "--format", "text", "--json"]) == 0
    out, err = capsys.readouterr()
    assert f"{missing}: no such file or directory" in err
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["path"] == str(path)
    fields = {
        *("text", "start", "end", "name", "geonameid", "country", "country_alpha2"),
        *("admin1", "lat", "lon", "kind"),
    }
    assert all(set(t) == fields for t in record["toponyms"])
    by_text = {t["text"]: t for t in record["toponyms"]}
    assert by_text["Ankara"]["country"] == "TUR" and by_text["Ankara"]["kind"] == "city"
    assert by_text["Turkish"]["country_alpha2"] == "TR"
    assert by_text["Syria"]["kind"] == "country"
    for t in record["toponyms"]:
        assert text[t["start"] : t["end"]] == t["text"]


def test_places_command_fails_when_nothing_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["places", str(tmp_path / "none.txt"), "--json"]) == 1
    assert "none.txt: no such file or directory" in capsys.readouterr().err
