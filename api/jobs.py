"""Ingest jobs: a :Job node in Neo4j per POST /ingest batch, run by a thread of this process.

Why not the Redis queue: the workers' queue (issue 7) was not there when the API was built,
so the simplest honest version runs the batch in-process and records its progress where
every API process can read it. A job a stopped process leaves unfinished is marked failed.
The Cypher lives here, not in graph/queries.py, because jobs are the API's own records.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

from neo4j import Driver, RoutingControl

from api.schemas import Job, JobError
from graph.driver import UNAVAILABLE
from graph.errors import Neo4jUnavailable

# A new job, queued.
CREATE_JOB = """
CREATE (j:Job {id: $id, status: 'queued', total: $total, done: 0, failed: 0,
               error_items: [], error_reasons: [], created_at: $now, updated_at: $now})
"""

# Progress: counts add up, errors append, the status moves on.
UPDATE_JOB = """
MATCH (j:Job {id: $id})
SET j.status = $status,
    j.done = j.done + $done,
    j.failed = j.failed + $failed,
    j.error_items = j.error_items + $error_items,
    j.error_reasons = j.error_reasons + $error_reasons,
    j.updated_at = $now
"""

# One job's record.
GET_JOB = """
MATCH (j:Job {id: $id})
RETURN j {.*} AS job
"""


def create_job(driver: Driver, *, database: str, total: int) -> str:
    """Record a queued job of `total` items and return its id."""
    job_id = uuid.uuid4().hex
    _run(driver, CREATE_JOB, database=database, id=job_id, total=total, now=_now())
    return job_id


def update_job(
    driver: Driver,
    job_id: str,
    *,
    database: str,
    status: str,
    done: int = 0,
    errors: list[JobError] | None = None,
    failed: int | None = None,
) -> None:
    """Add progress to a job: items done, items failed (with reasons), its new status."""
    errors = errors or []
    _run(
        driver,
        UPDATE_JOB,
        database=database,
        id=job_id,
        status=status,
        done=done,
        failed=len(errors) if failed is None else failed,
        error_items=[e.item for e in errors],
        error_reasons=[e.reason for e in errors],
        now=_now(),
    )


def get_job(driver: Driver, job_id: str, *, database: str) -> Job | None:
    """A job's progress; None if unknown."""
    records = _run(driver, GET_JOB, database=database, routing=RoutingControl.READ, id=job_id)
    if not records:
        return None
    j = records[0]["job"]
    return Job(
        id=j["id"],
        status=j["status"],
        total=j["total"],
        done=j["done"],
        failed=j["failed"],
        errors=[
            JobError(item=item, reason=reason)
            for item, reason in zip(j["error_items"], j["error_reasons"], strict=True)
        ],
        created_at=j["created_at"].to_native(),
        updated_at=j["updated_at"].to_native(),
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _run(
    driver: Driver,
    query: str,
    *,
    database: str,
    routing: RoutingControl = RoutingControl.WRITE,
    **params: Any,
) -> list[Any]:
    try:
        records, _, _ = driver.execute_query(query, params, database_=database, routing_=routing)
    except UNAVAILABLE as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
    return records
