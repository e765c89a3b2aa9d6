"""Places in the graph and the place filters of the API, against the suite's real Neo4j.

A hand-built set of located events (June 2025):

    ASSAULT  Russia -> Ukraine  06-09  Kyiv (two reports) and Kharkiv (one, less sure)
    ASSAULT  Russia -> Ukraine  06-12  Kharkiv
    CONSULT  United States + Saudi Arabia  06-10  Riyadh
    ACCUSE   Russia -> Ukraine  06-11  no location

Kyiv and Kharkiv are about 410 km apart.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.models import (
    QUAD_CLASS,
    Actor,
    ActorKind,
    DatePrecision,
    DateSource,
    Event,
    EventType,
    ExtractedArticle,
    Location,
    LocationPrecision,
)
from graph.writes import event_key, write_articles
from tests.conftest import RunningServer
from tests.integration.conftest import api_client_over, get_json
from tests.integration.graphdata import KHARKIV, KYIV

VERSION = "test-places"
RUSSIA = Actor(id="country:RUS", name="Russia", kind=ActorKind.COUNTRY, country="RUS")
UKRAINE = Actor(id="country:UKR", name="Ukraine", kind=ActorKind.COUNTRY, country="UKR")
USA = Actor(id="country:USA", name="United States", kind=ActorKind.COUNTRY, country="USA")
SAUDI = Actor(id="country:SAU", name="Saudi Arabia", kind=ActorKind.COUNTRY, country="SAU")
RIYADH = Location(
    id="108410",
    name="Riyadh",
    geonameid=108410,
    country="SAU",
    admin1="10",
    lat=24.68773,
    lon=46.72185,
    precision=LocationPrecision.CITY,
)


def _event(
    n: int,
    etype: EventType,
    day: date,
    location: Location | None,
    *,
    source: tuple[Actor, ...] = (RUSSIA,),
    target: tuple[Actor, ...] = (UKRAINE,),
    participants: tuple[Actor, ...] = (),
    confidence: float = 0.8,
) -> Event:
    sentence = f"Sentence {n} of a test article about {etype.value.lower()}."
    return Event(
        id=f"e{n}",
        type=etype,
        quad_class=QUAD_CLASS[etype],
        date=day,
        date_precision=DatePrecision.DAY,
        date_source=DateSource.SENTENCE,
        source=[a.id for a in source],
        target=[a.id for a in target],
        participants=[a.id for a in participants],
        sentence=sentence,
        start=0,
        end=len(sentence),
        trigger=etype.value.lower(),
        confidence=confidence,
        location=location,
    )


def _article(article_id: str, *events: Event) -> ExtractedArticle:
    actors = {a for e in events for a in (*e.source, *e.target, *e.participants)}
    known = {a.id: a for a in (RUSSIA, UKRAINE, USA, SAUDI)}
    return ExtractedArticle(
        id=article_id,
        url=f"https://news.example/{article_id}",
        text=" ".join(e.sentence for e in events),
        format="html",
        published_at=datetime(2025, 6, 13, tzinfo=UTC),
        actors=[known[a] for a in sorted(actors)],
        events=list(events),
    )


STRIKE = _event(1, EventType.ASSAULT, date(2025, 6, 9), KYIV, confidence=0.6)
ARTICLES = [
    _article("a1", STRIKE),
    _article("a2", STRIKE.model_copy(update={"location": KYIV})),
    _article("a3", STRIKE.model_copy(update={"location": KHARKIV, "confidence": 0.9})),
    _article(
        "a4",
        _event(2, EventType.ASSAULT, date(2025, 6, 12), KHARKIV),
        _event(
            3,
            EventType.CONSULT,
            date(2025, 6, 10),
            RIYADH,
            source=(),
            target=(),
            participants=(USA, SAUDI),
        ),
        _event(4, EventType.ACCUSE, date(2025, 6, 11), None),
    ),
]


def _write(driver: Driver, database: str, articles: list[ExtractedArticle]) -> Any:
    return write_articles(driver, articles, database=database, extractor_version=VERSION)


def _places_of(driver: Driver, database: str) -> dict[str, str | None]:
    """Each event's type and date -> the name of the place it occurred in."""
    records, _, _ = driver.execute_query(
        "MATCH (e:Event) OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place) "
        "RETURN e.type + ' ' + toString(e.date) AS event, collect(p.name) AS places",
        database_=database,
    )
    result: dict[str, str | None] = {}
    for r in records:
        assert len(r["places"]) <= 1  # one place per event at most
        result[r["event"]] = r["places"][0] if r["places"] else None
    return result


