"""Watches in the graph: which events a watch is delivered, once each, as they are written.

Over the hand-built graph of graphdata.py (see its docstring for the events).
"""

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from neo4j import Driver

from graph.models import EventType, ExtractedArticle, QuadClass
from graph.watches import (
    WatchFilter,
    claim_webhooks,
    create_watch,
    deliveries_after,
    list_watches,
)
from graph.writes import write_articles
from tests.conftest import RunningServer
from tests.integration import graphdata as g

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _write(driver: Driver, db: str, articles: Sequence[ExtractedArticle]) -> None:
    write_articles(driver, articles, database=db, extractor_version=g.EXTRACTOR_VERSION)


def _delivered(driver: Driver, db: str, watch_id: str) -> list[tuple[str, str]]:
    """(type, date) of each event delivered to the watch, oldest delivery first."""
    found = deliveries_after(driver, watch_id, EPOCH, database=db)
    return sorted((d.event.type.value, d.event.date.isoformat()) for d in found)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            WatchFilter(name="Russia", actor="country:RUS"),
            [
                ("ACCUSE", "2025-05-07"),
                ("AGREE", "2025-05-08"),
                ("ASSAULT", "2025-06-09"),
                ("SANCTION", "2025-05-15"),
            ],
        ),
        (
            WatchFilter(name="Xi and Trump", actor="person:xi-jinping", counterpart=g.TRUMP.id),
            [("CONSULT", "2025-06-01")],
        ),
        # The NATO mobilisation is negated and the sanction on China hypothetical: neither.
        (WatchFilter(name="NATO", actor="org:NATO"), [("ACCUSE", "2025-05-07")]),
        (
            WatchFilter(name="US sanctions", country="USA", types=[EventType.SANCTION]),
            [("SANCTION", "2025-05-15")],
        ),
        (
            WatchFilter(name="Conflict", quad_classes=[QuadClass.MATERIAL_CONFLICT]),
            [("ASSAULT", "2025-06-09"), ("SANCTION", "2025-05-15")],
        ),
        (
            WatchFilter(name="Well reported", country="RUS", min_sources=2),
            [("CONSULT", "2025-05-08"), ("SANCTION", "2025-05-15")],
        ),
    ],
)
def test_a_watch_gets_the_events_it_matches(
    driver: Driver, neo4j_server: RunningServer, spec: WatchFilter, expected: list[tuple[str, str]]
) -> None:
    db = neo4j_server.neo4j.database
    watch = create_watch(driver, spec, database=db)
    _write(driver, db, g.ARTICLES)
    assert _delivered(driver, db, watch.id) == expected


def test_writing_again_delivers_nothing_new(driver: Driver, neo4j_server: RunningServer) -> None:
    db = neo4j_server.neo4j.database
    watch = create_watch(driver, WatchFilter(name="Russia", actor="country:RUS"), database=db)
    _write(driver, db, g.ARTICLES)
    first = deliveries_after(driver, watch.id, EPOCH, database=db)
    _write(driver, db, g.ARTICLES)
    _write(driver, db, [g.REUTERS_3])  # one more report of a known event
    assert deliveries_after(driver, watch.id, EPOCH, database=db) == first
    [listed] = list_watches(driver, database=db)
    assert listed.delivered == 4


def test_an_event_is_delivered_when_its_sources_reach_the_minimum(
    driver: Driver, neo4j_server: RunningServer
) -> None:
    db = neo4j_server.neo4j.database
    spec = WatchFilter(name="Sanctions, twice told", types=[EventType.SANCTION], min_sources=2)
    watch = create_watch(driver, spec, database=db)
    _write(driver, db, [g.AP_1])  # AP alone: one source
    assert _delivered(driver, db, watch.id) == []
    _write(driver, db, [g.REUTERS_3])  # Reuters too: the count crosses 2
    assert _delivered(driver, db, watch.id) == [("SANCTION", "2025-05-15")]


def test_events_written_before_the_watch_are_not_delivered(
    driver: Driver, neo4j_server: RunningServer
) -> None:
    db = neo4j_server.neo4j.database
    _write(driver, db, g.ARTICLES)
    watch = create_watch(driver, WatchFilter(name="Russia", actor="country:RUS"), database=db)
    assert _delivered(driver, db, watch.id) == []
    _write(driver, db, g.ARTICLES)  # nothing new happened
    assert _delivered(driver, db, watch.id) == []


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"name": "Everything"}, "a watch needs an actor"),
        ({"name": "Half a dyad", "counterpart": "country:CHN"}, "counterpart needs actor"),
        ({"name": "x", "country": "Russia"}, "String should match pattern"),
        ({"name": "x", "types": ["INVADE"]}, "Input should be"),
        ({"name": "x", "actor": "country:RUS", "min_sources": 0}, "greater than or equal"),
        ({"name": "x", "actor": "country:RUS", "webhook_url": "ftp://x"}, "URL scheme"),
        ({"name": "", "actor": "country:RUS"}, "at least 1 character"),
    ],
)
def test_a_bad_watch_is_refused_with_its_reason(fields: dict[str, object], said: str) -> None:
    with pytest.raises(ValueError, match=said):
        WatchFilter.model_validate(fields)


def test_senders_claim_each_due_webhook_once_until_the_lease_ends(
    driver: Driver, neo4j_server: RunningServer
) -> None:
    db = neo4j_server.neo4j.database
    spec = WatchFilter.model_validate(
        {"name": "Russia", "actor": "country:RUS", "webhook_url": "https://example.org/h"}
    )
    create_watch(driver, spec, database=db)
    _write(driver, db, g.ARTICLES)
    hour = timedelta(hours=1)

    # Four API workers' senders poll at the same moment: each delivery goes to one of them.
    with ThreadPoolExecutor(4) as pool:
        rounds = list(pool.map(lambda _: claim_webhooks(driver, database=db, lease=hour), range(4)))
    claimed = [d.delivery.id for got in rounds for d in got]
    assert len(claimed) == 4 and len(set(claimed)) == 4  # Russia's four events, once each
    assert claim_webhooks(driver, database=db, lease=hour) == []

    # A sender that died leaves its claims due again once their lease has passed.
    driver.execute_query(
        "MATCH (d:Delivery) SET d.next_attempt_at = d.next_attempt_at - duration('PT2H')",
        database_=db,
    )
    again = claim_webhooks(driver, database=db, lease=hour)
    assert sorted(d.delivery.id for d in again) == sorted(claimed)
