"""POST /cypher: reads run and return rows; writes, admin, file loads and slow queries refused."""

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app, create_app
from api.settings import get_api_settings
from graph.cypher import check_query
from graph.queries import TAGGED_TRANSACTIONS
from graph.writes import write_articles
from tests.conftest import RunningServer
from tests.integration import graphdata as g


@pytest.fixture
def client(
    driver: Driver, neo4j_server: RunningServer, api_env: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """A client over the hand-built graph, with a short timeout and a small row cap."""
    write_articles(
        driver,
        g.ARTICLES,
        database=neo4j_server.neo4j.database,
        extractor_version=g.EXTRACTOR_VERSION,
    )
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_TIMEOUT_SECONDS", "1.5")
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_MAX_ROWS", "5")
    get_api_settings.cache_clear()
    with TestClient(app) as c:
        yield c
    get_api_settings.cache_clear()


def _count(driver: Driver, label: str) -> int:
    records, _, _ = driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS n")
    return int(records[0]["n"])


def test_a_read_returns_columns_and_rows(client: TestClient) -> None:
    response = client.post(
        "/cypher",
        json={
            "query": "MATCH (:Actor {id: $id})<-[:INVOLVES]-(e:Event) WHERE NOT e.hypothetical "
            "RETURN e.type AS type, count(*) AS n ORDER BY n DESC, type",
            "parameters": {"id": "country:USA"},
        },
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "columns": ["type", "n"],
        "rows": [["AID", 1], ["REJECT", 1], ["SANCTION", 1]],
        "truncated": False,
    }


def test_nodes_dates_and_paths_become_json(client: TestClient) -> None:
    query = (
        "MATCH p = (x:Actor {id: 'org:NATO'})<-[:INVOLVES]-(e:Event {type: 'ACCUSE'}) "
        "RETURN x, e.date AS day, p, 0.0/0.0 AS nan LIMIT 1"
    )
    body = client.post("/cypher", json={"query": query}).json()
    [[actor, day, path, nan]] = body["rows"]
    assert actor["labels"] == ["Actor"]
    assert actor["properties"]["name"] == "NATO"
    assert day == "2025-05-07"
    assert [n["labels"] for n in path["nodes"]] == [["Actor"], ["Event"]]
    assert path["relationships"][0]["type"] == "INVOLVES"
    assert nan is None


def test_rows_past_the_cap_are_cut(client: TestClient) -> None:
    body = client.post("/cypher", json={"query": "UNWIND range(1, 100) AS n RETURN n"}).json()
    assert body["rows"] == [[1], [2], [3], [4], [5]]
    assert body["truncated"] is True
    fewer = client.post(
        "/cypher", json={"query": "UNWIND range(1, 9) AS n RETURN n", "max_rows": 2}
    )
    assert fewer.json()["rows"] == [[1], [2]]


def test_allowed_procedures_run(client: TestClient) -> None:
    body = client.post(
        "/cypher", json={"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"}
    ).json()
    assert ["Actor"] in body["rows"]


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("CREATE (n:Actor {id: 'x'}) RETURN n", "CREATE"),
        ("MERGE (n:Actor {id: 'country:RUS'}) RETURN n", "MERGE"),
        ("MATCH (n:Actor) DETACH DELETE n", "DETACH"),
        ("MATCH (e:Event) DELETE e", "DELETE"),
        ("MATCH (n:Actor) SET n.name = 'x'", "SET"),
        ("MATCH (n:Actor) REMOVE n.name", "REMOVE"),
        ("match (n) foreach (x in [1] | create (:Actor))", "FOREACH"),
        ("CALL dbms.components()", "dbms.components"),
        ("CALL dbms.security.createUser('a', 'b', false)", "dbms.security.createUser"),
        ("CALL db.createLabel('Evil')", "db.createLabel"),
        ("CALL `db`.awaitIndexes(1)", "db.awaitIndexes"),
        ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
        ("load  csv with headers from 'http://x/a.csv' as row return row", "LOAD CSV"),
        ("SHOW USERS", "SHOW"),
        ("CREATE INDEX evil FOR (n:Actor) ON (n.kind)", "CREATE"),
        ("DROP CONSTRAINT actor_id", "DROP"),
        ("USE system MATCH (n) RETURN n", "USE"),
        ("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1", "DETACH"),
    ],
)
def test_writes_and_admin_are_refused(
    client: TestClient, driver: Driver, query: str, says: str
) -> None:
    actors = _count(driver, "Actor")
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "cypher_refused"
    assert says in response.json()["detail"]
    assert _count(driver, "Actor") == actors


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n.set AS set, {merge: 1} AS m",
        "// CREATE (x)\nMATCH (n:Actor) RETURN count(n) AS n",
        "MATCH (n:Actor) /* DELETE n */ RETURN n.name",
        "RETURN 'LOAD CSV FROM x' AS text",
        "MATCH (n:Actor) RETURN n.name AS create, n.id AS set, 1 AS delete",
    ],
)
def test_keywords_inside_strings_comments_and_names_pass(query: str) -> None:
    check_query(query)


def test_a_write_hidden_from_the_scan_is_refused_by_the_planner(client: TestClient) -> None:
    # A write inside a subquery string literal is not a write; a real one behind a
    # keyword the scan does not know (none exist today) would still meet EXPLAIN and READ mode.
    response = client.post(
        "/cypher",
        json={"query": "MATCH (n:Actor) CALL (n) { MATCH (n) RETURN n.id AS i } RETURN i"},
    )
    assert response.status_code == 200, response.text


