"""End-to-end ingest throughput: `run_ingest` with 1 and 2 NLP processes, beside NLP alone.

    python bench/ingest.py [--articles N] [--port P]

Corpus: the articleBody texts of ../shared/eval/extraction/aeb-dev/ground-truth.json, each
repeated under distinct URLs (so distinct article ids) until there are N articles (default
1,000; at least two copies of each), written as JSON Lines to a temporary directory. The
benchmark starts its own Neo4j (temporary directory, --port, default NEWSGRAPH_BENCH_NEO4J_PORT
or 7727) and stops it at the end.

Sides, each timed from the pool's creation to its last result (the model loads inside, as in
a real run), for P = 1 and 2 processes:
  nlp P        the same batches through `extract_batch` in a pool of P: no reading, no Neo4j
  ingest P     `run_ingest(..., workers=P)` on an empty graph: read, skip check, NLP, writes
Prints articles/s, ingest/nlp for each P (goal >= 0.8: writes hidden behind NLP), the
ingest 2 / ingest 1 speed-up (goal >= 1.7 on 2 free cores) with the load average of the
machine beside it (a busy machine cannot give a second process a free core) and the
ceiling the machine sets on it (all its cores busy with the CPU per article of the 2-process
run, over the 1-process rate), and peak resident memory of the main process and of the
largest NLP process. Each ingest side also
prints where the CPU went, in ms per article (wall time measures the neighbours): the main
process (reading, skip checks, the driver's side of the writes), the NLP processes (their
model loads included, as in a real run) and the Neo4j server (its JVM, idle work included).

Then the cost of watches on the write path: the extracted corpus written in batches of 32 on
an empty graph with no watch, and with 100 watches defined (on its busiest actors and
countries, event types and quad classes), best of 3 runs each: articles/s and the ratio.

Last, what the database does per written article, which the load does not change: every
statement of the write transaction PROFILEd, database hits per article by statement, for
the bodies' first copies on an empty graph, their second copies (the same events reported
again) and the first copies written again. `--profile-only` prints this part alone.
"""

import argparse
import json
import logging
import math
import os
import re
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any, cast

import _syspath  # noqa: F401  (first: bench/ must not shadow the packages)
from neo4j import Driver, ManagedTransaction, ResultSummary, Session
from pydantic import SecretStr

from graph import localserver, queries
from graph.driver import create_driver
from graph.models import QUAD_CLASS, Article, ExtractedArticle
from graph.schema import apply_schema
from graph.settings import LocalServerSettings, Neo4jSettings
from graph.watches import WatchFilter, create_watch
from graph.writes import write_articles
from ingest.read.sources import read_articles
from ingest.run.batch import extract_batch
from ingest.run.local import run_ingest, start_nlp_process
from ingest.settings import EXTRACTOR_VERSION

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "eval" / "extraction" / "aeb-dev" / "ground-truth.json"
BATCH = 32
PUBLISHED = "2025-01-22T12:00:00Z"


def main() -> None:
    idle_load = os.getloadavg()  # before this bench adds its own processes
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)  # hints on an empty graph
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size")
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("NEWSGRAPH_BENCH_NEO4J_PORT", "7727")),
        help="Bolt port of the benchmark's own Neo4j",
    )
    parser.add_argument(
        "--profile-only", action="store_true", help="only the write path's database hits"
    )
    args = parser.parse_args()
    wanted = args.articles
    bodies = [v["articleBody"] for v in json.loads(CORPUS.read_text("utf-8")).values()]
    bodies = [b for b in bodies if b and b.strip()]
    copies = max(2, math.ceil(wanted / len(bodies)))  # the write profile reports each twice
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        _write_corpus(corpus, bodies, copies)
        articles = [a for a in read_articles([str(corpus)]) if isinstance(a, Article)]
        words = sum(len(a.text.split()) for a in articles)
        print(f"corpus: {len(articles)} articles ({len(bodies)} bodies x {copies}), {words} words")
        server, neo4j = _bench_server(Path(tmp) / "neo4j", args.port)
        started = localserver.start(server, neo4j)
        assert started.pid is not None
        try:
            if not args.profile_only:
                _compare(corpus, articles, neo4j, idle_load, started.pid)
            batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
            extracted = [
                x for b in batches for x in extract_batch(b) if isinstance(x, ExtractedArticle)
            ]
            if not args.profile_only:
                _watch_cost(extracted, neo4j)
            _write_profile(extracted, len(bodies), neo4j)
        finally:
            localserver.stop(server, neo4j)


