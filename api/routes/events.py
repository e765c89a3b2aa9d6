"""Events: filtered search, one event with its evidence, and streamed CSV / JSON Lines exports."""

import csv
import io
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import StreamingResponse
from neo4j import Driver

from api.deps import DriverDep, Neo4jSettingsDep, require_read_key
from api.errors import BAD_REQUEST, COMMON_RESPONSES, NOT_FOUND, BadRequest, NotFound
from api.params import (
    CursorParam,
    DateFrom,
    DateTo,
    IncludeHypothetical,
    IncludeNegated,
    Limit,
    PlaceFilterDep,
    Types,
    check_window,
    decode_cursor,
    encode_cursor,
    parse_list,
)
from api.schemas import EventPage
from graph import reads
from graph.models import EventType, QuadClass
from graph.reads import PlaceFilter
from graph.views import Cursor, EventDetail, EventSummary

router = APIRouter(
    tags=["events"], dependencies=[Depends(require_read_key)], responses=COMMON_RESPONSES
)

# Events scanned per round trip when filtering by text, and at most per request.
_SCAN_PAGE = 500
_SCAN_MAX = 5000
_EXPORT_PAGE = 1000


@dataclass(frozen=True)
class EventQuery:
    """The filters of GET /events and its exports, parsed and checked."""

    actor: str | None
    country: str | None
    source: str | None
    min_articles: int | None
    types: list[EventType] | None
    quad_classes: list[QuadClass] | None
    date_from: DateFrom
    date_to: DateTo
    q: str | None
    include_hypothetical: bool
    include_negated: bool
    where: PlaceFilter


def event_query(
    where: PlaceFilterDep,
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
            description="Words the event's summary sentence contains (case-insensitive)",
        ),
    ] = None,
    include_hypothetical: IncludeHypothetical = False,
    include_negated: IncludeNegated = False,
) -> EventQuery:
    """The filters shared by the listing and the exports."""
    if actor is not None and country is not None:
        raise BadRequest("filter by actor or by country, not both")
    check_window(date_from, date_to)
    return EventQuery(
        actor=actor,
        country=country,
        source=source,
        min_articles=min_articles,
        types=parse_list(event_type, EventType, name="type"),
        quad_classes=parse_list(quad_class, QuadClass, name="quad_class"),
        date_from=date_from,
        date_to=date_to,
        q=q.lower() if q else None,
        include_hypothetical=include_hypothetical,
        include_negated=include_negated,
        where=where,
    )


EventQueryDep = Annotated[EventQuery, Depends(event_query)]


def _search(
    driver: Driver, query: EventQuery, *, database: str, limit: int, after: Cursor | None
) -> tuple[list[EventSummary], Cursor | None]:
    """One page of matching events, and the cursor after it (None at the end).

    With `q`, pages are scanned and filtered here, at most _SCAN_MAX events per call: a page
    may then hold fewer than `limit` events and still have a next cursor.
    """
    items: list[EventSummary] = []
    scanned = 0
    while True:
        page = reads.events_search(
            driver,
            database=database,
            actor=query.actor,
            country=query.country,
            date_from=query.date_from,
            date_to=query.date_to,
            types=query.types,
            quad_classes=query.quad_classes,
            source=query.source,
            min_articles=query.min_articles,
            include_hypothetical=query.include_hypothetical,
            include_negated=query.include_negated,
            limit=limit if query.q is None else _SCAN_PAGE,
            after=after,
            where=query.where,
        )
        if query.q is None:
            return list(page.events), page.next_after
        for event in page.events:
            after = Cursor(date=event.date, id=event.id)
            if query.q in (event.summary or "").lower():
                items.append(event)
                if len(items) == limit:
                    return items, after
        scanned += len(page.events)
        if page.next_after is None:
            return items, None
        if scanned >= _SCAN_MAX:
            return items, after


