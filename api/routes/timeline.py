"""Histogram series of event counts for charts."""

from typing import Annotated, Literal

from fastapi import Depends
from fastapi.concurrency import run_in_threadpool

from api.deps import DatabaseDep, read_router
from api.errors import BAD_REQUEST
from api.params import COUNTS, EventFilterQuery
from graph import reads
from graph.filters import EventFilter
from graph.views import Counts

router = read_router("timeline")

_FILTERS = EventFilterQuery(*COUNTS)


@router.get(
    "/timeline/counts",
    response_model=Counts,
    responses=BAD_REQUEST,
    openapi_extra=_FILTERS.docs,
)
async def event_counts(
    db: DatabaseDep,
    filters: Annotated[EventFilter, Depends(_FILTERS)],
    interval: Literal["day", "week", "month"] = "month",
    by: Literal["type", "quad_class"] = "type",
) -> Counts:
    """Events per day, week (from Monday) or month, one series per type or quad class."""
    return await run_in_threadpool(
        reads.count_series, db.driver, filters, database=db.name, interval=interval, by=by
    )
