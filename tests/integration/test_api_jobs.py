"""POST /ingest queues a job on Redis, a worker ingests it, GET /jobs/{id} shows its progress."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import redis
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app
from api.settings import get_api_settings
from ingest.run.jobs import enqueue
from ingest.run.worker import run_worker
from ingest.settings import IngestSettings, get_ingest_settings

AUTH = {"Authorization": "Bearer jobs-key"}
MAX_ITEMS = 3

PACT_TEXT = (
    "Brazil and Argentina sign a trade pact\n\n"
    "Brazil signed a trade agreement with Argentina in Buenos Aires on Monday, the foreign "
    "ministry said. Officials in Brasilia said the deal would cut tariffs on cars and grain.\n\n"
    "Argentina praised the agreement on Tuesday and invited Brazil to further talks."
)
PACT_HTML = (
    "<html><head><title>Trade pact</title></head><body><nav>Home | World</nav><article>"
    "<h1>Trade pact</h1><p>" + PACT_TEXT.replace("\n\n", "</p><p>") + "</p></article></body></html>"
)
BATCH = [
    {"text": PACT_TEXT, "url": "https://news.example.org/b/1", "published_at": "2025-03-05"},
    {"text": "Too short.", "url": "https://news.example.org/b/2"},
    {"html": PACT_HTML, "url": "https://news.example.org/b/3", "published_at": "2025-03-05"},
]
SHORT_FAILURE = {
    "item": "https://news.example.org/b/2",
    "reason": "no article body found",
    "stage": "read",
    "deliveries": 1,  # read by the worker, on its first delivery
}


@pytest.fixture
def queue_settings(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[IngestSettings]:
    """The API's queue is the test Redis."""
    monkeypatch.setenv("NEWSGRAPH_REDIS_URL", redis_url)
    get_ingest_settings.cache_clear()
    yield get_ingest_settings()
    get_ingest_settings.cache_clear()


@pytest.fixture
def api_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", "jobs-key")
    monkeypatch.setenv("NEWSGRAPH_API_INGEST_MAX_ITEMS", str(MAX_ITEMS))
    get_api_settings.cache_clear()
    yield
    get_api_settings.cache_clear()


@pytest.fixture
def client(
    driver: Driver,
    api_env: None,
    api_settings: None,
    redis_client: redis.Redis,
    queue_settings: IngestSettings,
) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def _work(client: redis.Redis, driver: Driver, database: str, settings: IngestSettings) -> None:
    """Run a worker until the queue is empty."""
    quick = settings.model_copy(update={"block_ms": 50})
    run_worker(client, driver, database=database, settings=quick, until_empty=True)


def _post(client: TestClient, body: dict[str, Any]) -> str:
    response = client.post("/ingest", json=body, headers=AUTH)
    assert response.status_code == 202, response.text
    job_id: str = response.json()["job_id"]
    assert response.headers["Location"] == f"/jobs/{job_id}"
    return job_id


def _counts(job: dict[str, Any]) -> tuple[Any, ...]:
    names = ("status", "total", "enqueued", "done", "ingested", "skipped", "failed")
    return tuple(job[n] for n in names)


def test_a_batch_is_queued_then_ingested_by_a_worker(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
) -> None:
    job_id = _post(client, {"items": BATCH})
    queued = client.get(f"/jobs/{job_id}").json()
    assert _counts(queued) == ("queued", 3, 3, 0, 0, 0, 0)  # queued unread
    assert queued["inputs"] == ["POST /ingest (3 items)"]
    assert queued["errors"] == []
    assert client.get("/stats").json()["articles"] == 0  # the API itself writes nothing

    _work(redis_client, driver, database, queue_settings)
    job = client.get(f"/jobs/{job_id}").json()
    assert _counts(job) == ("done", 3, 3, 2, 2, 0, 1)
    assert job["events"] >= 4  # two events an article
    assert job["errors"] == [{"item": SHORT_FAILURE["item"], "reason": SHORT_FAILURE["reason"]}]
    assert job["failures"] == [SHORT_FAILURE]
    assert job["updated_at"] > job["created_at"]
    assert client.get("/stats").json()["articles"] == 2
    timeline = client.get("/actors/country:BRA/timeline").json()["items"]
    # Signing a formal agreement is PLOVER's SUPPORT (CAMEO 057 in PLOVER's table).
    assert "SUPPORT" in [e["type"] for e in timeline]


