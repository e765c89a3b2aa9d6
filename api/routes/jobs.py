"""Batch ingestion: POST /ingest queues a job run by a background thread; GET /jobs/{id}."""

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from neo4j import Driver

from api import jobs
from api.deps import (
    ApiSettingsDep,
    DriverDep,
    Neo4jSettingsDep,
    require_read_key,
    require_write_key,
)
from api.errors import COMMON_RESPONSES, NOT_FOUND, UNAUTHORIZED, Invalid, NotFound
from api.routes.articles import extract_and_write, try_article
from api.schemas import ArticleIn, IngestRequest, Job, JobAccepted, JobError
from graph.errors import GraphError
from graph.models import Article

log = logging.getLogger(__name__)

router = APIRouter(tags=["jobs"], responses=COMMON_RESPONSES)


def run_job(
    driver: Driver,
    job_id: str,
    items: list[ArticleIn],
    *,
    database: str,
    extractor_version: str,
    batch_size: int,
) -> None:
    """Ingest a job's items batch by batch, recording progress on its :Job node."""
    try:
        jobs.update_job(driver, job_id, database=database, status="running")
        for start in range(0, len(items), batch_size):
            articles: list[Article] = []
            errors: list[JobError] = []
            for n, item in enumerate(items[start : start + batch_size], start=start):
                found = try_article(item, name=item.url or f"items[{n}]")
                if isinstance(found, JobError):
                    errors.append(found)
                else:
                    articles.append(found)
            try:
                extract_and_write(
                    driver, articles, database=database, extractor_version=extractor_version
                )
                done = len(articles)
            except GraphError as e:
                errors += [JobError(item=a.path or a.id, reason=str(e)) for a in articles]
                done = 0
            jobs.update_job(
                driver, job_id, database=database, status="running", done=done, errors=errors
            )
        jobs.update_job(driver, job_id, database=database, status="done")
    except Exception as e:  # the thread's last stop: record why, never die silently
        log.exception("job %s failed", job_id)
        _record_failure(driver, job_id, database=database, reason=f"the job stopped: {e}")


def _record_failure(driver: Driver, job_id: str, *, database: str, reason: str) -> None:
    try:
        jobs.update_job(
            driver,
            job_id,
            database=database,
            status="failed",
            errors=[JobError(item="job", reason=reason)],
            failed=0,
        )
    except GraphError:
        log.exception("job %s: could not record the failure", job_id)


class JobRunner:
    """Runs jobs one at a time on a thread of this process; marks unrun ones failed at exit."""

    def __init__(self, driver: Driver, *, database: str) -> None:
        self._driver = driver
        self._database = database
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-job")
        self._futures: dict[str, Future[None]] = {}

    def submit(
        self, job_id: str, items: list[ArticleIn], *, extractor_version: str, batch_size: int
    ) -> None:
        """Queue a recorded job."""
        self._futures = {k: f for k, f in self._futures.items() if not f.done()}
        self._futures[job_id] = self._executor.submit(
            run_job,
            self._driver,
            job_id,
            items,
            database=self._database,
            extractor_version=extractor_version,
            batch_size=batch_size,
        )

    def close(self) -> None:
        """Finish the running job, drop the queued ones and record them as failed."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        for job_id, future in self._futures.items():
            if future.cancelled():
                _record_failure(
                    self._driver,
                    job_id,
                    database=self._database,
                    reason="interrupted: the API stopped before the job ran",
                )


def _runner(request: Request) -> JobRunner:
    runner: JobRunner = request.app.state.jobs
    return runner


@router.post(
    "/ingest",
    status_code=202,
    response_model=JobAccepted,
    responses=UNAUTHORIZED,
    dependencies=[Depends(require_write_key)],
)
def post_ingest(
    batch: IngestRequest,
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    settings: ApiSettingsDep,
    runner: Annotated[JobRunner, Depends(_runner)],
) -> JobAccepted:
    """Accept a batch of articles or URLs for background ingestion; poll GET /jobs/{id}."""
    items = batch.items if batch.items is not None else [ArticleIn(url=u) for u in batch.urls or []]
    if len(items) > settings.ingest_max_items:
        raise Invalid(f"a batch holds at most {settings.ingest_max_items} items")
    job_id = jobs.create_job(driver, database=neo4j.database, total=len(items))
    runner.submit(
        job_id,
        items,
        extractor_version=settings.extractor_version,
        batch_size=settings.ingest_batch_size,
    )
    return JobAccepted(job_id=job_id)


@router.get(
    "/jobs/{job_id}",
    response_model=Job,
    responses=NOT_FOUND,
    dependencies=[Depends(require_read_key)],
)
def get_job(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    job_id: Annotated[str, Path(min_length=1, max_length=100)],
) -> Job:
    """A batch's progress: items done and failed, with the reason of each failure."""
    job = jobs.get_job(driver, job_id, database=neo4j.database)
    if job is None:
        raise NotFound(f"no job with id {job_id!r}")
    return job
