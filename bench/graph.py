"""The graph store under load: write throughput, read latency, store size, query plans.

    python bench/graph.py [--scale 1.0] [--port 7699] [--batch 500] [--baseline 2000]
                          [--store DIR]

Generates a synthetic corpus (at scale 1: 100k articles, 20k actors with power-law
popularity, about 200k distinct events, some reported by several articles), starts its own
Neo4j on --port in a temporary directory and stops it at the end. Prints:
  - write throughput of `write_articles` in batches of --batch articles, against the same
    function called once per event (one transaction per event), as events/s and a ratio;
  - p50/p95 of actor timeline, dyad timeline, weekly counts and network for the most
    active actor and a median one;
  - for the most active actor, weekly counts, network and profile read from the write-time
    aggregates against the same answers read from its events one by one (the reads before
    the aggregates, kept here as the baseline), interleaved run by run, with a check that
    both give the same answer;
  - the home page's overview from the aggregates against the same answer read from the
    period's events (its reads before the aggregates), interleaved, answers compared;
  - beside each block of timings, the machine's load average;
  - store size on disk per million events;
  - the database hits and leaf operators of each read's PROFILE, flagging label or full
    scans, and the number of rows each sort or top operator was given.
With --store DIR the Neo4j store is kept in DIR and a later run with the same DIR skips
generating and writing the corpus (and so the write figures).
"""

import argparse
import math
import os
import random
import shutil
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
from neo4j import READ_ACCESS, Driver, NotificationDisabledClassification
from pydantic import SecretStr

from graph import localserver, queries, reads
from graph.driver import create_driver
from graph.filters import EARLIEST, LATEST, EventFilter
from graph.models import (
    QUAD_CLASS,
    Actor,
    ActorKind,
    DatePrecision,
    DateSource,
    Event,
    EventType,
    ExtractedArticle,
)
from graph.schema import aggregate_range, apply_schema, counterpart_ranks, day_range
from graph.settings import LocalServerSettings, Neo4jSettings
from graph.writes import event_key, write_articles

DATABASE = "neo4j"

