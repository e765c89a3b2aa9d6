"""Toponyms of an article resolved to GeoNames places, and where each event happened.

The gazetteer (`data/places.tsv.gz`, GeoNames CC BY 4.0, built by scripts/build_places.py)
holds countries, continents, first- and second-level regions (districts) and cities.
Candidates come from spaCy's GPE, LOC and NORP entities: a name or alternate name of a place,
or a country's name, alias or demonym from the actor gazetteer ("Russian" names Russia). Each
toponym then takes the candidate with the best score, the way geoparsers weigh evidence:
  - population (log), so the well-known place wins when nothing else tells;
  - a country's own name is the country (a city named "Jordan" rarely is);
  - the article's context: countries and regions its unambiguous toponyms name
    ("Paris" in a story that names Texas three times is Paris, Texas);
  - a qualifier right after the name ("Paris, Texas", "London, Ontario"); a town before a
    region that holds none of its readings is read nowhere ("Sarkh, Logar": not Sarh, Chad);
  - national capitals, the usual reading of their names in the news.

An event's location is the place of its trigger's own locative: the object of an act done
to a place ("struck Kyiv"), or a place after "in", "at", "near"... on the trigger, on
its light verb or on its time ("protests in Tehran", "held talks in Riyadh", "On Friday in
Lahore"), or the place of the site it names ("at a store in El Paso"). Places coordinated
there are one where one holds the others ("in Maiduguri, Nigeria"), else the state they share
("in Baghdad and Basra"), else none. An act done in person (a meeting, a material act) is
also where it goes "into" ("fired rockets into Israel"), where a town named on its noun puts
it ("the Kabul attack"), or where its sides are ("police in Kisumu arrested", "met with an
envoy in Doha"); forces deployed are readied where they go ("sent troops to Kirkuk"). An act
told on its doer's journey is done where the journey ends ("During a visit to Beijing, the
minister signed", "arrived in Kabul and met"). A place elsewhere in the sentence ("Russia,
which accused Kyiv, ...") locates nothing: no location beats a wrong one.
"""

import gzip
import itertools
import math
import re
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pycountry
from spacy.tokens import Doc, Span, Token

from graph.models import ActorKind, Location, LocationPrecision, Toponym
from ingest.nlp.gazetteer import (
    DATA_DIR,
    Form,
    common_words,
    fold,
    load_gazetteer,
    normalise,
    sectors_of,
)
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.model import loaded_once
from ingest.nlp.textprep import doc_text

PLACES_PATH = Path(__file__).parent.parent / "data" / "places.tsv.gz"
_COLUMNS = ("id", "geonameid", "kind", "name", "country", "admin1", "lat", "lon", "population")

