"""Toponym resolution on the geoparsing dev splits, beside a most-populous-candidate baseline.

    python bench/geo.py [--places FILE] [--misses N]

Data: ../shared/eval/geo/*.jsonl (TR-News and GeoWebNews dev splits; see its README). Per set,
as the field reports it: toponym recall (gold toponyms overlapped by a found one) and
precision (found toponyms overlapping a gold one); over the gold toponyms found, country
accuracy (gold toponyms without a country, such as seas, left out; continents, whose gold
country is the one under their centroid, are counted apart as "country*" includes them),
accuracy@161 km and the mean error in km. The baseline resolves the very same mentions to
their most populous candidate, so the difference is the disambiguation alone. `--places`
measures another build of the gazetteer (scripts/build_places.py --min-population N --out
FILE). Also printed: the gazetteer's load time, the memory it adds to the process, and the
resolution time per document.
"""

import argparse
import json
import math
import resource
import time
from pathlib import Path
from typing import Any

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)

from ingest.nlp.parse import parse_texts
from ingest.nlp.places import PLACES_PATH, Place, PlaceKind, load_places, resolve_mentions

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "geo"
GOALS = {"country": 0.95, "acc161": 0.88, "recall": 0.85}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


class _Score:
    def __init__(self) -> None:
        self.gold = self.found = self.system = self.system_hits = 0
        self.country_n = self.country_ok = self.acc161 = 0
        self.country_all_n = self.country_all_ok = 0
        self.errors: list[float] = []

    def add(
        self,
        gold: list[dict[str, Any]],
        chosen: list[tuple[int, int, Place]],
        misses: list[str],
        continents: set[int],
    ) -> None:
        self.gold += len(gold)
        self.system += len(chosen)
        self.system_hits += sum(
            any(s < g["end"] and g["start"] < e for g in gold) for s, e, _ in chosen
        )
        for g in gold:
            hit = next((p for s, e, p in chosen if s < g["end"] and g["start"] < e), None)
            if hit is None:
                misses.append(f"missed {g['name']!r}")
                continue
            self.found += 1
            if g.get("country"):
                self.country_all_n += 1
                self.country_all_ok += hit.country == g["country"]
            if g.get("country") and g["geonameid"] not in continents:
                self.country_n += 1
                self.country_ok += hit.country == g["country"]
                if hit.country != g["country"]:
                    misses.append(f"{g['name']!r}: {hit.name} in {hit.country}, not {g['country']}")
            km = _km(hit.lat, hit.lon, float(g["lat"]), float(g["lon"]))
            self.errors.append(km)
            self.acc161 += km <= 161
            if km > 161:
                misses.append(f"{g['name']!r}: {hit.name} {hit.country} ({km:.0f} km)")

    def row(self) -> dict[str, float]:
        found = max(self.found, 1)
        return {
            "recall": self.found / max(self.gold, 1),
            "precision": self.system_hits / max(self.system, 1),
            "country": self.country_ok / max(self.country_n, 1),
            "country_all": self.country_all_ok / max(self.country_all_n, 1),
            "acc161": self.acc161 / found,
            "mean_km": sum(self.errors) / found,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=Path, default=PLACES_PATH)
    parser.add_argument("--misses", type=int, default=0, help="print up to N errors per set")
    args = parser.parse_args()
    sets = {p.stem: [json.loads(line) for line in p.open()] for p in sorted(DEV.glob("*.jsonl"))}
    docs = {name: list(parse_texts([d["text"] for d in rows])) for name, rows in sets.items()}
    before, started = _rss_mib(), time.perf_counter()
    places = load_places(args.places)
    load_s, added_mib = time.perf_counter() - started, _rss_mib() - before
    print(
        f"gazetteer {args.places.name}: {len(places)} places, loaded in {load_s:.2f} s, "
        f"+{added_mib:.0f} MiB resident"
    )
    continents = {p.geonameid or 0 for p in places.all() if p.kind == PlaceKind.CONTINENT}
    totals = {"system": _Score(), "baseline": _Score()}
    for name, rows in sets.items():
        scores = {"system": _Score(), "baseline": _Score()}
        misses: list[str] = []
        started = time.perf_counter()
        for row, doc in zip(rows, docs[name], strict=True):
            for side, score in scores.items():
                chosen = resolve_mentions(doc, places=places, baseline=side == "baseline")
                spans = [(m.start, m.end, p) for m, p in chosen]
                for total in (score, totals[side]):
                    shown = misses if side == "system" and total is score else []
                    total.add(row["toponyms"], spans, shown, continents)
        per_doc_ms = (time.perf_counter() - started) * 1000 / len(rows) / 2
        print(
            f"\n{name}: {len(rows)} docs, {scores['system'].gold} gold toponyms, "
            f"{per_doc_ms:.1f} ms per doc to resolve"
        )
        _print(scores)
        for line in misses[: args.misses]:
            print("   ", line)
    print(f"\nall sets: {sum(len(r) for r in sets.values())} docs")
    _print(totals)
    print("goals: " + ", ".join(f"{k} >= {v:.0%}" for k, v in GOALS.items()))


def _print(scores: dict[str, _Score]) -> None:
    columns = ("recall", "precision", "country", "acc@161", "mean km", "country*")
    print(f"  {'':9} " + " ".join(f"{c:>9}" for c in columns))
    for side, score in scores.items():
        r = score.row()
        print(
            f"  {side:9} {r['recall']:7.1%} {r['precision']:9.1%} {r['country']:8.1%} "
            f"{r['acc161']:8.1%} {r['mean_km']:8.0f} {r['country_all']:8.1%}"
        )


if __name__ == "__main__":
    main()
