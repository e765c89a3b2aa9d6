"""Outages lose no work: Neo4j or Redis going away mid-job is waited out, or said plainly.

These tests stop the suite's own servers: Neo4j for longer than the claim idle time while
two workers hold a job, a private Redis under a running worker.
"""

import signal
import socket
import subprocess
import time
from pathlib import Path

import redis
from neo4j import Driver
from pydantic import SecretStr

from graph import localserver
from graph.driver import create_driver
from graph.settings import Neo4jSettings
from ingest.run.jobs import JobStatus, dead_letters, enqueue, job_status
from ingest.run.local import exit_code, run_ingest
from ingest.settings import IngestSettings
from tests.conftest import RunningServer
from tests.integration.ingest_corpus import NEWSGRAPH, cli_env, write_corpus
from tests.integration.redis_server import running_redis
from tests.integration.test_queue import (
    _article_ids,
    _duplicate_report_ids,
    _reports_per_article,
    _wait_for,
)

CLAIM_IDLE_MS = 2000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_worker(env: dict[str, str], name: str, log: Path) -> "subprocess.Popen[bytes]":
    with log.open("wb") as out:
        return subprocess.Popen(
            [NEWSGRAPH, "worker", "--name", name], env=env, stdout=out, stderr=out
        )


def _stop(processes: list["subprocess.Popen[bytes]"]) -> list[int]:
    for process in processes:
        process.send_signal(signal.SIGTERM)
    return [process.wait(timeout=120) for process in processes]


def test_workers_wait_out_a_neo4j_outage_and_dead_letter_nothing(
    driver: Driver,
    database: str,
    neo4j_server: RunningServer,
    redis_client: redis.Redis,
    redis_url: str,
    tmp_path: Path,
) -> None:
    settings = IngestSettings(
        redis_url=redis_url, batch_size=4, claim_idle_ms=CLAIM_IDLE_MS, max_deliveries=2
    )
    corpus = write_corpus(tmp_path / "corpus", count=40, per_file=10)
    inputs = [str(p) for p in sorted(corpus.directory.glob("articles-*.jsonl"))]
    job = enqueue(redis_client, inputs, settings=settings)
    env = cli_env(
        neo4j_server.neo4j,
        NEWSGRAPH_REDIS_URL=redis_url,
        NEWSGRAPH_BATCH_SIZE="4",
        NEWSGRAPH_CLAIM_IDLE_MS=str(CLAIM_IDLE_MS),
        NEWSGRAPH_MAX_DELIVERIES="2",
    )
    workers = [_start_worker(env, f"w{n}", tmp_path / f"w{n}.log") for n in (1, 2)]
    try:
        _wait_for(lambda: _progressed(redis_client, settings, job.id, 4), seconds=180)
        assert localserver.stop(neo4j_server.server, neo4j_server.neo4j)
        # Down for five claim idle times: long enough for a worker to take over another's
        # batch, and for each message to reach max_deliveries twice over, were deliveries counted.
        time.sleep(5 * CLAIM_IDLE_MS / 1000)
        assert all(w.poll() is None for w in workers), "a worker died with Neo4j"
        localserver.start(neo4j_server.server, neo4j_server.neo4j)
        done = _wait_for(lambda: _done(redis_client, settings, job.id), seconds=300)
    finally:
        localserver.start(neo4j_server.server, neo4j_server.neo4j)  # harmless when running
        codes = _stop(workers)
    assert codes == [0, 0]
    logs = " ".join((tmp_path / f"w{n}.log").read_text() for n in (1, 2))
    assert "Neo4j does not answer" in logs  # the outage was seen, and waited out

    assert sorted(_article_ids(driver, database)) == sorted(corpus.good_ids)
    assert _reports_per_article(driver, database) == {i: 1 for i in corpus.good_ids}
    assert _duplicate_report_ids(driver, database) == 0
    assert (done.ingested + done.skipped, done.failed) == (len(corpus.good_ids), 0)
    assert dead_letters(redis_client, settings=settings) == []


def _progressed(
    client: redis.Redis, settings: IngestSettings, job_id: str, at_least: int
) -> bool | None:
    status = job_status(client, job_id, settings=settings)
    return True if status and status.ingested >= at_least else None


def _done(client: redis.Redis, settings: IngestSettings, job_id: str) -> JobStatus | None:
    status = job_status(client, job_id, settings=settings)
    return status if status is not None and status.status == "done" else None


def test_ingest_without_neo4j_says_what_was_read_and_not_written(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", count=6, per_file=6)
    gone = Neo4jSettings(uri=f"bolt://127.0.0.1:{_free_port()}", password=SecretStr("x"))
    with create_driver(gone, retry_seconds=1.0) as lost:
        summary = run_ingest(
            lost, [str(corpus.directory / "articles-000.jsonl")], database="neo4j", workers=1
        )
    assert (summary.read, summary.ingested) == (6, 0)
    assert summary.store_lost and "does not answer" in summary.store_lost
    assert "6 read but not written: run again when it is back" in summary.describe()
    assert exit_code(summary) == 1


def test_queue_commands_without_redis_say_so_without_a_traceback(
    neo4j_server: RunningServer, tmp_path: Path
) -> None:
    (tmp_path / "story.txt").write_text("A story.")
    env = cli_env(neo4j_server.neo4j, NEWSGRAPH_REDIS_URL=f"redis://127.0.0.1:{_free_port()}/0")
    for command in (["enqueue", str(tmp_path / "story.txt")], ["jobs"]):
        done = subprocess.run([NEWSGRAPH, *command], env=env, capture_output=True, timeout=60)
        err = done.stderr.decode()
        assert done.returncode == 1, err
        assert "the queue (Redis, NEWSGRAPH_REDIS_URL) does not answer" in err
        assert "Traceback" not in err


def test_a_worker_waits_for_redis_and_goes_on_when_it_is_back(
    driver: Driver, database: str, neo4j_server: RunningServer, tmp_path: Path
) -> None:
    port = _free_port()
    url = f"redis://127.0.0.1:{port}/0"
    settings = IngestSettings(redis_url=url)
    corpus = write_corpus(tmp_path / "corpus", count=6, per_file=3)
    before, after = sorted(corpus.directory.glob("articles-*.jsonl"))
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    log = tmp_path / "worker.log"
    worker = _start_worker(cli_env(neo4j_server.neo4j, NEWSGRAPH_REDIS_URL=url), "patient", log)
    try:
        with running_redis(tmp_path / "first", port=port), redis.Redis.from_url(url) as client:
            # A blocked XREADGROUP on an empty stream does not make its reader a consumer
            # (XINFO CONSUMERS stays empty until a message is delivered): a job done is the
            # sign that the worker reads this Redis. It loads spaCy first: minutes here.
            job = enqueue(client, [str(before)], settings=settings)
            assert _wait_for(lambda: _done(client, settings, job.id), seconds=400).ingested == 3
        time.sleep(3)  # Redis is gone: the worker waits
        assert worker.poll() is None, log.read_text()
        # A Redis that lost everything (no persistence): stream and group are made again.
        with running_redis(tmp_path / "second", port=port), redis.Redis.from_url(url) as client:
            job = enqueue(client, [str(after)], settings=settings)
            assert _wait_for(lambda: _done(client, settings, job.id), seconds=180).ingested == 3
            [code] = _stop([worker])
    finally:
        if worker.poll() is None:
            worker.kill()
    assert code == 0, log.read_text()
    assert "Redis does not answer" in log.read_text()
    assert sorted(_article_ids(driver, database)) == sorted(corpus.good_ids)
