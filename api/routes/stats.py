"""How big the graph is."""

from api.deps import DatabaseDep, read_router
from graph import reads
from graph.views import Stats

router = read_router("stats")


@router.get("/stats", response_model=Stats)
def graph_stats(db: DatabaseDep) -> Stats:
    """Counts of articles, events, actors, sources and reports; the span of event dates."""
    return reads.graph_stats(db.driver, database=db.name)
