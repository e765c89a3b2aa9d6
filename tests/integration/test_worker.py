"""`newsgraph ingest` on one machine against a real Neo4j: interrupted, resumed, repeated."""

import io
import json
import signal
import subprocess
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from neo4j import Driver

from graph.models import Actor, ActorKind, EventType
from graph.writes import write_articles
from ingest.read.articles import article_id
from ingest.run.local import IngestSummary, exit_code, run_ingest
from tests.conftest import RunningServer
from tests.integration import graphdata as g
from tests.integration.ingest_corpus import NEWSGRAPH, cli_env, write_corpus
from tests.integration.test_queue import _duplicate_report_ids


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_interrupted_ingest_resumes_where_it_stopped_without_duplicates(
    driver: Driver, database: str, neo4j_server: RunningServer, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    report = tmp_path / "report.jsonl"
    command = [
        *(NEWSGRAPH, "ingest", str(corpus.directory), "--workers", "2", "--batch-size", "4"),
        *("--report", str(report), "--json"),
    ]
    env = cli_env(neo4j_server.neo4j)

    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Loading spaCy on a loaded machine takes a while: the deadline is for a hung ingest.
        deadline = time.monotonic() + 300
        while len(_article_ids(driver, database)) < 8:
            assert first.poll() is None and time.monotonic() < deadline, "ingest never wrote"
            time.sleep(0.02)
        first.send_signal(signal.SIGINT)
        out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:  # a failed wait must not leave a writer behind for later tests
            first.kill()
            first.communicate()
    assert first.returncode == 130, err.decode()
    stopped = json.loads(out)
    stored = set(_article_ids(driver, database))
    assert stopped["interrupted"]
    assert stopped["ingested"] == len(stored)  # what it says it wrote was committed, no more
    assert len(stored) < len(corpus.good_ids), "interrupted too late to test a resume"

    second = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert second.returncode == 0, second.stderr.decode()
    resumed = json.loads(second.stdout)
    assert not resumed["interrupted"]
    assert resumed["skipped"] == len(stored)
    assert resumed["ingested"] == len(corpus.good_ids) - len(stored)
    assert resumed["failed"] == 3
    assert resumed["read"] == len(corpus.good_ids) + 3

    assert sorted(_article_ids(driver, database)) == sorted(corpus.good_ids)
    assert _duplicate_report_ids(driver, database) == 0
    failures = [json.loads(line) for line in report.read_text().splitlines()]
    assert sorted((f["stage"], Path(f["item"]).name) for f in failures) == [
        ("read", "bad-port.jsonl#1"),
        ("read", "binary.txt"),
        ("read", "empty.txt"),
    ]
    assert all(f["reason"] for f in failures)


def test_a_second_ingest_skips_stored_articles_unless_forced(
    driver: Driver, database: str, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", count=12, per_file=4)
    inputs = [str(p) for p in sorted(corpus.directory.glob("articles-*.jsonl"))]
    terminal = _Terminal()

    first = run_ingest(
        driver, inputs, database=database, workers=1, batch_size=4, progress=terminal
    )
    assert (first.read, first.ingested, first.skipped, first.failed) == (12, 12, 0, 0)
    assert first.events >= 12
    bar = terminal.getvalue()
    assert bar.startswith("\r[") and "articles/s" in bar and "ETA" in bar and bar.endswith("\n")
    reports_before = _report_count(driver, database)

    log = io.StringIO()
    again = run_ingest(driver, inputs, database=database, workers=1, progress=log, log_every=0)
    assert (again.ingested, again.skipped) == (0, 12)
    assert log.getvalue().startswith("ingest: 12 of 12 read done (ingested 0, skipped 12)")

    forced = run_ingest(driver, inputs, database=database, workers=1, force=True)
    assert (forced.ingested, forced.skipped) == (12, 0)
    assert sorted(_article_ids(driver, database)) == sorted(corpus.good_ids)
    assert _report_count(driver, database) == reports_before  # rewritten, not added


def test_a_forced_ingest_after_a_better_dictionary_leaves_no_actor_without_events(
    driver: Driver, database: str, tmp_path: Path
) -> None:
    sentences = [
        "Agents of the DEA arrested two smugglers in Miami on Tuesday.",
        "The Drug Enforcement Administration accused a Colombian cartel of running the route.",
    ]
    record = {
        "url": "https://news.example/us/dea-arrests",
        "title": "Smugglers held in Miami",
        "published": "2019-06-12T09:00:00Z",
        "text": " ".join(sentences),
    }
    (tmp_path / "dea.jsonl").write_text(json.dumps(record))
    # What an extractor with a poorer dictionary stored: one agency over two ids.
    dea = Actor(id="org:dea", name="DEA", kind=ActorKind.ORGANISATION)
    full = Actor(
        id="org:drug-enforcement-administration",
        name="Drug Enforcement Administration",
        kind=ActorKind.ORGANISATION,
    )
    colombia = Actor(id="country:COL", name="Colombia", kind=ActorKind.COUNTRY, country="COL")
    day = date(2019, 6, 11)
    old = g.article(
        article_id(record["url"], record["text"]),
        sentences,
        url=record["url"],
        source=None,
        published=datetime(2019, 6, 12, 9, tzinfo=UTC),
        actors=[dea, full, colombia],
        events=[
            g.Spec(0, EventType.COERCE, day, (dea,)),
            g.Spec(1, EventType.ACCUSE, day, (full,), (colombia,)),
        ],
    )
    write_articles(driver, [old], database=database, extractor_version="old")
    assert _actor_ids(driver, database) >= {"org:dea", "org:drug-enforcement-administration"}

    forced = run_ingest(
        driver, [str(tmp_path / "dea.jsonl")], database=database, workers=1, force=True
    )
    assert forced.ingested == 1
    actors = _actor_ids(driver, database)
    assert "org:DEA" in actors
    assert not {"org:dea", "org:drug-enforcement-administration"} & actors
    records, _, _ = driver.execute_query(
        "MATCH (x:Actor) WHERE NOT (x)<-[:INVOLVES]-(:Event) AND NOT (x)<-[:BASED_IN]-(:Actor) "
        "RETURN x.id AS id",
        database_=database,
    )
    assert [r["id"] for r in records] == []


def _actor_ids(driver: Driver, database: str) -> set[str]:
    records, _, _ = driver.execute_query("MATCH (x:Actor) RETURN x.id AS id", database_=database)
    return {r["id"] for r in records}


def _article_ids(driver: Driver, database: str) -> list[str]:
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.id AS id", database_=database)
    return [r["id"] for r in records]


def _report_count(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query(
        "MATCH ()-[r:REPORTS]->() RETURN count(r) AS c", database_=database
    )
    return int(records[0]["c"])


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        (IngestSummary(read=3, ingested=2, failed=1), 0),
        (IngestSummary(read=2, skipped=2), 0),
        (IngestSummary(read=2, failed=2), 1),
        (IngestSummary(read=5, ingested=1, interrupted=True), 130),
    ],
)
def test_exit_code(summary: IngestSummary, code: int) -> None:
    assert exit_code(summary) == code


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            IngestSummary(read=4, ingested=3, failed=1, events=7, seconds=2.0, report_path="r"),
            "read 4, ingested 3, skipped 0, failed 1; 7 events in 2.0s (1.5 articles/s); "
            "failures in r",
        ),
        (
            IngestSummary(read=9, ingested=4, seconds=1.0, interrupted=True),
            "read 9, ingested 4, skipped 0, failed 0; 0 events in 1.0s (4.0 articles/s); "
            "interrupted with 5 read but not written: run again",
        ),
    ],
)
def test_summary_line(summary: IngestSummary, expected: str) -> None:
    assert summary.describe() == expected
