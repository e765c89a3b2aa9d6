"""Ingest from a real Redis into a real Neo4j: a worker killed mid-batch loses nothing."""

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TypeVar

import pytest
import redis
from neo4j import Driver

from ingest.run.jobs import JobStatus, dead_letters, enqueue, job_status
from ingest.settings import IngestSettings
from tests.conftest import RunningServer
from tests.integration.ingest_corpus import NEWSGRAPH, cli_env, write_corpus

T = TypeVar("T")
BATCH = 8
CLAIM_IDLE_MS = 3000
MAX_DELIVERIES = 2


@pytest.fixture
def settings(redis_url: str) -> IngestSettings:
    return IngestSettings(
        redis_url=redis_url,
        batch_size=BATCH,
        claim_idle_ms=CLAIM_IDLE_MS,
        max_deliveries=MAX_DELIVERIES,
    )


@pytest.fixture
def worker_env(neo4j_server: RunningServer, redis_url: str) -> dict[str, str]:
    return cli_env(
        neo4j_server.neo4j,
        NEWSGRAPH_REDIS_URL=redis_url,
        NEWSGRAPH_BATCH_SIZE=str(BATCH),
        NEWSGRAPH_CLAIM_IDLE_MS=str(CLAIM_IDLE_MS),
        NEWSGRAPH_MAX_DELIVERIES=str(MAX_DELIVERIES),
    )


