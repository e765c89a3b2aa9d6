"""Events: filtered search, one event with its evidence, and streamed CSV / JSON Lines exports."""

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, Path, Query
from fastapi.responses import StreamingResponse
from neo4j import Driver

from api.deps import DatabaseDep, read_router
from api.errors import BAD_REQUEST, NOT_FOUND, NotFound
from api.params import PLACE, CursorParam, EventFilterQuery, Limit, decode_cursor
from graph import reads
from graph.filters import EventFilter
from graph.views import Cursor, EventDetail, EventPage, EventSummary

router = read_router("events")

_EXPORT_PAGE = 1000

# The filters of GET /events and its exports.
_FILTERS = EventFilterQuery(
    "actor",
    "country",
    "source",
    "min_articles",
    "event_type",
    "quad_class",
    "date_from",
    "date_to",
    "q",
    "include_hypothetical",
    "include_negated",
    *PLACE,
)
EventQuery = Annotated[EventFilter, Depends(_FILTERS)]


@router.get("/events", response_model=EventPage, responses=BAD_REQUEST, openapi_extra=_FILTERS.docs)
def search_events(
    db: DatabaseDep,
    filters: EventQuery,
    limit: Limit = 50,
    cursor: CursorParam = None,
) -> EventPage:
    """Events matching the filters, newest first, keyset-paged on (date, id)."""
    return reads.events_search(
        db.driver, filters, database=db.name, limit=limit, after=decode_cursor(cursor)
    )


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND)
def get_event(
    db: DatabaseDep,
    event_id: Annotated[str, Path(min_length=1, max_length=200)],
) -> EventDetail:
    """One event with its evidence: every report's sentence, article and source."""
    detail = reads.event_detail(db.driver, event_id, database=db.name)
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
    driver: Driver, filters: EventFilter, *, database: str, max_rows: int | None
) -> Iterator[list[EventSummary]]:
    """Pages of the export; the first is read before the response starts, so errors map."""
    after: Cursor | None = None
    left = max_rows
    while left is None or left > 0:
        size = _EXPORT_PAGE if left is None else min(left, _EXPORT_PAGE)
        page = reads.events_search(driver, filters, database=database, limit=size, after=after)
        yield page.items
        if left is not None:
            left -= len(page.items)
        after = page.next_after
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


# Each export's line writer and media type, by the file suffix of its path.
_EXPORTS: dict[str, tuple[Callable[[Iterator[list[EventSummary]]], Iterator[str]], str]] = {
    "csv": (_csv_lines, "text/csv; charset=utf-8"),
    "jsonl": (_jsonl_lines, "application/x-ndjson"),
}


def _export(
    suffix: str, driver: Driver, filters: EventFilter, *, database: str, max_rows: int | None
) -> StreamingResponse:
    lines, media_type = _EXPORTS[suffix]
    pages = _prefetched(_export_pages(driver, filters, database=database, max_rows=max_rows))
    return StreamingResponse(
        lines(pages),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="events.{suffix}"'},
    )


@router.get(
    "/events.csv",
    response_class=StreamingResponse,
    responses=_CSV_DOC | BAD_REQUEST,
    openapi_extra=_FILTERS.docs,
)
def export_csv(db: DatabaseDep, filters: EventQuery, max_rows: MaxRows = None) -> StreamingResponse:
    """Every event matching the filters as CSV (actors joined by ';'), streamed newest first."""
    return _export("csv", db.driver, filters, database=db.name, max_rows=max_rows)


@router.get(
    "/events.jsonl",
    response_class=StreamingResponse,
    responses=_JSONL_DOC | BAD_REQUEST,
    openapi_extra=_FILTERS.docs,
)
def export_jsonl(
    db: DatabaseDep, filters: EventQuery, max_rows: MaxRows = None
) -> StreamingResponse:
    """Every event matching the filters as JSON Lines (EventSummary), streamed newest first."""
    return _export("jsonl", db.driver, filters, database=db.name, max_rows=max_rows)