def _compare(
    corpus: Path,
    articles: list[Article],
    neo4j: Neo4jSettings,
    idle_load: tuple[float, ...],
    server_pid: int,
) -> None:
    rates: dict[str, float] = {}
    cpu_ms: dict[int, float] = {}  # all CPU per article (main, NLP, Neo4j) by processes
    with create_driver(neo4j) as driver:
        apply_schema(driver, database=neo4j.database)
        for processes in (1, 2):
            seconds = _nlp_only(articles, processes)
            rates[f"nlp {processes}"] = len(articles) / seconds
            _empty(driver, neo4j.database)
            cpu_before = _cpu_seconds(server_pid)
            started = time.perf_counter()
            summary = run_ingest(
                driver,
                [str(corpus)],
                database=neo4j.database,
                workers=processes,
                batch_size=BATCH,
                extractor_version=EXTRACTOR_VERSION,
            )
            seconds = time.perf_counter() - started
            cpu = [
                1000 * (b - a) / len(articles)
                for a, b in zip(cpu_before, _cpu_seconds(server_pid), strict=True)
            ]
            assert summary.ingested == len(articles), summary.describe()
            rates[f"ingest {processes}"] = len(articles) / seconds
            cpu_ms[processes] = sum(cpu)
            print(f"ingest {processes}: {summary.describe()}")
            print(
                f"  CPU ms per article: main process {cpu[0]:.1f}, NLP processes {cpu[1]:.1f},"
                f" Neo4j {cpu[2]:.1f}; load average {_loads(os.getloadavg())}"
            )
    for name, rate in rates.items():
        print(f"{name:9} {rate:7.2f} articles/s")
    for processes in (1, 2):
        ratio = rates[f"ingest {processes}"] / rates[f"nlp {processes}"]
        print(f"ingest/nlp with {processes} process(es): {ratio:.2f}  (goal >= 0.8)")
    print(
        f"ingest 2 / ingest 1: {rates['ingest 2'] / rates['ingest 1']:.2f}  (goal >= 1.7 idle)"
        f"  load average 1/5/15 min before the bench {_loads(idle_load)}, after"
        f" {_loads(os.getloadavg())} on {os.cpu_count()} cores"
    )
    # However well the processes scale, every core busy with the CPU each article took in
    # the 2-process run is as fast as ingest 2 can go on this machine.
    cores = os.cpu_count() or 1
    ceiling = cores * 1000 / cpu_ms[2] / rates["ingest 1"]
    print(
        f"  this machine's ceiling for that ratio: {ceiling:.2f} ({cores} cores,"
        f" {cpu_ms[2]:.1f} CPU ms per article with 2 processes)"
    )
    main_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    child_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"peak RSS: main process {main_mib} MiB, largest NLP process {child_mib} MiB")


def _cpu_seconds(server_pid: int) -> tuple[float, float, float]:
    """CPU seconds so far of this process, of its reaped children (the NLP pools), and of
    the Neo4j server (which is not reaped until it stops, so not among the children)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # /proc/PID/stat: utime and stime are the 14th and 15th fields, in clock ticks.
    fields = Path(f"/proc/{server_pid}/stat").read_text().rsplit(")", 1)[1].split()
    server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return time.process_time(), children.ru_utime + children.ru_stime, server


def _loads(load: tuple[float, ...]) -> str:
    return "/".join(f"{x:.1f}" for x in load)


def _watch_cost(extracted: list[ExtractedArticle], neo4j: Neo4jSettings, runs: int = 3) -> None:
    """Write the extracted corpus with no watch and with 100 watches; print the ratio."""
    rates: dict[int, float] = {}
    with create_driver(neo4j) as driver:
        for watches in (0, 100):
            best = 0.0
            for _ in range(runs):
                _empty(driver, neo4j.database)
                for spec in _watches(extracted, watches):
                    create_watch(driver, spec, database=neo4j.database)
                started = time.perf_counter()
                for i in range(0, len(extracted), BATCH):
                    write_articles(
                        driver,
                        extracted[i : i + BATCH],
                        database=neo4j.database,
                        extractor_version=EXTRACTOR_VERSION,
                    )
                best = max(best, len(extracted) / (time.perf_counter() - started))
            records, _, _ = driver.execute_query(
                "MATCH (d:Delivery) RETURN count(d) AS n", database_=neo4j.database
            )
            rates[watches] = best
            print(
                f"writes with {watches:3} watches: {best:7.1f} articles/s "
                f"(best of {runs}; {records[0]['n']} deliveries)"
            )
    print(f"writes with 100 watches / with none: {rates[100] / rates[0]:.2f}")


def _write_profile(extracted: list[ExtractedArticle], bodies: int, neo4j: Neo4jSettings) -> None:
    """Print the database hits per article of each write statement, from their PROFILEs."""
    first, second = extracted[:bodies], extracted[bodies : 2 * bodies]
    with create_driver(neo4j) as driver:
        apply_schema(driver, database=neo4j.database)  # `--profile-only` starts from here
        _empty(driver, neo4j.database)
        for label, written in (
            ("empty graph", first),
            ("reported again", second),
            ("rewritten", first),
        ):
            profiler = _Profiler(driver)
            for i in range(0, len(written), BATCH):
                write_articles(
                    cast(Driver, profiler),
                    written[i : i + BATCH],
                    database=neo4j.database,
                    extractor_version=EXTRACTOR_VERSION,
                )
            n = len(written)
            print(
                f"write path, {label} ({n} articles): {profiler.hits.total() / n:.0f} db hits"
                f" per article, {profiler.statements / profiler.transactions:.0f} statements"
                " per batch"
            )
            print("  " + ", ".join(f"{q} {h / n:.1f}" for q, h in profiler.hits.most_common()))


# The name of each statement of `graph.queries`, by its text.
_QUERY_NAMES = {
    text: name for name, text in vars(queries).items() if name.isupper() and isinstance(text, str)
}


class _Profiler:
    """Stands in for the driver in `write_articles`: every statement runs under PROFILE and
    its database hits are added up by statement."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.hits: Counter[str] = Counter()
        self.statements = 0
        self.transactions = 0

    def session(self, **config: Any) -> "_ProfiledSession":
        return _ProfiledSession(self, self.driver.session(**config))


