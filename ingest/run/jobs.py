"""Ingest jobs on Redis Streams: what the API may touch, and what `enqueue` does.

    enqueue(redis, ["pages/"])            one message an article, in a new job
    enqueue_items(redis, items, ...)      the same for articles already read, or submitted
                                          unread (POST /ingest): the worker reads those
    job_status(redis, job_id)             what a job has done (`newsgraph jobs`, GET /jobs/{id})
    list_jobs, dead_letters               the recent jobs, the newest dead letters

The workers that take the messages are in `ingest.run.worker`. Job records are hashes
`<jobs_prefix>:<id>` (counters `enqueued`, `ingested`, `skipped`, `failed`, `events`, and the
job's inputs and times), listed newest first in the sorted set `<jobs_prefix>`; the job's
failures are the list `<jobs_prefix>:<id>:failures`. An item that cannot become a message
(`enqueue` could not read it, or it is not an article) is dead-lettered at once and counts as
failed in its job.
"""

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal

import redis
from pydantic import BaseModel, ConfigDict, Field

from graph.models import Article
from ingest.errors import ItemError
from ingest.read.sources import read_articles
from ingest.read.submissions import Submission
from ingest.settings import IngestSettings, get_ingest_settings

_ENQUEUE_CHUNK = 200  # XADDs per round trip
_FAILURES_KEPT = 1000  # per job, in its failures list
_FAILURES_SHOWN = 100
# Redis errors that mean "not reachable now", not "wrong command".
REDIS_DOWN = (redis.ConnectionError, redis.TimeoutError)
_CONNECT_TIMEOUT_SECONDS = 5.0
_READ_SLACK_SECONDS = 10.0

# Move one message (or an item that never became one: empty id) to the dead-letter stream.
# KEYS: stream, job hash, notes hash, dead-letter stream, job failures list.
# ARGV: group, message id, now, failure JSON, max kept failures, dead-letter fields...
DEAD_LETTER = """
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
    key = job_key(settings, job_id)
    client.hset(
        key,
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
    dead_letter = client.register_script(DEAD_LETTER)
    enqueued = unreadable = 0
    pipe = client.pipeline(transaction=False)
    for item in items:
        if isinstance(item, ItemError):
            unreadable += 1
            failure = JobFailure(item=item.item, stage="read", reason=item.reason)
            dead_letter_item(dead_letter, settings, job_id, "", failure, None, client=pipe)
        else:
            enqueued += 1
            message: dict[str, str | int] = {"job": job_id, "force": int(force)}
            if isinstance(item, Submission):
                message |= {"item": item.name, "submission": item.article.model_dump_json()}
            else:
                message["article"] = item.model_dump_json()
            pipe.xadd(settings.ingest_stream, message)  # type: ignore[arg-type]
        if len(pipe) >= _ENQUEUE_CHUNK:
            pipe.hset(key, "enqueued", enqueued)
            pipe.execute()
    pipe.hset(key, mapping={"enqueued": enqueued, "total": enqueued + unreadable})
    pipe.hset(key, "status", "queued")
    pipe.execute()
    status = job_status(client, job_id, settings=settings)
    assert status is not None
    return status


def dead_letter_item(
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
        job_key(settings, job_id),
        f"{settings.ingest_stream}:notes",
        settings.dead_letter_stream,
        job_key(settings, job_id) + ":failures",
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
    key = job_key(settings, job_id)
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


def _status(stored: str, total: int | None, counts: dict[str, int]) -> JobState:
    if stored == "enqueuing" or total is None:
        return "enqueuing"
    done = counts["ingested"] + counts["skipped"] + counts["failed"]
    if done >= total:
        return "done"
    # Items refused while enqueuing count as failed before any worker has begun.
    return "running" if done > total - counts["enqueued"] else "queued"


def job_key(settings: IngestSettings, job_id: str) -> str:
    """The Redis key of a job's record."""
    return f"{settings.jobs_prefix}:{job_id}"


def _text(value: Any) -> str:
    """Redis answers bytes unless the client decodes; the API may pass either."""
    return value.decode() if isinstance(value, bytes) else str(value)