# The hub reads as they were before the write-time aggregates, from the actor's events one
# by one: the in-run baseline of `reads.event_counts`, `reads.actor_network` and
# `reads.actor_profile`.
_ACTOR_EVENTS = """
MATCH (e:Event)-[i:INVOLVES]->(x:Actor)
USING INDEX i:INVOLVES(timeline_key)
WHERE i.timeline_key > $key_after AND i.timeline_key < $key_before AND x.id = $actor_id
  AND NOT e.hypothetical AND NOT e.negated
WITH DISTINCT e
"""
EVENTS_WEEKLY_COUNTS = f"""
{_ACTOR_EVENTS}
WITH date.truncate('week', e.date) AS bucket, e.type AS key
WITH bucket, key, count(*) AS n
ORDER BY bucket, key
RETURN collect([toString(bucket), key, n]) AS buckets
"""
EVENTS_NETWORK = f"""
{_ACTOR_EVENTS}
MATCH (x:Actor)<-[:INVOLVES]-(e)-[:INVOLVES]->(y:Actor)
WHERE x.id < y.id
WITH x, y, e.quad_class AS quad_class, count(DISTINCT e) AS n
WITH x, y, sum(n) AS weight, collect([quad_class, n]) AS by_quad_class
ORDER BY weight DESC, x.id, y.id
LIMIT 500
RETURN collect([x.id, y.id, weight]) AS edges
"""
EVENTS_PROFILE = """
MATCH (x:Actor {id: $actor_id})
CALL (x) {
  MATCH (x)<-[:INVOLVES]-(e:Event)
  WHERE NOT e.hypothetical AND NOT e.negated
  WITH DISTINCT e
  RETURN count(e) AS n_events, min(e.date) AS first_seen, max(e.date) AS last_seen,
         collect(e.type) AS types, collect(e.quad_class) AS quad_classes
}
RETURN n_events, first_seen, last_seen, types, quad_classes,
  COUNT { (x)<-[:MENTIONS]-(:Article) } AS n_articles,
  COLLECT {
    MATCH (x)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(y:Actor)
    WHERE y <> x AND NOT e.hypothetical AND NOT e.negated
    WITH y, count(DISTINCT e) AS n
    ORDER BY n DESC, y.id
    LIMIT 10
    RETURN [y.id, n] AS counterpart
  } AS counterparts
"""
# The home page's reads as they were before it was answered from the aggregates, from the
# period's events one by one: the in-run baseline of `reads.home_overview` (its latest date
# and reported events are read the same way both times).
_PERIOD_EVENTS = """
MATCH (e:Event)
WHERE e.date >= $date_from AND e.date <= $date_to AND NOT e.hypothetical AND NOT e.negated
"""
# Each actor's tallies by quad class (`rows`) to the home page's top actors and its largest
# changes, alike from events and from days.
_ACTORS_AND_CHANGES = """\
WITH collect({id: id, quad_class: quad_class, n: n, previous: previous}) AS rows
CALL (rows) {
  UNWIND rows AS r
  WITH r.id AS id, sum(r.n) AS n, sum(r.previous) AS previous
  WHERE n > 0
  ORDER BY n DESC, id LIMIT $limit
  RETURN collect([id, n, previous]) AS actors
}
CALL (rows) {
  UNWIND rows AS r
  WITH r ORDER BY abs(r.n - r.previous) DESC, r.n DESC, r.id, r.quad_class LIMIT $limit
  RETURN collect([r.id, r.quad_class, r.n, r.previous]) AS changes
}
RETURN actors, changes
"""
EVENTS_HOME_WEEKS = f"""
{_PERIOD_EVENTS}
WITH date.truncate('week', e.date) AS bucket, e.quad_class AS key
WITH bucket, key, count(*) AS n
ORDER BY bucket, key
RETURN collect([toString(bucket), key, n]) AS weeks
"""
EVENTS_HOME_ACTORS = f"""
MATCH (e:Event)
WHERE e.date >= $previous_from AND e.date <= $date_to AND NOT e.hypothetical AND NOT e.negated
MATCH (e)-[:INVOLVES]->(x)
WITH DISTINCT e, x.id AS id
WITH id, e.quad_class AS quad_class,
     sum(CASE WHEN e.date >= $date_from THEN 1 ELSE 0 END) AS n,
     sum(CASE WHEN e.date < $date_from THEN 1 ELSE 0 END) AS previous
{_ACTORS_AND_CHANGES}"""
EVENTS_HOME_DYADS = f"""
{_PERIOD_EVENTS}
MATCH (a:Actor)<-[:INVOLVES]-(e)-[:INVOLVES]->(b:Actor)
WHERE a.id < b.id
WITH DISTINCT e, a, b
WITH a, b, count(*) AS n
ORDER BY n DESC, a.id, b.id LIMIT $limit
RETURN collect([a.id, b.id, n]) AS dyads
"""
# The home page's actors and pairs as they were read before the weekly tallies, from every
# actor's days in both periods (`ActorDay`): the in-run baseline of the weekly tallies.
DAYS_HOME_ACTORS = f"""
MATCH (d:ActorDay)
WHERE d.date >= $previous_from AND d.date <= $date_to
WITH left(d.id, size(d.id) - 11) AS id, d.date >= $date_from AS current, d.n AS n
UNWIND $classes AS class
WITH id, class.quad_class AS quad_class, current,
     reduce(k = 0, i IN class.indexes | k + coalesce(n[i], 0)) AS k
WHERE k > 0
WITH id, quad_class,
     sum(CASE WHEN current THEN k ELSE 0 END) AS n,
     sum(CASE WHEN current THEN 0 ELSE k END) AS previous
{_ACTORS_AND_CHANGES}"""
DAYS_HOME_DYADS = """
MATCH (d:ActorDay)
WHERE d.date >= $date_from AND d.date <= $date_to AND size(d.pairs) > 0
WITH left(d.id, size(d.id) - 10) AS center, d.pairs AS pairs, d.pair_n AS counts
UNWIND range(0, size(pairs) - 1) AS i
WITH pairs[i] AS pair, counts[i] AS n
WHERE n > 0 AND pair STARTS WITH center
WITH split(pair, '|') AS ends, n
WITH ends[0] AS a_id, ends[1] AS b_id, sum(n) AS n
ORDER BY n DESC, a_id, b_id LIMIT $limit
RETURN collect([a_id, b_id, n]) AS dyads
"""
START = date(2023, 1, 1)
DAYS = 730
TYPES = list(EventType)
SORTS = {"Sort", "Top", "PartialSort", "PartialTop"}
SCANS = {
    "AllNodesScan",
    "NodeByLabelScan",
    "DirectedRelationshipTypeScan",
    "UndirectedRelationshipTypeScan",
    "NodeIndexScan",
}


