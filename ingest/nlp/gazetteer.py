"""Known actors: countries (pycountry + data/countries.json), organisations, armed groups, people.

Ids are stable: `country:RUS`, `org:NATO`, `group:hamas`, `person:vladimir-putin`.
Two sources, the project's own curated files first (countries, organisations, groups, people:
current office-holders and what the dictionaries lack) and then the Phoenix dictionaries
converted by scripts/phoenix_actors.py (data/phoenix.json: ~17k state officials with dated
roles, IGOs, NGOs, armed groups, state institutions; MIT, see data/PHOENIX-LICENSE.txt). A
Phoenix person whose name or alias is a curated person's is that person, and a Phoenix
organisation or group named as a curated one is it (one id).
A surname alone ("Kerry") is no alias: `candidates` lists the people it may name, and
actors.py picks one from the article or its date, or none. `office_holder` answers who held
an office on a day (data/offices.json); `find_agents` finds generic agents ("riot police")
with their CAMEO code, whose sector and political standing come from data/sectors.json.
Capitals and seats of government ("Beijing", "the Kremlin", "the White House") are metonyms
for their country's government and resolve to the country actor itself (`country:CHN`, kind
country): one id per state keeps timeline queries simple, so China's timeline shows what
"Beijing" did. The surface form is kept in the actor's aliases.

Aliases are matched case-sensitively on token text ("US" the country, not "us" the pronoun);
a leading "the" and curly apostrophes are normalised away.
"""

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pycountry
import spacy

from graph.models import ActorKind
from ingest.nlp.model import loaded_once


class Form(StrEnum):
    """How an alias names its entry; actors.py treats demonyms and short forms differently."""

    NAME = "name"
    ALIAS = "alias"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    SEAT = "seat"
    SHORT = "short"  # a one-word form of a person's name, e.g. "Putin"


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
DATA_DIR = Path(__file__).parent.parent / "data"
# Letters, spaces and hyphens between letters: spaCy splits these at spaces and hyphens.
_PLAIN = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")  # folded text: "hay'at"
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # "U.S.", "U.N."
_LONGEST_ALIAS = 10  # tokens ("Office of the United Nations High Commissioner for Human Rights")


@dataclass(frozen=True)
class Entry:
    """One known actor; `terms` are dated roles (sector, ISO from, ISO to; "" when open),
    `role_since` the day a curated person's role began ("" when the file does not say)."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    political: bool = False
    terms: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
    role_since: str = field(default="", compare=False)

    def in_office(self, on: date) -> bool:
        """Whether a dated term of office covers the day."""
        day = on.isoformat()
        return any(
            sector in _OFFICE_SECTORS and start <= day and (not end or day <= end)
            for sector, start, end in self.terms
        )

    def left_office(self, on: date) -> bool:
        """Whether it held an office by a dated term, every one ended before the day."""
        ends = [end for sector, _, end in self.terms if sector in _OFFICE_SECTORS]
        return bool(ends) and all(end and end < on.isoformat() for end in ends)


@dataclass(frozen=True)
class Match:
    """A gazetteer alias found in a token sequence: tokens [start, end)."""

    start: int
    end: int
    entry: Entry
    form: Form


def normalise(text: str) -> str:
    """Return the lookup key of a name: straight quotes, single spaces, no leading 'the'."""
    text = " ".join(text.translate(_QUOTES).split())
    if text[:4].lower() == "the ":
        text = text[4:]
    return text


# Latin letters that Unicode does not decompose to an ASCII base, which the slug would drop
# ("Jarosław" -> "jarosaw"): their usual transliteration.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "ħ": "h", "Ħ": "H", "\u0131": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
     "þ": "th", "Þ": "Th"}
)  # fmt: skip


# Actors slug the same names over and over (50k calls over the AEB dev pages, few distinct);
# bounded, a worker meets new names without end.
@lru_cache(maxsize=1 << 14)
def slugify(text: str) -> str:
    """Return an ASCII lowercase slug, e.g. 'Nicolás Maduro' -> 'nicolas-maduro'; dotted
    initials are one word ('U.S. Capitol Police' -> 'us-capitol-police', as 'US ...')."""
    text = _DOTTED.sub(lambda m: m[0].replace(".", ""), text).translate(_UNDECOMPOSED)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def plural_demonym(demonym: str) -> str | None:
    """Return the plural of a demonym used for people ('Russians'), or None if it has none."""
    if demonym.endswith(("ese", "sh", "ch", "s", "x", "z", "Lao", "Swiss")):
        return None
    return demonym + "s"


@dataclass(frozen=True)
class Sector:
    """A CAMEO agent code's sector ("police") and whether it takes part in politics."""

    name: str
    political: bool


