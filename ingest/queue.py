"""Ingest across machines on Redis Streams: `enqueue` articles, run `worker`s, watch jobs.

    enqueue(redis, ["pages/"])            one message an article, in a new job
    enqueue_items(redis, items, ...)      the same for articles already read, or submitted
                                          unread (POST /ingest): the worker reads those
    run_worker(redis, driver, ...)        any number of them, on any machines
    job_status(redis, job_id)             what a job has done (`newsgraph jobs`, GET /jobs/{id})

Delivery is at least once, and writes are idempotent, so a redelivery is harmless:

- Workers read with XREADGROUP in one consumer group and acknowledge a message only after
  its batch is committed in Neo4j. A worker that dies keeps its messages pending; another
  worker takes them with XAUTOCLAIM once they have been idle `claim_idle_ms`.
- A message that fails (its article breaks the NLP, or Neo4j rolls its write back) is left
  pending with a note of the reason and retried the same way. After `max_deliveries`
  deliveries it goes to the dead-letter stream with the reason, and counts as failed in its
  job. A message that is not an article at all is dead-lettered at once, and so are the
  items `enqueue` could not read and the submissions a worker could not read or fetch
  (fetching has retried busy servers already).
- Acknowledging and counting happen in one Lua script, and only when XACK acknowledged
  something: a message two workers both processed (one was slow, not dead) counts once.
  Acknowledged messages are deleted, so the stream holds only the work still to do.
- An outage is nobody's fault and costs no delivery. While Neo4j does not answer, a worker
  keeps its batch, waits with a growing pause (up to `_MAX_PAUSE_SECONDS`) and tries again;
  meanwhile it re-claims its messages with XCLAIM JUSTID, which resets their idle time
  without counting a delivery, so no other worker takes them over and nothing is
  dead-lettered for the store's sake. While Redis does not answer, a worker waits the same
  way and goes on once the client has reconnected.
- SIGTERM (and Ctrl-C) stop a worker after its current batch.

Job records are hashes `<jobs_prefix>:<id>` (counters `enqueued`, `ingested`, `skipped`,
`failed`, `events`, and the job's inputs and times), listed newest first in the sorted set
`<jobs_prefix>`; the job's failures are the list `<jobs_prefix>:<id>:failures`.
"""

import json
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

import redis
from neo4j import Driver
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.errors import Neo4jUnavailable
from graph.models import Article, ExtractedArticle
from graph.writes import known_articles
from ingest.errors import ItemError, ItemFailed
from ingest.extract import unexpected_error
from ingest.settings import IngestSettings, get_ingest_settings
from ingest.submissions import ArticleIn, Submission, read_submission

log = logging.getLogger(__name__)

_ENQUEUE_CHUNK = 200  # XADDs per round trip
_FAILURES_KEPT = 1000  # per job, in its failures list
_FAILURES_SHOWN = 100
_GONE_AFTER_MS = 24 * 3600 * 1000
_MAX_PAUSE_SECONDS = 30.0  # the longest wait between two tries of a server that is down
# Redis errors that mean "not reachable now", not "wrong command".
REDIS_DOWN = (redis.ConnectionError, redis.TimeoutError)
_CONNECT_TIMEOUT_SECONDS = 5.0
_READ_SLACK_SECONDS = 10.0
T = TypeVar("T")

# Acknowledge one message and count its outcome on its job (a job that exists), only if
# XACK acknowledged it.
# KEYS: stream, job hash, notes hash. ARGV: group, message id, counter, events, now.
_ACK = """
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('XDEL', KEYS[1], ARGV[2])
  redis.call('HDEL', KEYS[3], ARGV[2])
  if redis.call('EXISTS', KEYS[2]) == 1 then
    redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
    redis.call('HINCRBY', KEYS[2], 'events', ARGV[4])
    redis.call('HSET', KEYS[2], 'updated_at', ARGV[5])
  end
  return 1
end
return 0
"""

