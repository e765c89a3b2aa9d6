"""Query parameters of the reads: the one event filter dependency, cursors, date windows.

Every event read takes a `graph.filters.EventFilter`, built from the query by the dependency
`EventFilterQuery(*names)`: one table of parameters (`_build`'s), of which each route declares
the names it offers; it validates only those, and the route documents them by its `docs`.
Other routes read their query the same way, through `QueryParameters` of a function; a route
with parameters of its own beside the filter's reads all of them in one validation through
`QueryParameters(with_filter(function, *names))`.
"""

import inspect
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import ValidationError, create_model

from api.errors import BadRequest, Invalid
from graph.filters import EventFilter, FilterConflict, PlaceFilter
from graph.models import EventType, QuadClass
from graph.views import Cursor

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


def parse_list(text: str | None, enum: type[_E], *, name: str) -> list[_E] | None:
    """Comma-separated enum values (`CONSULT,THREATEN`); None when absent or blank."""
    if text is None or not text.strip():
        return None
    values = []
    for part in text.split(","):
        try:
            values.append(enum(part.strip()))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise Invalid(f"{name}: {part.strip()!r} is not one of {allowed}") from None
    return values


def decode_cursor(text: str | None) -> Cursor | None:
    """The position a `cursor` parameter names; 400 when it is not one this API wrote."""
    if text is None or text == "":
        return None
    try:
        return Cursor.from_token(text)
    except ValueError:
        raise BadRequest("cursor: not a cursor this API returned", code="invalid_cursor") from None


