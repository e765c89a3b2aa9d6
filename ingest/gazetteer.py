"""Known actors: countries (pycountry + data/countries.json), organisations, armed groups, people.

Ids are stable: `country:RUS`, `org:NATO`, `group:hamas`, `person:vladimir-putin`.
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
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import spacy

from graph.models import ActorKind


class Form(StrEnum):
    """How an alias names its entry; actors.py treats demonyms and short forms differently."""

    NAME = "name"
    ALIAS = "alias"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    SEAT = "seat"
    SHORT = "short"  # a one-word form of a person's name, e.g. "Putin"


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
DATA_DIR = Path(__file__).parent / "data"
_LONGEST_ALIAS = 8  # tokens; longer aliases are not matched in text


@dataclass(frozen=True)
class Entry:
    """One known actor."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None


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


def slugify(text: str) -> str:
    """Return an ASCII lowercase slug, e.g. 'Nicolás Maduro' -> 'nicolas-maduro'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def plural_demonym(demonym: str) -> str | None:
    """Return the plural of a demonym used for people ('Russians'), or None if it has none."""
    if demonym.endswith(("ese", "sh", "ch", "s", "x", "z", "Lao", "Swiss")):
        return None
    return demonym + "s"


class Gazetteer:
    """Alias tables over the known actors."""

    def __init__(self, aliases: dict[str, tuple[Entry, Form]], countries: dict[str, Entry]):
        self._aliases = aliases
        self._folded = {k.casefold(): v for k, v in reversed(aliases.items()) if not _is_abbr(k)}
        self._countries = countries
        tokenizer = spacy.blank("en").tokenizer
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry, Form]]] = {}
        for alias, (entry, form) in aliases.items():
            words = tuple(t.text for t in tokenizer(alias))
            if len(words) <= _LONGEST_ALIAS:
                self._by_first.setdefault(words[0], []).append((words, entry, form))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def lookup(self, text: str) -> tuple[Entry, Form] | None:
        """Return the entry a whole name refers to, if known."""
        key = normalise(text)
        found = self._aliases.get(key)
        if found is None and any(c.isupper() for c in key):
            found = self._folded.get(key.casefold())
        return found

    def country(self, alpha3: str) -> Entry:
        """Return the country entry for an ISO 3166 alpha-3 code."""
        return self._countries[alpha3]

    def entries(self) -> Iterator[tuple[str, Entry, Form]]:
        """Yield every (alias, entry, form)."""
        for alias, (entry, form) in self._aliases.items():
            yield alias, entry, form

    def find(self, words: Sequence[str]) -> list[Match]:
        """Return the longest non-overlapping alias matches in a sequence of token texts."""
        words = [w.translate(_QUOTES) for w in words]
        matches: list[Match] = []
        i = 0
        while i < len(words):
            for alias, entry, form in self._by_first.get(words[i], ()):
                if tuple(words[i : i + len(alias)]) == alias:
                    matches.append(Match(i, i + len(alias), entry, form))
                    i += len(alias)
                    break
            else:
                i += 1
        return matches


def _is_abbr(alias: str) -> bool:
    # "US" must not match "us" or "Us": abbreviations only match with their own case.
    return len(alias) <= 5 and alias.replace(".", "").isupper()


def _read(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text("utf-8"))


@cache
def load_gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer built from pycountry and ingest/data/*.json."""
    aliases: dict[str, tuple[Entry, Form]] = {}

    def add(alias: str, entry: Entry, form: Form) -> None:
        # First come wins: explicit data is added before pycountry's formal names.
        aliases.setdefault(normalise(alias), (entry, form))

    countries_data = _read("countries.json")
    countries: dict[str, Entry] = {}
    for code, data in countries_data.items():
        country = pycountry.countries.lookup(code)
        name = data.get("name") or getattr(country, "common_name", None) or country.name
        countries[code] = Entry(f"country:{code}", name, ActorKind.COUNTRY, code)
    # Names before demonyms before capitals, so a clash resolves to the strongest reading.
    for code, data in countries_data.items():
        add(countries[code].name, countries[code], Form.NAME)
        for alias in data.get("aliases", []):
            add(alias, countries[code], Form.ALIAS)
    for record in [*_read("organisations.json"), *_read("groups.json")]:
        kind = ActorKind.GROUP if record["id"].startswith("group:") else ActorKind.ORGANISATION
        entry = Entry(record["id"], record["name"], kind, record.get("country"))
        add(record["name"], entry, Form.NAME)
        for alias in record["aliases"]:
            add(alias, entry, Form.ALIAS)
    for record in _read("people.json"):
        entry = Entry(
            f"person:{slugify(record['name'])}",
            record["name"],
            ActorKind.PERSON,
            record.get("country"),
            record.get("role"),
        )
        add(record["name"], entry, Form.NAME)
        for alias in record["aliases"]:
            add(alias, entry, Form.SHORT if " " not in alias else Form.ALIAS)
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
    return Gazetteer(aliases, countries)