# Move one message (or an item that never became one: empty id) to the dead-letter stream.
# KEYS: stream, job hash, notes hash, dead-letter stream, job failures list.
# ARGV: group, message id, now, failure JSON, max kept failures, dead-letter fields...
_DEAD_LETTER = """
if ARGV[2] ~= '' then
  if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
  redis.call('XDEL', KEYS[1], ARGV[2])
  redis.call('HDEL', KEYS[3], ARGV[2])
end
redis.call('XADD', KEYS[4], '*', unpack(ARGV, 6))
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], 'failed', 1)
  redis.call('HSET', KEYS[2], 'updated_at', ARGV[3])
  if redis.call('LLEN', KEYS[5]) < tonumber(ARGV[5]) then
    redis.call('RPUSH', KEYS[5], ARGV[4])
  end
end
return 1
"""


class JobFailure(BaseModel):
    """One item of a job that went to the dead-letter stream, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item: str = Field(description="The article id, or the input that could not be read")
    stage: str = Field(description="read, message, nlp, write or delivery")
    reason: str
    deliveries: int = Field(default=0, description="0 for an item refused before it was queued")


JobState = Literal["enqueuing", "queued", "running", "done"]


class JobStatus(BaseModel):
    """Progress of one enqueued job; `total` is known once enqueueing has finished."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    status: JobState
    inputs: list[str]
    created_at: datetime
    updated_at: datetime | None = None
    total: int | None = None
    enqueued: int = 0
    ingested: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    failures: list[JobFailure] = []


@dataclass
class WorkerSummary:
    """What one worker did before it stopped."""

    consumer: str
    batches: int = 0
    ingested: int = 0
    skipped: int = 0
    dead_lettered: int = 0
    retried: int = 0  # failed attempts left pending for another delivery
    claimed: int = 0
    events: int = 0


@dataclass
class _Message:
    id: str
    fields: dict[str, str]
    deliveries: int


def connect_redis(settings: IngestSettings | None = None) -> redis.Redis:
    """A Redis client for the configured URL, answering str rather than bytes."""
    settings = settings or get_ingest_settings()
    # A read that outlasts the longest blocking read by far is a server gone without closing
    # its socket (a half-open connection): time it out, so that callers see Redis down.
    return redis.Redis.from_url(
        settings.redis_url,
        decode_responses=True,
        socket_connect_timeout=_CONNECT_TIMEOUT_SECONDS,
        socket_timeout=settings.block_ms / 1000 + _READ_SLACK_SECONDS,
    )


def ensure_group(client: redis.Redis, settings: IngestSettings) -> None:
    """Create the stream and its consumer group if missing (from the stream's start)."""
    try:
        client.xgroup_create(settings.ingest_stream, settings.consumer_group, id="0", mkstream=True)
    except redis.ResponseError as e:
        if "BUSYGROUP" not in str(e):
            raise


def enqueue(
    client: redis.Redis,
    inputs: Iterable[str],
    *,
    settings: IngestSettings | None = None,
    force: bool = False,
    fmt: str = "auto",
    fetch: bool = False,
) -> JobStatus:
    """Read the inputs and queue one message an article in a new job; return the job."""
    from ingest.sources import read_articles  # imported here: job reads stay light for the API

    inputs = list(inputs)
    items = read_articles(inputs, fmt=fmt, fetch=fetch)
    return enqueue_items(client, items, inputs=inputs, settings=settings, force=force)