def zipf_sampler(n: int, rng: random.Random, s: float = 1.0) -> Callable[[], int]:
    """Draw ranks 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""
    cumulative = []
    total = 0.0
    for rank in range(n):
        total += 1.0 / (rank + 1) ** s
        cumulative.append(total)
    population = range(n)
    return lambda: rng.choices(population, cum_weights=cumulative)[0]


def make_actors(n: int, rng: random.Random) -> list[Actor]:
    """Countries first (the most popular ranks), then people, organisations and groups."""
    n_countries = min(200, n // 10)
    actors = [
        Actor(
            id=f"country:C{i:03d}",
            name=f"Country {i}",
            kind=ActorKind.COUNTRY,
            country=f"C{i:03d}",
            aliases=[f"Capital {i}"],
        )
        for i in range(n_countries)
    ]
    kinds = [ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.GROUP]
    for i in range(n - n_countries):
        kind = kinds[i % len(kinds)]
        actors.append(
            Actor(
                id=f"{kind.value}:a{i}",
                name=f"Actor {i} {kind.value}",
                kind=kind,
                country=f"C{rng.randrange(n_countries):03d}",
            )
        )
    # Shuffle all but the first ten, so popularity is not sorted by kind.
    head, tail = actors[:10], actors[10:]
    rng.shuffle(tail)
    return head + tail


def make_corpus(scale: float, seed: int = 7) -> tuple[list[ExtractedArticle], list[Actor]]:
    """Articles with 1-3 events each; one event in ten repeats an earlier one (merged)."""
    rng = random.Random(seed)
    n_articles = int(100_000 * scale)
    actors = make_actors(int(20_000 * scale), rng)
    pick_actor = zipf_sampler(len(actors), rng)
    pick_source = zipf_sampler(200, rng)
    by_id = {a.id: a for a in actors}
    earlier: list[tuple[EventType, str, str, date, DatePrecision]] = []
    articles = []
    for i in range(n_articles):
        published = START + timedelta(days=rng.randrange(DAYS))
        events: list[Event] = []
        involved: dict[str, Actor] = {}
        for n in range(rng.choice((1, 2, 3, 3))):
            if earlier and rng.random() < 1 / 10:
                etype, a_id, b_id, day, precision = rng.choice(earlier)
            else:
                a, b = actors[pick_actor()], actors[pick_actor()]
                while b.id == a.id:
                    b = actors[pick_actor()]
                a_id, b_id, etype = a.id, b.id, rng.choice(TYPES)
                day = published - timedelta(days=rng.randrange(3))
                roll = rng.random()
                precision = (
                    DatePrecision.DAY
                    if roll < 0.9
                    else DatePrecision.MONTH
                    if roll < 0.98
                    else DatePrecision.YEAR
                )
                earlier.append((etype, a_id, b_id, day, precision))
            for actor_id in (a_id, b_id):
                involved[actor_id] = by_id[actor_id]
            sentence = f"Sentence {n} of article {i}."
            events.append(
                Event(
                    id=f"a{i}#{n}",
                    type=etype,
                    quad_class=QUAD_CLASS[etype],
                    date=day,
                    date_precision=precision,
                    date_source=DateSource.SENTENCE,
                    source=[a_id],
                    target=[b_id],
                    sentence=sentence,
                    start=n * 40,
                    end=n * 40 + len(sentence),
                    trigger="said",
                    confidence=round(rng.random(), 2),
                    hypothetical=rng.random() < 0.05,
                )
            )
        articles.append(
            ExtractedArticle(
                id=f"a{i}",
                url=f"https://source{pick_source()}.example/{i}",
                title=f"Article {i}",
                published_at=datetime.combine(published, datetime.min.time(), UTC)
                + timedelta(hours=rng.randrange(24)),
                language="en",
                text="",
                format="synthetic",
                actors=list(involved.values()),
                events=events,
            )
        )
    return articles, actors


def write_batched(driver: Driver, articles: list[ExtractedArticle], batch: int) -> float:
    """Write the corpus in batches; return the seconds taken."""
    started = time.perf_counter()
    for i in range(0, len(articles), batch):
        write_articles(
            driver, articles[i : i + batch], database=DATABASE, extractor_version="bench-1"
        )
        if (i // batch) % 20 == 0:
            print(
                f"  {i + batch:>7} articles written, {time.perf_counter() - started:6.1f} s",
                flush=True,
            )
    return time.perf_counter() - started


def write_one_per_event(driver: Driver, articles: list[ExtractedArticle], n: int) -> float:
    """The baseline: the same write, one transaction per event; return events per second."""
    singles = []
    for article in articles:
        for event in article.events:
            singles.append(article.model_copy(update={"id": f"base-{event.id}", "events": [event]}))
    singles = singles[:n]
    started = time.perf_counter()
    for single in singles:
        write_articles(driver, [single], database=DATABASE, extractor_version="bench-1")
    return len(singles) / (time.perf_counter() - started)


def timed(call: Callable[[], object], runs: int = 40, warmup: int = 5) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[math.ceil(0.95 * len(samples)) - 1]


def timed_pair(
    before: Callable[[], object], after: Callable[[], object], runs: int = 40, warmup: int = 5
) -> tuple[tuple[float, float], tuple[float, float]]:
    """p50 and p95 in milliseconds of two calls, alternated run by run (the machine is shared)."""
    b, a = timed_interleaved((before, after), runs=runs, warmup=warmup)
    return b, a


def timed_interleaved(
    calls: tuple[Callable[[], object], ...], runs: int = 40, warmup: int = 5
) -> list[tuple[float, float]]:
    """p50 and p95 in milliseconds of each call, taken in turn run by run."""
    samples: list[list[float]] = [[] for _ in calls]
    for run in range(warmup + runs):
        for call, times in zip(calls, samples, strict=True):
            started = time.perf_counter()
            call()
            if run >= warmup:
                times.append((time.perf_counter() - started) * 1000)
    quantiles = []
    for times in samples:
        times.sort()
        quantiles.append((statistics.median(times), times[math.ceil(0.95 * len(times)) - 1]))
    return quantiles


def hub_before_after(driver: Driver, actor_id: str, window_from: date, window_to: date) -> None:
    """The hub's weekly counts, network and profile: from its events, then from aggregates."""

    def read(query: str, **params: Any) -> Any:
        # An auto-commit read transaction, as `graph.reads` runs its queries.
        with driver.session(database=DATABASE, default_access_mode=READ_ACCESS) as session:
            [record] = list(session.run(query, params))
        return record

    def from_events(query: str, date_from: date, date_to: date) -> Any:
        window = {"date_from": date_from, "date_to": date_to, "after_date": None}
        return read(query, actor_id=actor_id, **reads.timeline_bounds(actor_id, window))

    def weekly_before() -> Any:
        return from_events(EVENTS_WEEKLY_COUNTS, START, window_to)["buckets"]

    def weekly_after() -> Any:
        buckets = reads.event_counts(
            driver,
            EventFilter(actor=actor_id, date_from=START, date_to=window_to),
            database=DATABASE,
            interval="week",
        )
        return [[b.bucket.isoformat(), b.key, b.n] for b in buckets]

    def network_before() -> Any:
        return from_events(EVENTS_NETWORK, window_from, window_to)["edges"]

    def network_after() -> Any:
        network = reads.actor_network(
            driver, actor_id, database=DATABASE, date_from=window_from, date_to=window_to
        )
        assert network is not None
        return [[e.source, e.target, e.weight] for e in network.edges]

    def profile_before() -> Any:
        r = read(EVENTS_PROFILE, actor_id=actor_id)
        return [
            r["n_events"],
            r["first_seen"].to_native(),
            r["last_seen"].to_native(),
            Counter(r["types"]),
            r["n_articles"],
            [tuple(c) for c in r["counterparts"]],
        ]

    def profile_after() -> Any:
        p = reads.actor_profile(driver, actor_id, database=DATABASE)
        assert p is not None
        return [
            p.n_events,
            p.first_seen,
            p.last_seen,
            Counter(p.counts_by_type),
            p.n_articles,
            [(c.id, c.n) for c in p.top_counterparts],
        ]

    print(f"\n  top actor {actor_id}: from its events (before) vs from aggregates (after),")
    print(f"  ms p50 / p95, interleaved run by run; goal: p95 after < 50 ms; load {_load()}")
    for name, before, after in (
        ("weekly counts (2 y)", weekly_before, weekly_after),
        ("network (90 d)", network_before, network_after),
        ("profile", profile_before, profile_after),
    ):
        same = "same answer" if before() == after() else "ANSWERS DIFFER"
        (b50, b95), (a50, a95) = timed_pair(before, after)
        print(
            f"    {name:<22} before {b50:6.1f} / {b95:6.1f}   after {a50:6.1f} / {a95:6.1f}"
            f"   p95 before/after {b95 / a95:5.1f}x   {same}"
        )


