"""The FastAPI app: one Neo4j driver and one Redis client for the process, made in the lifespan."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api.deps import GraphHandle
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.routes import (
    actors,
    articles,
    cypher,
    docs,
    dyads,
    events,
    health,
    home,
    jobs,
    places,
    stats,
    timeline,
    watches,
)
from api.settings import get_api_settings
from api.webhooks import WebhookSender
from graph.cypher import finish_lingering
from graph.driver import create_driver
from graph.errors import Neo4jUnavailable
from graph.settings import get_neo4j_settings
from ingest.run.jobs import connect_redis

log = logging.getLogger(__name__)

# Where the dashboard's build lands (its own issue); served at "/" when present.
DASHBOARD_DIR = Path(__file__).parent / "static" / "dist"

_DESCRIPTION = """
Timelines, counts and networks of dated PLOVER events between geopolitical actors, read
from a Neo4j graph of news articles.

* Dates are ISO 8601 (`YYYY-MM-DD`); an event's `date` is the first day of its precision.
* Listings are newest first and keyset-paged on (date, id): pass a page's `next_cursor` as
  `?cursor=` to get the next one.
* Errors are JSON `{"error": code, "detail": ...}`: 400 refused, 401 bad key, 404 unknown
  id, 413 body too large, 422 invalid parameter, 503 (with `Retry-After`) Neo4j down, or
  Redis down for `POST /ingest` and `/jobs`.
* `POST /ingest` queues a job on Redis; `newsgraph worker` processes ingest it.
* `POST /articles` and `POST /ingest` need `Authorization: Bearer <write key>`; reads need
  the read key only when the server sets one.
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Create the driver and the queue client, apply the schema, close both at exit."""
    settings = get_neo4j_settings()
    # Locals, not app.state, are closed at exit: a second lifespan of the same app (a test
    # client inside another) must not close the first one's driver or leak its own.
    # Short retries: a request should get its 503 in seconds when Neo4j is down.
    driver = create_driver(settings, retry_seconds=3.0)
    graph = GraphHandle(driver, database=settings.database, schema_applied=False)
    try:
        graph.ready_driver()
    except Neo4jUnavailable as e:
        # Start anyway: requests answer 503 until Neo4j is back, and the first request after
        # that applies the schema.
        log.warning("starting without Neo4j: %s", e)
    # Redis is reached on first use, by the job routes only: the rest works without it.
    queue = connect_redis()
    app.state.graph = graph
    app.state.queue = queue
    # Watches' webhooks are POSTed from here, whoever wrote the events (API or workers).
    webhooks = WebhookSender(graph, database=settings.database, settings=get_api_settings())
    webhooks.start()
    try:
        yield
    finally:
        webhooks.stop()
        queue.close()
        # A /cypher query answered as timed out may still be ending on its connection.
        finish_lingering(get_api_settings().cypher_timeout_seconds)
        driver.close()


def create_app() -> FastAPI:
    """Build the app: routes, error mapping, body cap, CORS, and the dashboard if built."""
    settings = get_api_settings()
    app = FastAPI(
        title="newsgraph",
        version=version("newsgraph"),
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served by api/routes/docs.py from our own files
        redoc_url=None,
    )
    install_error_handlers(app)
    routers = (home, health, stats, actors, dyads, timeline, events, places, articles, jobs)
    for module in (*routers, cypher, watches, docs):
        app.include_router(module.router)
    app.add_middleware(BodySizeLimit)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    if DASHBOARD_DIR.is_dir():
        app.mount("/", StaticFiles(directory=DASHBOARD_DIR, html=True), name="dashboard")
    return app


app = create_app()
