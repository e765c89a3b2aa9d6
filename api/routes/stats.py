"""How big the graph is."""

from fastapi import APIRouter, Depends

from api.deps import DriverDep, Neo4jSettingsDep, require_read_key
from api.errors import COMMON_RESPONSES
from graph import reads
from graph.views import Stats

router = APIRouter(
    tags=["stats"], dependencies=[Depends(require_read_key)], responses=COMMON_RESPONSES
)


@router.get("/stats", response_model=Stats)
def graph_stats(driver: DriverDep, neo4j: Neo4jSettingsDep) -> Stats:
    """Counts of articles, events, actors, sources and reports; the span of event dates."""
    return reads.graph_stats(driver, database=neo4j.database)
