"""One Neo4j driver per process, and what the server says about itself."""

from typing import Any

from neo4j import Driver, GraphDatabase, RoutingControl
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

from graph.errors import Neo4jUnavailable
from graph.settings import Neo4jSettings

UNAVAILABLE = (ServiceUnavailable, SessionExpired, AuthError, OSError)


def create_driver(settings: Neo4jSettings) -> Driver:
    """Create the process's driver (connections are opened lazily)."""
    return GraphDatabase.driver(
        settings.uri,
        auth=(settings.user, settings.password.get_secret_value()),
        connection_acquisition_timeout=10.0,
        max_transaction_retry_time=15.0,
    )


def server_info(driver: Driver, *, database: str) -> dict[str, Any]:
    """The server's version and edition, and the database in use; raise when it is down."""
    try:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition "
            "RETURN versions[0] AS version, edition",
            database_=database,
            routing_=RoutingControl.READ,
        )
    except UNAVAILABLE as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
    return {"version": records[0]["version"], "edition": records[0]["edition"], "database": database}