class Gazetteer:
    """Alias tables over the known actors."""

    def __init__(
        self,
        aliases: dict[str, tuple[Entry, Form]],
        countries: dict[str, Entry],
        *,
        surnames: dict[str, list[Entry]],
        offices: dict[tuple[str, str], list[tuple[Entry, str, str]]],
        agents: dict[str, str],
        sectors: dict[str, Sector],
        spellings: dict[str, str],
        in_states: dict[str, list[str]] | None = None,
    ):
        self._aliases = aliases
        # State code -> the places and other names the Phoenix dictionaries file in its block
        # ("Kasai" in DR Congo's), which places.py reads where GeoNames names them abroad only.
        self.in_states = in_states or {}
        # A word of people's names -> its one spelling where the dictionaries spell it apart
        # by a vowel ("Ladin": "laden"; scripts/phoenix_actors.py).
        self.spellings = spellings
        self._folded = {fold(k): v for k, v in reversed(aliases.items()) if not _is_abbr(k)}
        self._spelled = {
            _spelling(k): v
            for k, v in reversed(aliases.items())
            if v[0].kind is ActorKind.PERSON and " " in k
        }
        # The known people by the keys of their names' words but the last: a name misspelled
        # in its surname is theirs (`_misspelled`).
        self._by_front: dict[tuple[str, ...], list[tuple[str, Entry]]] = {}
        for k, (entry, _) in aliases.items():
            if entry.kind is ActorKind.PERSON and " " in k and (keys := _spelled_words(k)):
                self._by_front.setdefault(tuple(keys[:-1]), []).append((keys[-1], entry))
        self._countries = countries
        self._surnames = surnames
        # A word that opens a known person's name is a given name ("John", "Kerry" of Kerry
        # Kennedy): alone, it names no one by the dictionary's say-so.
        self.given_names = {
            e.name.split()[0].casefold() for owners in surnames.values() for e in owners
        }
        self._offices = offices
        self.sectors = sectors
        tokenizer = spacy.blank("en").tokenizer
        # Each alias's words as written and case-folded (`find` compares both), by the first.
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], Entry, Form]]] = {}
        for alias, (entry, form) in aliases.items():
            if _PLAIN.fullmatch(alias):  # most names: split as spaCy would, 50x faster
                words = tuple(w for w in re.split(r" |(-)", alias) if w)
            else:
                words = tuple(t.text for t in tokenizer(alias))
            for spelt in _joined_apart(words) if entry.kind in _BODIES else (words,):
                if len(spelt) <= _LONGEST_ALIAS:
                    folded = tuple(w.casefold() for w in spelt)
                    self._by_first.setdefault(folded[0], []).append((spelt, folded, entry, form))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._agents: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, code in agents.items():
            words = tuple(phrase.split())
            self._agents.setdefault(words[0], []).append((words, code))
        for phrases in self._agents.values():
            phrases.sort(key=lambda c: -len(c[0]))
        self.office_words = set(offices)  # (holder id, office words)
        # Each holder's terms, under the office's first words ("defense secretary").
        terms: dict[str, dict[tuple[str, str], tuple[str, str, str]]] = {}
        for (holder_of, office), holders in offices.items():
            for entry, start, end in holders:
                terms.setdefault(entry.id, {}).setdefault((holder_of, start), (office, start, end))
        self._held = {id_: list(held.values()) for id_, held in terms.items()}

    def lookup(self, text: str) -> tuple[Entry, Form] | None:
        """Return the entry a whole name refers to, if known."""
        key = normalise(text)
        found = self._aliases.get(key)
        if found is None and any(c.isupper() for c in key):
            found = self._folded.get(fold(key))
        if found is None and " " in key and key[:1].isupper():
            found = self._spelled.get(_spelling(key))  # a person's name romanised apart
        if found is None and " " in key and key[:1].isupper():
            found = self._misspelled(key)
        return found

    def _misspelled(self, name: str) -> tuple[Entry, Form] | None:
        """The one known person whose name is `name` but for a letter of a long surname no
        one known bears ("Abdelaziz Bouteflicka"): a typo. Its first letter stays, and a
        surname of the dictionary is a real name, another person's ("Johnston", "Johnson")."""
        words = _spelled_words(name)
        if not words or len(words[-1]) < _LONG_SURNAME or self.candidates(name.split()[-1]):
            return None
        *front, last = words
        near = {
            entry
            for other, entry in self._by_front.get(tuple(front), [])
            if other[0] == last[0] and other != last and _one_apart(other, last)
        }
        return (near.pop(), Form.ALIAS) if len(near) == 1 else None

    def candidates(self, surname: str) -> list[Entry]:
        """The known people a surname alone may name ("Clinton": Bill, Hillary)."""
        return self._surnames.get(normalise(surname).casefold(), [])

    def country(self, alpha3: str) -> Entry:
        """Return the country entry for an ISO 3166 alpha-3 code."""
        return self._countries[alpha3]

    def office_holder(self, holder_of: str, office: str, on: date) -> Entry | None:
        """Who held an office ("president") of a country or organisation id on a day."""
        day = on.isoformat()
        for entry, start, end in self._offices.get((holder_of, office.lower()), []):
            if start <= day and (not end or day < end):
                return entry
        return None

    def role_on(self, entry: Entry, on: date | None) -> str | None:
        """A known person's role on a day: the curated one from the day it began (its
        `role_since`, else the last day data/offices.json dates for them: Rubio is no
        Secretary of State in 2019), else an office that table has them hold that day
        ("secretary of state": Pompeo in 2019, curated as a former one), else none told."""
        if on is None:
            return entry.role
        day = on.isoformat()
        held = self._held.get(entry.id, [])
        since = entry.role_since or max((d for _, *days in held for d in days if d), default="")
        if entry.role and day >= since:
            return entry.role
        return next((w for w, start, end in held if start <= day and (not end or day < end)), None)

    def entries(self) -> Iterator[tuple[str, Entry, Form]]:
        """Yield every (alias, entry, form)."""
        for alias, (entry, form) in self._aliases.items():
            yield alias, entry, form

    def find(self, words: Sequence[str]) -> list[Match]:
        """Return the longest non-overlapping alias matches in a sequence of token texts.

        Case is compared loosely ("Ki-moon" for "KI-MOON") but a capital in the alias needs
        a capital in the text, and an abbreviation matches only its own case ("US", not "us").
        """
        words = [w.translate(_QUOTES) for w in words]
        folded = tuple(w.casefold() for w in words)
        matches: list[Match] = []
        i = 0
        while i < len(words):
            for alias, alias_folded, entry, form in self._by_first.get(folded[i], ()):
                n = len(alias)
                if folded[i : i + n] == alias_folded and all(
                    _same_case(a, w) for a, w in zip(alias, words[i : i + n], strict=True)
                ):
                    matches.append(Match(i, i + n, entry, form))
                    i += n
                    break
            else:
                i += 1
        return matches

    def find_agents(self, lower_words: Sequence[str]) -> list[tuple[int, int, str]]:
        """(start, end, CAMEO code) of the generic agents in lower-cased token texts."""
        found = []
        i = 0
        while i < len(lower_words):
            for phrase, code in self._agents.get(lower_words[i], ()):
                if tuple(lower_words[i : i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase), code))
                    i += len(phrase)
                    break
            else:
                i += 1
        return found

    def head_agent_codes(self, lower_words: Sequence[str]) -> set[str]:
        """The CAMEO codes of the generic agents whose phrase ends the words, the head of a
        noun phrase ("members of the public": none; "Israel Defense Forces": the forces)."""
        found = self.find_agents(lower_words)
        return {c for _, end, code in found if end == len(lower_words) for c in code.split("|")}