def test_a_query_past_the_timeout_is_stopped(client: TestClient) -> None:
    response = client.post(
        "/cypher",
        json={"query": "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "query_timeout"
    assert "1.5 s" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"query": "MATCH (n RETURN n"}, 400, "cypher_error"),
        ({"query": "RETURN $missing"}, 400, "cypher_error"),
        ({"query": "RETURN $n", "parameters": {"n": 2**64}}, 400, "invalid_parameters"),
        ({"query": ""}, 422, "validation_error"),
        ({"query": "   "}, 400, "cypher_refused"),
        ({"parameters": {}}, 422, "validation_error"),
        ({"query": "RETURN 1", "extra": 1}, 422, "validation_error"),
    ],
)
def test_bad_queries(client: TestClient, body: dict[str, object], status: int, error: str) -> None:
    response = client.post("/cypher", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error


def _running(driver: Driver) -> list[str]:
    """The status of each transaction on the server besides the one asking."""
    records, _, _ = driver.execute_query(
        "SHOW TRANSACTIONS YIELD currentQuery, status "
        "WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN status"
    )
    return [str(r["status"]) for r in records]


def _all_terminated(driver: Driver, seconds: float = 30.0) -> bool:
    """Every other transaction ended, or marked for termination: Neo4j stops a terminated one
    at its next check, which one long expression (or the planner) may reach much later."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(status.startswith("Terminated") for status in _running(driver)):
            return True
        time.sleep(0.2)
    return False


def _join_abandoned_runs() -> None:
    """Let the threads of abandoned runs see their query end, so they close their sockets
    before the suite stops the server."""
    for thread in threading.enumerate():
        if thread.name == "cypher":
            thread.join(timeout=180)


@pytest.mark.parametrize(
    "query",
    [
        # One expression the server's timeout does not interrupt.
        "RETURN reduce(s = 0, x IN range(1, 2000000000) | s + x) AS total",
        # A pattern whose planning (the EXPLAIN step) alone takes tens of seconds.
        "MATCH " + "-->".join(f"(n{i})" for i in range(60)) + " RETURN 1",
    ],
)
def test_every_step_ends_with_the_budget_and_the_server_is_told_to_stop(
    client: TestClient, driver: Driver, query: str
) -> None:
    started = time.monotonic()
    response = client.post("/cypher", json={"query": query})
    took = time.monotonic() - started
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "query_timeout"
    # The issue saw 66.8 s with a 10 s budget; a loaded test machine needs some slack.
    assert took < 1.5 + 10, f"answered after {took:.1f} s with a 1.5 s budget"
    assert _all_terminated(driver), "the query was not terminated on the server"
    _join_abandoned_runs()


def test_rows_past_the_byte_cap_are_cut(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_MAX_ROWS", "1000")
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_MAX_BYTES", "50000")
    get_api_settings.cache_clear()
    query = (
        "UNWIND range(1, 400) AS i "
        "RETURN i, reduce(s = '', x IN range(1, 100) | s + 'abcdefghij') AS big"
    )
    body = client.post("/cypher", json={"query": query}).json()
    assert body["truncated"] is True
    assert 0 < len(body["rows"]) < 400
    assert len(json.dumps(body["rows"])) <= 50000
    assert body["rows"][0][1] == "abcdefghij" * 100


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"query": "RETURN reduce(l = [], i IN range(1, 1200) | [l]) AS deep"}, "a value"),
        ({"query": "RETURN $p AS p", "parameters": {"p": json.loads("[" * 500 + "]" * 500)}},
         "parameters"),
    ],
)  # fmt: skip
def test_values_nested_too_deep_are_refused(
    client: TestClient, body: dict[str, object], says: str
) -> None:
    response = client.post("/cypher", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "too_deep"
    assert response.json()["detail"].startswith(says)


def test_errors_show_no_codes_class_names_or_the_explain_prefix(client: TestClient) -> None:
    for query in ("MATCH (n RETURN n", "RETURN 1/0", "RETURN toInteger([1])"):
        response = client.post("/cypher", json={"query": query})
        assert response.status_code == 400, response.text
        detail = response.json()["detail"]
        assert detail and "Neo." not in detail and "EXPLAIN" not in detail
        assert "org.neo4j" not in detail and "java." not in detail
        assert "\n" not in detail


def test_the_tag_query_finds_only_tagged_transactions(driver: Driver) -> None:
    records, _, _ = driver.execute_query(TAGGED_TRANSACTIONS, tag="nothing-runs-with-this")
    assert records == []


def test_a_client_that_leaves_has_its_query_terminated(
    driver: Driver, neo4j_server: RunningServer, api_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real server: TestClient cannot hang up mid-request. The budget is long, so only the
    # disconnect can end the query before the test's deadline.
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_TIMEOUT_SECONDS", "120")
    get_api_settings.cache_clear()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
            time.sleep(0.05)
        body = json.dumps(
            {"query": "RETURN reduce(s = 0, x IN range(1, 2000000000) | s + x) AS total"}
        ).encode()
        with socket.create_connection(("127.0.0.1", port)) as client:
            client.sendall(
                b"POST /cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            deadline = time.monotonic() + 30
            while not _running(driver):  # wait until the query runs
                assert time.monotonic() < deadline, "the query never started"
                time.sleep(0.1)
        # The client has hung up.
        assert _all_terminated(driver), "the query was not terminated when its client left"
        _join_abandoned_runs()
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        get_api_settings.cache_clear()
