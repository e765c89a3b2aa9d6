"""How big the graph is."""

from api.deps import DriverDep, Neo4jSettingsDep, read_router
from graph import reads
from graph.views import Stats

router = read_router("stats")


@router.get("/stats", response_model=Stats)
def graph_stats(driver: DriverDep, neo4j: Neo4jSettingsDep) -> Stats:
    """Counts of articles, events, actors, sources and reports; the span of event dates."""
    return reads.graph_stats(driver, database=neo4j.database)