def overview_before_after(driver: Driver) -> None:
    """The home page's overview: from the period's events, then from the aggregates."""
    default = reads.home_overview(driver, database=DATABASE)
    period = {
        "date_from": default.date_from,
        "date_to": default.date_to,
        "previous_from": default.previous_from,
        "min_sources": 2,
        "limit": 10,
    }

    def read(query: str) -> Any:
        with driver.session(database=DATABASE, default_access_mode=READ_ACCESS) as session:
            [record] = list(session.run(query, period))
        return record

    def before() -> Any:
        read(queries.LATEST_EVENT_DATE)
        read(queries.HOME_REPORTED)
        actors = read(EVENTS_HOME_ACTORS)
        return [
            read(EVENTS_HOME_WEEKS)["weeks"],
            actors["actors"],
            actors["changes"],
            read(EVENTS_HOME_DYADS)["dyads"],
        ]

    def days() -> Any:
        # The overview as read before the weekly tallies: every actor's days in both periods.
        read(queries.LATEST_EVENT_DATE)
        read(queries.HOME_REPORTED)
        with driver.session(database=DATABASE, default_access_mode=READ_ACCESS) as session:
            [actors] = list(session.run(DAYS_HOME_ACTORS, period, classes=reads._CLASS_INDEXES))
        weeks = reads.event_counts(
            driver,
            EventFilter(date_from=default.date_from, date_to=default.date_to),
            database=DATABASE,
            interval="week",
            by="quad_class",
        )
        return [
            [[w.bucket.isoformat(), w.key, w.n] for w in weeks],
            actors["actors"],
            actors["changes"],
            read(DAYS_HOME_DYADS)["dyads"],
        ]

    def after() -> Any:
        o = reads.home_overview(driver, database=DATABASE)
        return [
            [[w.bucket.isoformat(), w.key, w.n] for w in o.weeks],
            [[a.actor.id, a.n, a.previous] for a in o.actors],
            [[c.actor.id, c.quad_class.value, c.n, c.previous] for c in o.changes],
            [[d.a.id, d.b.id, d.n] for d in o.dyads],
        ]

    answer = after()
    same = "same answer" if before() == answer else "ANSWERS DIFFER"
    same_days = "same answer" if days() == answer else "ANSWERS DIFFER"
    (b50, b95), (d50, d95), (a50, a95) = timed_interleaved((before, days, after), 20, 2)
    print(
        f"\n  home overview ({default.date_from} to {default.date_to}, against the period from "
        f"{default.previous_from}): from its events (before), from the day tallies alone "
        f"(days) vs\n  from the week and day tallies (after), ms p50 / p95, interleaved; "
        f"load average {_load()}\n"
        f"    {'overview':<22} before {b50:6.1f} / {b95:6.1f}   after {a50:6.1f} / {a95:6.1f}"
        f"   p50 before/after {b50 / a50:5.1f}x   {same}\n"
        f"    {'overview':<22} days   {d50:6.1f} / {d95:6.1f}   after {a50:6.1f} / {a95:6.1f}"
        f"   p50 days/after   {d50 / a50:5.1f}x   {same_days}"
    )


