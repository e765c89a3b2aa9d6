"""The FastAPI app: one Neo4j driver for the process, created and checked in the lifespan."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.routes import health
from graph.driver import create_driver
from graph.errors import Neo4jUnavailable
from graph.schema import apply_schema
from graph.settings import get_neo4j_settings

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Create the driver, apply the schema when Neo4j answers, close the driver at exit."""
    settings = get_neo4j_settings()
    app.state.driver = create_driver(settings)
    try:
        apply_schema(app.state.driver, database=settings.database)
    except Neo4jUnavailable as e:
        # Start anyway: reads answer 503 until Neo4j is back; writers apply the schema.
        log.warning("starting without Neo4j: %s", e)
    yield
    app.state.driver.close()


app = FastAPI(title="newsgraph", lifespan=lifespan)
app.include_router(health.router)
