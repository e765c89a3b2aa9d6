"""Integration fixtures: an empty graph per test, the API pointed at the test server, Redis.

The Neo4j server itself is the suite's own, started in tests/conftest.py.
"""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import redis
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app
from api.settings import get_api_settings
from graph.settings import Neo4jSettings, get_neo4j_settings
from graph.writes import write_articles
from tests.conftest import RunningServer
from tests.integration.graphdata import ARTICLES, EXTRACTOR_VERSION, INGESTED_AT
from tests.integration.redis_server import running_redis


@contextmanager
def api_settings(settings: Neo4jSettings) -> Iterator[None]:
    """Point the API's settings at `settings` while the block runs."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEO4J_URI", settings.uri)
        env.setenv("NEO4J_PASSWORD", settings.password.get_secret_value())
        env.setenv("NEO4J_DATABASE", settings.database)
        get_neo4j_settings.cache_clear()
        try:
            yield
        finally:
            get_neo4j_settings.cache_clear()


def write_small_graph(driver: Driver, database: str) -> None:
    """Write the hand-built graph of tests/integration/graphdata.py."""
    write_articles(
        driver,
        ARTICLES,
        database=database,
        extractor_version=EXTRACTOR_VERSION,
        ingested_at=INGESTED_AT,
    )


@contextmanager
def api_client_over(
    driver: Driver, settings: Neo4jSettings, write: Callable[[Driver, str], object]
) -> Iterator[TestClient]:
    """An API client on `settings` over the graph `write` writes into the emptied database."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)
    write(driver, settings.database)
    with api_settings(settings), TestClient(app) as c:
        yield c


def get_json(client: TestClient, url: str, **params: Any) -> Any:
    """The body of a GET that must answer 200."""
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def api_env(neo4j_server: RunningServer) -> Iterator[None]:
    """Point the API's settings at the test server."""
    with api_settings(neo4j_server.neo4j):
        yield


# The header of a write with the key `write_client` sets.
WRITE_AUTH = {"Authorization": "Bearer test-write-key"}


@pytest.fixture
def write_client(
    driver: Driver, api_env: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """An API client over the emptied test graph whose writes `WRITE_AUTH` authorises."""
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", "test-write-key")
    get_api_settings.cache_clear()
    with TestClient(app) as c:
        yield c
    get_api_settings.cache_clear()


@pytest.fixture
def database(neo4j_server: RunningServer) -> str:
    """The name of the test server's database."""
    return neo4j_server.neo4j.database


@pytest.fixture
def small_graph(driver: Driver, database: str) -> Driver:
    """The driver over the hand-built graph of tests/integration/graphdata.py."""
    write_small_graph(driver, database)
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
