"""GET /health against the real Neo4j, and against none."""

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

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