# Items that are not articles, each beside good ones in its batch, and the reason it fails.
BAD_ITEMS = [
    ({"url": 12345, "text": PACT_TEXT}, "url: Input should be a valid string"),
    ({"title": 12345, "text": PACT_TEXT}, "title: Input should be a valid string"),
    ({"url": "https://news.example.org:99999/x", "text": PACT_TEXT}, "Port out of range"),
    ({"url": "http://[::1/x", "text": PACT_TEXT}, "url: Value error, url is malformed"),
    ({"text": PACT_TEXT, "published_at": "9999-12-31T23:59:59-14:00"}, "out of range"),
    ({"text": PACT_TEXT, "html": PACT_HTML}, "give html or text, not both"),
    ({"source": "Example News"}, "give html, text or a url to fetch"),
    ("an article", "Input should be a valid dictionary"),
]


def test_bad_items_fail_alone_and_the_good_ones_are_ingested(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
) -> None:
    good = BATCH[0]
    for bad, reason in BAD_ITEMS:
        response = client.post("/ingest", json={"items": [bad, good]}, headers=AUTH)
        assert response.status_code == 202, response.text
        accepted = response.json()
        assert accepted["enqueued"] == 1
        [failure] = accepted["failures"]
        assert (failure["item"], failure["stage"], failure["deliveries"]) == ("items[0]", "read", 0)
        assert reason in failure["reason"]
        _work(redis_client, driver, database, queue_settings)
        job = client.get(f"/jobs/{accepted['job_id']}").json()
        assert job["status"] == "done" and job["failures"] == [failure]
        assert job["ingested"] + job["skipped"] == 1 and job["failed"] == 1
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) RETURN a.url AS url", database_=database
    )
    assert [r["url"] for r in records] == [good["url"]]  # stored once, then skipped
    # Only the bad items are dead letters; no worker stopped on them.
    dead: Any = redis_client.xrange(queue_settings.dead_letter_stream)
    assert [f["item"] for _, f in dead] == ["items[0]"] * len(BAD_ITEMS)


def test_bad_urls_fail_alone(
    client: TestClient, redis_client: redis.Redis, queue_settings: IngestSettings
) -> None:
    urls = ["x", "https://news.example.org/a/1", 12345]
    response = client.post("/ingest", json={"urls": urls}, headers=AUTH)
    assert response.status_code == 202, response.text
    accepted = response.json()
    assert accepted["enqueued"] == 1
    assert [f["item"] for f in accepted["failures"]] == ["urls[0]", "urls[2]"]
    assert accepted["failures"][1]["reason"] == "a URL is a string"
    job = client.get(f"/jobs/{accepted['job_id']}").json()
    assert (job["total"], job["enqueued"], job["failed"]) == (3, 1, 2)
    assert redis_client.xlen(queue_settings.ingest_stream) == 1


@pytest.mark.parametrize(
    ("force", "ingested", "skipped"),
    [(False, 0, 2), (True, 2, 0)],
)
def test_a_batch_posted_again_is_skipped_unless_forced(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
    force: bool,
    ingested: int,
    skipped: int,
) -> None:
    _post(client, {"items": BATCH})
    _work(redis_client, driver, database, queue_settings)
    again = _post(client, {"items": BATCH, "force": force})
    _work(redis_client, driver, database, queue_settings)
    job = client.get(f"/jobs/{again}").json()
    assert _counts(job) == ("done", 3, 3, 2, ingested, skipped, 1)
    assert client.get("/stats").json()["articles"] == 2


class _Page(BaseHTTPRequestHandler):
    """Serves the pact article's HTML on every path, counting the requests."""

    fetched: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).fetched.append(self.path)
        body = PACT_HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(allow_private: None) -> Iterator[str]:
    """A local news site; `_Page.fetched` lists the paths asked for."""
    _Page.fetched = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_are_fetched_by_the_worker_not_the_api(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
    site: str,
) -> None:
    job_id = _post(client, {"urls": [f"{site}/2025/03/05/pact"]})
    assert _Page.fetched == []  # accepted without waiting for the site
    assert _counts(client.get(f"/jobs/{job_id}").json()) == ("queued", 1, 1, 0, 0, 0, 0)

    _work(redis_client, driver, database, queue_settings)
    assert _Page.fetched == ["/2025/03/05/pact"]
    assert _counts(client.get(f"/jobs/{job_id}").json()) == ("done", 1, 1, 1, 1, 0, 0)
    query = "MATCH (a:Article) RETURN a.url AS url"
    records, _, _ = driver.execute_query(query, database_=database)
    assert [r["url"] for r in records] == [f"{site}/2025/03/05/pact"]


