"""A generated corpus for the ingest tests: short articles with clear events, and bad items.

Every good article is a JSON record with its own URL (so its id is known in advance), a
publication date and one or two sentences that name an event between two countries.
The bad items cannot be read: an empty file, a binary file, and a record whose URL has a
port out of range (its file holds it alone, so its item name is known in advance).
"""

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from graph.settings import Neo4jSettings
from ingest.read.articles import article_id

PAIRS = [
    ("Japan", "South Korea"),
    ("France", "Germany"),
    ("Brazil", "Argentina"),
    ("India", "Pakistan"),
    ("Egypt", "Ethiopia"),
    ("Canada", "Mexico"),
    ("Turkey", "Greece"),
    ("Kenya", "Uganda"),
    ("Norway", "Sweden"),
    ("Vietnam", "China"),
]
TEMPLATES = [
    "{a} and {b} signed a trade agreement in the capital on {day}. Officials from both "
    "governments said the deal would cut tariffs on farm goods.",
    "{a} accused {b} of violating its airspace on {day}. The foreign ministry said it "
    "would lodge a formal complaint.",
    "{a} pledged humanitarian aid to {b} on {day} after heavy floods. The money will pay "
    "for shelters and clean water.",
    "The leaders of {a} and {b} met in Geneva on {day} to discuss border security. Both "
    "sides described the talks as constructive.",
    "{a} imposed sanctions on {b} on {day}, freezing the assets of several state banks.",
    "{a} rejected a proposal from {b} on {day} to share the disputed fishing grounds.",
    "{a} threatened {b} with new tariffs on {day} if the talks on steel exports fail.",
    "Troops from {a} attacked positions held by {b} near the border on {day}, the army said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
BROKEN = ("empty.txt", "binary.txt", "bad-port.jsonl#1")


@dataclass(frozen=True)
class Corpus:
    directory: Path
    good_ids: list[str]  # the ids of the articles that must end in the graph


def write_corpus(directory: Path, *, count: int = 200, per_file: int = 25) -> Corpus:
    """Write `count` good articles as JSON Lines files plus the bad items; return their ids."""
    directory.mkdir(parents=True, exist_ok=True)
    records = [_record(n) for n in range(count)]
    for start in range(0, count, per_file):
        lines = [json.dumps(r) for r in records[start : start + per_file]]
        (directory / f"articles-{start // per_file:03d}.jsonl").write_text("\n".join(lines))
    (directory / "empty.txt").write_text("")
    (directory / "binary.txt").write_bytes(bytes(range(256)) * 40)
    bad_port = _record(count) | {"url": "https://news.example:99999/world/bad-port"}
    (directory / "bad-port.jsonl").write_text(json.dumps(bad_port))
    return Corpus(directory=directory, good_ids=[article_id(r["url"], r["text"]) for r in records])


def _record(n: int) -> dict[str, str]:
    a, b = PAIRS[n % len(PAIRS)]
    template = TEMPLATES[(n // len(PAIRS)) % len(TEMPLATES)]
    day = DAYS[n % len(DAYS)]
    return {
        "url": f"https://news.example/world/{n:04d}",
        "title": f"Dispatch {n}: {a} and {b}",
        "source": "Example News",
        "published": f"2025-03-{1 + n % 28:02d}T09:00:00Z",
        "text": template.format(a=a, b=b, day=day),
    }


def cli_env(neo4j: Neo4jSettings, **variables: str) -> dict[str, str]:
    """The environment of a `newsgraph` subprocess talking to the test servers."""
    env = dict(os.environ)
    env.update(
        NEO4J_URI=neo4j.uri,
        NEO4J_PASSWORD=neo4j.password.get_secret_value(),
        NEO4J_DATABASE=neo4j.database,
        PYTHONUNBUFFERED="1",
    )
    env.update(variables)
    return env


NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))