def check_window(date_from: date | None, date_to: date | None) -> None:
    """Refuse a window that ends before it starts."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise Invalid(f"from ({date_from}) is after to ({date_to})")


DateFrom = Annotated[
    date | None,
    Query(alias="from", description="First day, ISO 8601", examples=["2025-01-01"]),
]
DateTo = Annotated[
    date | None, Query(alias="to", description="Last day, ISO 8601", examples=["2025-12-31"])
]
Types = Annotated[
    str | None,
    Query(description="Comma-separated PLOVER event types", examples=["CONSULT,THREATEN"]),
]
Limit = Annotated[int, Query(ge=1, le=1000, description="Events per page")]
CursorParam = Annotated[
    str | None, Query(description="The next_cursor of the previous page", examples=[None])
]

SearchLimit = Annotated[int, Query(ge=1, le=100)]


def search_text(what: str, example: str) -> Any:
    """The `q` parameter of a name search (actors, places), `what` it matches."""
    return Query(
        min_length=1,
        max_length=200,
        description=f"{what}: whole words, prefixes (autocomplete) and typos match",
        examples=[example],
    )


def _build(
    actor: Annotated[
        str | None, Query(min_length=1, max_length=300, examples=["country:KEN"])
    ] = None,
    country: Annotated[
        str | None,
        Query(pattern="^[A-Z]{3}$", description="Events of any actor of this country"),
    ] = None,
    source: Annotated[
        str | None, Query(min_length=1, max_length=300, description="Reported by this source")
    ] = None,
    min_articles: Annotated[
        int | None, Query(ge=1, le=1_000_000, description="Reported by at least")
    ] = None,
    event_type: Annotated[Types, Query(alias="type")] = None,
    types: Types = None,
    quad_class: Annotated[
        str | None,
        Query(description="Comma-separated quad classes", examples=["material_conflict"]),
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Words the event's summary sentence contains (case-insensitive; "
            "a word may begin a longer one)",
        ),
    ] = None,
    include_hypothetical: Annotated[
        bool, Query(description="Include events every report hedges (would, may, if ...)")
    ] = False,
    include_negated: Annotated[
        bool, Query(description="Include events every report denies")
    ] = False,
    place: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=40,
            description="Events located at this place or a place within it (a place id)",
            examples=["703448"],
        ),
    ] = None,
    place_country: Annotated[
        str | None,
        Query(pattern="^[A-Z]{3}$", description="Events located in this country (ISO alpha-3)"),
    ] = None,
    near: Annotated[
        str | None,
        Query(description="Events located within `within_km` of lat,lon", examples=["50.45,30.52"]),
    ] = None,
    within_km: Annotated[
        float | None, Query(gt=0, le=20_000, description="Radius around `near` (default 50)")
    ] = None,
) -> EventFilter:
    """Every parameter an event read may offer, parsed and checked into one filter."""
    try:
        return EventFilter(
            actor=actor,
            country=country,
            date_from=date_from,
            date_to=date_to,
            types=(
                parse_list(event_type, EventType, name="type")
                if event_type is not None
                else parse_list(types, EventType, name="types")
            ),
            quad_classes=parse_list(quad_class, QuadClass, name="quad_class"),
            source=source,
            min_articles=min_articles,
            text=q,
            include_hypothetical=include_hypothetical,
            include_negated=include_negated,
            where=_place_filter(place, place_country, near, within_km),
        )
    except FilterConflict as e:
        raise BadRequest(str(e)) from None
    except ValueError as e:
        raise Invalid(str(e)) from None


def _place_filter(
    place: str | None, country: str | None, near: str | None, within_km: float | None
) -> PlaceFilter:
    """Where the events happened: a place, a country, or a radius around a point."""
    point = None
    if near is not None:
        parts = near.split(",")
        try:
            lat, lon = (float(p) for p in parts) if len(parts) == 2 else (None, None)
        except ValueError:
            lat = lon = None
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise Invalid(f"near: {near!r} is not lat,lon in degrees (e.g. 50.45,30.52)")
        point = (lat, lon)
    elif within_km is not None:
        raise Invalid("within_km: give near=lat,lon as the centre of the radius")
    return PlaceFilter(place=place, country=country, near=point, within_km=within_km or 50.0)


PLACE = ("place", "place_country", "near", "within_km")  # the place filter's parameters
# The parameters of the charts and the map: an anchor, types, a window, where.
COUNTS = (
    "actor",
    "country",
    "event_type",
    "quad_class",
    "date_from",
    "date_to",
    "include_hypothetical",
    *PLACE,
)
# The parameters of the actor and dyad timelines (their place filter aside).
TIMELINE = ("date_from", "date_to", "types", "include_hypothetical", "include_negated")


class QueryParameters(Generic[_T]):
    """The dependency calling `build` with the query parameters `names` of its signature (all
    by default; the others keep their defaults), and their OpenAPI description, `docs`, for
    the route's `openapi_extra`.

    FastAPI resolves a dependency's parameters one at a time on every request (finding,
    inspecting and validating each: a quarter of its CPU per request for the counts), so the
    dependency takes the request and validates the parameters it was given in one model; the
    errors are FastAPI's own (`RequestValidationError`, located in the query by name)."""

    def __init__(self, build: Callable[..., _T], *names: str) -> None:
        signature = inspect.signature(build).parameters
        unknown = set(names) - set(signature)
        if unknown:
            raise ValueError(f"no parameter {sorted(unknown)} of {build.__name__}")
        parameters = [signature[name] for name in names or signature]
        fields: dict[str, Any] = {p.name: (p.annotation, p.default) for p in parameters}
        self._build = build
        self._model = create_model(f"{build.__name__}_query", **fields)
        self._aliases = [f.alias or name for name, f in self._model.model_fields.items()]
        self.docs = {"parameters": _documented(parameters)}

    async def __call__(self, request: Request) -> _T:  # no I/O: no thread needed
        """What `build` makes of the query parameters given."""
        query = request.query_params
        given = {alias: query[alias] for alias in self._aliases if alias in query}
        try:
            parsed = self._model.model_validate(given)
        except ValidationError as e:
            raise RequestValidationError(
                [{**error, "loc": ("query", *error["loc"])} for error in e.errors()]
            ) from None
        return self._build(**dict(parsed))


def with_filter(then: Callable[..., _T], *names: str) -> Callable[..., _T]:
    """`then` called with the EventFilter of `_build`'s parameters `names` first and its own
    query parameters after: a function whose parameters are both (its own first, as FastAPI
    lists a route's parameters before those of its dependencies), for `QueryParameters`."""
    own = list(inspect.signature(then).parameters.values())[1:]
    filters = [inspect.signature(_build).parameters[name] for name in names]

    def combined(**query: Any) -> _T:
        return then(_build(**{name: query.pop(name) for name in names}), **query)

    combined.__name__ = then.__name__
    combined.__signature__ = inspect.Signature(own + filters)  # type: ignore[attr-defined]
    return combined


class EventFilterQuery(QueryParameters[EventFilter]):
    """The dependency building a route's EventFilter from the query parameters `names`
    (Python names of `_build`'s parameters)."""

    def __init__(self, *names: str) -> None:
        super().__init__(_build, *names)


def _documented(parameters: list[inspect.Parameter]) -> list[dict[str, Any]]:
    """The OpenAPI description FastAPI writes for these query parameters."""

    def probe() -> None: ...

    probe.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    schema = get_openapi(title="", version="", routes=[APIRoute("/", probe)])
    described: list[dict[str, Any]] = schema["paths"]["/"]["get"]["parameters"]
    return described
