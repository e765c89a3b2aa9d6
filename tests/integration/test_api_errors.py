"""Error answers: 400, 401, 404, 413, 422 and 503 as JSON {error, detail}; keys; CORS."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app, create_app
from api.settings import get_api_settings
from graph.settings import get_neo4j_settings


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings with a write key, a read key and a small body cap."""
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", "w-secret")
    monkeypatch.setenv("NEWSGRAPH_API_READ_KEY", "r-secret")
    monkeypatch.setenv("NEWSGRAPH_API_MAX_BODY_BYTES", "2000")
    get_api_settings.cache_clear()
    yield
    get_api_settings.cache_clear()


@pytest.fixture
def client(driver: Driver, api_env: None) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(
    ("method", "url", "status", "error"),
    [
        ("GET", "/actors/country:NOWHERE", 404, "not_found"),
        ("GET", "/actors/country:NOWHERE/network", 404, "not_found"),
        ("GET", "/events/no-such-event", 404, "not_found"),
        ("GET", "/articles/no-such-article", 404, "not_found"),
        ("GET", "/no/such/route", 404, "not_found"),
        ("GET", "/actors/country:RUS/timeline?from=2025-13-01", 422, "validation_error"),
        ("GET", "/actors/country:RUS/timeline?from=yesterday", 422, "validation_error"),
        (
            "GET",
            "/actors/country:RUS/timeline?from=2025-06-01&to=2025-05-01",
            422,
            "validation_error",
        ),
        ("GET", "/actors/country:RUS/timeline?types=CONSULT,PARTY", 422, "validation_error"),
        ("GET", "/actors/country:RUS/timeline?role=bystander", 422, "validation_error"),
        ("GET", "/actors/country:RUS/timeline?limit=0", 422, "validation_error"),
        ("GET", "/actors/country:RUS/timeline?limit=1001", 422, "validation_error"),
        ("GET", "/actors/country:RUS/timeline?cursor=not-a-cursor", 400, "invalid_cursor"),
        ("GET", "/timeline/counts?interval=year", 422, "validation_error"),
        ("GET", "/timeline/counts?actor=country:RUS&country=RUS", 400, "bad_request"),
        ("GET", "/events?country=russia", 422, "validation_error"),
        ("GET", "/events?quad_class=warm", 422, "validation_error"),
        ("GET", "/actors", 422, "validation_error"),
        ("GET", "/actors?q=x&kind=planet", 422, "validation_error"),
        ("GET", "/paths?from=country:RUS&to=country:RUS", 400, "bad_request"),
        ("GET", "/paths?from=country:RUS&to=country:USA&max_hops=9", 422, "validation_error"),
        ("DELETE", "/stats", 405, "method_not_allowed"),
    ],
)
def test_error_statuses(client: TestClient, method: str, url: str, status: int, error: str) -> None:
    response = client.request(method, url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    assert body["detail"]
    assert "Traceback" not in response.text


def test_validation_errors_name_the_field(client: TestClient) -> None:
    body = client.get("/actors/country:RUS/timeline?limit=zero").json()
    assert body["detail"][0]["loc"] == ["query", "limit"]


@pytest.mark.usefixtures("keyed")
@pytest.mark.parametrize(
    ("method", "url", "headers", "status"),
    [
        ("GET", "/stats", {}, 401),
        ("GET", "/stats", {"Authorization": "Bearer wrong"}, 401),
        ("GET", "/stats", {"Authorization": "Basic r-secret"}, 401),
        ("GET", "/stats", {"Authorization": "Bearer r-secret"}, 200),
        ("GET", "/health", {}, 200),  # health stays open for probes
        ("POST", "/articles", {}, 401),
        ("POST", "/articles", {"Authorization": "Bearer r-secret"}, 401),
        ("POST", "/ingest", {"Authorization": "Bearer nope"}, 401),
        ("POST", "/cypher", {}, 401),
    ],
)
def test_keys(
    client: TestClient, method: str, url: str, headers: dict[str, str], status: int
) -> None:
    body = {"query": "RETURN 1"} if url == "/cypher" else {"text": "x", "url": "https://a.b/c"}
    response = client.request(method, url, headers=headers, json=body)
    assert response.status_code == status, response.text
    if status == 401:
        assert response.json()["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_writes_are_refused_without_a_configured_key(client: TestClient) -> None:
    response = client.post("/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 401
    assert "NEWSGRAPH_API_WRITE_KEY" in response.json()["detail"]


@pytest.mark.usefixtures("keyed")
def test_large_bodies_are_refused(client: TestClient) -> None:
    auth = {"Authorization": "Bearer w-secret"}
    big = {"text": "word " * 1000}
    response = client.post("/articles", json=big, headers=auth)
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 500

    streamed = client.post("/articles", content=chunks(), headers=auth)
    assert streamed.status_code == 413


def test_503_with_retry_after_when_neo4j_is_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    get_neo4j_settings.cache_clear()
    try:
        with TestClient(app) as c:
            # The driver retries a read for a while before giving up; keep that short here.
            c.app.state.graph.driver._default_workspace_config.max_transaction_retry_time = 0.5  # type: ignore[attr-defined]
            responses = [
                c.get("/stats"),
                c.get("/actors/country:RUS/timeline"),
                c.post("/cypher", json={"query": "RETURN 1"}),
            ]
    finally:
        get_neo4j_settings.cache_clear()
    for response in responses:
        assert response.status_code == 503, response.text
        assert response.headers["Retry-After"] == "5"
        assert response.json()["error"] == "neo4j_unavailable"


def test_cors_allows_the_configured_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGRAPH_API_CORS_ORIGINS", '["https://dash.example.org"]')
    get_api_settings.cache_clear()
    try:
        cors_app = create_app()
    finally:
        get_api_settings.cache_clear()
    client = TestClient(cors_app)  # no lifespan needed: the preflight never reaches a route
    allowed = client.options(
        "/stats",
        headers={"Origin": "https://dash.example.org", "Access-Control-Request-Method": "GET"},
    )
    assert allowed.headers["access-control-allow-origin"] == "https://dash.example.org"
    other = client.options(
        "/stats",
        headers={"Origin": "https://evil.example.com", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in other.headers


def test_the_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    expected = {
        "/health", "/stats", "/actors", "/actors/{actor_id}", "/actors/{actor_id}/timeline",
        "/actors/{actor_id}/network", "/dyads/{a}/{b}/timeline", "/paths", "/timeline/counts",
        "/events", "/events/{event_id}", "/events.csv", "/events.jsonl", "/articles/{article_id}",
        "/articles", "/ingest", "/jobs", "/jobs/{job_id}", "/cypher", "/overview", "/watches",
        "/watches/{watch_id}", "/watches/{watch_id}/events",
    }  # fmt: skip
    assert expected <= set(paths)
    timeline = paths["/actors/{actor_id}/timeline"]["get"]
    assert timeline["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/EventPage"
    )
    assert timeline["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ErrorBody"
    )
    assert "examples" in schema["components"]["schemas"]["EventSummary"]
    assert set(schema["components"]["securitySchemes"]) == {"readKey", "writeKey"}
