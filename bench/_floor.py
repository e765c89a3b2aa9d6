"""The floor under the API for bench/api.py --floor: its three reads on a bare ASGI app.

The same read functions the routes call, handed to a pool thread as the routes hand them
(anyio's `to_thread.run_sync`, what `run_in_threadpool` calls), their views written to JSON
by pydantic as FastAPI writes a response model, served by the same uvicorn: what is left out
is FastAPI (routing, parameters, dependencies, the response model's check) and the
project's middleware. It reads only the paths and query strings bench/api.py sends, and
answers anything else 404.
"""

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any
from urllib.parse import parse_qs

from anyio import to_thread
from neo4j import Driver
from pydantic import BaseModel
from starlette.types import Receive, Scope, Send

from graph import reads
from graph.driver import create_driver
from graph.filters import EventFilter
from graph.settings import get_neo4j_settings


def _read(driver: Driver, database: str, path: str, query: str) -> Callable[[], Any] | None:
    """The read a path of bench/api.py's names, or None."""
    q = {name: values[-1] for name, values in parse_qs(query).items()}
    date_from = date.fromisoformat(q["from"]) if "from" in q else None
    date_to = date.fromisoformat(q["to"]) if "to" in q else None
    match path.split("/"):
        case ["", "actors", actor_id, "timeline"]:
            limit = int(q.get("limit", 50))
            return partial(reads.actor_timeline, driver, actor_id, database=database, limit=limit)
        case ["", "actors", actor_id, "network"]:
            return partial(
                reads.actor_network,
                driver,
                actor_id,
                database=database,
                date_from=date_from,
                date_to=date_to,
                max_edges=50,  # the API's default limit
            )
        case ["", "timeline", "counts"] if q.get("interval") == "week":
            filters = EventFilter(actor=q.get("actor"), date_from=date_from, date_to=date_to)
            return partial(reads.count_series, driver, filters, database=database, interval="week")
    return None


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    """The ASGI app: a lifespan that opens and closes the driver, and the three reads."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] == "lifespan.startup":
            settings = get_neo4j_settings()
            scope["state"].update(
                driver=create_driver(settings, retry_seconds=3.0), database=settings.database
            )
            await send({"type": "lifespan.startup.complete"})
        scope["state"]["driver"].close()
        await send({"type": "lifespan.shutdown.complete"})
        return
    state = scope["state"]
    status, body = 200, b"{}"  # /health
    if scope["path"] != "/health":
        read = _read(
            state["driver"], state["database"], scope["path"], scope["query_string"].decode()
        )
        view: BaseModel | None = None if read is None else await to_thread.run_sync(read)
        if view is None:
            status, body = 404, b'{"error":"not_found"}'
        else:  # as FastAPI writes a response model
            body = view.__pydantic_serializer__.to_json(view, by_alias=True)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