@pytest.fixture
def start_worker(
    worker_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[[str], "subprocess.Popen[bytes]"]]:
    """Start `newsgraph worker --name NAME` processes; any still alive are killed at the end."""
    started: list[subprocess.Popen[bytes]] = []
    logs: list[IO[bytes]] = []

    def start(name: str) -> "subprocess.Popen[bytes]":
        log = open(tmp_path / f"{name}.log", "wb")  # noqa: SIM115 - closed at teardown
        logs.append(log)
        process = subprocess.Popen(
            [NEWSGRAPH, "worker", "--name", name], env=worker_env, stdout=log, stderr=log
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()
    for log in logs:
        log.close()


def test_a_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing(
    driver: Driver,
    database: str,
    redis_client: redis.Redis,
    settings: IngestSettings,
    start_worker: Callable[[str], "subprocess.Popen[bytes]"],
    tmp_path: Path,
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    job = enqueue(redis_client, [str(corpus.directory)], settings=settings)
    assert (job.enqueued, job.failed) == (len(corpus.good_ids), 3)
    # A message from some other producer that is no article at all.
    redis_client.xadd(settings.ingest_stream, {"article": "{not json"})

    victim, survivor = start_worker("w1"), start_worker("w2")
    held = _kill_mid_batch(redis_client, settings, victim, "w1", after=2 * BATCH, job=job.id)
    assert held > 0

    done = _wait_for(lambda: _done(redis_client, settings, job.id), seconds=180)
    # The stray message belongs to no job, so the job can end before the survivor reclaims it
    # from the victim: wait for its dead letter too.
    _wait_for(lambda: _dead_message(redis_client, settings), seconds=60)
    survivor.send_signal(signal.SIGTERM)
    assert survivor.wait(timeout=30) == 0  # stopped cleanly

    stored = _article_ids(driver, database)
    assert sorted(stored) == sorted(corpus.good_ids)  # every article, once (ids are unique)
    assert _reports_per_article(driver, database) == {i: 1 for i in corpus.good_ids}
    assert _duplicate_report_ids(driver, database) == 0
    assert done.ingested + done.skipped == len(corpus.good_ids)
    assert done.failed == 3
    assert done.total == len(corpus.good_ids) + 3

    dead = dead_letters(redis_client, settings=settings)
    found = sorted((d["stage"], Path(d["item"]).name, d["reason"]) for d in dead)
    assert [(stage, item) for stage, item, _ in found] == sorted(
        [
            ("read", "bad-port.jsonl#1"),
            ("read", "binary.txt"),
            ("read", "empty.txt"),
            ("message", "{not json"),
        ]
    )
    reasons = {item: reason for _, item, reason in found}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "Port out of range" in reasons["bad-port.jsonl#1"]
    assert "not an article message" in reasons["{not json"]
    assert {f.item for f in done.failures} == {
        str(corpus.directory / "binary.txt"),
        str(corpus.directory / "empty.txt"),
        str(corpus.directory / "bad-port.jsonl#1"),
    }
    # Nothing left to do, nothing left pending.
    assert redis_client.xlen(settings.ingest_stream) == 0
    assert redis_client.xpending(settings.ingest_stream, settings.consumer_group)["pending"] == 0


def test_jobs_command_shows_a_job_and_its_failures(
    redis_client: redis.Redis,
    settings: IngestSettings,
    worker_env: dict[str, str],
    tmp_path: Path,
) -> None:
    (tmp_path / "empty.txt").write_text("")
    inputs = [str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]
    job = enqueue(redis_client, inputs, settings=settings)
    assert job.status == "done"  # nothing to ingest: both items failed at once
    assert (job.total, job.enqueued, job.failed) == (2, 0, 2)

    shown = subprocess.run(
        [NEWSGRAPH, "jobs", job.id, "--json"], env=worker_env, capture_output=True, check=True
    )
    record = json.loads(shown.stdout)
    assert record["id"] == job.id
    assert record["status"] == "done"
    assert sorted(f["reason"] for f in record["failures"]) == [
        "empty input",
        "no such file or directory",
    ]
    listed = subprocess.run([NEWSGRAPH, "jobs"], env=worker_env, capture_output=True, check=True)
    assert job.id in listed.stdout.decode()
    unknown = subprocess.run([NEWSGRAPH, "jobs", "nope"], env=worker_env, capture_output=True)
    assert unknown.returncode == 1


def test_job_status_of_an_unknown_job_is_none(
    redis_client: redis.Redis, settings: IngestSettings
) -> None:
    assert job_status(redis_client, "no-such-job", settings=settings) is None


def _kill_mid_batch(
    client: redis.Redis,
    settings: IngestSettings,
    victim: "subprocess.Popen[bytes]",
    name: str,
    *,
    after: int,
    job: str,
) -> int:
    """SIGKILL the worker while it holds unacknowledged messages; return how many it held."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert victim.poll() is None, "the worker to kill has exited"
        status = job_status(client, job, settings=settings)
        progressed = status is not None and status.ingested + status.skipped >= after
        if progressed and _held(client, settings, name):
            # Freeze it, then check it still holds messages: it is caught mid-batch.
            os.kill(victim.pid, signal.SIGSTOP)
            held = _held(client, settings, name)
            if held:
                os.kill(victim.pid, signal.SIGKILL)
                victim.wait()
                return held
            os.kill(victim.pid, signal.SIGCONT)
        time.sleep(0.005)
    raise AssertionError("the worker never held messages")


def _held(client: redis.Redis, settings: IngestSettings, name: str) -> int:
    pending = client.xpending_range(
        settings.ingest_stream, settings.consumer_group, "-", "+", 1000, consumername=name
    )
    return len(pending)


def _done(client: redis.Redis, settings: IngestSettings, job_id: str) -> JobStatus | None:
    status = job_status(client, job_id, settings=settings)
    return status if status is not None and status.status == "done" else None


def _dead_message(redis_client: redis.Redis, settings: IngestSettings) -> bool | None:
    dead = dead_letters(redis_client, settings=settings)
    return True if any(d["stage"] == "message" for d in dead) else None


def _wait_for(probe: Callable[[], T | None], *, seconds: float) -> T:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found is not None:
            return found
        time.sleep(0.1)
    raise AssertionError(f"not done within {seconds}s")


def _article_ids(driver: Driver, database: str) -> list[str]:
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.id AS id", database_=database)
    return [r["id"] for r in records]


def _reports_per_article(driver: Driver, database: str) -> dict[str, int]:
    """1 for an article that reports at least one event (every generated article does)."""
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) RETURN a.id AS id, toInteger(EXISTS { (a)-[:REPORTS]->() }) AS has",
        database_=database,
    )
    return {r["id"]: r["has"] for r in records}


def _duplicate_report_ids(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query(
        "MATCH ()-[r:REPORTS]->() WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS c",
        database_=database,
    )
    return int(records[0]["c"])


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("NEWSGRAPH_REDIS_URL", "redis://queue:6379/2", "redis_url", "redis://queue:6379/2"),
        ("NEWSGRAPH_CLAIM_IDLE_MS", "2500", "claim_idle_ms", 2500),
        ("NEWSGRAPH_MAX_DELIVERIES", "5", "max_deliveries", 5),
        ("NEWSGRAPH_BATCH_SIZE", "16", "batch_size", 16),
        ("NEWSGRAPH_WORKERS", "3", "workers", 3),
        ("NEWSGRAPH_DEAD_LETTER_STREAM", "dead", "dead_letter_stream", "dead"),
    ],
)
def test_settings_come_from_newsgraph_variables(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", "not an ingest setting")  # ignored
    monkeypatch.setenv(variable, value)
    assert getattr(IngestSettings(), field) == expected