_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Entities that are never names: numbers, dates, amounts.
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"}
)
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})
_LONGEST_NAME = 4  # tokens
# A city named outside a place entity must be this large to count: small towns share their
# names with people, teams and words.
_WELL_KNOWN = 100_000
_COUNTRY_FORMS = frozenset({Form.NAME, Form.ALIAS, Form.DEMONYM})
_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")
# Score weights (log10 population is the unit); tuned on the dev splits, see bench/geo.py.
_COUNTRY_NAME = 3.0
_CAPITAL = 1.5
_IN_COUNTRY = 2.0
_IN_REGION = 2.0
_QUALIFIED = 6.0
# A region and its city of the same name ("Isfahan", "New York"): the city is meant, unless
# the region is many times larger ("Quebec").
_CITY_OF_REGION = math.log10(5)
# A city matched by one of its other names (a former name, a translation) is rarely meant.
_ALTERNATE = 2.0
# A town this small is known only near it: one abroad of every state the article names is a
# namesake of a place the gazetteer lacks (`_foreign_village`).
_VILLAGE = 5_000
_CITY = 1_000_000  # people of a city whose name names no people of its own
# Prepositions that put an act in a place; "from" and "to" tell of a motion, not a site.
_LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"}
)
# Acts that take people or forces away from where they are, whose "from" tells where the act
# is done ("evacuated the wounded from Mariupol", "were expelled from Afrin"); elsewhere "from"
# tells an origin ("students from Sfax") or a motion's start ("flew from Kabul to Doha").
_REMOVAL_LEMMAS = frozenset(
    {"evacuate", "expel", "deport", "evict", "extradite", "withdraw"}
    | {"evacuation", "expulsion", "deportation", "eviction", "extradition", "withdrawal"}
)
# Verbs of bringing down what flies, whose "over" is spatial ("shot down over Hanoi"); elsewhere
# "over" tells a cause ("sanctions over Crimea", "a war over Kashmir", "brought the government
# down over Kosovo").
_DOWNING_LEMMAS = frozenset({"down", "intercept"})
# Verbs of a craft coming down, whose place is where it was brought down.
_FALLING_LEMMAS = frozenset({"crash", "fall", "plunge"})
# Prepositions of an occasion that holds an act done at it: "during a rally in Leipzig".
_DURING_PREPS = frozenset({"during", "amid", "amidst"})
# ... and of one a verdict follows in its court: "after a trial in Lyon". Other acts after
# an occasion may be done anywhere: "after a bombing in Kabul, jets struck militants".
_AFTER_PREPS = frozenset({"after", "following"})
# Journeys whose end is where the traveller's acts told on them are done: "during a visit to
# Beijing", "arrived in Kabul and met", "travelled to Khartoum to meet".
_JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stopover"})
_JOURNEY_VERBS = frozenset({"visit", "arrive", "travel", "fly", "return", "come", "go", "land"})
_JOURNEY_PREPS = frozenset({"during", "on"})
_DESTINATION_PREPS = frozenset({"to", "in", "at"})
# Prepositions whose object is a place whatever its name looks like ("in Clarinda").
_SITE_PREPS = frozenset({"in", "near", "outside"})
# Entities a small place's name may hide in (spaCy often takes a town for a person or a firm).
_PLACE_OR_NAME = frozenset({"", "GPE", "LOC", "PERSON", "ORG"})
# What follows a dateline's place: "PLEASANTON, Calif.", "BEIRUT (AP)", "BANTAM — A man".
_DATELINE_ENDS = frozenset(",(\u2013\u2014-")
# A verb's object, or a passive's subject: "struck Kyiv", "Kyiv was struck".
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Nouns of a place or a part of one, named by their "of": "the city of Kharkiv", "the
# outskirts of Kabul", "the north of Mali".
_PARTS_OF_PLACES = frozenset(
    {
        "city",
        "town",
        "village",
        "region",
        "province",
        "district",
        "suburb",
        "suburbs",
        "outskirts",
        "heart",
        "centre",
        "center",
        "area",
        "part",
        "north",
        "south",
        "east",
        "west",
    }
)
# Dependents that name a noun by a proper name before it: "Kabul airport", "Iran's army".
_NAMING = frozenset({"compound", "poss", "nmod"})
# ... of which those that tell where, not whose ("the Kabul attack"; "Moscow's crackdown").
_COMPOUNDS = frozenset({"compound", "nmod"})
# Places that name a state, whose name before a noun tells whose a site is.
STATE_KINDS = frozenset({"country", "continent"})
# Bodies that sit only in their own state: its legislature, its courts and its police.
_SEATED = sectors_of("home") | {"legislature"}
# Prepositions naming the side an act is done with or to: "met with", "fired on".
_SIDE_PREPS = frozenset({"with", "on", "against"})
# Entities of a time phrase, which has no place of its own.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Entities a number after a name may belong to, which make it no model number; nor is an
# ordinal ("Laguna 2nd District").
_MEASURES = frozenset({"DATE", "TIME", "QUANTITY", "MONEY", "PERCENT"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# A dotted code hyphened to a word: "U.S.-led", "U.S.-Mexico".
_HYPHENED_CODE = re.compile(r"((?:[A-Z]\.){2,})-([A-Za-z]+)")
# What a noun of striking bears on: "an attack on Nairobi", "a raid against a base in Kunar".
_STRUCK_PREPS = frozenset({"on", "against"})
# Verbs whose object is the place acted on: "struck Kyiv", "shelled Kharkiv".
_PLACE_OBJECT_LEMMAS = frozenset(
    {
        "strike",
        "hit",
        "attack",
        "bomb",
        "shell",
        "raid",
        "invade",
        "storm",
        "besiege",
        "target",
        "pound",
        "visit",
        "occupy",
        "capture",
        "seize",
        "blockade",
    }
)


class PlaceKind(StrEnum):
    COUNTRY = "country"
    CONTINENT = "continent"
    REGION = "region"
    DISTRICT = "district"  # a second-level region: a county, a district
    CITY = "city"


_KINDS = {kind.value: kind for kind in PlaceKind}
# Nouns of a settlement or a division of a state, which call a name a place by their "of" or
# before them ("the port of Jask", "Sistan province"), with the kind of place they tell it
# is: "the town of Kidal" is the town, "Kandahar province" the province (an island is of no
# one kind).
PLACE_NOUNS: dict[str, PlaceKind | None] = {
    "city": PlaceKind.CITY,
    "town": PlaceKind.CITY,
    "village": PlaceKind.CITY,
    "port": PlaceKind.CITY,
    "suburb": PlaceKind.CITY,
    "province": PlaceKind.REGION,
    "region": PlaceKind.REGION,
    "governorate": PlaceKind.REGION,
    "oblast": PlaceKind.REGION,
    "prefecture": PlaceKind.REGION,
    "state": PlaceKind.REGION,
    "district": PlaceKind.DISTRICT,
    "county": PlaceKind.DISTRICT,
    "island": None,
}
_PRECISION = {
    PlaceKind.CITY: LocationPrecision.CITY,
    PlaceKind.REGION: LocationPrecision.REGION,
    PlaceKind.DISTRICT: LocationPrecision.DISTRICT,
    PlaceKind.COUNTRY: LocationPrecision.COUNTRY,
}
# Nouns of a body of water ("sea", "gulf", "lake"), from WordNet (scripts/build_person_nouns.py).
_WATER_NOUNS = frozenset((DATA_DIR / "water_nouns.txt").read_text("utf-8").split())
# Places known by few beyond their own region: small ones count only inside a place entity.
_LOCAL = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str  # the GeoNames id, or "CC.admin1" ("CC.admin1.Name" for a district) without one
    geonameid: int | None
    kind: PlaceKind
    name: str
    country: str | None  # ISO alpha-2
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in a doc and every place it may refer to."""

    text: str
    start: int
    end: int
    candidates: tuple[Place, ...]
    qualifier: tuple[Place, ...]  # what a ", Texas" right after it names
    # Read inside a facility's name (`_facility`; in each mention of that name, a short one
    # for the facility, as no name the text tags a place elsewhere but a small town's: "at
    # Blenheim" after "Blenheim Palace"), or before a made thing, as no name the text tags a
    # place (`_names_made_thing`).
    in_facility: bool = False
    # Read before a plural noun of a sector's people, as no name the text tags a place
    # (`_names_people`).
    before_people: bool = False


class Places:
    """The gazetteer's lookup tables."""

    def __init__(
        self,
        places: Sequence[Place],
        names: dict[str, tuple[int, ...]],
        *,
        capitals: Iterable[Place] = (),
    ) -> None:
        self._places = places
        self._names = names
        self._folded: dict[str, tuple[int, ...]] = {}
        for name, ids in names.items():
            if name.isupper() and len(name) <= 3:
                continue  # a code ("SEA", Seattle's airport) is matched only as written
            key = name.casefold()
            self._folded[key] = tuple(dict.fromkeys(self._folded.get(key, ()) + ids))
        self._capitals = {p.country: p for p in capitals}
        self._capital_ids = frozenset(p.id for p in capitals)
        self._countries = {p.country: p for p in places if p.kind == PlaceKind.COUNTRY}
        self._regions = {(p.country, p.admin1): p for p in places if p.kind == PlaceKind.REGION}

    def __len__(self) -> int:
        return len(self._places)

    def all(self) -> Sequence[Place]:
        """Every place of the gazetteer."""
        return self._places

    def candidates(self, text: str) -> tuple[Place, ...]:
        """Every place a name may refer to (exact case first, then case-folded)."""
        key = _key(text)
        ids = self._names.get(key)
        if ids is None and not (key.isupper() and len(key) <= 3):
            ids = self._folded.get(key.casefold())
        return tuple(self._places[i] for i in ids or ())

    def is_capital(self, place_id: str) -> bool:
        """Whether the place of that id is a national capital."""
        return place_id in self._capital_ids

    def capital(self, country: str) -> Place | None:
        """The national capital of a country (ISO alpha-2), if the gazetteer knows it."""
        return self._capitals.get(country)

    def country(self, country: str) -> Place | None:
        """A country (ISO alpha-2) as a place, if the gazetteer knows it."""
        return self._countries.get(country)

    def region(self, place: Place) -> Place | None:
        """The first-level region that holds a place, if the gazetteer knows it."""
        return self._regions.get((place.country, place.admin1))


def _key(text: str) -> str:
    text = normalise(text)
    for suffix in _POSSESSIVES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _spelled(name: str) -> str:
    """A name's key up to its accents and an abbreviated "Saint": "St. Petersburg" is Saint
    Petersburg's own name as written, not another of its names."""
    return _SAINT.sub(lambda m: "sainte " if m[1] else "saint ", fold(name))


def _respelled(own: str, spelled: str) -> bool:
    """Whether a name (`_spelled`) is a place's own, or its own written with other vowels where
    that is a romanisation (GeoNames marks one with diacritics), as transliterations of one
    name differ ("Jenin" for "Janīn", "Khan Younis" for "Khān Yūnis"): not a former name or a
    translation. A name of Latin script is its own spelling only ("Frankfurt" is another name
    of Frankfort, Kentucky)."""
    return _spelled(own) == spelled or (
        not own.isascii() and _consonants(_spelled(own)) == _consonants(spelled)
    )


def _consonants(spelled: str) -> str:
    return _VOWELS.sub("", spelled)


_VOWELS = re.compile(r"[aeiouy]+")
# "St.", "St", "Ste." before a name's word: "Saint", "Sainte".
_SAINT = re.compile(r"\bst(e)?\.?\s+")


def _alpha2(alpha3: str) -> str | None:
    found = pycountry.countries.get(alpha_3=alpha3)
    return None if found is None else str(found.alpha_2)


@cache
def _alpha3(alpha2: str) -> str | None:
    found = pycountry.countries.get(alpha_2=alpha2)
    return None if found is None else str(found.alpha_3)


def load_places(path: Path | None = None) -> Places:
    """The process-wide gazetteer: the places file plus the actor gazetteer's country names."""
    return _load(path or PLACES_PATH)


@loaded_once
def _load(path: Path) -> Places:
    places: list[Place] = []
    names: dict[str, list[int]] = {}
    country_rows: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        if header != list(_COLUMNS):
            raise ValueError(f"{path}: not a places file (columns {header})")
        for line in f:
            id_, gid, kind, all_names, country, admin1, lat, lon, population = line.rstrip(
                "\n"
            ).split("\t")
            aliases = all_names.split("|")
            index = len(places)
            places.append(
                Place(
                    id=id_,
                    geonameid=int(gid) if gid else None,
                    kind=_KINDS[kind],
                    name=aliases[0],
                    # One string per code, not one per place: the file repeats them.
                    country=sys.intern(country) if country else None,
                    admin1=sys.intern(admin1) if admin1 else None,
                    lat=float(lat),
                    lon=float(lon),
                    population=int(population),
                )
            )
            if kind == PlaceKind.COUNTRY:
                country_rows[country] = index
            for alias in aliases:
                names.setdefault(alias, []).append(index)
    # Country names, aliases and demonyms ("U.S.", "Britain", "Russian") from the actor
    # gazetteer: one list of names per country in the project. An alias that already names a
    # place of that country stays that place ("England" is a region of the United Kingdom).
    gazetteer = list(load_gazetteer().entries())
    for alias, entry, form in gazetteer:
        if entry.kind != ActorKind.COUNTRY or form not in _COUNTRY_FORMS or not entry.country:
            continue
        alpha2 = _alpha2(entry.country)
        if alpha2 in country_rows and (
            form != Form.ALIAS or all(places[i].country != alpha2 for i in names.get(alias, []))
        ):
            found = names.setdefault(alias, [])
            if country_rows[alpha2] not in found:
                found.append(country_rows[alpha2])
    _add_phoenix_places(places, names, country_rows)
    # A national capital is the most populous city of its country with the capital's name;
    # seats of government ("the White House", "the Kremlin") are in their capital.
    capitals: dict[str, int] = {}
    for alias, entry, form in gazetteer:
        if form == Form.CAPITAL and entry.country and entry.country not in capitals:
            alpha2 = _alpha2(entry.country)
            cities = [
                i
                for i in names.get(alias, [])
                if places[i].kind == PlaceKind.CITY
                and places[i].country == alpha2
                and fold(places[i].name) == fold(alias)
            ]
            if cities:
                capitals[entry.country] = max(cities, key=lambda i: places[i].population)
    for alias, entry, form in gazetteer:
        if form == Form.SEAT and entry.country in capitals:
            found = names.setdefault(alias, [])
            if capitals[entry.country] not in found:
                found.append(capitals[entry.country])
    return Places(
        places,
        {k: tuple(v) for k, v in names.items()},
        capitals=[places[i] for i in capitals.values()],
    )


def _add_phoenix_places(
    places: Sequence[Place], names: dict[str, list[int]], country_rows: dict[str, int]
) -> None:
    """A place the Phoenix dictionaries file in a state's block ("Kasai" in DR Congo's,
    "Sinai" in Egypt's) whose every reading here is a town abroad, none well known (Kasai,
    Japan; Sinaí, Ecuador), is read as that state too: the gazetteer lacks the region the
    news means. A name with a reading in that state keeps it ("Alexandria", Egypt); one that
    also names a state or a region abroad ("Congo", "Tyrol", "Formosa": Phoenix files
    disputed and shared names under one state), one filed under two states ("Korea") or a
    common word ("North"), or that names nothing here, is left as it is."""
    in_states = load_gazetteer().in_states
    shared = Counter(name for filed in in_states.values() for name in set(filed))
    for alpha3, filed in in_states.items():
        alpha2 = _alpha2(alpha3)
        if alpha2 not in country_rows:
            continue
        for name in filed:
            spelled = next((n for n in (name, name.title()) if n in names), None)
            if (
                spelled
                and shared[name] == 1
                and name.casefold() not in common_words()
                and all(
                    places[i].kind == PlaceKind.CITY
                    and places[i].country != alpha2
                    and places[i].population < _WELL_KNOWN
                    for i in names[spelled]
                )
            ):
                names[spelled].append(country_rows[alpha2])


def find_toponyms(doc: Doc, *, places: Places | None = None) -> list[Toponym]:
    """The doc's place names, each resolved with the article's context."""
    chosen = resolve_mentions(doc, places=places or load_places(), guesses=False)
    return [_toponym(m, p) for m, p in chosen]


class Headline(NamedTuple):
    """A headline kept apart from its text (a feed's or a wiki's record), parsed, with the
    toponyms it names that the text names too: a headline alone gives a name no context to
    choose among its namesakes."""

    doc: Doc
    toponyms: list[Toponym]


def read_headline(headline: Doc, toponyms: Iterable[Toponym]) -> Headline:
    """The headline with its toponyms the text's `toponyms` hold (see `Headline`)."""
    named = {t.id for t in toponyms}
    return Headline(headline, [t for t in find_toponyms(headline) if t.id in named])


def resolve_mentions(
    doc: Doc, *, places: Places, baseline: bool = False, guesses: bool = True
) -> list[tuple[Mention, Place]]:
    """Each toponym mention with its place; `baseline` takes the most populous candidate.
    Without `guesses`, a name read only as a village abroad of every state the other names
    name is left out (`_foreign_village`): a geoparser keeps it as its best guess, while an
    actor placed there would take a wrong state."""
    mentions = _mentions(doc, places)
    if baseline:
        return [(m, max(m.candidates, key=_population)) for m in mentions]
    # Context from toponyms with a single reading, then again from the first pass's choices.
    # Each mention is read by what the text's other names tell (`_Evidence.without`).
    first = _Evidence.of((m, m.candidates[0]) for m in mentions if len(m.candidates) == 1)
    chosen = [_best(m, places, first.without(m.text)) for m in mentions]
    evidence = _Evidence.of(zip(mentions, chosen, strict=True))
    contexts = [evidence.without(m.text) for m in mentions]
    found = [(m, _best(m, places, c)) for m, c in zip(mentions, contexts, strict=True)]
    far = set(_outside_qualifier(found, doc_text(doc)))
    return [
        (m, p)
        for i, ((m, p), context) in enumerate(zip(found, contexts, strict=True))
        if i not in far
        and not _stray(m, p, context)
        and (guesses or not _foreign_village(p, context))
    ]


_LIST_JOINS = frozenset({" and ", ", and ", " or ", ", or "})


def _outside_qualifier(found: Sequence[tuple[Mention, Place]], text: str) -> Iterator[int]:
    """The towns written before a region that holds none of their readings ("Sarkh, Logar",
    with no Sarkh of Logar but one of Chad): the text puts the town in that region, so a
    reading elsewhere is wrong, and none is right. Not in a list of places ("Kabul, Punjab
    and Sindh"), where the name after a comma is the next item, not a qualifier: one joined
    to the next by "and", or by a comma where the next does not hold it."""
    for i in range(len(found) - 1):
        (town, place), (_, area) = found[i], found[i + 1]
        if (
            not town.qualifier
            or place.kind not in _LOCAL
            or area.kind not in (PlaceKind.REGION, PlaceKind.DISTRICT)
            or any(within(c, area) for c in town.candidates)
        ):
            continue
        if i + 2 < len(found):
            (after, holder), qualified = found[i + 2], found[i + 1][0]
            join = text[qualified.end : after.start]
            if join in _LIST_JOINS or (join == ", " and not within(area, holder)):
                continue
        yield i


def _stray(mention: Mention, place: Place, context: "_Evidence") -> bool:
    """Whether a town read inside a facility's name lies in a state the text's other names
    never name: the name is then a person's, one name with the facility's noun ("the Kennedy
    Space Center" in a story of Florida: no Kennedy of Bogota; "Colchester Hospital" in one of
    England is Colchester's). So is one read before a plural noun of people where the other
    names name other states: a people's name ("Naga rebels" in a story of India: no Naga of
    the Philippines; not a city of a million people, "Aleppo residents", nor "Chicago
    residents" alone)."""
    abroad = place.kind in _LOCAL and not context.countries[place.country or ""]
    people = mention.before_people and place.population < _CITY and bool(+context.countries)
    return abroad and (mention.in_facility or people)


def _foreign_village(place: Place, context: "_Evidence") -> bool:
    """Whether a small town lies in a state the text's other names never name while they name
    others ("Baga" in a story of Nigeria is no Bagà of Catalonia): the name is then a place
    the gazetteer lacks, and no reading is better than one abroad."""
    return (
        place.kind in _LOCAL
        and place.population < _VILLAGE
        and bool(+context.countries)
        and not context.countries[place.country or ""]
    )


def _facility(ent: Span) -> bool:
    """Whether an entity is a facility's name: the model's FAC, or a body (ORG) named by a
    made thing ("Henderson Executive Airport", "Jackson Memorial Hospital"), whose name
    before the noun is as often a person's as a place's."""
    return ent.label_ == "FAC" or (
        ent.label_ == "ORG" and ent[-1].lower_ in load_lexicon().artifacts
    )


def _names_made_thing(name: Span) -> bool:
    """Whether a name stands before a made thing it names where the model tags no facility
    ("Kennedy airport", "Aga Khan hospital"): as in a facility's name (`_facility`), it is
    as often a person's as a place's."""
    noun = name[-1].head
    return (
        name[-1].dep_ == "compound"
        and noun.i == name.end
        and noun.lower_ in load_lexicon().artifacts
    )


def _names_people(name: Span) -> bool:
    """Whether a name modifies a plural noun of a sector's people, the Phoenix agent words
    ("Naga rebels", "Kuki militants", "Karen villagers"; not "police"): a people's name as
    often as a town's."""
    noun = name[-1].head
    return (
        name[-1].dep_ in ("compound", "amod")
        and noun.i == name.end
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() != noun.lower_
        and bool(load_gazetteer().head_agent_codes([noun.lower_]))
    )


def _population(place: Place) -> int:
    return place.population


def _mentions(doc: Doc, places: Places) -> list[Mention]:
    """Toponym mentions in reading order: whole entities, names inside them, names NER missed."""
    spans: list[tuple[Span, tuple[Place, ...]]] = []
    in_facility: set[int] = set()  # the start of each name read before a made thing
    facility_names: set[str] = set()  # the names read inside a facility's name
    taken = [False] * len(doc)
    text = doc_text(doc)
    surnames = _surnames(doc)
    named = _place_entities(doc, places)
    for ent in doc.ents:
        if ent.label_ in _NOT_NAMES:
            continue
        for i in range(ent.start, ent.end):
            taken[i] = True
        span = _trimmed(ent)
        if span is None:
            continue
        if ent.label_ == "NORP":
            # A people's, a language's or a party's word names no small town: the people's
            # reading wins ("Arab leaders", "in English", "Democrat senators": not Arab,
            # English or Sumiton, once called Democrat, small towns of the United States),
            # unless the phrase says it is a place of a kind it names ("the town of Kidal").
            candidates = places.candidates(span.text)
            if not _of_told_kind(span, candidates):
                candidates = tuple(
                    c for c in candidates if c.kind not in _LOCAL or c.population >= _WELL_KNOWN
                )
        elif ent.label_ in _LABELS:
            candidates = places.candidates(span.text)
        else:
            # Other labels ("Edmonton" as PERSON, "Cyprus" as ORG) only for well-known places,
            # or where the words around make the name a place.
            candidates = _named(span, places)
            if not _counted(span, candidates, places, text=text, surnames=surnames, named=named):
                candidates = ()
        if candidates:
            spans.append((span, candidates))
        elif ent.label_ != "PERSON":  # "Washington Irving" is no place
            within = list(_names_within(span, places, text=text, surnames=surnames, named=named))
            if _facility(ent):
                # A small town's name a text also tags a place alone is the facility's short
                # name ("stolen from Blenheim Palace ... installed at Blenheim"); a well-known
                # one is the town's ("Baghdad airport ... in Baghdad").
                facility_names.update(
                    s.text for s, c in within if s.text not in named or not _well_known(c)
                )
            spans.extend(within)
    outside = [i for i, t in enumerate(taken) if not t]
    spans.extend(
        _names_within(
            doc[0 : len(doc)],
            places,
            text=text,
            only=set(outside),
            surnames=surnames,
            named=named,
        )
    )
    spans = [s for s in spans if not _product(*s)]
    spans.sort(key=lambda s: s[0].start_char)
    in_facility.update(
        s.start_char
        for s, _ in spans
        if s.text in facility_names or (s.text not in named and _names_made_thing(s))
    )
    before_people = {s.start_char for s, _ in spans if s.text not in named and _names_people(s)}
    found = []
    for i, (span, candidates) in enumerate(spans):
        candidates = (
            _of_told_kind(span, candidates)
            or _centres_regions(span, candidates, places)
            or candidates
        )
        qualifier: tuple[Place, ...] = ()
        if i + 1 < len(spans):
            following = spans[i + 1][0]
            if text[span.end_char : following.start_char] == ", ":
                qualifier = spans[i + 1][1]
        found.append(
            Mention(
                span.text,
                span.start_char,
                span.end_char,
                candidates,
                qualifier,
                in_facility=span.start_char in in_facility,
                before_people=span.start_char in before_people,
            )
        )
    found += _hyphened_states(doc, places, found)
    return sorted(found, key=lambda m: m.start)


def _hyphened_states(doc: Doc, places: Places, found: list[Mention]) -> Iterator[Mention]:
    """The states named in a token the tokenizer keeps whole, a dotted code hyphened to a
    word ("the U.S.-led coalition", "the U.S.-Mexico border", "a U.K.-based firm"), no name
    of which is found: each part that names a state; a town there is as often a word."""
    if ".-" not in doc_text(doc):
        return  # no such token: the doc's tokens are not made one by one
    for token in doc:
        match = _HYPHENED_CODE.fullmatch(token.text)
        end = token.idx + len(token)
        if match is None or any(m.start < end and token.idx < m.end for m in found):
            continue
        for part in (1, 2):
            states = tuple(c for c in places.candidates(match[part]) if c.kind not in _LOCAL)
            if states:
                start = token.idx + match.start(part)
                yield Mention(match[part], start, start + len(match[part]), states, ())


def _told_kind(name: Span) -> PlaceKind | None:
    """The kind of place a name's phrase tells it is: a noun of a region or a district it
    names ("Kandahar province", "the Donetsk region"; not one with a name of its own, "the
    Texas county of Harris", nor the last word of a longer name, "Kowloon West district"; a
    town's is part of a name, "Gaza City", "the Gay Village"), or
    a noun of a kind of place whose "of" it is ("the port city of Odesa", "the town of
    Kidal")."""
    doc = name.doc
    root = name.root
    nouns = []
    whole = name.start == 0 or doc[name.start - 1].pos_ != "PROPN"  # not "Kowloon West district"
    if whole and name.end < len(doc) and root.head.i == name.end and root.dep_ == "compound":
        noun = doc[name.end]
        if PLACE_NOUNS.get(noun.lower_) != PlaceKind.CITY and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        ):
            nouns.append(noun)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.i == name.start - 1:
        nouns.append(root.head.head)
    return next((k for n in nouns if (k := PLACE_NOUNS.get(n.lower_))), None)


def _of_told_kind(name: Span, candidates: Sequence[Place]) -> tuple[Place, ...]:
    """The candidates of the kind of place the name's phrase tells it is (`_told_kind`)."""
    kind = _told_kind(name)
    return tuple(c for c in candidates if c.kind == kind)


def _centres_regions(name: Span, candidates: Sequence[Place], places: Places) -> tuple[Place, ...]:
    """Where the phrase tells a region the name has none of, the regions named after a
    town the name may be, the region's own name being one of the town's ("the Odesa region":
    GeoNames' region Odessa, also a name of the city Odesa; "Kharkov region": Kharkiv)."""
    if _told_kind(name) != PlaceKind.REGION:
        return ()
    regions = ((places.region(c), c) for c in candidates if c.kind in _LOCAL)
    return tuple(
        dict.fromkeys(r for r, c in regions if r is not None and c in places.candidates(r.name))
    )


def _well_known(candidates: Sequence[Place]) -> bool:
    return any(p.kind not in _LOCAL or p.population >= _WELL_KNOWN for p in candidates)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people a text names in full ("John Bolton", "Neil Gaiman")."""
    return frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)


def _place_entities(doc: Doc, places: Places) -> frozenset[str]:
    """The names the model tags a town or a state (GPE) somewhere in a text that name one:
    not a common word ("the Centre", India's government), nor a name it tags a person's
    elsewhere ("said Noma")."""
    people = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    return frozenset(
        span.text
        for ent in doc.ents
        if ent.label_ == "GPE" and (span := _trimmed(ent)) is not None
        if span.text not in people
        and span.text.lower() not in common_words()
        and places.candidates(span.text)
    )


def _counted(
    name: Span,
    candidates: Sequence[Place],
    places: Places,
    *,
    text: str,
    surnames: frozenset[str],
    named: frozenset[str],
) -> bool:
    """Whether a name no place entity holds counts as a place: a well-known one, or one the
    text `named` a place elsewhere (`_place_entities`: "the Cavan County Council" where "in
    Cavan" is told), where the text names no one in full by it, or one the words around make
    a place (`_placed`). A surname alone after a person named in full is that person,
    whatever place shares it ("John Bolton ... Bolton said": no town of Bolton, though
    Bolton, England, is known)."""
    if not candidates:
        return False
    if _placed(name, candidates, places, text=text):
        return True
    return (_well_known(candidates) or name.text in named) and name.text not in surnames


def _placed(name: Span, candidates: Sequence[Place], places: Places, *, text: str) -> bool:
    """Whether the words around a name make it a place, however small: a dateline
    ("PLEASANTON, Calif. --"), a place after "in" ("in Clarinda"), a place followed by its
    region or country ("Klamath Falls, Oregon", "Marinka in eastern Ukraine"), one of a list
    of places ("Hilversum and Almelo"); `text` is the doc's text, joined once by the caller."""
    doc = name.doc
    if name[-1].is_space or name[0].ent_type_ not in _PLACE_OR_NAME:
        return False
    after = text[name.end_char : name.end_char + 3]
    starts_line = name.start == 0 or doc[name.start - 1].is_space
    if starts_line and name.text.isupper() and len(name.text) > 3:
        return after.lstrip()[:1] in _DATELINE_ENDS
    root = name.root
    if root.dep_ == "pobj" and root.head.lower_ in _SITE_PREPS and root.head.i == name.start - 1:
        return True
    if _of_told_kind(name, candidates):  # "the town of Tal Abyad", "Kandahar province"
        return True
    # The region or country that holds it, after a comma or "in" ("in eastern Ukraine").
    area = name.end + 1
    if name.end < len(doc) and doc[name.end].lower_ == "in":
        while area < len(doc) and doc[area].is_lower and doc[area].pos_ in ("DET", "ADJ"):
            area += 1
    elif not after.startswith(", "):
        area = len(doc)
    for n in range(min(_LONGEST_NAME, len(doc) - area), 0, -1):
        areas = places.candidates(doc[area : area + n].text)
        if any(within(c, a) for a in areas for c in candidates):
            return True
    return any(t.ent_type_ in ("GPE", "LOC") for t in root.conjuncts)


def _names_within(
    span: Span,
    places: Places,
    *,
    text: str,
    surnames: frozenset[str],
    named: frozenset[str],
    only: set[int] | None = None,
) -> Iterator[tuple[Span, tuple[Place, ...]]]:
    """Place names inside a span (longest first), each starting with a capital, well-known
    or `named` a place elsewhere (`_counted`): "the U.S. Department of Justice",
    "Turkish-Russian", a dateline NER left untagged; not an entity's head written as a
    common word, the kind of thing its longer name is ("the Persian Gulf", "the Indus
    Valley", "the Gulf of Mexico": no Gulf province of Papua New Guinea, no Valley, Alabama),
    unless it names a state ("Northern Chad")."""
    doc = span.doc
    i = span.start
    while i < span.end:
        token = doc[i]
        if (only is None or i in only) and token.text[:1].isupper() and token.pos_ in _NAME_POS:
            for n in range(min(_LONGEST_NAME, span.end - i), 0, -1):
                if only is not None and any(j not in only for j in range(i, i + n)):
                    continue
                name = doc[i : i + n]
                candidates = _named(name, places)
                if only is None and _longer_names_head(name, span, candidates):
                    continue
                if _counted(name, candidates, places, text=text, surnames=surnames, named=named):
                    yield name, candidates
                    i += n - 1
                    break
        i += 1


def _longer_names_head(name: Span, entity: Span, candidates: Sequence[Place]) -> bool:
    """Whether a name inside an entity is part of a longer name of another thing: the
    entity's head, a common word, with words of the entity's own around it ("the Persian
    Gulf"), not a state's; or a name beside a noun of water of the entity ("Lake Victoria",
    "the Mississippi River", "the Indian Ocean", "the South China Sea": the water's name, no
    Australian state, no India), unless a state's own name is all the water's name has
    besides its noun ("Lake Chad", "the Jordan River")."""
    if len(name) == len(entity):
        return False
    doc = entity.doc
    beside = (doc[i] for i in (name.start - 1, name.end) if entity.start <= i < entity.end)
    if any(t.lower_ in _WATER_NOUNS for t in beside):
        words = [t for t in entity if t.pos_ != "DET"]
        return len(words) > len(name) + 1 or not any(
            c.kind == PlaceKind.COUNTRY and _spelled(c.name) == _spelled(name.text)
            for c in candidates
        )
    return (
        name.start <= entity.root.i < name.end
        and name.text.lower() in common_words()
        and all(c.kind != PlaceKind.COUNTRY for c in candidates)
    )


def _named(name: Span, places: Places) -> tuple[Place, ...]:
    """The places a name outside a place entity may refer to."""
    text = name.text
    candidates = places.candidates(text)
    prefixed = _prefixed(name) or _code(text)
    if not candidates or not (prefixed or text.lower() in common_words()):
        return candidates
    own = _spelled(text)
    if prefixed:
        # A word hyphened to the next ("Pre-dawn") or a code ("CBS News", "NBC") names a town
        # by its own name only ("Kyiv-based"), not by another of its names (Prato's "Pre", an
        # airport's code); a state by any ("US-led", "the US Census Bureau": a code of
        # capitals is not the common word it spells, "us").
        return tuple(c for c in candidates if _spelled(c.name) == own or c.kind not in _LOCAL)
    # A common word names a place by that place's own name ("Nice"), never by another
    # ("Basic", a former name of Henderson, Nevada).
    return tuple(c for c in candidates if _spelled(c.name) == own)


def _prefixed(name: Span) -> bool:
    """Whether a name is joined by a hyphen to the word after it ("Pre-dawn", "Kyiv-based")."""
    doc = name.doc
    return (
        name.end + 1 < len(doc)
        and not name[-1].whitespace_
        and doc[name.end].text == "-"
        and not doc[name.end].whitespace_
    )


def _product(name: Span, candidates: Sequence[Place]) -> bool:
    """Whether a name is part of a product's or a brand's: followed by a model number ("a
    Falcon 9 rocket", "Galaxy S10"; a year is an occasion's, "Tokyo 2020", a score a team's,
    "Chile 3-0"), or, a town's, hyphened to a single letter before it ("T-Mobile"; a state
    there is a member of Congress's, "R-N.Y.")."""
    doc = name.doc
    if name.end < len(doc) and name[-1].whitespace_:
        model = doc[name.end]
        score = (
            not model.whitespace_ and model.i + 1 < len(doc) and doc[model.i + 1].text in "-\u2013"
        )
        if (
            any(ch.isdigit() for ch in model.text)
            and model.text.isalnum()
            and model.ent_type_ not in _MEASURES
            and not (len(model.text) == 4 and model.text.isdigit())
            and not _ORDINAL.fullmatch(model.text)
            and not score
        ):
            return True
    return (
        name.start >= 2
        and doc[name.start - 1].text == "-"
        and not doc[name.start - 2].whitespace_
        and len(doc[name.start - 2].text) == 1
        and doc[name.start - 2].is_alpha
        and all(c.kind in _LOCAL for c in candidates)
    )


def _code(text: str) -> bool:
    """Whether a name is written as a code of capitals ("CBS", "SEA")."""
    return text.isalpha() and text.isupper() and len(text) <= 3


def _trimmed(ent: Span) -> Span | None:
    """The entity without a leading 'the' or a trailing possessive."""
    start, end = ent.start, ent.end
    if ent.doc[start].lower_ == "the":
        start += 1
    if end > start and ent.doc[end - 1].text in _POSSESSIVES:
        end -= 1
    return ent.doc[start:end] if end > start else None


class _Evidence:
    """The countries and regions an article's toponyms name, by the name that names them;
    `regions` counts the places in each region, `named_regions` the regions named themselves."""

    def __init__(self) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[tuple[str, str]] = Counter()
        self.named_regions: Counter[tuple[str, str]] = Counter()
        self._by_name: dict[str, _Evidence] = {}

    @classmethod
    def of(cls, chosen: Iterable[tuple[Mention, Place]]) -> "_Evidence":
        evidence = cls()
        for mention, place in chosen:
            own = evidence._by_name.setdefault(fold(mention.text), cls())
            for counts in (evidence, own):
                if place.country:
                    counts.countries[place.country] += 1
                if place.country and place.admin1 and place.kind != PlaceKind.COUNTRY:
                    counts.regions[(place.country, place.admin1)] += 1
                    if place.kind == PlaceKind.REGION:
                        counts.named_regions[(place.country, place.admin1)] += 1
        return evidence

    def without(self, text: str) -> "_Evidence":
        """The evidence other names give: a name is no evidence for its own reading."""
        own = self._by_name.get(fold(text))
        if own is None:
            return self
        rest = _Evidence()
        rest.countries = self.countries - own.countries
        rest.regions = self.regions - own.regions
        rest.named_regions = self.named_regions - own.named_regions
        return rest

    def names_regions_beside(self, region: Place) -> bool:
        """Whether other regions of the region's state are named ("Florida, Utah and
        Georgia")."""
        return any(c == region.country and a != region.admin1 for c, a in self.named_regions)


def _best(mention: Mention, places: Places, context: _Evidence) -> Place:
    name = _spelled(mention.text)

    def score(place: Place) -> float:
        value = math.log10(place.population + 10)
        if place.kind == PlaceKind.COUNTRY:
            # A state's name is the better reading, unless it also names a region of another
            # state whose other regions the text names, and no place in the state ("senators
            # of Florida and Georgia"; not "a Texas firm's pipeline from Tbilisi across
            # Georgia").
            if context.countries[place.country or ""] or not any(
                c.kind == PlaceKind.REGION
                and c.country != place.country
                and context.names_regions_beside(c)
                for c in mention.candidates
            ):
                value += _COUNTRY_NAME
        elif (
            not _respelled(place.name, name)
            and not places.is_capital(place.id)
            and not _namesake_region(place, mention, name)
        ):
            value -= _ALTERNATE
        if places.is_capital(place.id):
            value += _CAPITAL
        if place.country and context.countries[place.country]:
            value += _IN_COUNTRY
        region = (place.country or "", place.admin1 or "")
        if context.regions[region]:
            value += _IN_REGION
        if any(within(place, q) for q in mention.qualifier):
            value += _QUALIFIED
        if place.kind in (PlaceKind.REGION, PlaceKind.DISTRICT) and any(
            within(c, place) and _spelled(place.name) in (_spelled(c.name), name)
            for c in mention.candidates
        ):
            value -= _CITY_OF_REGION
        return value

    # A namesake in a state the text names is read before a village abroad of them all.
    near = [c for c in mention.candidates if not _foreign_village(c, context)]
    return max(near or mention.candidates, key=score)


def _namesake_region(city: Place, mention: Mention, name: str) -> bool:
    """Whether a name another of a city's names is its region's own, the region named after
    its centre ("Mykolaiv" for the region and the city GeoNames spells "Mykolayiv"): that
    name is the city's as much as its own is."""
    return any(
        c.kind == PlaceKind.REGION and within(city, c) and _spelled(c.name) == name
        for c in mention.candidates
    )


def within(place: Place, area: Place) -> bool:
    """Whether `area` (a region or country) holds `place`."""
    if area.kind == PlaceKind.COUNTRY:
        return place.country == area.country and place.kind != PlaceKind.COUNTRY
    if area.kind == PlaceKind.REGION:
        return (place.country, place.admin1) == (area.country, area.admin1) and place != area
    if area.kind == PlaceKind.DISTRICT:  # cities have no second-level code: the region's
        return place.kind == PlaceKind.CITY and (place.country, place.admin1) == (
            area.country,
            area.admin1,
        )
    return False


def _toponym(mention: Mention, place: Place) -> Toponym:
    return Toponym(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        id=place.id,
        name=place.name,
        geonameid=place.geonameid,
        country=_alpha3(place.country) if place.country else None,
        country_alpha2=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        kind=place.kind.value,
    )


def _gazetteer_place(toponym: Toponym) -> Place:
    """The gazetteer's place a toponym refers to (`_toponym`'s inverse, but its population)."""
    return Place(
        id=toponym.id,
        geonameid=toponym.geonameid,
        kind=PlaceKind(toponym.kind),
        name=toponym.name,
        country=toponym.country_alpha2,
        admin1=toponym.admin1,
        lat=toponym.lat,
        lon=toponym.lon,
        population=0,
    )


def locate_event(
    doc: Doc,
    trigger_start: int,
    trigger: str,
    toponyms: Sequence[Toponym],
    *,
    in_person: bool,
    acts: Collection[str],
    seats: Collection[tuple[int, int]] = (),
    at_occasion: bool = False,
    verdict: bool = False,
    deployment: bool = False,
    retreat: bool = False,
) -> Location | None:
    """Where the act of a trigger happened, from the trigger's own locative; an act done
    `in_person` (a meeting, a material act) is done where its doer or the one it is done
    to is told to be, or where a town named on its noun puts it. A side that acts only where
    it sits (a court, police: the character spans of `seats`) places any act it does. A
    side's locative inside the clause's is the finer place ("On Friday in Pakistan ... by a
    court in Multan"). An act done `at_occasion` (in person, by a court or police) with no
    other place goes where the occasion it is told during happened, a `verdict` also where
    the one it is told after did. A `deployment` is located where the forces go ("sent troops
    to Kirkuk"), a `retreat` where they leave ("pulled out of Goma"). `toponyms` are the
    article's `event_toponyms`; `acts` the lemmas of nouns that name an act."""
    if not toponyms:
        return None
    heads = trigger_tokens(doc, trigger_start, trigger)
    if not heads:
        return None
    trigger_token = heads[-1]
    # An event noun carries its light verb's locative: "talks were held in Riyadh".
    if trigger_token.dep_ in ("dobj", "nsubjpass") and trigger_token.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger_token.head)
    if in_person and _of_result(heads[0]):
        # "A bomb went off in a market in Mogadishu, killing 20": a participle that tells
        # what the clause's act did happens where that act does.
        heads.append(heads[0].head)
    told = _own_place(heads, toponyms, in_person=in_person, deployment=deployment, retreat=retreat)
    if told is None:
        told = _shared_place(heads[0], toponyms)
    if told is None:
        told = _speaker_place(heads[0], toponyms)
    if told is None and not in_person and (saying := _saying_of(heads[0])) is not None:
        # "'We reject the offer,' the minister told reporters in Geneva": a speaker's own
        # word is said where the saying was.
        said = locate_event(doc, saying.idx, saying.text, toponyms, in_person=False, acts=acts)
        if said is not None:
            return said
    if told is None and in_person:
        told = _noun_place(heads, toponyms, acts=acts)
    # "Forces in Idlib shelled the town", "sentenced by a court in Multan", "met with an
    # envoy in Doha": the act is done where its sides are. A word is said anywhere
    # ("officials in Kampala said", "accused officials in Kabul"): not for those, but
    # for a court's or police's, who act where they sit.
    # A court or police named by its town sits there ("Kisumu police", "a Lahore court";
    # "Kenyan police" tells whose), as do its members ("officers from the Dayton Police
    # Department"): a person's town tells no place ("the Texas gunman").
    seated: dict[Token, list[Token]] = {}
    for who in _sides(heads[0]):
        # The side's own words, or the body's it is members of.
        found = [who] if any(s <= who.idx < e for s, e in seats) else []
        found += [
            m for m in _members_of(who) if any(s <= t.idx < e for t in m.subtree for s, e in seats)
        ]
        if found:
            seated[who] = found
    sides = (
        _side_place(side, toponyms)
        or next((p for p in (_named_before(b, toponyms) for b in seated.get(side, ())) if p), None)
        for side in _sides(heads[0])
        if in_person or side in seated
    )
    side = next((p for p in sides if p is not None and p.kind != PlaceKind.CONTINENT.value), None)
    if side is not None and (told is None or _holds(told, side)):
        return _location(side)
    if told is None and (at_occasion or verdict):
        preps = _DURING_PREPS | _AFTER_PREPS if verdict else _DURING_PREPS
        told = _occasion_place(heads, toponyms, preps=preps)
    if told is None:
        told = _journey_place(heads, toponyms)
    return None if told is None else _location(told)


def _own_place(
    heads: list[Token],
    toponyms: Sequence[Toponym],
    *,
    in_person: bool,
    deployment: bool,
    retreat: bool,
) -> Toponym | None:
    """The place the trigger's own locative, or its object struck, names."""
    # A material act's "into" is where it goes in: "fired rockets into Israel", "an offensive
    # into northern Syria", "deployed troops into Idlib"; forces deployed "to" a place are
    # readied there ("sent troops to Kirkuk"), where a deportee's "to" is no place of the act.
    motions = {"into"} if in_person else set()
    if deployment:
        motions.add("to")
    found: list[Toponym] = []
    for head in heads:
        for child in head.children:
            place = None
            if _locative(child) or (
                child.dep_ in ("prep", "dative")  # "sent troops to" is parsed a dative
                and child.lower_ in motions
            ):
                place = _place_of(child, toponyms)
            elif child.dep_ == "prep" and (retreat or head.lemma_ in _REMOVAL_LEMMAS):
                place = _left_place(head, child, toponyms, retreat=retreat)
            elif _downing(head) and (child.dep_ in _OBJECT_DEPS or child.lower_ == "over"):
                # What flies is brought down where it flies: "was shot down over Hanoi",
                # "shot down a jet over Kherson".
                place = _over(child, toponyms)
            elif child.dep_ in _OBJECT_DEPS and head.lemma_ in _PLACE_OBJECT_LEMMAS:
                # The place struck, or the place of the thing struck ("a hospital in Kharkiv");
                # of places struck or visited, one where they share it ("visited Mauritania and
                # Senegal": none), as of a locative's.
                place = _one_place([child], toponyms)
            elif _time_phrase(child):
                # The parser hangs a place told beside the act's time on the time ("On
                # Friday in Lahore, police arrested ..."): a time has no place of its own.
                place = _locative_of(_time_noun(child), toponyms) or _locative_of(child, toponyms)
            if place is not None:
                found.append(place)
        struck = _struck_place(head, toponyms)  # "an attack on Nairobi"
        if struck is not None:
            found.append(struck)
    found = [p for p in found if p.kind != PlaceKind.CONTINENT.value]
    # Of two told, the one inside the other: "In Syria, troops attacked ... in Afrin".
    return next((p for p in found if any(_holds(q, p) for q in found)), found[0] if found else None)


def _left_place(
    act: Token, prep: Token, toponyms: Sequence[Toponym], *, retreat: bool
) -> Toponym | None:
    """Where the removed were, an act of removing's "from" or "out of" (`prep`): a place or
    a site in one, not a thing a place names ("withdrew from the Paris agreement", "pulled
    out of the deal"). Of a `retreat`'s noun, the parser may hang it on those who leave, its
    "of" ("the pullout of troops from Syria"); people expelled or deported "from" a state
    are as often its nationals ("the expulsion of diplomats from Russia")."""
    froms = [prep] if prep.lower_ == "from" else []
    if prep.lower_ == "out":  # "pulled out of Goma"
        froms += [p for p in prep.children if p.dep_ == "prep" and p.lower_ == "of"]
    if retreat and act.pos_ == "NOUN" and prep.lower_ == "of":
        froms += [
            p
            for o in prep.children
            if o.dep_ == "pobj"
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "from"
        ]
    for left in froms:
        if any(_a_place(o, toponyms) for o in left.children if o.dep_ == "pobj"):
            return _place_of(left, toponyms)
    return None


def _shared_place(verb: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The locative of the last of the verbs a verb is joined to, where they share its
    subject (none has one of its own) and nothing between tells the verb a place of its
    own: "killed seven and wounded 29 in Kirkuk" tells both acts' place; "withdrew from
    Mosul and regrouped in Erbil" does not."""
    joined = sorted((verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")), key=lambda t: t.i)
    last = joined[-1]
    if last.i <= verb.i or any(
        c.dep_ in ("nsubj", "nsubjpass") for j in joined[1:] for c in j.children
    ):
        return None
    between = verb.doc[verb.i + 1 : last.i]
    if any(between.start_char <= t.start < between.end_char for t in toponyms):
        return None
    return _locative_of(last, toponyms)


def _speaker_place(act: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """Where the doer spoke, told by a participle of speaking with no subject of its own on
    the act or its subject ("Speaking in Ankara, the president threatened Greece", "the
    minister, addressing a rally in Lahore, accused ..."), or where those it speaks to are
    ("Speaking to journalists in Nairobi, the president praised ..."): a word is said where its
    speaker is. Of a frame verb's trigger only the frame verb is the act (`trigger_tokens`):
    a strike threatened there is not done where the threat was made."""
    speaking = load_lexicon().speaking
    doers = [c for c in act.children if c.dep_ == "nsubj"]
    clauses = [c for c in act.children if c.dep_ == "advcl"]
    clauses += [c for d in doers for c in d.children if c.dep_ == "acl"]
    for clause in clauses:
        if (
            clause.tag_ == "VBG"
            and clause.lemma_ in speaking
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            audience = [
                o
                for p in clause.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            return _locative_of(clause, toponyms) or next(
                (t for t in (_locative_of(o, toponyms) for o in audience) if t), None
            )
    return None


def _saying_of(act: Token) -> Token | None:
    """The verb of saying whose quotation or complement tells an act in the first person, as
    its speaker's own word ("'We reject the offer,' she said", "he said: 'I condemn it'");
    not a word it reports of others ("said Turkey condemned it": said elsewhere, maybe)."""
    clause = act
    while clause.dep_ in ("xcomp", "conj"):  # "we want to ...", "we condemn and reject ..."
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in load_lexicon().speech:
        return None
    first = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children)
    return clause.head if first else None


def _noun_place(
    heads: list[Token], toponyms: Sequence[Toponym], *, acts: Collection[str]
) -> Toponym | None:
    """A town or a region compounded on the act's noun, or on the act named as the doer:
    where it happened ("the Kabul attack", "a Kabul car bombing killed five"); not its owner
    ("Moscow's crackdown" is Russia's, done anywhere). The doing act's own locative or place
    struck is as much its place ("shelling in Donetsk killed three", "an attack on the
    Kherson region killed two")."""
    nouns = [t for t in heads if t.pos_ == "NOUN"]
    doers = [
        d
        for s in heads[0].children
        if s.dep_ in ("nsubj", "csubj")
        for d in (s, *s.conjuncts)  # "shootings and blasts in Diyala killed 11"
        if d.lemma_ in acts or d.lower_ in acts
    ]
    places = (_named_before(n, toponyms, naming=_COMPOUNDS) for n in nouns + doers)
    told = (_locative_of(d, toponyms) or _struck_place(d, toponyms) for d in doers)
    return next((p for p in itertools.chain(places, told) if p), None)


def _occasion_place(
    heads: list[Token], toponyms: Sequence[Toponym], *, preps: frozenset[str]
) -> Toponym | None:
    """The place of the occasion an act is told in one of `preps` ("During a rally in
    Leipzig, police detained ...", "After a trial in Lyon, the officers were sentenced"),
    where its sentence tells no other place by a preposition ("amid protests in Tunis,
    soldiers arrested two students from Sfax": the answer is elsewhere)."""
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            place = _locative_of(_time_noun(child), toponyms)
            if place is not None and place.kind != PlaceKind.CONTINENT.value:
                sentence = head.sent
                others = [
                    t
                    for t in toponyms
                    if sentence.start_char <= t.start < sentence.end_char
                    and t.id != place.id
                    and not (_holds(t, place) or _holds(place, t))
                    and _after_preposition(sentence.doc, t)
                ]
                return None if others else place
    return None


def _journey_place(heads: list[Token], toponyms: Sequence[Toponym]) -> Toponym | None:
    """Where the journey its doer is told on ends, for an act of any kind: the traveller is
    there. The journey is a noun the act is told during or on, the doer's own ("During a
    visit to Beijing, the minister signed", "on his trip to Tokyo"; not another's: "during
    Xi's visit to Moscow, Washington warned"), or a verb of travel the act is conjoined to
    with no subject of its own ("arrived in Kabul and met"), the purpose of ("travelled to
    Khartoum to meet"), or the "for" of ("returned to Vienna for talks", where the verb is
    the noun's light verb too)."""
    act = heads[0]
    journeys = [act] if len(heads) > 1 and act.lemma_ in _JOURNEY_VERBS else []
    # The parser may hang the journey on the act's gerund ("accused Iran of lying during a
    # visit to Baghdad").
    gerunds = [g for p in act.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    journeys += [
        noun
        for holder in (act, *gerunds)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in _JOURNEY_PREPS
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lemma_ in _JOURNEY_NOUNS and not _anothers(noun)
    ]
    head = act.head
    own = {c.dep_ for c in act.children} | {f"{c.dep_}:{c.lower_}" for c in act.children}
    if (
        head.lemma_ in _JOURNEY_VERBS
        and head.pos_ == "VERB"
        and not own & {"nsubj", "nsubjpass"}
        and (act.dep_ == "conj" or (act.dep_ in ("advcl", "xcomp") and "aux:to" in own))
    ):
        journeys.append(head)
    if act.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _JOURNEY_VERBS:
        journeys.append(head.head)
    for journey in journeys:
        for child in journey.children:
            place = None
            if child.dep_ == "prep" and child.lower_ in _DESTINATION_PREPS:
                place = _place_of(child, toponyms)
            elif child.dep_ == "dobj" and journey.lemma_ == "visit":
                place = _one_place([child], toponyms)
            if place is not None and place.kind != PlaceKind.CONTINENT.value:
                return place
    return None


def _anothers(journey: Token) -> bool:
    """Whether a journey's noun names a traveller other than the act's doer: a possessor
    that is no pronoun ("Xi's visit"), or a doer after "by"."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in journey.children
    )


def _after_preposition(doc: Doc, toponym: Toponym) -> bool:
    """Whether a toponym is the object of a preposition ("to Gaza", "in Haifa"), which
    tells a place, unlike a name before a noun or a doer ("Kenyan police", "Israel struck")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("conj", "appos"):
        root = root.head
    return root.dep_ == "pobj"


def unknown_places(doc: Doc, toponyms: Sequence[Toponym]) -> list[int]:
    """Where the text tells a town the gazetteer does not know as where something is ("in
    Ejisu", "near Kitengela": a place entity after "in", "at", "near"... that is no toponym,
    or a name the model tags a person after "in", "near" or "outside": "detained 30 traders
    in Ejisu"; a person there, "faith in Ruto", only keeps a scene off), by its offset; a
    street or a site there ("on Khreshchatyk Street", "at Adum Market") is not one, lying
    most often in the town already told."""
    found = []
    for ent in doc.ents:
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or prep.lower_ not in _LOCATIVE_PREPS:
            continue
        named = ent.label_ == "GPE" or (ent.label_ == "PERSON" and prep.lower_ in _SITE_PREPS)
        if named and not any(t.start < ent.end_char and ent.start_char < t.end for t in toponyms):
            found.append(ent.start_char)
    return found


def around(district: Toponym, town: Location) -> bool:
    """Whether a district (a county) lies around a town of its region: the gazetteer gives
    towns no second-level code, so the district of the region nearest the town stands for
    the one that holds it ("Columbus" of Indiana: "Bartholomew County", not "Brown County")."""
    if district.kind != PlaceKind.DISTRICT or town.precision is not LocationPrecision.CITY:
        return False
    if (district.country, district.admin1) != (town.country, town.admin1):
        return False
    scale = math.cos(math.radians(town.lat))  # a degree of longitude is shorter off the equator
    nearest = min(
        _districts(district.country_alpha2, district.admin1),
        key=lambda d: (d.lat - town.lat) ** 2 + ((d.lon - town.lon) * scale) ** 2,
    )
    return nearest.id == district.id


@cache
def _districts(country: str | None, admin1: str | None) -> tuple[Place, ...]:
    """The districts of one region."""
    return tuple(
        p
        for p in load_places().all()
        if p.kind == PlaceKind.DISTRICT and (p.country, p.admin1) == (country, admin1)
    )


def locate_in_state(country: str) -> Location | None:
    """A state (ISO alpha-3) as the place of an act its own police or courts do where no
    place is told ("police arrested six people": the police's country)."""
    alpha2 = _alpha2(country)
    state = None if alpha2 is None else _state_toponym(alpha2)
    return None if state is None else _location(state)


def _state_toponym(alpha2: str) -> Toponym | None:
    """A state (ISO alpha-2) as a toponym no text names."""
    place = load_places().country(alpha2)
    return None if place is None else _toponym(Mention(place.name, 0, 0, (place,), ()), place)


def event_toponyms(doc: Doc, toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The toponyms an article's acts may be located at, found once per article: not a
    namesake in a state the article's other toponyms never name, though they name some. The
    story's own place is then one the gazetteer lacks, and the geoparser keeps the namesake
    abroad as its best guess; an event does not. A namesake is a town read by another of its
    names ("Sarkh, Logar" in a story of Afghanistan is no Sarh, Chad; a capital's other name
    is its own: "Kiev"), or what a region, a sea or a coast (the model's LOC) was read as
    when the gazetteer lacks it: a region ("the Gulf" as Papua New Guinea's Gulf province)
    or a town known by few ("the Middle East" as a hamlet of the United States)."""
    countries: Counter[str] = Counter(t.country_alpha2 for t in toponyms if t.country_alpha2)
    by_name: dict[str, Counter[str]] = {}
    for t in toponyms:
        if t.country_alpha2:
            by_name.setdefault(fold(_key(t.text)), Counter())[t.country_alpha2] += 1
    places = load_places()
    kept = []
    for t in toponyms:
        name = fold(_key(t.text))
        others = countries - by_name.get(name, Counter())
        if _area_of_the_world(doc, t, places):
            continue
        if not others or others[t.country_alpha2 or ""] or not _namesake(doc, t, places):
            kept.append(t)
    return kept


def names_water(span: Span) -> bool:
    """Whether a place's name ends in a noun of water and is not a division's, written
    before its noun: the sea ("Red Sea trade"), not Sudan's "Red Sea state"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span[-1].lower_ in _WATER_NOUNS and (after is None or after.lower_ not in PLACE_NOUNS)


def _area_of_the_world(doc: Doc, toponym: Toponym, places: Places) -> bool:
    """Whether a toponym is an area of the world, a coast or an ocean the gazetteer lacks,
    read as a town known by few that shares its name, or as any place but a state where its
    name ends in a noun of water, wherever the article's other places lie: a place the model
    reads as no town or state (LOC) that "the" determines as a noun of its own ("the Middle
    East", "the West Coast", "the Atlantic": a hamlet of Maryland, a village of Singapore, a
    town of Iowa; "the Red Sea", "the Gulf": Sudan's Red Sea state, Papua New Guinea's Gulf
    province); "the" of a noun it modifies does not tell ("in the Crown Heights
    neighborhood", "in the Red Sea state")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "LOC":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
        return False
    if span[-1].lower_ in _WATER_NOUNS:
        return toponym.kind != PlaceKind.COUNTRY
    return toponym.kind in _LOCAL and _known_by_few(toponym, places)


def _namesake(doc: Doc, toponym: Toponym, places: Places) -> bool:
    """Whether a toponym may be a namesake of what the text names (see `event_toponyms`)."""
    if toponym.kind not in _LOCAL | {PlaceKind.REGION}:
        return False
    if toponym.kind in _LOCAL and not _respelled(toponym.name, _spelled(_key(toponym.text))):
        return not places.is_capital(toponym.id)
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "LOC":
        return False
    if toponym.kind == PlaceKind.REGION:
        # A region its phrase calls one is no guess ("struck Kharkiv region" in a story
        # naming only Russia).
        return _told_kind(span) != PlaceKind.REGION
    return _known_by_few(toponym, places)


def _known_by_few(toponym: Toponym, places: Places) -> bool:
    """Whether a toponym is a place of under 100,000 people."""
    place = next((p for p in places.candidates(toponym.text) if p.id == toponym.id), None)
    return place is not None and place.population < _WELL_KNOWN


def _downing(verb: Token) -> bool:
    """Whether a verb tells of bringing down or stopping what flies ("shot down", "downed",
    "intercepted")."""
    return verb.lemma_ in _DOWNING_LEMMAS or (
        verb.lemma_ == "shoot"
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    )


def _over(token: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The place an "over" names: the token's own, else its dependent's; of a craft brought
    down, also where a relative clause tells it fell, or tells someone says it did ("shot
    down a drone, which crashed near Kunduz", "which the army said crashed in Paktia"): it was
    hit there."""
    if token.dep_ == "prep":
        return _place_of(token, toponyms) if token.lower_ == "over" else None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "over"), None)
    if prep is not None:
        return _place_of(prep, toponyms)
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    speech = load_lexicon().speech
    clauses += [f for c in clauses if c.lemma_ in speech for f in c.children if f.dep_ == "ccomp"]
    falls = (c for c in clauses if c.lemma_ in _FALLING_LEMMAS)
    return next((p for p in (_locative_of(f, toponyms) for f in falls) if p), None)


def _of_result(verb: Token) -> bool:
    """Whether a verb is a participle of result with no subject of its own ("..., killing
    four")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _sides(verb: Token) -> Iterator[Token]:
    """A verb's subject or passive agent, and its object or the one it acts with or on; a
    verb joined to another with no subject of its own has that one's ("Officers stopped a
    car and arrested the driver")."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        yield from (c for c in verb.head.children if c.dep_ == "nsubj")
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj"):
            yield child
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _SIDE_PREPS):
            yield from (c for c in child.children if c.dep_ == "pobj")


def _side_place(side: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """Where a side is told to be: its own locative, or that of a present participle on it,
    what it was doing there ("gunmen wearing uniforms in central Kabul", "protesters chanting
    slogans in Tahrir Square"); not a past one, which may tell where it was before
    ("gunmen trained in Pakistan")."""
    doing = (c for c in side.children if c.dep_ == "acl" and c.tag_ == "VBG")
    return _locative_of(side, toponyms) or next(
        (p for p in (_locative_of(c, toponyms) for c in doing) if p), None
    )


def _members_of(side: Token) -> Iterator[Token]:
    """The body a side is members of, by its "of" or "from" ("officers of the Kisumu police",
    "officers from the Dayton Police Department")."""
    for prep in side.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            yield from (c for c in prep.children if c.dep_ == "pobj")


def trigger_tokens(doc: Doc, start: int, trigger: str) -> list[Token]:
    """The tokens of a trigger, the one at `start` first: a light verb and its event noun are
    one trigger ("held fresh talks" is "held talks"; the noun may come first, as the verb's
    subject: "the withdrawal of troops from Syria began"); of a frame verb's trigger
    ("threatened ... strike") only the frame verb counts, as the threatened act's place is
    not where the threat was made."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return []
    token = span[0]
    words = trigger.split(" ... ")[0].split()
    # The trigger's words are in the text's order, around its token.
    own = words.index(token.text) if token.text in words else 0
    at = token.i - token.sent.start
    return [
        token,
        *_words_found(words[own + 1 :], token.sent[at + 1 :]),
        *_words_found(words[:own][::-1], reversed(token.sent[:at])),
    ]


def _words_found(words: list[str], tokens: Iterable[Token]) -> list[Token]:
    """The first tokens, in the order given, that spell `words` one after another."""
    found: list[Token] = []
    for token in tokens:
        if len(found) == len(words):
            break
        if token.text == words[len(found)]:
            found.append(token)
    return found


def _time_phrase(token: Token) -> bool:
    """Whether a dependent of a verb tells its time ("on Friday", "Friday", "at dawn")."""
    return _time_noun(token).ent_type_ in _TIME_ENTITIES


def _time_noun(token: Token) -> Token:
    """The noun of a phrase: a preposition's object, else the word itself."""
    if token.dep_ == "prep":
        return next((c for c in token.children if c.dep_ == "pobj"), token)
    return token


def _locative_of(token: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    for child in token.children:
        if _locative(child):
            return _place_of(child, toponyms)
    return None


def _locative(token: Token) -> bool:
    """Whether a dependent is a locative preposition; the parser may take one followed by
    "of" for an adverb ("gathered outside of the embassy")."""
    return token.lower_ in _LOCATIVE_PREPS and (
        token.dep_ == "prep"
        or (token.dep_ == "advmod" and any(c.lower_ == "of" for c in token.children))
    )


def _place_of(prep: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The place a locative names (`_site_place`); places coordinated there ("in Baghdad and
    Basra", "in Kenya and in Uganda") are one only where one holds the others ("in Doha,
    Qatar"), else their state where they share one, else none: the act was done in each."""
    preps = (prep, *prep.conjuncts)
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if not objects:  # "outside of Kampala": the parser hangs the place on the "of"
        objects = [
            o
            for p in preps
            for of in p.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for o in of.children
            if o.dep_ == "pobj"
        ]
    return _one_place(objects, toponyms)


def _one_place(objects: list[Token], toponyms: Sequence[Toponym]) -> Toponym | None:
    """The one place the nouns and those coordinated with them name (see `_place_of`); none
    where a place entity joined by "and" or "or" is no toponym ("from both the West and
    Russia": the West read as no place, `event_toponyms`; a town the gazetteer lacks), its
    state unknown. A comma's chain names one place from the small to the large ("in Kashiwazaki
    City, Niigata Prefecture"), whose unknown first link leaves the larger ones."""
    found = {}
    for pobj in objects:
        joined = list(_coordinated(pobj))
        listed = any(child.dep_ == "cc" for token in joined for child in token.children)
        for obj in joined:
            place = _site_place(obj, toponyms)
            if place is not None:
                found[place.id] = place
            elif listed and obj.dep_ != "appos" and obj.ent_type_ in ("GPE", "LOC"):
                return None
    places = [p for p in found.values() if not any(_holds(p, q) for q in found.values())]
    if len(places) < 2:
        return places[0] if places else None
    states = {p.country_alpha2 for p in places}
    alpha2 = states.pop() if len(states) == 1 else None
    return None if alpha2 is None else _state_toponym(alpha2)


def _coordinated(token: Token) -> Iterator[Token]:
    """A noun and those coordinated with it or set in apposition to it, as a list's are."""
    yield token
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            yield from _coordinated(child)


def _holds(area: Toponym, place: Toponym) -> bool:
    """Whether a state or a region holds another place ("Doha, Qatar"), as `_within` says;
    not a district, which `_within` lets hold any town of its region, a guess too loose to
    make one place of a list's ("in Houston and Dallas County")."""
    return area.kind != PlaceKind.DISTRICT and within(
        _gazetteer_place(place), _gazetteer_place(area)
    )


def _site_place(obj: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The place a locative's object names: its own, else the place of its object ("at a
    store in El Paso"), else the place of the body whose site it is ("at the headquarters of
    the Paris police", "at the offices of a newspaper in Lahore"; not a state, which tells
    whose it is: "at the embassy of Turkey"), else the place an attack named there struck
    ("killed in an attack on a village in Herat"), else the state of a body that sits only
    at home (`_seat_place`)."""
    return (
        _toponym_on(obj, toponyms)
        or _locative_of(obj, toponyms)
        or _owner_place(obj, toponyms)
        or _struck_place(obj, toponyms)
        or _seat_place(obj, toponyms)
    )


def _seat_place(site: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The state a site is of where it is the seat of a body that sits only at home, a
    legislature, a court or the police, named by its state ("outside the Swedish parliament",
    "near the Afghan Supreme Court"); not another body of a state's, which may sit abroad
    ("outside the Russian embassy", "at an American base")."""
    gazetteer = load_gazetteer()
    words = [site, *(c for c in site.children if c.dep_ in ("compound", "amod"))]
    codes = {
        c
        for _, _, found in gazetteer.find_agents([w.lower_ for w in words])
        for c in found.split("|")
    }
    if not codes or any(
        c not in gazetteer.sectors or gazetteer.sectors[c].name not in _SEATED for c in codes
    ):
        return None
    states = (_toponym_at(w, toponyms) for w in words[1:])
    return next((t for t in states if t is not None and t.kind == PlaceKind.COUNTRY.value), None)


def in_place_slot(name: Token) -> bool:
    """Whether a name stands where only a place does: the object of a verb of striking,
    taking or visiting ("rebels captured Rutshuru", "Sloviansk was shelled"), what falls
    to someone ("Rutshuru fell to the rebels") or comes under fire or a striking
    ("Sloviansk came under shelling"; not blamed: "came under fire for its prices")."""
    head = name.head
    if name.dep_ in _OBJECT_DEPS:
        return head.lemma_ in _PLACE_OBJECT_LEMMAS
    if name.dep_ != "nsubj":
        return False
    preps = [c for c in head.children if c.dep_ == "prep"]
    if head.lemma_ == "fall":
        return any(c.lower_ in ("to", "into") for c in preps)
    # Not blamed: "came under fire for its prices", "over the decision".
    if head.lemma_ != "come" or any(c.lower_ in ("for", "over") for c in preps):
        return False
    under = [
        o.lemma_.removesuffix("ing")
        for c in preps
        if c.lower_ == "under"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(o == "fire" or o in _PLACE_OBJECT_LEMMAS for o in under)


def _struck_place(noun: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The place a noun of striking bears on, by its "on" or "against", as its verb's object
    does ("a raid on the Kabul airport", "an attack on Nairobi"); not a people named there
    ("an attack on Americans" tells who was struck, not where)."""
    if noun.pos_ != "NOUN" or noun.lemma_ not in _PLACE_OBJECT_LEMMAS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _STRUCK_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ != "NORP":
                    return _toponym_on(obj, toponyms) or _locative_of(obj, toponyms)
    return None


def _owner_place(site: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The place of the body a site's first "of" names, named before it or in its own
    locative ("the Paris police", "a newspaper in Lahore")."""
    for of in site.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for owner in of.children:
                if owner.dep_ == "pobj":
                    return _named_before(owner, toponyms) or _locative_of(owner, toponyms)
    return None


def _toponym_on(token: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The toponym a noun phrase's head is part of ("the city of Kharkiv" looks at "of")."""
    own = _toponym_at(token, toponyms)
    if own is not None:
        return own
    if token.lower_ in _PARTS_OF_PLACES:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return _place_of(child, toponyms)
    if token.lower_ == "capital":
        return _capital(token, toponyms)
    return _named_before(token, toponyms)


def _a_place(token: Token, toponyms: Sequence[Toponym]) -> bool:
    """Whether a noun names a place ("Afrin", "the town of Bakhmut") or a site in one ("a
    camp near Calais"), not a thing a place names ("the Paris agreement")."""
    return (
        _toponym_at(token, toponyms) is not None
        or token.lower_ in _PARTS_OF_PLACES
        or _locative_of(token, toponyms) is not None
    )


def _toponym_at(token: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The toponym a token is part of."""
    return next((t for t in toponyms if t.start <= token.idx < t.end), None)


def _capital(token: Token, toponyms: Sequence[Toponym]) -> Toponym | None:
    """The capital of the state named by its 'of' or before it ("the capital of Syria", "the
    Afghan capital", "Niger's capital"), else that state."""
    named = (_toponym_on(c, toponyms) for c in token.children if c.dep_ in _NAMING | {"amod"})
    of = (_place_of(c, toponyms) for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
    state = next((t for t in (*named, *of) if t is not None), None)
    if state is None or state.kind != PlaceKind.COUNTRY.value or state.country_alpha2 is None:
        return state
    city = load_places().capital(state.country_alpha2)
    if city is None:
        return state
    return _toponym(Mention(token.text, token.idx, token.idx + len(token), (city,), ()), city)


def _named_before(
    token: Token, toponyms: Sequence[Toponym], *, naming: frozenset[str] = _NAMING
) -> Toponym | None:
    """A town or a region that names a site before its noun ("in Christchurch District
    Court", "at the Kabul airport", "in California's Riverside County court"), the nearest
    first; a state's name there tells whose it is, not where ("at the U.S. embassy").
    `naming` are the dependencies of the noun's own modifiers that may name it."""
    for child in reversed(list(token.lefts)):
        # The parser may read a name as an adjective ("in Paktia province").
        if child.dep_ not in naming and not (child.dep_ == "amod" and child.pos_ == "PROPN"):
            continue
        place = _toponym_at(child, toponyms) or _named_before(child, toponyms)
        if place is not None and place.kind not in STATE_KINDS:
            return place
    return None


def _location(toponym: Toponym) -> Location:
    return Location(
        id=toponym.id,
        name=toponym.name,
        geonameid=toponym.geonameid,
        country=toponym.country,
        admin1=toponym.admin1,
        lat=toponym.lat,
        lon=toponym.lon,
        precision=_PRECISION[PlaceKind(toponym.kind)],
    )