def actor_degrees(driver: Driver) -> list[tuple[str, int]]:
    """(actor id, events) for every actor with events, most active first."""
    records, _, _ = driver.execute_query(
        "MATCH (x:Actor) RETURN x.id AS id, COUNT { (x)<-[:INVOLVES]-() } AS n ORDER BY n DESC",
        database_=DATABASE,
    )
    return [(r["id"], r["n"]) for r in records if r["n"] > 0]


def top_counterpart(driver: Driver, actor_id: str) -> str:
    profile = reads.actor_profile(driver, actor_id, database=DATABASE, top=1)
    assert profile is not None and profile.top_counterparts
    return profile.top_counterparts[0].id


def leaf_operators(plan: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """The operators a plan starts from (its leaves, subqueries too) and the rows each gave."""
    children = plan.get("children") or []
    if not children:
        yield str(plan.get("operatorType", "?")).split("@")[0], int(plan.get("rows", 0))
    for child in children:
        yield from leaf_operators(child)


def sorts(plan: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """The sorting operators of a plan and how many rows each was given to sort."""
    children = plan.get("children") or []
    name = str(plan.get("operatorType", "?")).split("@")[0]
    if name in SORTS:
        yield name, sum(int(child.get("rows", 0)) for child in children)
    for child in children:
        yield from sorts(child)


def profile(driver: Driver, name: str, query: str, params: dict[str, Any]) -> None:
    """Print the leaf operators of the query's PROFILE; flag scans that read many rows."""
    with driver.session(
        database=DATABASE,
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    ) as session:
        result = session.run("PROFILE " + query, params)
        list(result)  # the profile is complete once every row is read
        summary = result.consume()
    leaves = list(leaf_operators(summary.profile or {}))
    # An ordered index scan under LIMIT 1 (first/last event date) reads one row: not a scan.
    scans = [f"{op} ({rows} rows)" for op, rows in leaves if op in SCANS and rows > 1]
    verdict = "SCAN: " + ", ".join(scans) if scans else "seeks only"
    # A sort of every matching row is what keeps a busy actor's page from costing one page.
    sorted_rows = [f"{op} of {rows}" for op, rows in sorts(summary.profile or {})]
    if sorted_rows:
        verdict += "; " + ", ".join(sorted_rows)
    counts = Counter(op for op, _ in leaves if op != "Argument")
    ops = ", ".join(f"{op} x{n}" if n > 1 else op for op, n in sorted(counts.items()))
    # Database hits are the load-independent measure of a read's cost.
    print(f"  {name:<24} {db_hits(summary.profile or {}):>8} db hits  {verdict:<12} [{ops}]")


def db_hits(plan: dict[str, Any]) -> int:
    """The database hits of a plan and all its operators."""
    return int(plan.get("dbHits", 0)) + sum(db_hits(c) for c in plan.get("children") or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--port", type=int, default=7699)
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    parser.add_argument("--baseline", type=int, default=2000, help="events in the baseline")
    parser.add_argument("--store", type=Path, help="keep the written store here, reuse it")
    args = parser.parse_args()

    home = args.store or Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    marker = home / "bench-corpus-written"  # written once the whole corpus is in
    neo4j = Neo4jSettings(
        uri=f"bolt://127.0.0.1:{args.port}",
        password=SecretStr("newsgraph-bench"),
        database=DATABASE,
    )
    server = LocalServerSettings(home=home, heap="2g", pagecache_mb=2048)
    localserver.start(server, neo4j)
    driver = create_driver(neo4j, retry_seconds=60)
    try:
        started = time.perf_counter()
        apply_schema(driver, database=DATABASE)  # fills tallies a stored corpus lacks
        print(f"schema applied in {time.perf_counter() - started:.1f} s")
        if marker.exists():
            print(f"corpus: written before in {home} ({marker.read_text().strip()})")
        else:
            write(driver, args)
            marker.write_text(f"scale {args.scale}\n")
        events = run(driver)
        driver.close()
        localserver.stop(server, neo4j)  # shutting down checkpoints the store to its files
        store = _size(home / "data" / "databases")
        logs = _size(home / "data" / "transactions")
        per_million = 1e6 / events / 2**20
        print(
            f"\nstore on disk: {store / 2**20:.0f} MiB = {store * per_million:,.0f} MiB per "
            f"million events; transaction logs {logs / 2**20:.0f} MiB "
            f"({logs * per_million:,.0f} MiB per million events)"
        )
    finally:
        driver.close()
        localserver.stop(server, neo4j)
        if args.store is None:
            shutil.rmtree(home, ignore_errors=True)


def write(driver: Driver, args: argparse.Namespace) -> None:
    """Generate and write the corpus, batched, then a few events one transaction each."""
    t0 = time.perf_counter()
    articles, actors = make_corpus(args.scale)
    n_reports = sum(len(a.events) for a in articles)
    n_events = len({event_key(e) for a in articles for e in a.events})
    print(
        f"corpus: {len(articles)} articles, {len(actors)} actors, {n_reports} reports of "
        f"{n_events} distinct events (generated in {time.perf_counter() - t0:.0f} s)"
    )
    print(f"\nwrites (batches of {args.batch} articles, one transaction each):")
    seconds = write_batched(driver, articles, args.batch)
    n_reports = sum(len(a.events) for a in articles)
    batched = n_reports / seconds
    print(
        f"  batched:  {n_reports} events in {seconds:.1f} s = {batched:,.0f} events/s "
        f"({len(articles) / seconds:,.0f} articles/s)"
    )
    rate = write_one_per_event(driver, articles, args.baseline)
    print(
        f"  baseline: one transaction per event = {rate:,.0f} events/s "
        f"(over {args.baseline} events)"
    )
    print(f"  ratio batched / baseline: {batched / rate:.1f}x")


def run(driver: Driver) -> int:
    """Time the reads, check the plans; return the number of stored events."""
    stats = reads.graph_stats(driver, database=DATABASE)
    print(
        f"\ngraph: {stats.events} events, {stats.actors} actors, {stats.articles} articles, "
        f"{stats.reports} reports, {stats.involvements} involvements, "
        f"{stats.mentions} mentions"
    )

    degrees = actor_degrees(driver)
    top_id, top_n = degrees[0]
    median_id, median_n = degrees[len(degrees) // 2]
    window_to = START + timedelta(days=DAYS)
    window_from = window_to - timedelta(days=90)
    print(f"\nread latency, ms (p50 / p95 over 40 runs, warm), load average {_load()}:")
    for label, actor_id, n in (("top", top_id, top_n), ("median", median_id, median_n)):
        other = top_counterpart(driver, actor_id)
        cases = actor_reads(driver, actor_id, other, window_from, window_to)
        print(f"  {label} actor {actor_id} ({n} events):")
        for name, call in cases.items():
            p50, p95 = timed(call)
            print(f"    {name:<22} {p50:7.1f} / {p95:7.1f}")
    hub_before_after(driver, top_id, window_from, window_to)
    overview_before_after(driver)
    month_from = window_to - timedelta(days=30)
    for name, call in {
        "all events, weekly counts (30 d)": lambda: reads.event_counts(
            driver,
            EventFilter(date_from=month_from, date_to=window_to),
            database=DATABASE,
            interval="week",
        ),
        "events search (newest 100)": lambda: reads.events_search(driver, database=DATABASE),
        "search actors 'actr 12'": lambda: reads.search_actors(
            driver, "actr 12", database=DATABASE
        ),
    }.items():
        p50, p95 = timed(call)
        print(f"  {name:<34} {p50:7.1f} / {p95:7.1f}")

    window = {"date_from": START, "date_to": window_to}
    filters = {
        "types": None,
        "quad_classes": None,
        "source": None,
        "min_articles": None,
        "include_hypothetical": False,
        "include_negated": False,
        "after_date": None,
        "after_id": None,
        "place_ids": None,
        "limit": 51,
        **window,
    }
    weeks, days = reads._weeks_and_days(START, window_to, current=True)  # the weekly chart's
    some_event = reads.actor_timeline(driver, top_id, database=DATABASE).items[0].id
    print("\nquery plans (PROFILE, leaf operators):")
    plans: list[tuple[str, str, dict[str, Any]]] = [
        (
            "top actor timeline",
            queries.ACTOR_TIMELINE,
            {
                **filters,
                **reads.timeline_bounds(top_id, filters),
                "actor_id": top_id,
                "role": None,
            },
        ),
        (
            "dyad timeline",
            queries.DYAD_TIMELINE,
            {
                **filters,
                **reads.timeline_bounds(median_id, filters),
                "a": top_id,
                "b": median_id,
                "actor_id": median_id,  # the sparser of the two
                "directed": False,
            },
        ),
        ("country events", queries.COUNTRY_EVENTS, {**filters, "country": "C001"}),
        ("dated events", queries.DATED_EVENTS, filters),
        (
            "top actor weekly counts",
            queries.ACTOR_TALLY_COUNTS,
            {
                "weeks": [aggregate_range(top_id, w["date_from"], w["date_to"]) for w in weeks],
                "days": [aggregate_range(top_id, d["date_from"], d["date_to"]) for d in days],
            },
        ),
        ("day counts", queries.DAY_COUNTS, day_range(month_from, window_to)),
        (
            "country counts",
            queries.COUNTRY_EVENT_COUNTS,
            {**filters, "country": "C001", "interval": "week", "by": "type"},
        ),
        ("event detail", queries.EVENT_DETAIL, {"event_id": some_event}),
        (
            "top actor profile",
            queries.ACTOR_PROFILE,
            {
                "actor_id": top_id,
                "top": 10,
                **aggregate_range(top_id, EARLIEST, LATEST),
                **counterpart_ranks(top_id),
            },
        ),
        (
            "top actor day pairs",
            queries.ACTOR_DAY_PAIRS,
            {**aggregate_range(top_id, window_from, window_to), "actor_id": top_id},
        ),
        ("interaction path", queries.INTERACTION_PATH, {"a": median_id, "b": top_id}),
        (
            "search actors",
            queries.SEARCH_ACTORS,
            {
                "index": "actor_names",
                "lucene": "actor*",
                "kind": None,
                "country": None,
                "limit": 10,
                "candidates": 10,
            },
        ),
        ("article", queries.ARTICLE, {"article_id": "a1"}),
        ("graph stats", queries.GRAPH_STATS, {}),
    ]
    for name, query, params in plans:
        profile(driver, name, query, params)
    return stats.events


def actor_reads(
    driver: Driver, actor_id: str, other: str, window_from: date, window_to: date
) -> dict[str, Callable[[], object]]:
    """The timed reads of one actor."""

    def timeline() -> object:
        return reads.actor_timeline(driver, actor_id, database=DATABASE)

    def second_page() -> object:
        first = reads.actor_timeline(driver, actor_id, database=DATABASE)
        return reads.actor_timeline(driver, actor_id, database=DATABASE, after=first.next_after)

    def dyad() -> object:
        return reads.dyad_timeline(driver, actor_id, other, database=DATABASE)

    def weekly() -> object:
        return reads.event_counts(
            driver,
            EventFilter(actor=actor_id, date_from=START, date_to=window_to),
            database=DATABASE,
            interval="week",
        )

    def network() -> object:
        return reads.actor_network(
            driver, actor_id, database=DATABASE, date_from=window_from, date_to=window_to
        )

    def card() -> object:
        return reads.actor_profile(driver, actor_id, database=DATABASE)

    return {
        "actor timeline": timeline,
        "timeline pages 1+2": second_page,
        "dyad timeline": dyad,
        "weekly counts (2 y)": weekly,
        "network (90 d)": network,
        "profile": card,
    }


def _load() -> str:
    """The machine's load average (1/5/15 min) and cores: latency figures depend on it."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


if __name__ == "__main__":
    main()
