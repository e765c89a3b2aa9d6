"""Actors: search, profile, timeline and co-involvement network."""

from datetime import date
from typing import Annotated, Literal, NamedTuple

from fastapi import Depends, Path, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import DatabaseDep, read_router
from api.errors import NOT_FOUND, NotFound
from api.params import (
    PLACE,
    TIMELINE,
    CursorParam,
    DateFrom,
    DateTo,
    Limit,
    QueryParameters,
    SearchLimit,
    check_window,
    decode_cursor,
    search_text,
    with_filter,
)
from api.schemas import ActorSearch
from graph import reads
from graph.filters import EventFilter
from graph.models import ActorKind
from graph.views import ActorProfile, Cursor, EventPage, Network

router = read_router("actors")


ActorId = Annotated[
    str, Path(min_length=1, max_length=300, description="Actor id", examples=["country:KEN"])
]


@router.get("/actors", response_model=ActorSearch)
async def search_actors(
    db: DatabaseDep,
    q: Annotated[str, search_text("Name or alias", "keny")],
    kind: ActorKind | None = None,
    country: Annotated[
        str | None, Query(pattern="^[A-Z]{3}$", description="ISO 3166 alpha-3", examples=["KEN"])
    ] = None,
    limit: SearchLimit = 10,
) -> ActorSearch:
    """Search actors by name or alias, best match first."""
    hits = await run_in_threadpool(
        reads.search_actors,
        db.driver,
        q,
        database=db.name,
        kind=kind,
        country=country,
        limit=limit,
    )
    return ActorSearch(items=hits)


@router.get("/actors/{actor_id}", response_model=ActorProfile, responses=NOT_FOUND)
async def get_actor(
    db: DatabaseDep,
    actor_id: ActorId,
    top: Annotated[int, Query(ge=1, le=100, description="How many top counterparts")] = 10,
) -> ActorProfile:
    """An actor's profile: active period, event counts by type, top counterparts."""
    profile = await run_in_threadpool(
        reads.actor_profile, db.driver, actor_id, database=db.name, top=top
    )
    if profile is None:
        raise NotFound(f"no actor with id {actor_id!r}")
    return profile


class _TimelineQuery(NamedTuple):
    """The query of a timeline: its events, the actor's role in them, and the page."""

    filters: EventFilter
    role: Literal["source", "target", "participant"] | None
    limit: int
    after: Cursor | None


def _timeline_query(
    filters: EventFilter,
    role: Annotated[
        Literal["source", "target", "participant"] | None,
        Query(description="Only events where the actor has this role"),
    ] = None,
    limit: Limit = 50,
    cursor: CursorParam = None,
) -> _TimelineQuery:
    return _TimelineQuery(filters, role, limit, decode_cursor(cursor))


_TIMELINE = QueryParameters(with_filter(_timeline_query, *TIMELINE, *PLACE))


@router.get("/actors/{actor_id}/timeline", response_model=EventPage, openapi_extra=_TIMELINE.docs)
async def actor_timeline(
    db: DatabaseDep, actor_id: ActorId, query: Annotated[_TimelineQuery, Depends(_TIMELINE)]
) -> EventPage:
    """An actor's events, newest first, keyset-paged on (date, id)."""
    return await run_in_threadpool(
        reads.actor_timeline,
        db.driver,
        actor_id,
        database=db.name,
        filters=query.filters,
        role=query.role,
        limit=query.limit,
        after=query.after,
    )


class _Window(NamedTuple):
    """The query of a network: its window, its lightest edge and how many edges."""

    date_from: date | None
    date_to: date | None
    min_weight: int
    limit: int


def _network_window(
    date_from: DateFrom = None,
    date_to: DateTo = None,
    min_weight: Annotated[int, Query(ge=1, description="Fewest shared events per edge")] = 1,
    limit: Annotated[int, Query(ge=1, le=500, description="Most edges, heaviest first")] = 50,
) -> _Window:
    check_window(date_from, date_to)
    return _Window(date_from, date_to, min_weight, limit)


_NETWORK_WINDOW = QueryParameters(_network_window)


@router.get(
    "/actors/{actor_id}/network",
    response_model=Network,
    responses=NOT_FOUND,
    openapi_extra=_NETWORK_WINDOW.docs,
)
async def actor_network(
    db: DatabaseDep, actor_id: ActorId, window: Annotated[_Window, Depends(_NETWORK_WINDOW)]
) -> Network:
    """The actors of an actor's events in a window, with edges weighted by shared events."""
    network = await run_in_threadpool(
        reads.actor_network,
        db.driver,
        actor_id,
        database=db.name,
        date_from=window.date_from,
        date_to=window.date_to,
        min_weight=window.min_weight,
        max_edges=window.limit,
    )
    if network is None:
        raise NotFound(f"no actor with id {actor_id!r}")
    return network
