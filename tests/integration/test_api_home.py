"""GET /overview, the home page's data, against the hand-built graph of graphdata.py."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import RunningServer
from tests.integration.conftest import api_client_over, write_small_graph


@pytest.fixture(scope="module")
def client(session_driver: Driver, neo4j_server: RunningServer) -> Iterator[TestClient]:
    """An API client over the hand-built graph."""
    with api_client_over(session_driver, neo4j_server.neo4j, write_small_graph) as c:
        yield c


def _overview(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/overview", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_the_default_period_is_twelve_weeks_to_the_latest_event(client: TestClient) -> None:
    o = _overview(client)
    # The latest event (the negated NATO mobilisation) is dated Wednesday 11 June 2025.
    assert (o["date_from"], o["date_to"]) == ("2025-03-24", "2025-06-11")
    assert o["previous_from"] == "2025-01-03"  # 80 days before, as long as the period
    assert [e["type"] for e in o["reported"]] == ["SANCTION", "CONSULT"]
    assert all(e["n_sources"] >= 2 for e in o["reported"])


def test_activity_and_changes_against_the_period_before(client: TestClient) -> None:
    o = _overview(client, **{"from": "2025-06-01", "to": "2025-06-30"})
    assert o["previous_from"] == "2025-05-02"
    # June: Ukraine and the US are in two real events each; the NATO mobilisation is negated.
    top = [(a["actor"]["id"], a["n"], a["previous"]) for a in o["actors"][:2]]
    assert top == [("country:UKR", 2, 0), ("country:USA", 2, 1)]
    assert "org:NATO" not in [a["actor"]["id"] for a in o["actors"]]
    changes = {(c["actor"]["id"], c["quad_class"]): (c["previous"], c["n"]) for c in o["changes"]}
    assert changes[("country:RUS", "verbal_conflict")] == (1, 0)  # the May accusation
    diffs = [abs(c["n"] - c["previous"]) for c in o["changes"]]
    assert diffs == sorted(diffs, reverse=True)
    pairs = {(d["a"]["id"], d["b"]["id"]): d["n"] for d in o["dyads"]}
    assert pairs[("country:RUS", "country:UKR")] == 1
    assert ("country:CHN", "country:RUS") not in pairs  # their agreement was in May
    weeks = {(w["bucket"], w["key"]): w["n"] for w in o["weeks"]}
    assert weeks[("2025-06-09", "material_conflict")] == 1  # the strike on Kyiv
    assert o["reported"] == []


def test_the_period_may_ask_for_one_source(client: TestClient) -> None:
    o = _overview(client, **{"from": "2025-06-01", "to": "2025-06-30", "min_sources": 1})
    assert [e["date"] for e in o["reported"]] == sorted(
        (e["date"] for e in o["reported"]), reverse=True
    )
    assert len(o["reported"]) == 4


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"from": "2025-06-30", "to": "2025-06-01"}, 422),
        ({"min_sources": 0}, 422),
        ({"limit": 500}, 422),
        ({"from": "June"}, 422),
    ],
)
def test_bad_parameters_are_refused(
    client: TestClient, params: dict[str, Any], status: int
) -> None:
    response = client.get("/overview", params=params)
    assert response.status_code == status
    assert response.json()["error"]
