"""Query parameters read from the query string in one validation: the event filter's, others."""

import asyncio
import importlib
import pkgutil
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Annotated, Any, NamedTuple, TypeVar

import pytest
from fastapi import Query
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.requests import Request

import api.routes
from api.errors import Invalid
from api.params import COUNTS, PLACE, TIMELINE, EventFilterQuery, QueryParameters, with_filter
from graph.filters import EventFilter, PlaceFilter
from graph.models import EventType, QuadClass

T = TypeVar("T")


def _filter(query: QueryParameters[T], query_string: str) -> T:
    """The dependency awaited in a thread of its own: the ASGI tests run before this module in
    the whole suite leave this thread marked as running an event loop."""
    scope = {"type": "http", "method": "GET", "query_string": query_string.encode()}
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, query(Request(scope))).result()


def _error_locations(query: QueryParameters[Any], query_string: str) -> list[tuple[str, ...]]:
    with pytest.raises(RequestValidationError) as caught:
        _filter(query, query_string)
    return [tuple(e["loc"]) for e in caught.value.errors()]


def test_the_filter_is_built_from_the_parameters_by_their_public_names() -> None:
    query = EventFilterQuery(*COUNTS)
    got = _filter(
        query,
        "actor=country:PER&from=2024-03-01&to=2024-04-30&type=ASSAULT,%20COERCE"
        "&quad_class=material_conflict&include_hypothetical=true&near=-12.05,-77.04&within_km=20",
    )
    assert got == EventFilter(
        actor="country:PER",
        date_from=date(2024, 3, 1),
        date_to=date(2024, 4, 30),
        types=[EventType.ASSAULT, EventType.COERCE],
        quad_classes=[QuadClass.MATERIAL_CONFLICT],
        include_hypothetical=True,
        where=PlaceFilter(near=(-12.05, -77.04), within_km=20.0),
    )


def test_parameters_the_route_does_not_offer_keep_their_defaults() -> None:
    # The timelines offer no `q` nor `actor` (the path names the actor); Python names are
    # not public names either.
    query = EventFilterQuery(*TIMELINE)
    got = _filter(query, "q=ceasefire&actor=country:CHL&date_from=2024-01-01&types=CONSULT")
    assert got == EventFilter(types=[EventType.CONSULT])


def test_a_repeated_parameter_counts_by_its_last_value() -> None:
    got = _filter(EventFilterQuery(*TIMELINE), "from=2023-06-01&from=2023-07-01")
    assert got.date_from == date(2023, 7, 1)


def test_invalid_values_are_fastapis_validation_errors_located_in_the_query() -> None:
    query = EventFilterQuery(*COUNTS)
    locations = _error_locations(
        query, "actor=&country=chl&from=2024-02-30&include_hypothetical=maybe&within_km=0"
    )
    assert locations == [
        ("query", "actor"),
        ("query", "country"),
        ("query", "from"),
        ("query", "include_hypothetical"),
        ("query", "within_km"),
    ]


def test_a_filter_the_parameters_contradict_is_refused_after_validation() -> None:
    # Each value is valid; together they are not: the API's own 422, as before.
    with pytest.raises(Invalid, match="after"):
        _filter(EventFilterQuery(*TIMELINE), "from=2024-05-01&to=2024-04-01")


def test_an_unknown_parameter_name_is_refused_when_the_route_is_built() -> None:
    with pytest.raises(ValueError, match="radius"):
        EventFilterQuery("date_from", "radius")


def test_the_docs_name_each_offered_parameter_once_by_its_public_name() -> None:
    docs = EventFilterQuery(*TIMELINE, *PLACE).docs["parameters"]
    assert [p["name"] for p in docs] == [
        "from",
        "to",
        "types",
        "include_hypothetical",
        "include_negated",
        "place",
        "place_country",
        "near",
        "within_km",
    ]
    assert all(p["in"] == "query" and not p["required"] for p in docs)


class _Page(NamedTuple):
    size: int
    order: str


def _page(
    size: Annotated[int, Query(ge=1, le=20, alias="per_page")] = 10, order: str = "newest"
) -> _Page:
    return _Page(size, order)


def test_any_function_of_query_parameters_is_called_with_them_validated() -> None:
    query = QueryParameters(_page)
    assert _filter(query, "per_page=7&order=oldest&size=3") == _Page(7, "oldest")
    assert _filter(query, "") == _Page(10, "newest")
    assert _error_locations(query, "per_page=21") == [("query", "per_page")]
    assert [p["name"] for p in query.docs["parameters"]] == ["per_page", "order"]


class _FilteredPage(NamedTuple):
    filters: EventFilter
    page: _Page


def _filtered_page(
    filters: EventFilter,
    size: Annotated[int, Query(ge=1, le=20, alias="per_page")] = 10,
    order: str = "newest",
) -> _FilteredPage:
    return _FilteredPage(filters, _Page(size, order))


def test_a_routes_own_parameters_are_read_with_the_filters_in_one_validation() -> None:
    query = QueryParameters(with_filter(_filtered_page, "date_from", "types"))
    got = _filter(query, "types=PROTEST&per_page=5&from=2022-11-02&q=strike")
    assert got == _FilteredPage(
        EventFilter(date_from=date(2022, 11, 2), types=[EventType.PROTEST]), _Page(5, "newest")
    )
    assert _filter(query, "") == _FilteredPage(EventFilter(), _Page(10, "newest"))


def test_errors_of_a_routes_own_parameters_and_of_the_filters_are_listed_together() -> None:
    query = QueryParameters(with_filter(_filtered_page, "date_from", "types"))
    assert _error_locations(query, "from=2022-13-01&per_page=0") == [
        ("query", "per_page"),
        ("query", "from"),
    ]


def test_a_routes_own_parameters_are_documented_before_the_filters() -> None:
    # FastAPI lists a route's own parameters before its dependencies': the same order keeps
    # the OpenAPI document as it was when FastAPI read each parameter.
    query = QueryParameters(with_filter(_filtered_page, "date_from", "types"))
    assert [p["name"] for p in query.docs["parameters"]] == ["per_page", "order", "from", "types"]


def test_every_route_reading_its_query_in_one_validation_documents_it() -> None:
    read = []
    for module in pkgutil.iter_modules(api.routes.__path__):
        router = importlib.import_module(f"api.routes.{module.name}").router
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            calls = [d.call for d in route.dependant.dependencies]
            for query in (c for c in calls if isinstance(c, QueryParameters)):
                assert route.openapi_extra == query.docs, route.path
                read.append(route.path)
    # GET /events and its two exports, both timelines, the counts, the places' counts and
    # the network.
    assert len(read) == 8