def enqueue_items(
    client: redis.Redis,
    items: Iterable[Article | Submission | ItemError],
    *,
    inputs: list[str],
    settings: IngestSettings | None = None,
    force: bool = False,
) -> JobStatus:
    """Queue articles (read, or submissions for the worker to read) as one new job,
    recording each ItemError as a failure.

    The job exists (status `enqueuing`) before the first item is taken, so `items` may be a
    slow generator whose progress shows in the job; `inputs` is what the job says it read.
    """
    settings = settings or get_ingest_settings()
    ensure_group(client, settings)
    job_id = uuid.uuid4().hex[:16]
    created = datetime.now(UTC)
    job_key = _job_key(settings, job_id)
    client.hset(
        job_key,
        mapping={
            "id": job_id,
            "inputs": json.dumps(inputs),
            "created_at": created.isoformat(),
            "status": "enqueuing",
            "enqueued": 0,
            "ingested": 0,
            "skipped": 0,
            "failed": 0,
            "events": 0,
        },
    )
    client.zadd(settings.jobs_prefix, {job_id: created.timestamp()})
    dead_letter = client.register_script(_DEAD_LETTER)
    enqueued = unreadable = 0
    pipe = client.pipeline(transaction=False)
    for item in items:
        if isinstance(item, ItemError):
            unreadable += 1
            failure = JobFailure(item=item.item, stage="read", reason=item.reason)
            _dead_letter(dead_letter, settings, job_id, "", failure, None, client=pipe)
        else:
            enqueued += 1
            message: dict[str, str | int] = {"job": job_id, "force": int(force)}
            if isinstance(item, Submission):
                message |= {"item": item.name, "submission": item.article.model_dump_json()}
            else:
                message["article"] = item.model_dump_json()
            pipe.xadd(settings.ingest_stream, message)  # type: ignore[arg-type]
        if len(pipe) >= _ENQUEUE_CHUNK:
            pipe.hset(job_key, "enqueued", enqueued)
            pipe.execute()
    pipe.hset(job_key, mapping={"enqueued": enqueued, "total": enqueued + unreadable})
    pipe.hset(job_key, "status", "queued")
    pipe.execute()
    status = job_status(client, job_id, settings=settings)
    assert status is not None
    return status


def run_worker(
    client: redis.Redis,
    driver: Driver,
    *,
    database: str,
    settings: IngestSettings | None = None,
    consumer: str | None = None,
    until_empty: bool = False,
) -> WorkerSummary:
    """Take batches off the stream until SIGTERM/SIGINT (or, with `until_empty`, until no
    message is left to do); acknowledge each message once its batch is committed."""
    from ingest.nlp import load_nlp
    from ingest.worker import StopSignal

    settings = settings or get_ingest_settings()
    load_nlp()  # before the first XREADGROUP: a message is not held while the model loads
    with StopSignal() as stop:
        loop = _WorkerLoop(client, driver, database, settings, consumer, stop=stop)
        started = loop.until_up(lambda: _start(client, settings), redis_only=True)
        if started is not None:
            log.info("worker %s: reading %s", loop.summary.consumer, settings.ingest_stream)
        while started is not None and not stop.requested:
            messages = loop.until_up(loop.take, redis_only=True) or []
            if messages:  # a Redis outage mid-batch: the batch again (its writes are idempotent)
                loop.until_up(lambda: loop.process(messages), redis_only=True)  # noqa: B023
            elif until_empty and loop.until_up(loop.nothing_left, redis_only=True):
                break
    log.info("worker %s: stopped; %s", loop.summary.consumer, loop.summary)
    return loop.summary


def _start(client: redis.Redis, settings: IngestSettings) -> bool:
    ensure_group(client, settings)
    _forget_gone_consumers(client, settings)
    return True


def _forget_gone_consumers(client: redis.Redis, settings: IngestSettings) -> None:
    """Drop consumers silent for a day with nothing pending: workers that have gone for good
    (each worker process is a new consumer, so restarts would otherwise pile up)."""
    consumers: Any = client.xinfo_consumers(settings.ingest_stream, settings.consumer_group)
    for consumer in consumers:
        if int(consumer["pending"]) == 0 and int(consumer["idle"]) > _GONE_AFTER_MS:
            client.xgroup_delconsumer(
                settings.ingest_stream, settings.consumer_group, consumer["name"]
            )


