"""Places events happened in: search, and events per place and per country for the map."""

from typing import Annotated

from fastapi import Depends, Query

from api.deps import DatabaseDep, read_router
from api.errors import BAD_REQUEST
from api.params import COUNTS, EventFilterQuery, SearchLimit, search_text
from api.schemas import PlaceSearch
from graph import reads
from graph.filters import EventFilter
from graph.views import PlaceCounts

router = read_router("places")

_FILTERS = EventFilterQuery(*COUNTS)


@router.get("/places", response_model=PlaceSearch)
def search_places(
    db: DatabaseDep,
    q: Annotated[str, search_text("Place name", "kharkiv")],
    limit: SearchLimit = 10,
) -> PlaceSearch:
    """Places events happened in, by name, best match first, with their event counts."""
    return PlaceSearch(items=reads.search_places(db.driver, q, database=db.name, limit=limit))


@router.get(
    "/places/counts",
    response_model=PlaceCounts,
    responses=BAD_REQUEST,
    openapi_extra=_FILTERS.docs,
)
def place_counts(
    db: DatabaseDep,
    filters: Annotated[EventFilter, Depends(_FILTERS)],
    limit: Annotated[int, Query(ge=1, le=5000, description="Places returned, busiest first")] = 500,
) -> PlaceCounts:
    """Located events per place (busiest first) and per country, for the map."""
    return reads.place_counts(db.driver, filters, database=db.name, limit=limit)
