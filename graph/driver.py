"""One Neo4j driver per process, and what the server says about itself."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from neo4j import READ_ACCESS, Driver, GraphDatabase, NotificationDisabledClassification
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired
from neo4j.time import Date, DateTime

from graph.errors import Neo4jUnavailable
from graph.settings import Neo4jSettings

UNAVAILABLE = (ServiceUnavailable, SessionExpired, AuthError, OSError)


@contextmanager
def unavailable_as_error() -> Iterator[None]:
    """Raise the driver's "no server to talk to" errors as Neo4jUnavailable."""
    try:
        yield
    except UNAVAILABLE as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e


def to_native(value: Any) -> Any:
    """Driver values as plain Python: neo4j.time dates become datetime.date/datetime."""
    if isinstance(value, Date | DateTime):
        return value.to_native()
    if isinstance(value, dict):
        return {k: to_native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_native(v) for v in value]
    return value


def create_driver(settings: Neo4jSettings, *, retry_seconds: float = 15.0) -> Driver:
    """Create the process's driver (connections are opened lazily)."""
    return GraphDatabase.driver(
        settings.uri,
        auth=(settings.user, settings.password.get_secret_value()),
        connection_timeout=5.0,
        connection_acquisition_timeout=10.0,
        max_transaction_retry_time=retry_seconds,
        # "Unknown property" hints fire on every query of a young graph (no event has a
        # `mode` yet); they are not problems, and would drown real warnings.
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    )


def server_info(driver: Driver, *, database: str) -> dict[str, Any]:
    """The server's version and edition, and the database in use; raise when it is down."""
    # An auto-commit query, not a retried transaction: a health check answers now.
    with (
        unavailable_as_error(),
        driver.session(database=database, default_access_mode=READ_ACCESS) as session,
    ):
        record = session.run(
            "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition"
        ).single(strict=True)
    return {"version": record["version"], "edition": record["edition"], "database": database}
