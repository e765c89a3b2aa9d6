"""The graph schema: uniqueness constraints and indexes, applied at start-up.

Every id is unique (the MERGEs of `graph.writes` rely on the constraint's index and lock).
Reads start from an index: an actor by id, events by date or (type, date), actors by country
for country-wide counts, and the full-text index over names and aliases for actor search.
"""

from neo4j import Driver

from graph.driver import UNAVAILABLE
from graph.errors import Neo4jUnavailable

# The full-text index `graph.reads.search_actors` queries.
ACTOR_NAMES_INDEX = "actor_names"

# Every statement is idempotent (IF NOT EXISTS), so applying the schema again changes nothing.
SCHEMA = (
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
    "CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date)",
    "CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country)",
    "CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.published_at)",
    f"CREATE FULLTEXT INDEX {ACTOR_NAMES_INDEX} IF NOT EXISTS "
    "FOR (a:Actor) ON EACH [a.name, a.aliases_text]",
)


def apply_schema(driver: Driver, *, database: str) -> None:
    """Create the constraints and indexes that are missing, and wait until they are online."""
    try:
        with driver.session(database=database) as session:
            for statement in SCHEMA:
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(60)").consume()
    except UNAVAILABLE as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
