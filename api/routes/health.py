"""Liveness and readiness: the API's version and whether Neo4j answers."""

from importlib.metadata import version

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import GraphDep
from graph.driver import server_info
from graph.errors import Neo4jUnavailable

router = APIRouter(tags=["health"])


class Neo4jHealth(BaseModel):
    ok: bool
    version: str | None = None
    edition: str | None = None
    database: str
    error: str | None = None


class Health(BaseModel):
    status: str
    version: str
    neo4j: Neo4jHealth


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(graph: GraphDep) -> Health | JSONResponse:
    """The API version and Neo4j's; 503 when Neo4j does not answer."""
    try:
        info = server_info(graph.ready_driver(), database=graph.database)
    except Neo4jUnavailable as e:
        down = Health(
            status="unavailable",
            version=version("newsgraph"),
            neo4j=Neo4jHealth(ok=False, database=graph.database, error=str(e)),
        )
        return JSONResponse(down.model_dump(), status_code=503, headers={"Retry-After": "5"})
    return Health(status="ok", version=version("newsgraph"), neo4j=Neo4jHealth(ok=True, **info))
