"""Schemathesis against the OpenAPI schema: generated requests to every operation, never a 5xx.

Schemathesis's own pytest plugin does not run under this pytest (9.x), so each operation's
Hypothesis strategy is driven here directly, one parametrized test per operation.
"""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from neo4j import Driver
from schemathesis.checks import not_a_server_error

from api.main import app
from api.settings import get_api_settings
from graph.writes import write_articles
from ingest.errors import ItemError
from ingest.read import submissions
from ingest.settings import get_ingest_settings
from tests.conftest import RunningServer
from tests.integration import graphdata as g

AUTH = {"Authorization": "Bearer schema-key"}
OPERATIONS = [
    ("GET", "/health"),
    ("GET", "/stats"),
    ("GET", "/actors"),
    ("GET", "/actors/{actor_id}"),
    ("GET", "/actors/{actor_id}/timeline"),
    ("GET", "/actors/{actor_id}/network"),
    ("GET", "/dyads/{a}/{b}/timeline"),
    ("GET", "/paths"),
    ("GET", "/timeline/counts"),
    ("GET", "/events"),
    ("GET", "/events/{event_id}"),
    ("GET", "/events.csv"),
    ("GET", "/events.jsonl"),
    ("GET", "/places"),
    ("GET", "/places/counts"),
    ("GET", "/articles/{article_id}"),
    ("POST", "/articles"),
    ("POST", "/ingest"),
    ("GET", "/jobs"),
    ("GET", "/jobs/{job_id}"),
    ("POST", "/cypher"),
    ("GET", "/overview"),
    ("POST", "/watches"),
    ("GET", "/watches"),
    ("DELETE", "/watches/{watch_id}"),
    ("GET", "/watches/{watch_id}/events"),
]


def _no_fetch(inputs: list[str], **kwargs: Any) -> Iterator[ItemError]:
    """Generated URLs are never fetched: every one fails as if unreachable."""
    for url in inputs:
        yield ItemError(item=url, reason="not fetched in tests")


@pytest.fixture
def api_schema(
    driver: Driver,
    neo4j_server: RunningServer,
    api_env: None,
    redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Any]:
    """The app's schema over the known graph and the test Redis (Schemathesis runs lifespans)."""
    write_articles(
        driver,
        g.ARTICLES,
        database=neo4j_server.neo4j.database,
        extractor_version=g.EXTRACTOR_VERSION,
    )
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", "schema-key")
    monkeypatch.setenv("NEWSGRAPH_API_CYPHER_TIMEOUT_SECONDS", "2")
    monkeypatch.setenv("NEWSGRAPH_REDIS_URL", redis_url)
    # Generated watches' webhook URLs are never called: the sender's first round is an hour off.
    monkeypatch.setenv("NEWSGRAPH_API_WATCH_POLL_SECONDS", "3600")
    monkeypatch.setattr(submissions, "read_articles", _no_fetch)
    get_api_settings.cache_clear()
    get_ingest_settings.cache_clear()
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    get_api_settings.cache_clear()
    get_ingest_settings.cache_clear()


def test_the_schema_lists_every_operation(api_schema: Any) -> None:
    found = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_server_errors(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]

    # Derandomized: CI sees the same examples every run; widen locally with a seed of your own.
    @settings(
        max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        # POST /articles runs the NLP inside the request; its first call also loads the model,
        # which takes longer than Schemathesis's 10 s read timeout on a busy machine.
        response = case.call(headers=AUTH, timeout=120)
        case.validate_response(response, checks=[not_a_server_error])

    check()
