"""Batch ingestion on the Redis queue: POST /ingest queues a job, GET /jobs shows its progress.

The submitted articles are queued unread: `newsgraph worker` processes fetch, read, extract
and write them, so a batch of URLs is accepted at once. Jobs from `newsgraph enqueue` show
here too.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response

from api.deps import (
    ApiSettingsDep,
    IngestSettingsDep,
    QueueDep,
    require_read_key,
    require_write_key,
)
from api.errors import NOT_FOUND, QUEUE_RESPONSES, UNAUTHORIZED, Invalid, NotFound
from api.schemas import BadItem, IngestRequest, Job, JobAccepted, JobError, JobList
from ingest.errors import ItemError
from ingest.read.submissions import Submission
from ingest.run.jobs import JobStatus, enqueue_items, job_status, list_jobs

router = APIRouter(tags=["jobs"], responses=QUEUE_RESPONSES)
_ACCEPTED: dict[int | str, dict[str, Any]] = {
    202: {"headers": {"Location": {"description": "The job's URL", "schema": {"type": "string"}}}}
}


def job_out(status: JobStatus) -> Job:
    """The API form of a queued job; `done` counts what is in the graph, ingested or skipped."""
    return Job(
        id=status.id,
        status=status.status,
        inputs=status.inputs,
        total=status.total,
        done=status.ingested + status.skipped,
        failed=status.failed,
        errors=[JobError(item=f.item, reason=f.reason) for f in status.failures],
        created_at=status.created_at,
        # A job no worker has touched yet was last changed when it was created.
        updated_at=status.updated_at or status.created_at,
        enqueued=status.enqueued,
        ingested=status.ingested,
        skipped=status.skipped,
        events=status.events,
        failures=status.failures,
    )


@router.post(
    "/ingest",
    status_code=202,
    response_model=JobAccepted,
    responses=UNAUTHORIZED | _ACCEPTED,
    dependencies=[Depends(require_write_key)],
)
def post_ingest(
    batch: IngestRequest,
    response: Response,
    queue: QueueDep,
    settings: ApiSettingsDep,
    ingest: IngestSettingsDep,
) -> JobAccepted:
    """Queue a batch of articles or URLs for `newsgraph worker`; poll the Location it answers.

    An item that is not an article (a field of the wrong type, a bad URL or date) fails
    alone: it is one of the job's failures, with its reason, and the others are queued.
    """
    listed, items = ("items", batch.items) if batch.items is not None else ("urls", batch.urls)
    assert items is not None  # IngestRequest holds one of the two
    if len(items) > settings.ingest_max_items:
        raise Invalid(f"a batch holds at most {settings.ingest_max_items} items")
    submissions: list[Submission | ItemError] = []
    for n, item in enumerate(items):
        name = f"{listed}[{n}]"
        if isinstance(item, BadItem):
            submissions.append(ItemError(item=name, reason=item.reason))
        else:
            submissions.append(Submission(item.url or name, item))
    job = enqueue_items(
        queue,
        submissions,
        inputs=[f"POST /ingest ({len(items)} items)"],
        settings=ingest,
        force=batch.force,
    )
    response.headers["Location"] = f"/jobs/{job.id}"
    return JobAccepted(job_id=job.id, enqueued=job.enqueued, failures=job.failures)


@router.get("/jobs", response_model=JobList, dependencies=[Depends(require_read_key)])
def get_jobs(
    queue: QueueDep,
    ingest: IngestSettingsDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> JobList:
    """The most recent jobs, newest first."""
    return JobList(items=[job_out(j) for j in list_jobs(queue, settings=ingest, limit=limit)])


@router.get(
    "/jobs/{job_id}",
    response_model=Job,
    responses=NOT_FOUND,
    dependencies=[Depends(require_read_key)],
)
def get_job(
    queue: QueueDep,
    ingest: IngestSettingsDep,
    # No ':' so an id never names another Redis key (a job's failures list).
    job_id: Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[\w-]+$")],
) -> Job:
    """A job's progress: items queued, ingested, skipped and failed, with each failure's reason."""
    status = job_status(queue, job_id, settings=ingest)
    if status is None:
        raise NotFound(f"no job with id {job_id!r}")
    return job_out(status)
