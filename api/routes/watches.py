"""Watches: saved filters, and their new matching events as a live stream.

Creating, listing and deleting watches needs the write key. A watch's stream is
Server-Sent Events: one `delivery` event per matching event, its `id` the delivery's time,
so a browser that reconnects (Last-Event-ID) or a page that passes `since` (its last visit)
first gets what it missed.
"""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from neo4j import Driver

from api.deps import (
    ApiSettingsDep,
    DatabaseDep,
    require_read_key,
    require_write_key,
)
from api.errors import COMMON_RESPONSES, NOT_FOUND, UNAUTHORIZED, NotFound
from graph.errors import Neo4jUnavailable
from graph.watches import (
    CreatedWatch,
    Delivery,
    Watch,
    WatchFilter,
    create_watch,
    delete_watch,
    deliveries_after,
    list_watches,
    watch_exists,
)

router = APIRouter(tags=["watches"], responses=COMMON_RESPONSES)
_WRITE = [Depends(require_write_key)]
WatchId = Annotated[str, Path(min_length=1, max_length=64, pattern="^[0-9a-f]+$")]
# A delivery written by a transaction that began before another's but committed after it
# carries the earlier time: each poll looks this far back and skips what it already sent.
_LOOK_BACK = timedelta(seconds=30)
_HEARTBEAT_POLLS = 15  # a comment line every this many quiet polls keeps proxies open


@router.post(
    "/watches",
    response_model=CreatedWatch,
    status_code=201,
    dependencies=_WRITE,
    responses=UNAUTHORIZED,
)
def create(spec: WatchFilter, db: DatabaseDep) -> CreatedWatch:
    """Save a watch; the answer is the only one that shows its webhook secret."""
    return create_watch(db.driver, spec, database=db.name)


@router.get("/watches", response_model=list[Watch], dependencies=_WRITE, responses=UNAUTHORIZED)
def list_all(db: DatabaseDep) -> list[Watch]:
    """Every watch, oldest first, with its deliveries so far and its webhook's failures."""
    return list_watches(db.driver, database=db.name)


@router.delete(
    "/watches/{watch_id}",
    status_code=204,
    dependencies=_WRITE,
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def delete(watch_id: WatchId, db: DatabaseDep) -> Response:
    """Delete a watch and its deliveries."""
    if not delete_watch(db.driver, watch_id, database=db.name):
        raise NotFound(f"no watch with id {watch_id!r}")
    return Response(status_code=204)


@router.get(
    "/watches/{watch_id}/events",
    dependencies=[Depends(require_read_key)],
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {}},
            "description": "`event: delivery`, `id: <time>`, `data: <Delivery as JSON>`",
            "model": Delivery,
        },
        **NOT_FOUND,
    },
)
async def stream(
    request: Request,
    watch_id: WatchId,
    db: DatabaseDep,
    settings: ApiSettingsDep,
    since: Annotated[
        datetime | None,
        Query(description="Also send what was delivered after this time (the last visit)"),
    ] = None,
    last_event_id: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> StreamingResponse:
    """The watch's new matching events as Server-Sent Events, from `since` (default: now)."""
    if not await run_in_threadpool(watch_exists, db.driver, watch_id, database=db.name):
        raise NotFound(f"no watch with id {watch_id!r}")
    start = _resume_point(last_event_id) or since or datetime.now(UTC)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    events = _deliveries(
        request,
        db.driver,
        watch_id,
        start,
        database=db.name,
        poll=settings.watch_poll_seconds,
    )
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events, media_type="text/event-stream", headers=headers)


async def _deliveries(
    request: Request,
    driver: Driver,
    watch_id: str,
    start: datetime,
    *,
    database: str,
    poll: float,
) -> AsyncIterator[str]:
    cursor = start
    sent: dict[str, datetime] = {}
    quiet = 0
    yield ": watching\n\n"
    while not await request.is_disconnected():
        try:
            found = await run_in_threadpool(
                deliveries_after,
                driver,
                watch_id,
                max(start, cursor - _LOOK_BACK),
                database=database,
            )
        except Neo4jUnavailable:
            found = []  # the stream waits for Neo4j to come back
        fresh = [d for d in found if d.id not in sent]
        for d in fresh:
            sent[d.id] = d.created_at
            cursor = max(cursor, d.created_at)
            stamp = d.created_at.isoformat()
            yield f"event: delivery\nid: {stamp}\ndata: {d.model_dump_json()}\n\n"
        sent = {k: t for k, t in sent.items() if t > cursor - _LOOK_BACK}
        quiet = 0 if fresh else quiet + 1
        if quiet >= _HEARTBEAT_POLLS:
            quiet = 0
            yield ": still watching\n\n"
        await asyncio.sleep(poll)


def _resume_point(last_event_id: str | None) -> datetime | None:
    """The time of the last event a reconnecting browser saw (None when absent or bad)."""
    if not last_event_id:
        return None
    try:
        return datetime.fromisoformat(last_event_id)
    except ValueError:
        return None
