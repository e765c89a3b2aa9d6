"""The Redis consumer: `newsgraph worker` takes the messages `ingest.run.jobs` queued.

    run_worker(redis, driver, ...)        any number of them, on any machines

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
"""

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import redis
from neo4j import Driver
from pydantic import ValidationError

from graph.errors import Neo4jUnavailable
from graph.models import Article, ExtractedArticle
from graph.writes import known_articles
from ingest.errors import ItemError, ItemFailed
from ingest.nlp.model import load_nlp
from ingest.read.extract import unexpected_error
from ingest.read.submissions import ArticleIn, read_submission
from ingest.run.batch import StopSignal, extract_batch, write_batch
from ingest.run.jobs import (
    DEAD_LETTER,
    REDIS_DOWN,
    JobFailure,
    dead_letter_item,
    ensure_group,
    job_key,
)
from ingest.settings import IngestSettings, get_ingest_settings

log = logging.getLogger(__name__)

_GONE_AFTER_MS = 24 * 3600 * 1000
_MAX_PAUSE_SECONDS = 30.0  # the longest wait between two tries of a server that is down
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
        stop: StopSignal,
    ) -> None:
        self.stop = stop
        self.client = client
        self.driver = driver
        self.database = database
        self.settings = settings
        self.summary = WorkerSummary(consumer or f"{socket.gethostname()}-{os.getpid()}")
        self.ack_script = client.register_script(_ACK)
        self.dead_letter_script = client.register_script(DEAD_LETTER)
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
        moved = dead_letter_item(
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
        return job_key(self.settings, message.fields.get("job", ""))


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__
