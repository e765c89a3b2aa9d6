"""Integration fixtures: the suite's own Neo4j, on its own port and in a fresh data directory.

The server never touches a user's data: its store is created under pytest's temporary
directory for this session and stopped when the session ends.
"""

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import redis
from neo4j import Driver
from pydantic import SecretStr

from graph import localserver
from graph.driver import create_driver
from graph.schema import apply_schema
from graph.settings import LocalServerSettings, Neo4jSettings, get_neo4j_settings
from graph.writes import write_articles
from tests.integration.graphdata import ARTICLES, EXTRACTOR_VERSION, INGESTED_AT
from tests.integration.redis_server import running_redis


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
    localserver.start(server, neo4j)
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


@pytest.fixture
def api_env(neo4j_server: RunningServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the API's settings at the test server."""
    settings = neo4j_server.neo4j
    monkeypatch.setenv("NEO4J_URI", settings.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.password.get_secret_value())
    monkeypatch.setenv("NEO4J_DATABASE", settings.database)
    get_neo4j_settings.cache_clear()
    yield
    get_neo4j_settings.cache_clear()


@pytest.fixture
def database(neo4j_server: RunningServer) -> str:
    """The name of the test server's database."""
    return neo4j_server.neo4j.database


@pytest.fixture
def small_graph(driver: Driver, database: str) -> Driver:
    """The driver over the hand-built graph of tests/integration/graphdata.py."""
    write_articles(
        driver,
        ARTICLES,
        database=database,
        extractor_version=EXTRACTOR_VERSION,
        ingested_at=INGESTED_AT,
    )
    return driver


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server started for this test session only (no persistence)."""
    port = int(os.environ.get("NEWSGRAPH_TEST_REDIS_PORT", "6390"))
    with running_redis(tmp_path_factory.mktemp("redis"), port=port) as url:
        yield url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client of the session's Redis, over an empty database."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    yield client
    client.close()
