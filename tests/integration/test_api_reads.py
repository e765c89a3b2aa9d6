"""The read endpoints against the hand-built graph of graphdata.py, with known answers."""

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import RunningServer
from tests.integration import graphdata as g
from tests.integration.conftest import api_client_over, get_json, write_small_graph


@pytest.fixture(scope="module")
def client(session_driver: Driver, neo4j_server: RunningServer) -> Iterator[TestClient]:
    """An API client over the hand-built graph, shared by this module's read-only tests."""
    with api_client_over(session_driver, neo4j_server.neo4j, write_small_graph) as c:
        yield c


def _brief(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(type, date) of each event, in order."""
    return [(e["type"], e["date"]) for e in events]


def _event_id(client: TestClient, event_type: str, actor: str) -> str:
    items = get_json(client, "/events", actor=actor, type=event_type)["items"]
    assert len(items) == 1
    return str(items[0]["id"])


RUSSIA_ALL = [
    ("ASSAULT", "2025-06-09"),
    ("SANCTION", "2025-05-15"),
    ("AGREE", "2025-05-08"),
    ("ACCUSE", "2025-05-07"),
]


@pytest.mark.parametrize(
    ("actor", "params", "expected"),
    [
        ("country:RUS", {}, RUSSIA_ALL),
        ("country:RUS", {"role": "source"}, [RUSSIA_ALL[0], RUSSIA_ALL[3]]),
        ("country:RUS", {"role": "target"}, [RUSSIA_ALL[1]]),
        ("country:RUS", {"role": "participant"}, [RUSSIA_ALL[2]]),
        ("country:RUS", {"types": "SANCTION,ASSAULT"}, RUSSIA_ALL[:2]),
        ("country:RUS", {"from": "2025-05-08", "to": "2025-05-31"}, RUSSIA_ALL[1:3]),
        (
            "country:USA",
            {},
            [("REJECT", "2025-06-02"), ("AID", "2025-06-01"), ("SANCTION", "2025-05-15")],
        ),
        (
            "country:USA",
            {"include_hypothetical": "true"},
            [
                ("REJECT", "2025-06-02"),
                ("AID", "2025-06-01"),
                ("SANCTION", "2025-05-15"),
                ("SANCTION", "2025-05-15"),
            ],
        ),
        ("org:NATO", {}, [("ACCUSE", "2025-05-07")]),
        ("org:NATO", {"include_negated": "true"}, [("MOBILIZE", "2025-06-11"), RUSSIA_ALL[3]]),
        ("country:NOWHERE", {}, []),
    ],
)
def test_actor_timeline(
    client: TestClient, actor: str, params: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    page = get_json(client, f"/actors/{actor}/timeline", **params)
    assert _brief(page["items"]) == expected
    assert page["next_cursor"] is None


def test_actor_timeline_event_shape(client: TestClient) -> None:
    [event] = get_json(client, "/actors/person:xi-jinping/timeline", to="2025-05-31")["items"]
    assert event["type"] == "CONSULT"
    assert event["quad_class"] == "verbal_cooperation"
    assert event["date_precision"] == "day"
    assert [a["id"] for a in event["participants"]] == [
        "person:vladimir-putin",
        "person:xi-jinping",
    ]
    assert event["source"] == event["target"] == []
    assert (event["n_articles"], event["n_sources"]) == (3, 2)
    assert event["summary"] == "Vladimir Putin and Xi Jinping held talks in Moscow on Thursday."
    assert event["negated"] is event["hypothetical"] is False
    assert event["first_reported_at"].startswith("2025-05-08")
    assert event["last_reported_at"].startswith("2025-05-09")


def test_actor_timeline_pages_with_cursors(client: TestClient) -> None:
    seen: list[tuple[str, str]] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = get_json(client, "/actors/country:RUS/timeline", **params)
        seen += _brief(page["items"])
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert "~" not in cursor  # opaque: the (date, id) is encoded
    assert pages == 2
    assert seen == RUSSIA_ALL


@pytest.mark.parametrize(
    ("a", "b", "params", "expected"),
    [
        ("country:USA", "country:RUS", {}, [("SANCTION", "2025-05-15")]),
        ("country:RUS", "country:USA", {}, [("SANCTION", "2025-05-15")]),
        ("country:USA", "country:RUS", {"directed": "true"}, [("SANCTION", "2025-05-15")]),
        ("country:RUS", "country:USA", {"directed": "true"}, []),
        ("country:CHN", "country:USA", {}, [("REJECT", "2025-06-02")]),
        (
            "country:CHN",
            "country:USA",
            {"include_hypothetical": "true"},
            [("REJECT", "2025-06-02"), ("SANCTION", "2025-05-15")],
        ),
        ("country:CHN", "country:USA", {"types": "SANCTION"}, []),
    ],
)
def test_dyad_timeline(
    client: TestClient, a: str, b: str, params: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    page = get_json(client, f"/dyads/{a}/{b}/timeline", **params)
    assert _brief(page["items"]) == expected


def _points(counts: dict[str, Any]) -> dict[str, list[tuple[str, int]]]:
    return {s["key"]: [(p["period"], p["count"]) for p in s["points"]] for s in counts["series"]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"interval": "month", "by": "quad_class"},
            {
                "material_conflict": [("2025-05-01", 1), ("2025-06-01", 1)],
                "material_cooperation": [("2025-06-01", 1)],
                "verbal_conflict": [("2025-05-01", 1), ("2025-06-01", 1)],
                "verbal_cooperation": [("2025-05-01", 2), ("2025-06-01", 1)],
            },
        ),
        (
            {"actor": "country:RUS", "interval": "month"},
            {
                "ACCUSE": [("2025-05-01", 1)],
                "AGREE": [("2025-05-01", 1)],
                "ASSAULT": [("2025-06-01", 1)],
                "SANCTION": [("2025-05-01", 1)],
            },
        ),
        (
            {"country": "CHN", "interval": "week", "type": "CONSULT,REJECT"},
            {"CONSULT": [("2025-05-05", 1), ("2025-05-26", 1)], "REJECT": [("2025-06-02", 1)]},
        ),
        (
            {"quad_class": "material_conflict", "interval": "day", "include_hypothetical": "true"},
            {"ASSAULT": [("2025-06-09", 1)], "SANCTION": [("2025-05-15", 2)]},
        ),
        ({"from": "2025-07-01"}, {}),
    ],
)
def test_timeline_counts(
    client: TestClient, params: dict[str, str], expected: dict[str, list[tuple[str, int]]]
) -> None:
    counts = get_json(client, "/timeline/counts", **params)
    assert counts["interval"] == params.get("interval", "month")
    assert _points(counts) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "UKR"}, [("ASSAULT", "2025-06-09"), ("AID", "2025-06-01")]),
        ({"type": "CONSULT"}, [("CONSULT", "2025-06-01"), ("CONSULT", "2025-05-08")]),
        ({"quad_class": "verbal_conflict"}, [("REJECT", "2025-06-02"), ("ACCUSE", "2025-05-07")]),
        (
            {"from": "2025-06-02", "include_negated": "true"},
            [("MOBILIZE", "2025-06-11"), ("ASSAULT", "2025-06-09"), ("REJECT", "2025-06-02")],
        ),
        ({"q": "sanctions"}, [("SANCTION", "2025-05-15")]),
        ({"q": "TALKS"}, [("CONSULT", "2025-05-08")]),
        (
            {"source": "reuters.com", "min_articles": "2"},
            [("SANCTION", "2025-05-15"), ("CONSULT", "2025-05-08")],
        ),
        ({"actor": "person:donald-trump"}, [("CONSULT", "2025-06-01")]),
    ],
)
def test_events_search(
    client: TestClient, params: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert _brief(get_json(client, "/events", **params)["items"]) == expected


def test_events_search_pages_through_everything(client: TestClient) -> None:
    first = get_json(client, "/events", limit=5)
    second = get_json(client, "/events", limit=5, cursor=first["next_cursor"])
    assert len(first["items"]) == 5
    assert len(second["items"]) == 3
    assert second["next_cursor"] is None
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 8


def test_event_detail_has_the_evidence(client: TestClient) -> None:
    event_id = _event_id(client, "CONSULT", "person:vladimir-putin")
    detail = get_json(client, f"/events/{event_id}")
    assert detail["id"] == event_id
    assert detail["n_articles"] == 3
    reports = detail["reports"]
    assert [r["article"]["id"] for r in reports] == ["reuters-1", "tass-1", "reuters-2"]
    assert [r["article"]["source"] for r in reports] == ["Reuters", "TASS", "Reuters"]
    assert reports[1]["sentence"] == "Putin and Xi met in the Kremlin on May 8."
    assert reports[1]["article"]["url"] == "https://tass.com/politics/1001"
    assert reports[0]["confidence"] == 0.9
    assert reports[0]["start"] == 0


def test_actor_search(client: TestClient) -> None:
    cases = [
        ({"q": "xi"}, "person:xi-jinping"),
        ({"q": "russ"}, "country:RUS"),  # a prefix, as typed
        ({"q": "Rusia"}, "country:RUS"),  # a typo
        ({"q": "kremlin"}, "country:RUS"),  # an alias
        ({"q": "trump", "kind": "person"}, "person:donald-trump"),
        ({"q": "washington", "country": "USA"}, "country:USA"),
    ]
    for params, best in cases:
        items = get_json(client, "/actors", **params)["items"]
        assert items, params
        assert items[0]["id"] == best, params
    assert get_json(client, "/actors", q="putin", kind="country")["items"] == []


def test_actor_profile(client: TestClient) -> None:
    profile = get_json(client, "/actors/country:RUS")
    assert profile["name"] == "Russia"
    assert profile["kind"] == "country"
    assert profile["n_events"] == 4
    assert (profile["first_seen"], profile["last_seen"]) == ("2025-05-07", "2025-06-09")
    assert profile["counts_by_type"] == {"ASSAULT": 1, "SANCTION": 1, "AGREE": 1, "ACCUSE": 1}
    assert "Moscow" in profile["aliases"]
    assert [(c["id"], c["n"]) for c in profile["top_counterparts"]] == [
        ("country:CHN", 1),
        ("country:UKR", 1),
        ("country:USA", 1),
        ("org:NATO", 1),
    ]
    xi = get_json(client, "/actors/person:xi-jinping")
    assert xi["role"] == "President"
    assert xi["based_in"]["id"] == "country:CHN"


def test_actor_network(client: TestClient) -> None:
    network = get_json(client, "/actors/person:xi-jinping/network")
    assert network["center"]["id"] == "person:xi-jinping"
    assert {(e["source"], e["target"], e["weight"]) for e in network["edges"]} == {
        ("person:donald-trump", "person:xi-jinping", 1),
        ("person:vladimir-putin", "person:xi-jinping", 1),
    }
    assert {n["id"]: n["weight"] for n in network["nodes"]} == {
        "person:xi-jinping": 2,
        "person:donald-trump": 1,
        "person:vladimir-putin": 1,
    }
    russia = get_json(client, "/actors/country:RUS/network", to="2025-05-31")
    assert {(e["source"], e["target"]): e["by_quad_class"] for e in russia["edges"]} == {
        ("country:CHN", "country:RUS"): {"verbal_cooperation": 1},
        ("country:RUS", "org:NATO"): {"verbal_conflict": 1},
        ("country:RUS", "country:USA"): {"material_conflict": 1},
    }
    assert get_json(client, "/actors/country:RUS/network", min_weight=2)["edges"] == []


def test_paths(client: TestClient) -> None:
    path = get_json(
        client, "/paths", **{"from": "person:vladimir-putin", "to": "person:donald-trump"}
    )
    assert path["found"] is True
    assert [n["id"] for n in path["nodes"]] == [
        "person:vladimir-putin",
        "person:xi-jinping",
        "person:donald-trump",
    ]
    assert [e["event"]["type"] for e in path["edges"]] == ["CONSULT", "CONSULT"]
    none = get_json(client, "/paths", **{"from": "country:UKR", "to": "person:xi-jinping"})
    assert none == {"found": False, "nodes": [], "edges": []}
    short = get_json(
        client,
        "/paths",
        **{"from": "person:vladimir-putin", "to": "person:donald-trump"},
        max_hops=1,
    )
    assert short["found"] is False


def test_stats(client: TestClient) -> None:
    stats = get_json(client, "/stats")
    assert {k: stats[k] for k in ("articles", "events", "actors", "sources", "reports")} == {
        "articles": 8,
        "events": 10,
        "actors": 8,
        "sources": 4,
        "reports": 13,
    }
    assert (stats["first_event_date"], stats["last_event_date"]) == ("2025-05-07", "2025-06-11")


def test_article(client: TestClient) -> None:
    article = get_json(client, "/articles/reuters-1")
    assert article["title"] == "Vladimir Putin and Xi Jinping held talks in Moscow on Thursday."
    assert article["source"] == "Reuters"
    assert article["published_at"].startswith("2025-05-08T09:30:00")
    assert article["extractor_version"] == g.EXTRACTOR_VERSION
    assert _brief(article["events"]) == [("CONSULT", "2025-05-08"), ("AGREE", "2025-05-08")]
    assert {a["id"] for a in article["actors"]} == {
        "person:vladimir-putin",
        "person:xi-jinping",
        "country:RUS",
        "country:CHN",
    }


def test_exports_stream_the_filtered_events(client: TestClient) -> None:
    response = client.get("/events.csv", params={"actor": "country:RUS"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["type"], r["date"]) for r in rows] == RUSSIA_ALL
    assert rows[0]["source_ids"] == "country:RUS"
    assert rows[0]["target_names"] == "Ukraine"

    response = client.get("/events.jsonl", params={"include_negated": "true"})
    assert response.status_code == 200
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 9
    assert lines[0]["type"] == "MOBILIZE"

    limited = client.get("/events.jsonl", params={"max_rows": 2})
    assert len(limited.text.splitlines()) == 2
