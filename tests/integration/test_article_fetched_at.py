"""An article's fetch time round-trips: the :Article node, reads.article, GET /articles/{id}."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j.time import DateTime

from api.main import app
from graph import reads
from graph.models import ExtractedArticle
from graph.writes import write_articles

PUBLISHED = datetime(2025, 1, 21, 18, 0, tzinfo=UTC)
FETCHED = datetime(2025, 1, 22, 9, 30, 15, 250000, tzinfo=UTC)
INGESTED = datetime(2025, 1, 23, tzinfo=UTC)


@pytest.fixture
def client(driver: Driver, api_env: None) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def _article(fetched_at: datetime | None) -> ExtractedArticle:
    return ExtractedArticle(
        id="fetched-1",
        url="https://ledger.example/world/xi-putin-call",
        title="Xi and Putin speak by video link",
        published_at=PUBLISHED,
        source="Ledger",
        language="en",
        text="Xi and Putin spoke by video link on Tuesday.",
        format="warc",
        fetched_at=fetched_at,
    )


@pytest.mark.parametrize("fetched_at", [FETCHED, None])
def test_fetch_time_is_stored_and_read_back(
    client: TestClient, driver: Driver, database: str, fetched_at: datetime | None
) -> None:
    write_articles(
        driver,
        [_article(fetched_at)],
        database=database,
        extractor_version="test-1",
        ingested_at=INGESTED,
    )
    records, _, _ = driver.execute_query(
        "MATCH (a:Article {id: 'fetched-1'}) RETURN a.fetched_at AS fetched_at",
        database_=database,
    )
    stored = records[0]["fetched_at"]
    if fetched_at is None:
        assert stored is None  # unknown stays absent, never filled from another clock
    else:
        assert isinstance(stored, DateTime) and stored.to_native() == fetched_at

    view = reads.article(driver, "fetched-1", database=database)
    assert view is not None
    assert (view.published_at, view.fetched_at, view.ingested_at) == (
        PUBLISHED,
        fetched_at,
        INGESTED,
    )

    response = client.get("/articles/fetched-1")
    assert response.status_code == 200, response.text
    body = response.json()
    returned = body["fetched_at"] and datetime.fromisoformat(body["fetched_at"])
    assert returned == fetched_at
    assert datetime.fromisoformat(body["published_at"]) == PUBLISHED


def test_a_rewrite_without_a_fetch_time_keeps_the_stored_one(driver: Driver, database: str) -> None:
    for fetched_at, version in [(FETCHED, "test-1"), (None, "test-2")]:
        write_articles(driver, [_article(fetched_at)], database=database, extractor_version=version)
    view = reads.article(driver, "fetched-1", database=database)
    assert view is not None and view.fetched_at == FETCHED
