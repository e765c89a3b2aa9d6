"""Two actors: the events between them, and the shortest chain of events linking them."""

from typing import Annotated

from fastapi import Depends, Path, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import DatabaseDep, read_router
from api.errors import BAD_REQUEST, BadRequest
from api.params import TIMELINE, CursorParam, EventFilterQuery, Limit, decode_cursor
from api.schemas import Path as PathOut
from api.schemas import PathEdge
from graph import reads
from graph.filters import EventFilter
from graph.views import EventPage

router = read_router("dyads")

_ActorA = Annotated[str, Path(min_length=1, max_length=300, examples=["country:KEN"])]
_ActorB = Annotated[str, Path(min_length=1, max_length=300, examples=["country:ETH"])]
_FILTERS = EventFilterQuery(*TIMELINE)


@router.get("/dyads/{a}/{b}/timeline", response_model=EventPage, openapi_extra=_FILTERS.docs)
async def dyad_timeline(
    db: DatabaseDep,
    a: _ActorA,
    b: _ActorB,
    filters: Annotated[EventFilter, Depends(_FILTERS)],
    directed: Annotated[
        bool, Query(description="Only events where a is a source and b a target")
    ] = False,
    limit: Limit = 50,
    cursor: CursorParam = None,
) -> EventPage:
    """Events involving both actors, newest first, keyset-paged on (date, id)."""
    return await run_in_threadpool(
        reads.dyad_timeline,
        db.driver,
        a,
        b,
        database=db.name,
        filters=filters,
        directed=directed,
        limit=limit,
        after=decode_cursor(cursor),
    )


@router.get(
    "/paths",
    response_model=PathOut,
    responses=BAD_REQUEST,
)
async def interaction_path(
    db: DatabaseDep,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=300)],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=300)],
    max_hops: Annotated[int, Query(ge=1, le=reads.MAX_HOPS)] = 4,
) -> PathOut:
    """The shortest chain of real (not hypothetical, not negated) events between two actors."""
    if source == target:
        raise BadRequest("from and to name the same actor")
    steps = await run_in_threadpool(
        reads.interaction_path, db.driver, source, target, database=db.name, max_hops=max_hops
    )
    if not steps:
        return PathOut(found=False, nodes=[], edges=[])
    nodes = [steps[0].source] + [s.target for s in steps]
    edges = [
        PathEdge(
            source=s.source.id,
            target=s.target.id,
            weight=1,
            event=s.event,
        )
        for s in steps
    ]
    return PathOut(found=True, nodes=nodes, edges=edges)