class _ProfiledSession:
    def __init__(self, profiler: _Profiler, session: Session) -> None:
        self.profiler, self.session = profiler, session

    def __enter__(self) -> "_ProfiledSession":
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.close()

    def execute_write(self, work: Callable[..., Any], *args: Any) -> Any:
        self.profiler.transactions += 1
        return self.session.execute_write(
            lambda tx, *a: work(_ProfiledTransaction(self.profiler, tx), *a), *args
        )


class _ProfiledTransaction:
    def __init__(self, profiler: _Profiler, tx: ManagedTransaction) -> None:
        self.profiler, self.tx = profiler, tx

    def run(self, query: str, parameters: Any = None, **kwargs: Any) -> "_Profiled":
        result = self.tx.run("PROFILE " + query, parameters, **kwargs)
        records = list(result)
        summary = result.consume()
        self.profiler.statements += 1
        self.profiler.hits[_QUERY_NAMES.get(query, "?")] += _db_hits(summary.profile or {})
        return _Profiled(records, summary)


class _Profiled:
    """A statement's records and summary, read to the end (the profile comes last)."""

    def __init__(self, records: list[Any], summary: ResultSummary) -> None:
        self.records, self.summary = records, summary

    def __iter__(self) -> Iterator[Any]:
        return iter(self.records)

    def consume(self) -> ResultSummary:
        return self.summary


def _db_hits(plan: dict[str, Any]) -> int:
    return int(plan.get("dbHits", 0)) + sum(_db_hits(c) for c in plan.get("children") or [])


def _watches(extracted: list[ExtractedArticle], n: int) -> list[WatchFilter]:
    """`n` watches over the corpus's busiest actors and countries, types and quad classes."""
    counts: dict[str, int] = {}
    for article in extracted:
        for event in article.events:
            for actor in event.source + event.target + event.participants:
                counts[actor] = counts.get(actor, 0) + 1
    actors = sorted(counts, key=lambda a: -counts[a]) or ["country:USA"]
    codes = {a.removeprefix("country:") for a in actors if a.startswith("country:")}
    countries = sorted(c for c in codes if re.fullmatch("[A-Z]{3}", c))  # alpha-3 only
    types = list(QUAD_CLASS)
    specs = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            spec = WatchFilter(name=f"w{i}", actor=actors[i % len(actors)])
        elif kind == 1:
            spec = WatchFilter(
                name=f"w{i}", country=(countries or ["USA"])[i % max(len(countries), 1)]
            )
        elif kind == 2:
            spec = WatchFilter(name=f"w{i}", types=[types[i % len(types)]], min_sources=1 + i % 2)
        else:
            spec = WatchFilter(name=f"w{i}", quad_classes=[QUAD_CLASS[types[i % len(types)]]])
        specs.append(spec)
    return specs


def _nlp_only(articles: list[Article], processes: int) -> float:
    """Seconds to extract every batch in a fresh pool of `processes`, model load included."""
    batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
    started = time.perf_counter()
    with ProcessPoolExecutor(
        processes, mp_context=get_context("fork"), initializer=start_nlp_process
    ) as pool:
        results = pool.map(extract_batch, batches)
        done = sum(len(r) for r in results)
    assert done == len(articles)
    return time.perf_counter() - started


def _write_corpus(path: Path, bodies: list[str], copies: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for n, body in enumerate(bodies):
                record = {
                    "url": f"https://bench.example/{copy}/{n}",
                    "published": PUBLISHED,
                    "text": body,
                }
                out.write(json.dumps(record) + "\n")


def _bench_server(home: Path, port: int) -> tuple[LocalServerSettings, Neo4jSettings]:
    neo4j = Neo4jSettings(
        uri=f"bolt://127.0.0.1:{port}", password=SecretStr("newsgraph-bench"), database="neo4j"
    )
    return LocalServerSettings(home=home, heap="1g", pagecache_mb=256), neo4j


def _empty(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


if __name__ == "__main__":
    main()
