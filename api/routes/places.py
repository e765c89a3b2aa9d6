"""Places events happened in: search, and events per place and per country for the map."""

from typing import Annotated

from fastapi import Depends, Query

from api.deps import DriverDep, Neo4jSettingsDep, read_router
from api.errors import BAD_REQUEST
from api.params import COUNTS, SearchLimit, event_filter, search_text
from api.schemas import PlaceSearch
from graph import reads
from graph.filters import EventFilter
from graph.views import PlaceCounts

router = read_router("places")


@router.get("/places", response_model=PlaceSearch)
def search_places(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    q: Annotated[str, search_text("Place name", "kharkiv")],
    limit: SearchLimit = 10,
) -> PlaceSearch:
    """Places events happened in, by name, best match first, with their event counts."""
    return PlaceSearch(items=reads.search_places(driver, q, database=neo4j.database, limit=limit))


@router.get("/places/counts", response_model=PlaceCounts, responses=BAD_REQUEST)
def place_counts(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    filters: Annotated[EventFilter, Depends(event_filter(*COUNTS))],
    limit: Annotated[int, Query(ge=1, le=5000, description="Places returned, busiest first")] = 500,
) -> PlaceCounts:
    """Located events per place (busiest first) and per country, for the map."""
    return reads.place_counts(driver, filters, database=neo4j.database, limit=limit)
