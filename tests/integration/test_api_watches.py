"""The watch endpoints: create/list/delete with the write key, the live stream, webhooks.

The API is the real one over the suite's Neo4j; events arrive by `write_articles`, the path
every ingest takes. Webhooks go to a receiver this module starts on a loopback port.
"""

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.deps import GraphHandle
from api.main import app
from api.settings import ApiSettings, get_api_settings
from api.webhooks import WebhookSender
from graph.settings import get_neo4j_settings
from graph.watches import WatchFilter, create_watch
from graph.writes import write_articles
from ingest.settings import get_ingest_settings
from tests.conftest import RunningServer, serving_api
from tests.integration import graphdata as g

KEY = "watch-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
RUSSIA = {"name": "Russia", "actor": "country:RUS"}


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch, neo4j_server: RunningServer) -> Iterator[None]:
    """A write key, quick polls and quick retries, over the suite's Neo4j."""
    neo4j = neo4j_server.neo4j
    for name, value in {
        "NEWSGRAPH_API_WRITE_KEY": KEY,
        "NEWSGRAPH_API_WATCH_POLL_SECONDS": "0.2",
        "NEWSGRAPH_API_WEBHOOK_RETRY_SECONDS": "0.3",
        # The test's receiver listens on loopback, which webhooks reach only when allowed.
        "NEWSGRAPH_FETCH_ALLOW_PRIVATE": "1",
        "NEO4J_URI": neo4j.uri,
        "NEO4J_PASSWORD": neo4j.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j.database,
    }.items():
        monkeypatch.setenv(name, value)
    get_api_settings.cache_clear()
    get_neo4j_settings.cache_clear()
    get_ingest_settings.cache_clear()
    yield
    get_api_settings.cache_clear()
    get_neo4j_settings.cache_clear()
    get_ingest_settings.cache_clear()


@pytest.fixture
def client(driver: Driver, settings: None) -> Iterator[TestClient]:
    """The API over an empty graph."""
    with TestClient(app) as c:
        yield c


def _ingest(driver: Driver, neo4j_server: RunningServer, articles: list[Any]) -> None:
    write_articles(
        driver, articles, database=neo4j_server.neo4j.database, extractor_version="test-1"
    )


def _until(check: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_create_list_and_delete(client: TestClient) -> None:
    created = client.post("/watches", json={**RUSSIA, "min_sources": 2}, headers=AUTH)
    assert created.status_code == 201, created.text
    watch = created.json()
    assert watch["secret"] and watch["delivered"] == 0 and watch["min_sources"] == 2

    listed = client.get("/watches", headers=AUTH).json()
    assert [w["id"] for w in listed] == [watch["id"]]
    assert "secret" not in listed[0]
    assert listed[0]["actor"] == "country:RUS"

    assert client.delete(f"/watches/{watch['id']}", headers=AUTH).status_code == 204
    assert client.get("/watches", headers=AUTH).json() == []
    again = client.delete(f"/watches/{watch['id']}", headers=AUTH)
    assert again.status_code == 404
    assert again.json()["error"] == "not_found"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}])
