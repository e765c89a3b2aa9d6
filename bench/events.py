"""Event coding on the PLOVER gold-standard records: type accuracy, precision, role accuracy.

    python bench/events.py [PATH] [--misses]

Per sentence, an emitted event "hits" when its type is the gold type. Type accuracy is
hits / sentences; precision is events whose type is the sentence's gold type / all events
emitted; role accuracy is the share of gold source and target country codes found on the
actors of the best hit (joint participants count for both roles), over hit sentences.
Gold codes: ISO alpha-3; IGO and NGO match an organisation actor; a few legacy codes are
mapped to ISO. Every event counts, flagged hypothetical or negated or not: the gold records
code announced and intended acts too.
"""

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from graph.models import Actor, ActorKind, Article, Event, ExtractedArticle
from ingest.pipeline import extract_events

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "events"
DEFAULT = DEV / "plover-gsr-dev.jsonl"
# Legacy CAMEO country codes in the records, mapped to ISO 3166 alpha-3.
LEGACY = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "UKG": "GBR"}
ORGANISATION_CODES = {"IGO", "NGO"}
# The records carry no dates; any fixed day serves as the anchor.
PUBLISHED = datetime(2000, 1, 15, tzinfo=UTC)


def _codes(role: object) -> list[str]:
    if not isinstance(role, list):
        return []
    codes = [str(a.get("code") or "") for a in role if isinstance(a, dict)]
    return [LEGACY.get(c, c) for c in codes if c]


def _found(codes: list[str], actors: Iterable[Actor]) -> int:
    actors = list(actors)
    countries = {a.country for a in actors if a.country}
    has_org = any(a.kind == ActorKind.ORGANISATION for a in actors)
    return sum(c in countries or (c in ORGANISATION_CODES and has_org) for c in codes)


def _role_hits(row: dict[str, object], event: Event, by_id: dict[str, Actor]) -> int:
    joint = [by_id[i] for i in event.participants]
    source = [by_id[i] for i in event.source] + joint
    target = [by_id[i] for i in event.target] + joint
    return _found(_codes(row["source"]), source) + _found(_codes(row["target"]), target)


def score(
    rows: list[dict[str, object]],
    results: list[ExtractedArticle],
    *,
    show_misses: bool = False,
    quiet: bool = False,
) -> dict[str, float]:
    """Type accuracy, precision and role accuracy of extracted events against gold rows."""
    hits = emitted = correct = roles_found = roles_total = 0
    per_type: Counter[str] = Counter()
    per_type_hits: Counter[str] = Counter()
    for row, result in zip(rows, results, strict=True):
        gold = str(row["type"])
        per_type[gold] += 1
        by_id = {a.id: a for a in result.actors}
        good = [e for e in result.events if e.type == gold]
        emitted += len(result.events)
        correct += len(good)
        if good:
            hits += 1
            per_type_hits[gold] += 1
            roles_total += len(_codes(row["source"])) + len(_codes(row["target"]))
            roles_found += max(_role_hits(row, e, by_id) for e in good)
        elif show_misses:
            got = ", ".join(f"{e.type}:{e.trigger}" for e in result.events) or "-"
            print(f"MISS {gold:9} got [{got}] {str(row['text'])[:110]}")
    for name in sorted(per_type) if not quiet else []:
        print(f"  {name:10} {per_type_hits[name]:3}/{per_type[name]:<3}")
    return {
        "sentences": len(rows),
        "events": emitted,
        "type_accuracy": hits / len(rows),
        "precision": correct / emitted if emitted else 0.0,
        "role_accuracy": roles_found / roles_total if roles_total else 0.0,
    }


def load_rows(path: Path) -> list[dict[str, object]]:
    """The gold records, one JSON object a line."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract_rows(rows: list[dict[str, object]]) -> list[ExtractedArticle]:
    """Run the whole extraction over each record's sentence as a one-sentence article."""
    articles = [
        Article(id=str(r["id"]), text=str(r["text"]).strip(), format="text", published_at=PUBLISHED)
        for r in rows
    ]
    return list(extract_events(articles))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="gold JSON Lines")
    parser.add_argument("--misses", action="store_true", help="print the missed sentences")
    args = parser.parse_args()
    path = args.path
    rows = load_rows(path)
    started = time.perf_counter()
    results = extract_rows(rows)
    elapsed = time.perf_counter() - started
    numbers = score(rows, results, show_misses=args.misses)
    print(
        f"{path.name}: {numbers['sentences']} sentences, {numbers['events']} events, {elapsed:.1f}s"
    )
    print(f"type accuracy  {numbers['type_accuracy']:.3f}  (goal >= 0.60)")
    print(f"precision      {numbers['precision']:.3f}  (goal >= 0.70)")
    print(f"role accuracy  {numbers['role_accuracy']:.3f}")


if __name__ == "__main__":
    main()
