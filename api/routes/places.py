"""Places events happened in: search, and events per place and per country for the map."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import DriverDep, Neo4jSettingsDep, require_read_key
from api.errors import BAD_REQUEST, COMMON_RESPONSES, BadRequest
from api.params import (
    DateFrom,
    DateTo,
    IncludeHypothetical,
    PlaceFilterDep,
    Types,
    check_window,
    parse_list,
)
from api.schemas import PlaceSearch
from graph import reads
from graph.models import EventType, QuadClass
from graph.views import PlaceCounts

router = APIRouter(
    tags=["places"], dependencies=[Depends(require_read_key)], responses=COMMON_RESPONSES
)


@router.get("/places", response_model=PlaceSearch)
def search_places(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Place name: whole words, prefixes (autocomplete) and typos match",
            examples=["kharkiv"],
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> PlaceSearch:
    """Places events happened in, by name, best match first, with their event counts."""
    return PlaceSearch(items=reads.search_places(driver, q, database=neo4j.database, limit=limit))


@router.get("/places/counts", response_model=PlaceCounts, responses=BAD_REQUEST)
def place_counts(
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
        Query(description="Comma-separated quad classes", examples=["material_conflict"]),
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    include_hypothetical: IncludeHypothetical = False,
    limit: Annotated[int, Query(ge=1, le=5000, description="Places returned, busiest first")] = 500,
) -> PlaceCounts:
    """Located events per place (busiest first) and per country, for the map."""
    if actor is not None and country is not None:
        raise BadRequest("filter by actor or by country, not both")
    check_window(date_from, date_to)
    return reads.place_counts(
        driver,
        database=neo4j.database,
        date_from=date_from,
        date_to=date_to,
        actor=actor,
        country=country,
        types=parse_list(event_type, EventType, name="type"),
        quad_classes=parse_list(quad_class, QuadClass, name="quad_class"),
        include_hypothetical=include_hypothetical,
        where=where,
        limit=limit,
    )