@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/watches"), ("GET", "/watches"), ("DELETE", "/watches/0123abcd")],
)
def test_watches_need_the_write_key(
    client: TestClient, method: str, path: str, headers: dict[str, str]
) -> None:
    response = client.request(method, path, json=RUSSIA, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Everything"}, "a watch needs an actor"),
        ({**RUSSIA, "types": ["INVADE"]}, "types"),
        ({**RUSSIA, "quad_classes": ["war"]}, "quad_classes"),
        ({**RUSSIA, "country": "ru"}, "country"),
        ({**RUSSIA, "min_sources": 0}, "min_sources"),
        ({**RUSSIA, "webhook_url": "not a url"}, "webhook_url"),
        ({**RUSSIA, "colour": "red"}, "colour"),
    ],
)
def test_a_bad_watch_is_refused_with_its_reason(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/watches", json=body, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"
    assert field in json.dumps(response.json()["detail"])


def _read_deliveries(lines: Iterator[str], count: int) -> list[dict[str, Any]]:
    """Read `count` delivery events off the lines of an SSE stream."""
    found: list[dict[str, Any]] = []
    kind = None
    for line in lines:
        if line.startswith("event: "):
            kind = line.removeprefix("event: ")
        elif line.startswith("data: ") and kind == "delivery":
            found.append(json.loads(line.removeprefix("data: ")))
            if len(found) == count:
                return found
    raise AssertionError(f"the stream ended after {len(found)} deliveries")


def test_the_stream_sends_events_ingested_while_it_is_open(
    driver: Driver, settings: None, neo4j_server: RunningServer
) -> None:
    with serving_api(neo4j_server.neo4j) as url, httpx.Client(base_url=url, timeout=30) as http:
        watch = http.post("/watches", json=RUSSIA, headers=AUTH).json()
        with http.stream("GET", f"/watches/{watch['id']}/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            assert next(lines) == ": watching"
            _ingest(driver, neo4j_server, g.ARTICLES)
            got = _read_deliveries(lines, 4)
        types = sorted(d["event"]["type"] for d in got)
        assert types == ["ACCUSE", "AGREE", "ASSAULT", "SANCTION"]
        assert len({d["id"] for d in got}) == 4

        # A page back after its last visit first gets what it missed.
        since = "2000-01-01T00:00:00Z"
        with http.stream("GET", f"/watches/{watch['id']}/events", params={"since": since}) as s:
            assert sorted(d["id"] for d in _read_deliveries(s.iter_lines(), 4)) == sorted(
                d["id"] for d in got
            )
        assert http.get("/watches/0123abcd/events").status_code == 404


class _Receiver(BaseHTTPRequestHandler):
    """Refuses the first POST (503), takes the others; records each."""

    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), body))
        self.send_response(503 if len(self.received) == 1 else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    """A webhook receiver on a loopback port: its URL and what it received."""
    received: list[tuple[dict[str, str], bytes]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()
    server.server_close()


def test_a_webhook_is_signed_retried_and_sent_once(
    client: TestClient,
    driver: Driver,
    neo4j_server: RunningServer,
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    url, received = receiver
    spec = {"name": "Sanctions", "types": ["SANCTION"], "webhook_url": url}
    watch = client.post("/watches", json=spec, headers=AUTH).json()
    _ingest(driver, neo4j_server, g.ARTICLES)

    _until(lambda: len(received) >= 2)  # refused once, then taken
    ids = set()
    for headers, body in received:
        expected = hmac.new(watch["secret"].encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Newsgraph-Signature"] == f"sha256={expected}"
        payload = json.loads(body)
        assert payload["id"] == headers["X-Newsgraph-Delivery"]
        assert payload["watch"] == {"id": watch["id"], "name": "Sanctions"}
        assert payload["event"]["type"] == "SANCTION"
        ids.add(payload["id"])
    assert len(ids) == 1  # the retry carries the same id; the hypothetical sanction is no event

    # The receiver has the POST before the sender records it as sent.
    _until(lambda: client.get("/watches", headers=AUTH).json()[0]["last_sent_at"] is not None)
    [shown] = client.get("/watches", headers=AUTH).json()
    assert shown["failures"] == 1 and shown["last_error"] == "HTTP 503"
    assert shown["last_sent_at"] is not None and shown["delivered"] == 1

    # Ingesting the same articles again sends nothing.
    _ingest(driver, neo4j_server, g.ARTICLES)
    time.sleep(1.5)  # several polls of the sender
    assert len(received) == 2


def test_a_webhook_to_a_private_address_is_refused(
    settings: None,
    driver: Driver,
    neo4j_server: RunningServer,
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without the operator's setting a webhook, like a fetch, never reaches this machine.
    monkeypatch.delenv("NEWSGRAPH_FETCH_ALLOW_PRIVATE")
    get_ingest_settings.cache_clear()
    url, received = receiver
    with TestClient(app) as guarded:
        spec = {"name": "Sanctions", "types": ["SANCTION"], "webhook_url": url}
        guarded.post("/watches", json=spec, headers=AUTH)
        _ingest(driver, neo4j_server, g.ARTICLES)
        _until(lambda: guarded.get("/watches", headers=AUTH).json()[0]["failures"] >= 2)
        [shown] = guarded.get("/watches", headers=AUTH).json()
    assert shown["last_error"].startswith("refused: 127.0.0.1 is at a non-public address")
    assert shown["last_sent_at"] is None and received == []


def test_an_idle_webhook_sender_polls_less_often_and_still_sends(
    settings: None,
    driver: Driver,
    neo4j_server: RunningServer,
    receiver: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    rounds: list[float] = []

    class CountedSender(WebhookSender):
        def send_due(self) -> int:
            rounds.append(time.monotonic())
            return super().send_due()

    poll = 0.05
    database = neo4j_server.neo4j.database
    graph = GraphHandle(driver, database=database, schema_applied=True)
    sender = CountedSender(
        graph,
        database=database,
        settings=ApiSettings(watch_poll_seconds=poll, webhook_retry_seconds=0.1),
    )
    sender.start()
    try:
        time.sleep(1.5)  # 30 polls; waits of 1, 2, 4, 8, 8 ... polls make 6 rounds
        idle = len(rounds)
        gaps = [b - a for a, b in itertools.pairwise(rounds)]
        assert 2 <= idle <= 8
        assert gaps[-1] >= 4 * poll
        # A delivery made meanwhile is still sent: the next round finds it.
        url, received = receiver
        spec = {"name": "Sanctions", "types": ["SANCTION"], "webhook_url": url}
        create_watch(driver, WatchFilter.model_validate(spec), database=database)
        _ingest(driver, neo4j_server, g.ARTICLES)
        _until(lambda: len(received) >= 2)  # refused once, then taken
    finally:
        sender.stop()