@router.get("/events", response_model=EventPage, responses=BAD_REQUEST)
def search_events(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    query: EventQueryDep,
    limit: Limit = 50,
    cursor: CursorParam = None,
) -> EventPage:
    """Events matching the filters, newest first, keyset-paged on (date, id)."""
    items, after = _search(
        driver, query, database=neo4j.database, limit=limit, after=decode_cursor(cursor)
    )
    return EventPage(items=items, next_cursor=encode_cursor(after))


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND)
def get_event(
    driver: DriverDep,
    neo4j: Neo4jSettingsDep,
    event_id: Annotated[str, Path(min_length=1, max_length=200)],
) -> EventDetail:
    """One event with its evidence: every report's sentence, article and source."""
    detail = reads.event_detail(driver, event_id, database=neo4j.database)
    if detail is None:
        raise NotFound(f"no event with id {event_id!r}")
    return detail


_CSV_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "type",
    "quad_class",
    "mode",
    "source_ids",
    "source_names",
    "target_ids",
    "target_names",
    "participant_ids",
    "participant_names",
    "n_articles",
    "n_sources",
    "negated",
    "hypothetical",
    "confidence",
    "first_reported_at",
    "last_reported_at",
    "summary",
)
_CSV_DOC: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "One row per event"}
}
_JSONL_DOC: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/x-ndjson": {}}, "description": "One EventSummary a line"}
}
_ROLE_COLUMNS = (("source", "source"), ("target", "target"), ("participants", "participant"))
MaxRows = Annotated[
    int | None, Query(ge=1, le=100_000_000, description="Stop after this many events")
]


def _export_pages(
    driver: Driver, query: EventQuery, *, database: str, max_rows: int | None
) -> Iterator[list[EventSummary]]:
    """Pages of the export; the first is read before the response starts, so errors map."""
    after: Cursor | None = None
    left = max_rows
    while left is None or left > 0:
        size = _EXPORT_PAGE if left is None else min(left, _EXPORT_PAGE)
        items, after = _search(driver, query, database=database, limit=size, after=after)
        yield items
        if left is not None:
            left -= len(items)
        if after is None:
            return


def _prefetched(pages: Iterator[list[EventSummary]]) -> Iterator[list[EventSummary]]:
    """Read the first page now, while a failure can still become an error status."""
    first = next(pages, [])
    return itertools.chain([first], pages)


def _csv_lines(pages: Iterator[list[EventSummary]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_CSV_COLUMNS)
    for items in pages:
        for e in items:
            row = e.model_dump(mode="json")
            for role, key in _ROLE_COLUMNS:
                row[f"{key}_ids"] = ";".join(a["id"] for a in row[role])
                row[f"{key}_names"] = ";".join(a["name"] or "" for a in row[role])
            writer.writerow(["" if row[c] is None else row[c] for c in _CSV_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _jsonl_lines(pages: Iterator[list[EventSummary]]) -> Iterator[str]:
    for items in pages:
        yield "".join(json.dumps(e.model_dump(mode="json")) + "\n" for e in items)


@router.get(
    "/events.csv",
    response_class=StreamingResponse,
    responses=_CSV_DOC | BAD_REQUEST,
)
def export_csv(
    driver: DriverDep, neo4j: Neo4jSettingsDep, query: EventQueryDep, max_rows: MaxRows = None
) -> StreamingResponse:
    """Every event matching the filters as CSV (actors joined by ';'), streamed newest first."""
    pages = _prefetched(_export_pages(driver, query, database=neo4j.database, max_rows=max_rows))
    return StreamingResponse(
        _csv_lines(pages),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


@router.get(
    "/events.jsonl",
    response_class=StreamingResponse,
    responses=_JSONL_DOC | BAD_REQUEST,
)
def export_jsonl(
    driver: DriverDep, neo4j: Neo4jSettingsDep, query: EventQueryDep, max_rows: MaxRows = None
) -> StreamingResponse:
    """Every event matching the filters as JSON Lines (EventSummary), streamed newest first."""
    pages = _prefetched(_export_pages(driver, query, database=neo4j.database, max_rows=max_rows))
    return StreamingResponse(
        _jsonl_lines(pages),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="events.jsonl"'},
    )