def test_events_occur_in_the_place_most_reports_give(driver: Driver, database: str) -> None:
    _write(driver, database, ARTICLES)
    assert _places_of(driver, database) == {
        "ASSAULT 2025-06-09": "Kyiv",
        "ASSAULT 2025-06-12": "Kharkiv",
        "CONSULT 2025-06-10": "Riyadh",
        "ACCUSE 2025-06-11": None,
    }
    records, _, _ = driver.execute_query(
        "MATCH (p:Place) RETURN p.id AS id, p.kind AS kind, p.country AS country, "
        "p.point.latitude AS lat, p.point.longitude AS lon ORDER BY id",
        database_=database,
    )
    assert [(r["id"], r["kind"], r["country"]) for r in records] == [
        ("108410", "city", "SAU"),
        ("703448", "city", "UKR"),
        ("706483", "city", "UKR"),
    ]
    assert (records[1]["lat"], records[1]["lon"]) == (KYIV.lat, KYIV.lon)


def test_a_place_is_moved_when_reports_change_and_writes_are_idempotent(
    driver: Driver, database: str
) -> None:
    _write(driver, database, ARTICLES)
    before = _places_of(driver, database)
    again = _write(driver, database, ARTICLES)
    assert (again.nodes_created, again.nodes_deleted) == (0, 0)
    assert _places_of(driver, database) == before
    # The two Kyiv reports are re-extracted without a location: Kharkiv is left.
    unlocated = STRIKE.model_copy(update={"location": None})
    _write(driver, database, [_article("a1", unlocated), _article("a2", unlocated)])
    assert _places_of(driver, database)["ASSAULT 2025-06-09"] == "Kharkiv"
    _write(driver, database, [_article("a3", unlocated)])
    assert _places_of(driver, database)["ASSAULT 2025-06-09"] is None


def test_the_place_point_is_indexed(driver: Driver, database: str) -> None:
    _write(driver, database, ARTICLES)
    records, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE name = 'place_point' "
        "RETURN type, labelsOrTypes, properties",
        database_=database,
    )
    assert [(r["type"], r["labelsOrTypes"], r["properties"]) for r in records] == [
        ("POINT", ["Place"], ["point"])
    ]


@pytest.fixture(scope="module")
def client(session_driver: Driver, neo4j_server: RunningServer) -> Iterator[TestClient]:
    """An API client over the located events above."""
    with api_client_over(
        session_driver, neo4j_server.neo4j, lambda d, db: _write(d, db, ARTICLES)
    ) as c:
        yield c


