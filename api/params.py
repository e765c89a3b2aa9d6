"""Query parameters shared by the event listings: parsing, cursors, the common filters."""

import base64
import binascii
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, TypeVar

from fastapi import Depends, Query

from api.errors import BadRequest, Invalid
from graph.models import EventType, QuadClass
from graph.reads import PlaceFilter
from graph.views import Cursor

_E = TypeVar("_E", bound=StrEnum)
# An open window's ends, for reads that need both.
EARLIEST = date(1, 1, 1)
LATEST = date(9999, 12, 31)


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


def encode_cursor(after: Cursor | None) -> str | None:
    """The opaque `next_cursor` a client passes back: base64 of the last (date, id)."""
    if after is None:
        return None
    return base64.urlsafe_b64encode(after.encode().encode()).decode().rstrip("=")


def decode_cursor(text: str | None) -> Cursor | None:
    """The position a `cursor` parameter names; 400 when it is not one this API wrote."""
    if text is None or text == "":
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        return Cursor.decode(raw)
    except (binascii.Error, UnicodeDecodeError, ValueError):
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
IncludeHypothetical = Annotated[
    bool, Query(description="Include events every report hedges (would, may, if ...)")
]
IncludeNegated = Annotated[bool, Query(description="Include events every report denies")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Events per page")]
CursorParam = Annotated[
    str | None, Query(description="The next_cursor of the previous page", examples=[None])
]


@dataclass(frozen=True)
class EventFilters:
    """The filters every event listing shares, parsed and checked."""

    date_from: date | None
    date_to: date | None
    types: list[EventType] | None
    quad_classes: list[QuadClass] | None
    include_hypothetical: bool
    include_negated: bool


async def event_filters(
    date_from: DateFrom = None,
    date_to: DateTo = None,
    types: Types = None,
    include_hypothetical: IncludeHypothetical = False,
    include_negated: IncludeNegated = False,
) -> EventFilters:
    """The shared filters of the timelines (types given as `types`)."""
    check_window(date_from, date_to)
    return EventFilters(
        date_from=date_from,
        date_to=date_to,
        types=parse_list(types, EventType, name="types"),
        quad_classes=None,
        include_hypothetical=include_hypothetical,
        include_negated=include_negated,
    )


EventFiltersDep = Annotated[EventFilters, Depends(event_filters)]


async def place_filter(
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
    return PlaceFilter(place=place, country=place_country, near=point, within_km=within_km or 50.0)


PlaceFilterDep = Annotated[PlaceFilter, Depends(place_filter)]