_LONG_SURNAME = 7  # letters of a surname's key: shorter ones are often other real names


# Bodies, whose names' words news joins by a hyphen or a space at will ("Al-Shabab", "Al
# Shabab"; "Boko-Haram"): the dictionaries spell each one way.
_BODIES = frozenset({ActorKind.GROUP, ActorKind.ORGANISATION})


def _joined_apart(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A body's name as its words are written: with a hyphen between each two words, or a
    space, as the dictionary spells it and the other way ("Al Shabab" and "Al-Shabab")."""
    apart = tuple(w for w in words if w != "-")
    joined = tuple(w for i, word in enumerate(apart) for w in ((word,) if i == 0 else ("-", word)))
    return [words, *{apart, joined} - {words}] if len(apart) > 1 else [words]


def fold(text: str) -> str:
    """'François' -> 'francois': the key of a name written with or without its accents, and
    with or without an apostrophe between letters, a transliteration's ayn or hamza
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return _INNER_APOSTROPHE.sub("", plain)


def _spelling(name: str) -> str:
    """The key of a person's name up to its romanisation: its words' keys run together
    ("Abdrabbuh", "Abd-Rabbu")."""
    return "".join(_spelled_words(name))


def _spelled_words(name: str) -> list[str]:
    """The keys of a name's words up to their romanisation: 'dh' as 'd', 'ou' and 'oo' as
    'u' ("Fouad", "Fuad"), 'q', 'g' and 'k' one letter ("Qadhafi", "Gaddafi"), a final 'y'
    or 'iy' as 'i' (Russian's endings: "Yuri", "Yury", "Yuriy"), doubled letters single and
    a vowel's final 'h' dropped; an initial's letter kept ("Geir H. Haarde" is no "Geir
    Haarde"). Arabic has three vowels, which English writes 'a' or 'e', 'i', 'u' or 'o': 'o'
    keys as 'u' and 'e' as 'a' ("Mohammed", "Muhammad", "Mohamed"), and the vowel of 'Abd'
    before the name it joins, its case ending or the article, as 'a' ("Abdul Rahman", "Abd
    al-Rahman", "Abdel Rahman"; "Abdullah", "Abdallah"); Hebrew's yod before 'i' and a
    consonant is not written in English ("Yisrael", "Israel")."""
    key = []
    for word in re.findall(r"[a-z]+", fold(name)):
        word = re.sub(r"^abd[eou]", "abda", word)
        word = re.sub("[qgk]", "k", word.replace("dh", "d").replace("ou", "u").replace("oo", "u"))
        word = re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=.)i?y$", "i", word))
        word = re.sub(r"^yi(?=[^aeiou])", "i", word)
        word = word[:-1] if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiou" else word
        key.append(word.replace("o", "u").replace("e", "a"))
    return key


