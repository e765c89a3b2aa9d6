"""The suite's own Neo4j, on its own port and in a fresh data directory.

The server never touches a user's data: its store is created under pytest's temporary
directory for this session and stopped when the session ends. Integration and browser tests
share it (Community edition has one user database, so each test loads what it needs).
Beside it, `allow_private`: the fetch setting that lets tests reach their own local servers.
"""

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
import uvicorn
from neo4j import Driver
from pydantic import SecretStr

from graph import localserver
from graph.driver import create_driver
from graph.schema import apply_schema
from graph.settings import LocalServerSettings, Neo4jSettings, get_neo4j_settings
from ingest.settings import get_ingest_settings


@dataclass(frozen=True)
class RunningServer:
    server: LocalServerSettings
    neo4j: Neo4jSettings


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A Neo4j started for this test session only."""
    port = int(os.environ.get("NEWSGRAPH_TEST_NEO4J_PORT", "7697"))
    neo4j = Neo4jSettings(
        uri=f"bolt://127.0.0.1:{port}", password=SecretStr("newsgraph-test"), database="neo4j"
    )
    server = LocalServerSettings(home=tmp_path_factory.mktemp("neo4j"), heap="1g", pagecache_mb=256)
    started = localserver.start(server, neo4j)
    if started.pid is None:  # someone else's Neo4j answers there: never wipe its data
        pytest.exit(
            f"a Neo4j not started by the tests already listens on port {port}; "
            "stop it or set NEWSGRAPH_TEST_NEO4J_PORT to a free port",
            returncode=2,
        )
    yield RunningServer(server, neo4j)
    localserver.stop(server, neo4j)


@pytest.fixture(scope="session")
def session_driver(neo4j_server: RunningServer) -> Iterator[Driver]:
    """One driver for the session, with the schema applied."""
    driver = create_driver(neo4j_server.neo4j)
    apply_schema(driver, database=neo4j_server.neo4j.database)
    yield driver
    driver.close()


@pytest.fixture
def driver(session_driver: Driver, neo4j_server: RunningServer) -> Driver:
    """The session's driver over an empty graph (schema kept)."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction (session.run), not execute_query.
    with session_driver.session(database=neo4j_server.neo4j.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    return session_driver


@contextmanager
def serving_api(neo4j: Neo4jSettings) -> Iterator[str]:
    """Run a fresh app over `neo4j` on a free loopback port; yield its base URL."""
    from api import main  # the API only for the tests that serve it

    port = free_port()
    with pytest.MonkeyPatch.context() as env:
        # The lifespan reads the settings once, at start-up: point them at this Neo4j.
        env.setenv("NEO4J_URI", neo4j.uri)
        env.setenv("NEO4J_PASSWORD", neo4j.password.get_secret_value())
        env.setenv("NEO4J_DATABASE", neo4j.database)
        get_neo4j_settings.cache_clear()
        app = main.create_app()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                pytest.fail("the API did not start")
            time.sleep(0.05)
    get_neo4j_settings.cache_clear()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def allow_private(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The operator setting that lets fetching reach this machine's test servers."""
    monkeypatch.setenv("NEWSGRAPH_FETCH_ALLOW_PRIVATE", "1")
    get_ingest_settings.cache_clear()
    yield
    get_ingest_settings.cache_clear()
