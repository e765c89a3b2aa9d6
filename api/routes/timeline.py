"""Histogram series of event counts for charts."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import DriverDep, Neo4jSettingsDep, require_read_key
from api.errors import BAD_REQUEST, COMMON_RESPONSES, BadRequest
from api.params import (
    EARLIEST,
    LATEST,
    DateFrom,
    DateTo,
    IncludeHypothetical,
    PlaceFilterDep,
    Types,
    check_window,
    parse_list,
)
from api.schemas import CountPoint, Counts, CountSeries
from graph import reads
from graph.models import EventType, QuadClass

router = APIRouter(
    tags=["timeline"], dependencies=[Depends(require_read_key)], responses=COMMON_RESPONSES
)


@router.get("/timeline/counts", response_model=Counts, responses=BAD_REQUEST)
async def event_counts(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    where: PlaceFilterDep,
    actor: Annotated[
        str | None, Query(min_length=1, max_length=300, examples=["country:KEN"])
    ] = None,
    country: Annotated[
        str | None,
        Query(pattern="^[A-Z]{3}$", description="Events of any actor of this country"),
    ] = None,
    event_type: Annotated[Types, Query(alias="type")] = None,
    quad_class: Annotated[
        str | None,
        Query(description="Comma-separated quad classes", examples=["verbal_conflict"]),
    ] = None,
    interval: Literal["day", "week", "month"] = "month",
    by: Literal["type", "quad_class"] = "type",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_hypothetical: IncludeHypothetical = False,
) -> Counts:
    """Events per day, week (from Monday) or month, one series per type or quad class."""
    if actor is not None and country is not None:
        raise BadRequest("filter by actor or by country, not both")
    check_window(date_from, date_to)
    buckets = await run_in_threadpool(
        reads.event_counts,
        driver,
        database=neo4j.database,
        date_from=date_from or EARLIEST,
        date_to=date_to or LATEST,
        actor=actor,
        country=country,
        types=parse_list(event_type, EventType, name="type"),
        quad_classes=parse_list(quad_class, QuadClass, name="quad_class"),
        interval=interval,
        by=by,
        include_hypothetical=include_hypothetical,
        where=where,
    )
    series: dict[str, list[CountPoint]] = {}
    for bucket in buckets:
        series.setdefault(bucket.key, []).append(CountPoint(period=bucket.bucket, count=bucket.n))
    return Counts(
        interval=interval,
        by=by,
        series=[CountSeries(key=key, points=points) for key, points in sorted(series.items())],
    )
