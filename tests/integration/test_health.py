"""GET /health against the real Neo4j, and against none."""

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.deps import GraphHandle
from api.main import app
from graph.settings import get_neo4j_settings


@pytest.mark.usefixtures("api_env")
def test_health_reports_the_server_version(driver: Driver) -> None:
    with TestClient(app) as client:
        response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["neo4j"]["version"].startswith("5.26")
    assert body["neo4j"]["database"] == "neo4j"


@pytest.mark.usefixtures("api_env")
def test_reads_use_the_database_the_app_started_with(
    small_graph: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The driver and its database are one pair, both taken at start-up: settings changed
    # later (by another app of the process, or a test) do not send this app's reads elsewhere.
    with TestClient(app) as client:
        monkeypatch.setenv("NEO4J_DATABASE", "elsewhere")
        get_neo4j_settings.cache_clear()
        answers = [
            client.get("/stats"),
            client.get("/actors/country:RUS/timeline"),
            client.get("/timeline/counts", params={"actor": "country:RUS"}),
            client.get("/health"),
        ]
    for response in answers:
        assert response.status_code == 200, response.text
    assert answers[0].json()["events"] == 10
    assert len(answers[1].json()["items"]) == 4
    assert answers[3].json()["neo4j"]["database"] == "neo4j"


def test_health_is_503_when_neo4j_is_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens on the discard port
    get_neo4j_settings.cache_clear()
    try:
        with TestClient(app) as client:
            response = client.get("/health")
    finally:
        get_neo4j_settings.cache_clear()
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.json()["neo4j"]["ok"] is False


def _schema_names(driver: Driver, database: str) -> set[str]:
    with driver.session(database=database) as session:
        constraints = {r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")}
        indexes = {
            r["name"] for r in session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")
        }
    return constraints | indexes


@pytest.mark.usefixtures("api_env")
def test_first_request_after_neo4j_returns_applies_the_schema(
    driver: Driver, database: str
) -> None:
    expected = _schema_names(driver, database)
    with TestClient(app) as client:
        # A store that comes back without the schema, seen by an API that started while
        # Neo4j was down (the state its lifespan leaves then).
        with driver.session(database=database) as session:
            for name in [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")]:
                session.run(f"DROP CONSTRAINT {name}").consume()
            for name in _schema_names(driver, database):
                session.run(f"DROP INDEX {name}").consume()
        assert _schema_names(driver, database) == set()
        client.app.state.graph = GraphHandle(driver, database=database, schema_applied=False)  # type: ignore[attr-defined]
        response = client.get("/actors", params={"q": "putin"})  # needs the full-text index
    assert response.status_code == 200, response.text
    assert _schema_names(driver, database) == expected
    assert {"actor_id", "involves_timeline_key", "actor_names"} <= expected