def test_an_unreachable_url_fails_on_the_worker(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
    allow_private: None,
) -> None:
    job_id = _post(client, {"urls": ["http://127.0.0.1:9/a"]})
    _work(redis_client, driver, database, queue_settings)
    job = client.get(f"/jobs/{job_id}").json()
    assert _counts(job) == ("done", 1, 1, 0, 0, 0, 1)
    [failure] = job["failures"]
    assert (failure["item"], failure["stage"]) == ("http://127.0.0.1:9/a", "read")
    assert failure["reason"] == "network error: the server could not be reached or did not answer"


def test_a_url_inside_the_network_is_refused_by_the_worker(
    client: TestClient,
    redis_client: redis.Redis,
    driver: Driver,
    database: str,
    queue_settings: IngestSettings,
    site: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSGRAPH_FETCH_ALLOW_PRIVATE")  # the site runs, but on loopback
    get_ingest_settings.cache_clear()
    job_id = _post(client, {"urls": [f"{site}/2025/03/05/pact"]})
    _work(redis_client, driver, database, queue_settings)
    [failure] = client.get(f"/jobs/{job_id}").json()["failures"]
    assert failure["reason"].startswith("refused: 127.0.0.1 is at a non-public address")
    assert _Page.fetched == []  # never connected


def test_jobs_lists_every_job_newest_first(
    client: TestClient,
    redis_client: redis.Redis,
    queue_settings: IngestSettings,
    tmp_path: Path,
) -> None:
    first = _post(client, {"urls": ["http://127.0.0.1:9/a"]})
    second = _post(client, {"urls": ["http://127.0.0.1:9/b"]})
    missing = str(tmp_path / "missing.txt")
    queued = enqueue(redis_client, [missing], settings=queue_settings)  # `newsgraph enqueue`
    cli_job = client.get(f"/jobs/{queued.id}").json()
    assert cli_job["inputs"] == [missing]
    assert cli_job["failures"][0]["reason"] == "no such file or directory"
    ids = [j["id"] for j in client.get("/jobs").json()["items"]]
    assert ids == [queued.id, second, first]
    assert [j["id"] for j in client.get("/jobs?limit=2").json()["items"]] == [queued.id, second]


@pytest.mark.parametrize(
    ("method", "url", "headers", "body", "status", "error"),
    [
        ("GET", "/jobs/no-such-job", AUTH, None, 404, "not_found"),
        ("GET", "/jobs/x:failures", AUTH, None, 422, "validation_error"),
        ("GET", "/jobs?limit=0", AUTH, None, 422, "validation_error"),
        ("POST", "/ingest", {}, {"items": BATCH}, 401, "unauthorized"),
        (
            "POST",
            "/ingest",
            {"Authorization": "Bearer nope"},
            {"items": BATCH},
            401,
            "unauthorized",
        ),
        ("POST", "/ingest", AUTH, {"items": BATCH * 2}, 422, "validation_error"),
        ("POST", "/ingest", AUTH, {}, 422, "validation_error"),
        ("POST", "/ingest", AUTH, {"items": []}, 422, "validation_error"),
        (
            "POST",
            "/ingest",
            AUTH,
            {"urls": ["https://a.b/c"], "items": BATCH},
            422,
            "validation_error",
        ),
        ("POST", "/ingest", AUTH, {"urls": "https://a.b/c"}, 422, "validation_error"),
        ("POST", "/ingest", AUTH, {"items": BATCH, "force": "maybe"}, 422, "validation_error"),
    ],
)
def test_job_refusals(
    client: TestClient,
    redis_client: redis.Redis,
    method: str,
    url: str,
    headers: dict[str, str],
    body: dict[str, Any] | None,
    status: int,
    error: str,
) -> None:
    response = client.request(method, url, headers=headers, json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error
    assert redis_client.xlen(get_ingest_settings().ingest_stream) == 0  # nothing queued


def test_503_when_redis_is_down_while_the_rest_works(
    driver: Driver, api_env: None, api_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_REDIS_URL", "redis://127.0.0.1:9/0")
    get_ingest_settings.cache_clear()
    try:
        with TestClient(app) as c:
            down = [
                c.post("/ingest", json={"items": BATCH}, headers=AUTH),
                c.get("/jobs/some-job"),
                c.get("/jobs"),
            ]
            assert c.get("/health").status_code == 200
            assert c.get("/stats").status_code == 200
    finally:
        get_ingest_settings.cache_clear()
    for response in down:
        assert response.status_code == 503, response.text
        assert response.headers["Retry-After"] == "5"
        assert response.json()["error"] == "queue_unavailable"
        assert "Redis" in response.json()["detail"]