def _same_case(alias_word: str, word: str) -> bool:
    if _is_abbr(alias_word) and len(alias_word) > 1:
        return alias_word == word
    return not alias_word[:1].isupper() or word[:1].isupper() or not word[:1].isalpha()


def _is_abbr(alias: str) -> bool:
    # "US" must not match "us" or "Us", nor "LeT" (Lashkar-e-Taiba) the word "Let":
    # abbreviations, in capitals or with one inside, only match with their own case.
    letters = alias.replace(".", "")
    inner = len(letters) <= 4 and any(c.isupper() for c in letters[1:])
    return len(alias) <= 5 and (letters.isupper() or inner)


def _read(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text("utf-8"))


def sectors_of(group: str) -> frozenset[str]:
    """The sectors of a group data/sectors.json names ("forces": military, police)."""
    return frozenset(_read("sectors.json")["groups"][group])


def state_doers(table: str = "doers") -> dict[str, str]:
    """The sector of the state's body that alone does an act of each PLOVER mode it names
    (data/sectors.json's doers: an arrest its police's), or of each verb of such a mode whose
    doer is another body (its verb_doers: one is jailed by a court)."""
    return {k: s for k, s in _read("sectors.json")[table].items() if k != "_about"}


def codes_of(group: str) -> frozenset[str]:
    """The CAMEO agent codes of a group's sectors ("forces": MIL, COP)."""
    sectors = sectors_of(group)
    codes = _read("sectors.json")["codes"].items()
    return frozenset(code for code, (name, _) in codes if name in sectors)