class _WorkerLoop:
    """One consumer's state: its name, its scripts, its claim cursor, its counters."""

    def __init__(
        self,
        client: redis.Redis,
        driver: Driver,
        database: str,
        settings: IngestSettings,
        consumer: str | None,
        *,
        stop: Any,
    ) -> None:
        self.stop = stop  # an ingest.worker.StopSignal
        self.client = client
        self.driver = driver
        self.database = database
        self.settings = settings
        self.summary = WorkerSummary(consumer or f"{socket.gethostname()}-{os.getpid()}")
        self.ack_script = client.register_script(_ACK)
        self.dead_letter_script = client.register_script(_DEAD_LETTER)
        self.notes_key = f"{settings.ingest_stream}:notes"
        self.claim_cursor = "0-0"

    def take(self) -> list[_Message]:
        """Messages abandoned by others (or failed here) first, then new ones."""
        s = self.settings
        try:
            messages = self._claim()
        except redis.ResponseError as e:
            if "NOGROUP" not in str(e):
                raise
            # A Redis restarted without its data: the stream and group begin again.
            ensure_group(self.client, s)
            return []
        want = s.batch_size - len(messages)
        if want > 0:
            # Wait for new messages only when there is nothing to do now.
            block = None if messages else s.block_ms
            answer: Any = self.client.xreadgroup(
                s.consumer_group,
                self.summary.consumer,
                {s.ingest_stream: ">"},
                count=want,
                block=block,
            )
            for _stream, entries in answer or []:
                messages += [_Message(i, f, deliveries=1) for i, f in entries if f is not None]
        return messages

    def _claim(self) -> list[_Message]:
        s = self.settings
        answer: Any = self.client.xautoclaim(
            s.ingest_stream,
            s.consumer_group,
            self.summary.consumer,
            min_idle_time=s.claim_idle_ms,
            start_id=self.claim_cursor,
            count=s.batch_size,
        )
        self.claim_cursor = answer[0]
        entries = [(i, f) for i, f in answer[1] if f is not None]
        if not entries:
            return []
        # XAUTOCLAIM does not say how often a message was delivered; XPENDING does.
        pipe = self.client.pipeline(transaction=False)
        for message_id, _ in entries:
            pipe.xpending_range(s.ingest_stream, s.consumer_group, message_id, message_id, 1)
        counts = {
            row["message_id"]: int(row["times_delivered"])
            for rows in pipe.execute()
            for row in rows
        }
        self.summary.claimed += len(entries)
        log.info("worker %s: claimed %d idle messages", self.summary.consumer, len(entries))
        return [_Message(i, f, deliveries=counts.get(i, 1)) for i, f in entries]

    def nothing_left(self) -> bool:
        """No message waits to be read and none is pending on any consumer."""
        s = self.settings
        pending = self.client.xpending(s.ingest_stream, s.consumer_group)
        return int(pending["pending"]) == 0 and int(self.client.xlen(s.ingest_stream)) == 0

    def process(self, messages: list[_Message]) -> None:
        """Skip, extract and write one batch; acknowledge what was committed.

        Every step that needs a server runs through `until_up`, holding the batch while that
        server is down; a stop request while waiting leaves the batch pending, undone.
        """
        from ingest.worker import extract_batch, write_batch

        self.summary.batches += 1
        # Messages by article id: the same article enqueued twice is done once, acked twice.
        todo: dict[str, list[_Message]] = {}
        articles: list[Article] = []
        for message in messages:
            article = self.until_up(lambda: self._parsed(message), redis_only=True)  # noqa: B023
            if article is not None:
                if article.id not in todo:
                    articles.append(article)
                todo.setdefault(article.id, []).append(message)
        with self._holding(messages):
            new = self.until_up(lambda: self._skip_known(articles, todo))
            if not new:
                return
            extracted: list[ExtractedArticle] = []
            for result in extract_batch(new, batch_size=self.settings.batch_size):
                if isinstance(result, ItemError):
                    self._failed(todo[result.item], result.item, "nlp", result.reason)
                else:
                    extracted.append(result)
            if not extracted:
                return
            outcome = self.until_up(
                lambda: write_batch(
                    self.driver,
                    extracted,
                    database=self.database,
                    extractor_version=self.settings.extractor_version,
                )
            )
            if outcome is None:
                return
            written, failed = outcome
            for error in failed:
                self._failed(todo[error.item], error.item, "write", error.reason)
            acks = [(m, "ingested", len(a.events)) for a in written for m in todo[a.id]]
            self.until_up(lambda: self._ack(acks), redis_only=True)

    def until_up(self, step: Callable[[], T], *, redis_only: bool = False) -> T | None:
        """The step's result, tried again after a growing pause while Neo4j (unless
        `redis_only`) or Redis does not answer; None if a stop is requested meanwhile."""
        down: tuple[type[Exception], ...] = (
            REDIS_DOWN if redis_only else (*REDIS_DOWN, Neo4jUnavailable)
        )
        pause = 1.0
        while True:
            try:
                return step()
            except down as e:
                server = "Neo4j" if isinstance(e, Neo4jUnavailable) else "Redis"
                log.warning(
                    "worker %s: %s does not answer (%s); trying again in %.0f s",
                    self.summary.consumer,
                    server,
                    _first_line(e),
                    pause,
                )
            deadline = time.monotonic() + pause
            while time.monotonic() < deadline:
                if self.stop.requested:
                    return None
                time.sleep(0.1)
            pause = min(pause * 2, _MAX_PAUSE_SECONDS)

    @contextmanager
    def _holding(self, messages: list[_Message]) -> Iterator[None]:
        """Keep the messages ours while the block runs: re-claim them (XCLAIM JUSTID, which
        counts no delivery) well within the claim idle time, so no other worker takes a
        batch that only waits for a server to come back."""
        done = threading.Event()
        every = self.settings.claim_idle_ms / 3000

        def renew() -> None:
            ids: list[Any] = [m.id for m in messages]
            while not done.wait(every):
                # With Redis down too, nobody can claim them meanwhile.
                with suppress(*REDIS_DOWN):
                    self.client.xclaim(
                        self.settings.ingest_stream,
                        self.settings.consumer_group,
                        self.summary.consumer,
                        min_idle_time=0,
                        message_ids=ids,
                        justid=True,
                    )

        thread = threading.Thread(target=renew, name="hold-batch", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()

    def _parsed(self, message: _Message) -> Article | None:
        """The message's article, read here if it was submitted unread; dead-letter what is
        not one, cannot be read, or is out of deliveries."""
        fields = message.fields
        content: Article | ArticleIn
        try:
            if "submission" in fields:
                content = ArticleIn.model_validate_json(fields["submission"])
            else:
                content = Article.model_validate_json(fields["article"])
        except (KeyError, ValidationError) as e:
            reason = f"not an article message: {_first_line(e)}"
            item = fields.get("article", "")[:80] or message.id
            self._dead(message, JobFailure(item=item, stage="message", reason=reason))
            return None
        item = content.id if isinstance(content, Article) else fields.get("item") or message.id
        if message.deliveries > self.settings.max_deliveries:
            stage, reason = self._last_failure(message)
            self._dead(message, self._failure(item, message, stage, reason))
            return None
        if isinstance(content, Article):
            return content
        try:
            return read_submission(content, name=item)
        except ItemFailed as e:
            self._dead(message, self._failure(item, message, "read", e.error.reason))
        except Exception as e:  # a bug costs this message only, never the worker
            reason = unexpected_error(item, e).reason
            self._dead(message, self._failure(item, message, "read", reason))
        return None

    def _skip_known(
        self, articles: list[Article], todo: dict[str, list[_Message]]
    ) -> list[Article]:
        """Acknowledge as skipped the articles stored by this extractor version (no --force)."""
        ask = [a.id for a in articles if any(m.fields.get("force") != "1" for m in todo[a.id])]
        if not ask:
            return articles
        stored = known_articles(
            self.driver,
            ask,
            database=self.database,
            extractor_version=self.settings.extractor_version,
        )
        self._ack([(m, "skipped", 0) for i in sorted(stored) for m in todo[i]])
        return [a for a in articles if a.id not in stored]

    def _ack(self, outcomes: Sequence[tuple[_Message, str, int]]) -> None:
        if not outcomes:
            return
        s = self.settings
        now = datetime.now(UTC).isoformat()
        pipe = self.client.pipeline(transaction=False)
        for message, counter, events in outcomes:
            keys = [s.ingest_stream, self._job_key(message), self.notes_key]
            self.ack_script(keys, [s.consumer_group, message.id, counter, events, now], pipe)
        acked = pipe.execute()
        for (_message, counter, events), done in zip(outcomes, acked, strict=True):
            if done and counter == "ingested":
                self.summary.ingested += 1
                self.summary.events += events
            elif done:
                self.summary.skipped += 1

    def _failed(self, messages: list[_Message], item: str, stage: str, reason: str) -> None:
        """A failed attempt: dead-letter on the last delivery, else note it and retry later."""
        for message in messages:
            if message.deliveries >= self.settings.max_deliveries:
                self._dead(message, self._failure(item, message, stage, reason))
                continue
            self.summary.retried += 1
            note = json.dumps({"stage": stage, "reason": reason})
            self.client.hset(self.notes_key, message.id, note)
            log.info(
                "worker %s: %s failed (delivery %d of %d): %s",
                self.summary.consumer,
                message.id,
                message.deliveries,
                self.settings.max_deliveries,
                reason,
            )

    def _last_failure(self, message: _Message) -> tuple[str, str]:
        note = self.client.hget(self.notes_key, message.id)
        if note:
            last = json.loads(note)
            return last["stage"], f"{last['reason']} (then never acknowledged)"
        return "delivery", (
            f"delivered {message.deliveries - 1} times and never acknowledged "
            "(its workers died or timed out)"
        )

    def _failure(self, item: str, message: _Message, stage: str, reason: str) -> JobFailure:
        return JobFailure(item=item, stage=stage, reason=reason, deliveries=message.deliveries)

    def _dead(self, message: _Message, failure: JobFailure) -> None:
        moved = _dead_letter(
            self.dead_letter_script,
            self.settings,
            message.fields.get("job", ""),
            message.id,
            failure,
            message.fields,
            client=self.client,
        )
        if moved:
            self.summary.dead_lettered += 1
            log.warning(
                "worker %s: %s dead-lettered: %s", self.summary.consumer, failure.item, failure
            )

    def _job_key(self, message: _Message) -> str:
        return _job_key(self.settings, message.fields.get("job", ""))


def _dead_letter(
    script: Any,
    settings: IngestSettings,
    job_id: str,
    message_id: str,
    failure: JobFailure,
    fields: dict[str, str] | None,
    *,
    client: Any,
) -> bool:
    """Run the dead-letter script; the entry keeps the original message for a replay."""
    entry = {
        "job": job_id,
        "item": failure.item,
        "stage": failure.stage,
        "reason": failure.reason,
        "deliveries": str(failure.deliveries),
        "message_id": message_id,
        "failed_at": datetime.now(UTC).isoformat(),
    }
    for kept in ("article", "submission"):
        if fields and kept in fields:
            entry[kept] = fields[kept]
    keys = [
        settings.ingest_stream,
        _job_key(settings, job_id),
        f"{settings.ingest_stream}:notes",
        settings.dead_letter_stream,
        _job_key(settings, job_id) + ":failures",
    ]
    args: list[Any] = [
        settings.consumer_group,
        message_id,
        entry["failed_at"],
        failure.model_dump_json(),
        _FAILURES_KEPT,
    ]
    for name, value in entry.items():
        args += [name, value]
    return bool(script(keys, args, client))


def job_status(
    client: redis.Redis, job_id: str, *, settings: IngestSettings | None = None
) -> JobStatus | None:
    """The progress of one job, or None when there is no such job."""
    settings = settings or get_ingest_settings()
    key = _job_key(settings, job_id)
    pipe = client.pipeline(transaction=False)
    pipe.hgetall(key)
    pipe.lrange(key + ":failures", 0, _FAILURES_SHOWN - 1)
    raw, failures = pipe.execute()
    record = {_text(k): _text(v) for k, v in raw.items()}
    if not record:
        return None
    counts = {
        name: int(record.get(name, 0))
        for name in ("enqueued", "ingested", "skipped", "failed", "events")
    }
    total = int(record["total"]) if "total" in record else None
    return JobStatus(
        id=job_id,
        status=_status(record["status"], total, counts),
        inputs=json.loads(record["inputs"]),
        created_at=datetime.fromisoformat(record["created_at"]),
        updated_at=datetime.fromisoformat(record["updated_at"]) if "updated_at" in record else None,
        total=total,
        failures=[JobFailure.model_validate_json(_text(f)) for f in failures],
        **counts,
    )


def list_jobs(
    client: redis.Redis, *, settings: IngestSettings | None = None, limit: int = 20
) -> list[JobStatus]:
    """The most recent jobs, newest first."""
    settings = settings or get_ingest_settings()
    ids = client.zrevrange(settings.jobs_prefix, 0, limit - 1)
    found = (job_status(client, _text(i), settings=settings) for i in ids)
    return [job for job in found if job is not None]


def dead_letters(
    client: redis.Redis, *, settings: IngestSettings | None = None, limit: int = 100
) -> list[dict[str, str]]:
    """The newest dead-letter entries (without the stored article), newest first."""
    settings = settings or get_ingest_settings()
    entries: Any = client.xrevrange(settings.dead_letter_stream, count=limit)
    stored = {"article", "submission"}
    return [
        {"id": _text(i)} | {_text(k): _text(v) for k, v in f.items() if _text(k) not in stored}
        for i, f in entries
    ]


def show_jobs(
    client: redis.Redis,
    job_id: str | None = None,
    *,
    settings: IngestSettings | None = None,
    as_json: bool = False,
    limit: int = 20,
) -> int:
    """Print one job with its failures, or the recent jobs; exit status 1 for an unknown id."""
    if job_id is not None:
        job = job_status(client, job_id, settings=settings)
        if job is None:
            print(f"newsgraph: no job {job_id}")
            return 1
        if as_json:
            print(job.model_dump_json())
            return 0
        print(_job_line(job))
        for failure in job.failures:
            print(f"  {failure.stage}\t{failure.item}\t{failure.reason}")
        return 0
    jobs = list_jobs(client, settings=settings, limit=limit)
    for job in jobs:
        print(job.model_dump_json(exclude={"failures"}) if as_json else _job_line(job))
    return 0


def _job_line(job: JobStatus) -> str:
    total = "?" if job.total is None else str(job.total)
    return (
        f"{job.id}\t{job.status}\t{job.created_at:%Y-%m-%d %H:%M:%S}\ttotal {total}, "
        f"ingested {job.ingested}, skipped {job.skipped}, failed {job.failed}, "
        f"events {job.events}\t{' '.join(job.inputs)}"
    )


def _status(stored: str, total: int | None, counts: dict[str, int]) -> JobState:
    if stored == "enqueuing" or total is None:
        return "enqueuing"
    done = counts["ingested"] + counts["skipped"] + counts["failed"]
    if done >= total:
        return "done"
    # Items refused while enqueuing count as failed before any worker has begun.
    return "running" if done > total - counts["enqueued"] else "queued"


def _job_key(settings: IngestSettings, job_id: str) -> str:
    return f"{settings.jobs_prefix}:{job_id}"


def _text(value: Any) -> str:
    """Redis answers bytes unless the client decodes; the API may pass either."""
    return value.decode() if isinstance(value, bytes) else str(value)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__