def _events(client: TestClient, url: str = "/events", **params: Any) -> list[tuple[str, str]]:
    return [(e["type"], e["date"]) for e in get_json(client, url, **params)["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place_country": "UKR"}, [("ASSAULT", "2025-06-12"), ("ASSAULT", "2025-06-09")]),
        ({"place": KYIV.id}, [("ASSAULT", "2025-06-09")]),
        ({"near": "50.45,30.52", "within_km": 100}, [("ASSAULT", "2025-06-09")]),
        (
            {"near": "50.45,30.52", "within_km": 500},
            [("ASSAULT", "2025-06-12"), ("ASSAULT", "2025-06-09")],
        ),
        ({"near": "24.7,46.7"}, [("CONSULT", "2025-06-10")]),
        ({"place_country": "UKR", "type": "CONSULT"}, []),
        # With an actor, the place narrows the actor's events.
        ({"actor": "country:RUS", "place": KHARKIV.id}, [("ASSAULT", "2025-06-12")]),
        ({"country": "USA", "place_country": "SAU"}, [("CONSULT", "2025-06-10")]),
    ],
)
def test_events_filtered_by_place(
    client: TestClient, params: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert _events(client, **params) == expected


def test_an_event_carries_its_location(client: TestClient) -> None:
    (event,) = get_json(client, "/events", place=RIYADH.id)["items"]
    assert event["location"] == {
        "id": "108410",
        "name": "Riyadh",
        "geonameid": 108410,
        "kind": "city",
        "country": "SAU",
        "admin1": "10",
        "lat": RIYADH.lat,
        "lon": RIYADH.lon,
    }
    detail = get_json(client, f"/events/{event['id']}")
    assert detail["location"]["name"] == "Riyadh"
    unlocated = get_json(client, "/events", type="ACCUSE")["items"]
    assert [e["location"] for e in unlocated] == [None]


def test_actor_timeline_and_counts_filtered_by_place(client: TestClient) -> None:
    timeline = _events(client, "/actors/country:UKR/timeline", near="50.0,36.2", within_km=50)
    assert timeline == [("ASSAULT", "2025-06-12")]
    counts = get_json(client, "/timeline/counts", place_country="UKR", interval="day")
    assert counts["series"] == [
        {
            "key": "ASSAULT",
            "points": [
                {"period": "2025-06-09", "count": 1},
                {"period": "2025-06-12", "count": 1},
            ],
        }
    ]
    counts = get_json(client, "/timeline/counts", actor="country:RUS", place=KYIV.id)
    assert [s["key"] for s in counts["series"]] == ["ASSAULT"]
    assert sum(p["count"] for s in counts["series"] for p in s["points"]) == 1


def test_place_search(client: TestClient) -> None:
    items = get_json(client, "/places", q="khark")["items"]
    assert [(p["name"], p["n_events"]) for p in items] == [("Kharkiv", 1)]
    assert get_json(client, "/places", q="Lisbon")["items"] == []


def test_place_counts_for_the_map(client: TestClient) -> None:
    counts = get_json(client, "/places/counts")
    # Busiest first, then by place id.
    assert [(p["name"], p["n"]) for p in counts["places"]] == [
        ("Riyadh", 1),
        ("Kyiv", 1),
        ("Kharkiv", 1),
    ]
    assert counts["countries"] == [{"country": "UKR", "n": 2}, {"country": "SAU", "n": 1}]
    ukraine = get_json(client, "/places/counts", place_country="UKR")
    assert [p["name"] for p in ukraine["places"]] == ["Kyiv", "Kharkiv"]
    only = get_json(client, "/places/counts", type="CONSULT", limit=1)
    assert [(p["name"], p["n"]) for p in only["places"]] == [("Riyadh", 1)]
    assert get_json(client, "/places/counts", actor="country:SAU")["countries"] == [
        {"country": "SAU", "n": 1}
    ]


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"near": "kyiv"}, "near: 'kyiv' is not lat,lon"),
        ({"near": "95,30"}, "near: '95,30' is not lat,lon"),
        ({"within_km": 10}, "within_km: give near=lat,lon"),
        ({"place_country": "Ukraine"}, "place_country"),
    ],
)
def test_bad_place_filters_are_refused_with_a_reason(
    client: TestClient, params: dict[str, Any], says: str
) -> None:
    for url in ("/events", "/timeline/counts", "/places/counts"):
        response = client.get(url, params=params)
        assert response.status_code == 422, response.text
        assert says in str(response.json()["detail"])


def test_the_strike_is_one_event_whatever_its_places() -> None:
    keys = {event_key(e) for a in ARTICLES[:3] for e in a.events}
    assert len(keys) == 1  # the place is per report, not part of the event's key