# Sectors of a term that mean holding office (rather than being an elite or an opponent).
_OFFICE_SECTORS = sectors_of("office")


@loaded_once
def load_gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer built from pycountry and ingest/data/*.json."""
    aliases: dict[str, tuple[Entry, Form]] = {}

    def add(alias: str, entry: Entry, form: Form) -> None:
        # First come wins: explicit data is added before pycountry's formal names.
        aliases.setdefault(normalise(alias), (entry, form))

    sector_data = _read("sectors.json")
    sectors = {code: Sector(name, flag) for code, (name, flag) in sector_data["codes"].items()}
    phoenix = _read("phoenix.json")
    countries_data = _read("countries.json")
    countries: dict[str, Entry] = {}
    for code, data in countries_data.items():
        # A named entry needs no ISO record: Kosovo has none, only the user-assigned code
        # the EU and the World Bank use (XKX).
        if "name" in data:
            name = data["name"]
        else:
            country = pycountry.countries.lookup(code)
            name = getattr(country, "common_name", None) or country.name
        countries[code] = Entry(f"country:{code}", name, ActorKind.COUNTRY, code, political=True)
    # Names before demonyms before capitals, so a clash resolves to the strongest reading.
    for code, data in countries_data.items():
        add(countries[code].name, countries[code], Form.NAME)
        for alias in data.get("aliases", []):
            add(alias, countries[code], Form.ALIAS)
    curated: set[str] = set()  # the ids of the curated organisations and groups
    common = common_words()
    initialled: dict[str, list[Entry]] = {}  # curated bodies by their names' initials
    for record in [*_read("organisations.json"), *_read("groups.json")]:
        kind = ActorKind.GROUP if record["id"].startswith("group:") else ActorKind.ORGANISATION
        political = record.get("political", True)  # a space agency acts in no politics
        entry = Entry(
            record["id"],
            record["name"],
            kind,
            record.get("country"),
            sector=sectors[record["sector"]].name,
            political=political,
        )
        curated.add(entry.id)
        for name in (record["name"], *record["aliases"]):
            if initials := _initials(name):
                _own(initialled, initials, entry)
        add(record["name"], entry, Form.NAME)
        for alias in record["aliases"]:
            add(alias, entry, Form.ALIAS)
        for alias in (record["name"], *record["aliases"]):
            if _spoken_acronym(alias, common):
                add(alias.capitalize(), entry, Form.ALIAS)
    people = _people(_read("people.json"), phoenix["people"])
    explicit: dict[str, list[Entry]] = {}  # one-word aliases the data gives ("Obama")
    surnames: dict[str, list[Entry]] = {}

    def add_person(entry: Entry, names: list[str]) -> None:
        add(entry.name, entry, Form.NAME)
        for alias in names:
            if " " in alias:
                add(alias, entry, Form.ALIAS)
            else:
                _own(explicit, alias, entry)
        _own(surnames, entry.name.split()[-1], entry)

    for entry, names in people:
        if not entry.terms:  # curated; Phoenix people come after every curated alias
            add_person(entry, names)
            for alias in names:
                if " " not in alias:
                    add(alias, entry, Form.SHORT)
    for code, data in countries_data.items():
        for demonym in data["demonyms"]:
            add(demonym, countries[code], Form.DEMONYM)
            if plural := plural_demonym(demonym):
                add(plural, countries[code], Form.DEMONYM)
    for code, data in countries_data.items():
        for capital in data["capitals"]:
            add(capital, countries[code], Form.CAPITAL)
        for seat in data.get("seats", []):
            add(seat, countries[code], Form.SEAT)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            formal = getattr(country, attr, None)
            if formal and "," not in formal:
                add(formal, countries[country.alpha_3], Form.NAME)
    # States of the past are countries of their own, by their withdrawn ISO 3166-3 code as
    # Phoenix codes them ("the Soviet Union": country:SUN), not their successors: a
    # timeline of Russia holds no act of the Soviet Union.
    for code, name, names in phoenix["states"]:
        state = Entry(f"country:{code}", name, ActorKind.COUNTRY, code, political=True)
        state = countries.setdefault(code, state)
        for alias in [name, *names]:
            add(alias, state, Form.NAME if alias == name else Form.ALIAS)
    for entry, names in people:
        if entry.terms:
            add_person(entry, names)
    spelled = {normalise(a).casefold(): a for _, names in people for a in names if " " not in a}
    for word, owners in explicit.items():
        if len(owners) == 1:
            add(spelled[word], owners[0], Form.SHORT)
        surnames[word] = owners  # the data's word outranks a surname shared by chance
    for kind, name, country, code, names in phoenix["organisations"]:
        sector = sectors[code]
        # A Phoenix record named as a curated organisation or group is it ("Revolutionary
        # Guard" is the IRGC): one actor, one id. By its name only: its aliases may be
        # another body's ("Secret Intelligence Service" among GCHQ's). So is a record named by
        # the initials of one curated body's name alone ("ICC": the International Criminal
        # Court), or one whose other name is the name of one curated body of its state
        # ("Revolutionary Armed Forces of Colombia", filed with "FARC": the FARC).
        found = aliases.get(normalise(name))
        owners = [found[0]] if found else []
        if not owners and " " not in name:
            owners = initialled.get(name.casefold(), [])
        if not owners:
            owners = _named_curated(names, country, aliases, curated)
        entry = (
            owners[0]
            if len(owners) == 1 and owners[0].id in curated
            else (
                Entry(
                    f"{'group' if kind == 'group' else 'org'}:{slugify(name)}",
                    name,
                    ActorKind(kind),
                    country,
                    sector=sector.name,
                    political=sector.political,
                )
            )
        )
        for alias in [name, *names]:
            add(alias, entry, Form.NAME if alias == name else Form.ALIAS)
    # A group named with its state after its name ("Tehrik-i-Taliban Pakistan") goes by the
    # name alone too ("the Tehrik-i-Taliban claimed ..."), where that names nothing else.
    states = {
        c: [e.name, *countries_data.get(c, {}).get("aliases", [])] for c, e in countries.items()
    }
    for alias, (entry, _) in list(aliases.items()):
        group = entry.kind is ActorKind.GROUP and entry.country in states
        if group and (short := _without_state(alias, states[str(entry.country)])):
            add(short, entry, Form.ALIAS)
    agents = {**phoenix["agents"], **sector_data["agents"]}
    del agents["_about"]
    return Gazetteer(
        aliases,
        countries,
        surnames=surnames,
        offices=_offices(_read("offices.json")["offices"], aliases),
        agents=agents,
        sectors=sectors,
        spellings=phoenix["spellings"],
        in_states=phoenix["in_states"],
    )


def _without_state(alias: str, state_names: list[str]) -> str | None:
    """A name without the state's name it ends on, where that follows the name itself
    ("Tehreek-e-Taliban Pakistan": "Tehreek-e-Taliban"; not "Islamic Army in Iraq"), and
    what is left is a name of several words or a hyphened one."""
    for state in state_names:
        rest = alias.removesuffix(" " + state)
        last = rest.rsplit(" ", 1)[-1].casefold()
        if rest != alias and ("-" in rest or " " in rest) and last not in _BEFORE_STATES:
            return rest
    return None


# The words that join a name to a state's name after it ("Union of Peaceful Citizens of
# Algeria"): what comes before them is no name by itself.
_BEFORE_STATES = frozenset({"of", "in", "for", "the", "de", "del", "-", "and", "from"})


@cache
def common_words() -> frozenset[str]:
    """Common English words, lower-case (data/common_words.txt)."""
    return frozenset((DATA_DIR / "common_words.txt").read_text("utf-8").split())


def _spoken_acronym(alias: str, common: frozenset[str]) -> bool:
    """An acronym British house styles write as a word ("Nato", "Farc", "Unicef"): four
    capitals or more that spell no common word ("CARE" stays apart from "Care")."""
    return len(alias) >= 4 and alias.isalpha() and alias.isupper() and alias.lower() not in common


def _named_curated(
    names: list[str], country: str | None, aliases: dict[str, tuple[Entry, Form]], curated: set[str]
) -> list[Entry]:
    """The one curated body of `country` whose own name is among a Phoenix record's other
    names, else none: by its name, not its aliases, which may be a parent's or a branch's."""
    owners = {
        found[0]
        for alias in names
        if (found := aliases.get(normalise(alias))) is not None
        and found[1] is Form.NAME
        and found[0].id in curated
        and found[0].country == country
    }
    return list(owners) if len(owners) == 1 else []


def _initials(name: str) -> str:
    """The initials of a name of several words, its small words left out ("International
    Criminal Court": 'icc'); '' for one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    content = [w for w in words if w.casefold() not in ("of", "the", "and", "for", "on", "in")]
    return "".join(w[0] for w in content) if len(words) > 1 else ""


def _own(table: dict[str, list[Entry]], word: str, entry: Entry) -> None:
    owners = table.setdefault(normalise(word).casefold(), [])
    if entry not in owners:
        owners.append(entry)


def _people(
    curated: list[dict[str, Any]], phoenix: list[list[Any]]
) -> list[tuple[Entry, list[str]]]:
    """Curated people, then Phoenix people; a Phoenix record naming a curated person joins it."""
    people: dict[str, tuple[Entry, list[str]]] = {}
    by_name: dict[str, str] = {}
    # The words of a curated office holder's names, by country: a Phoenix record of an
    # office in that country whose name adds given or middle names to them is that person
    # ("Ishaq Dar", "Muhammad Ishaq Dar"; "Khawaja Asif", "Khawaja Muhammad Asif").
    holders: dict[str | None, list[tuple[list[str], str]]] = {}
    # A curated holder's surname key by country and the day their role began: a Phoenix
    # record of that state whose office began that day, its surname one letter apart, is
    # them romanised from another language ("Alyaksandr Lukashenka", Belarusian, of
    # "Alexander Lukashenko", Russian).
    took_office: dict[tuple[str | None, str], list[tuple[str, str]]] = {}
    for record in curated:
        entry = Entry(
            f"person:{slugify(record['name'])}",
            record["name"],
            ActorKind.PERSON,
            record.get("country"),
            record.get("role"),
            political=record.get("role") is not None,
            role_since=record.get("since", ""),
        )
        people[entry.id] = (entry, list(record["aliases"]))
        for name in [record["name"], *record["aliases"]]:
            if " " in name:
                by_name[_spelling(name)] = entry.id
                if entry.political:
                    holders.setdefault(entry.country, []).append((_spelled_words(name), entry.id))
        if entry.role_since:
            surname = _spelled_words(record["name"])[-1]
            took_office.setdefault((entry.country, entry.role_since), []).append(
                (surname, entry.id)
            )
    # The dictionaries end around 2016: a term they leave open is known to run until their
    # last date, no later ("in office" on a 2019 day is then for data/offices.json to say).
    horizon = max(day for *_, dated in phoenix for term in dated for day in term[1:])
    # Phoenix's records of one person of one state spelled apart ("Muammar Gaddafi", "Muammar
    # Qadhafi") are the first of them, with the terms of both.
    by_spelling: dict[tuple[str, str], str] = {}
    for name, country, names, terms in phoenix:
        keys = [_spelling(n) for n in [name, *names] if " " in n]
        dated = tuple((sector, start, end or horizon) for sector, start, end in terms)
        known = [by_name[k] for k in keys if k in by_name]
        if not known and any(sector in _OFFICE_SECTORS for sector, *_ in terms):
            full = [_spelled_words(n) for n in [name, *names] if " " in n]
            known = [id_ for words, id_ in holders.get(country, []) if _within(words, full)]
            surname = _spelled_words(name)[-1]
            known += [
                id_
                for sector, start, _ in terms
                if sector in _OFFICE_SECTORS
                for other, id_ in took_office.get((country, start), [])
                if _one_apart(surname, other)
            ]
        if known:
            people[known[0]][1].extend([name, *names])
            continue
        if spelled := [by_spelling[country, k] for k in keys if (country, k) in by_spelling]:
            first, aliases = people[spelled[0]]
            terms_of_both = tuple(dict.fromkeys(first.terms + dated))
            people[first.id] = (replace(first, terms=terms_of_both), [*aliases, name, *names])
            continue
        entry = Entry(
            f"person:{slugify(name)}", name, ActorKind.PERSON, country, political=True, terms=dated
        )
        people.setdefault(entry.id, (entry, []))[1].extend([name, *names])
        by_spelling.update(((country, k), entry.id) for k in keys)
    return list(people.values())


def _one_apart(a: str, b: str) -> bool:
    """Whether two words are the same but for at most one letter changed, added or dropped."""
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] in (b[i + 1 :], b[i:]) or a[i:] == b[i + 1 :]


def _within(short: list[str], names: list[list[str]]) -> bool:
    """Whether one of the names has the short name's words in order and more, its last the
    same (a surname is no given name: "Ishaq Dar" is in "Muhammad Ishaq Dar")."""
    for words in names:
        rest = iter(words)
        if len(words) > len(short) and words[-1] == short[-1] and all(w in rest for w in short):
            return True
    return False


def _offices(
    records: list[dict[str, Any]], aliases: dict[str, tuple[Entry, Form]]
) -> dict[tuple[str, str], list[tuple[Entry, str, str]]]:
    """(country or organisation id, office words) -> [(holder, from, to)]."""
    offices: dict[tuple[str, str], list[tuple[Entry, str, str]]] = {}
    for record in records:
        country = record["of"].removeprefix("country:") if "country:" in record["of"] else None
        holders = []
        for name, start, end in record["holders"]:  # curated people are already aliases
            known = aliases.get(normalise(name))
            entry = known[0] if known else None
            if entry is None or entry.kind is not ActorKind.PERSON:
                entry = Entry(
                    f"person:{slugify(name)}", name, ActorKind.PERSON, country, political=True
                )
                aliases.setdefault(normalise(name), (entry, Form.NAME))  # a name we lacked
            holders.append((entry, start, end))
        for office in record["office"]:
            offices[(record["of"], office)] = holders
    return offices
