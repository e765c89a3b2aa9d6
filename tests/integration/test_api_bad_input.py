"""POST /articles never answers 500: a bad field is a 422 naming it, odd text is stored."""

import json
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.main import create_app
from ingest.read import articles
from tests.integration.conftest import WRITE_AUTH

TEXT = (
    "Valdoria recalls its envoy from Eastmark\n\n"
    "Valdoria recalled its ambassador from Eastmark on Thursday after a border incident, the "
    "foreign ministry said. Officials in the capital said talks would resume next month."
)


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"url": 12345}, "url", "Input should be a valid string"),
        ({"title": 12345}, "title", "Input should be a valid string"),
        ({"url": "http://news.example.org:99999/a"}, "url", "Port out of range"),
        ({"url": "http://[::1/x"}, "url", "Invalid IPv6 URL"),
        ({"published_at": "9999-12-31T23:59:59-14:00"}, "published_at", "out of range"),
        ({"published_at": "0001-01-01T00:00:00+14:00"}, "published_at", "out of range"),
    ],
)
def test_a_bad_field_is_a_422_naming_it(
    write_client: TestClient, body: dict[str, Any], field: str, message: str
) -> None:
    response = write_client.post("/articles", json={"text": TEXT} | body, headers=WRITE_AUTH)
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert error["loc"][-1] == field
    assert message in error["msg"]


def test_a_lone_surrogate_is_stored_as_a_replacement_character(write_client: TestClient) -> None:
    # ASCII JSON escapes the surrogates ("\\ud800"); json= would fail to encode them as UTF-8.
    raw = json.dumps({"text": TEXT + " \ud800", "title": "Envoy \udfff"}, ensure_ascii=True)
    response = write_client.post(
        "/articles", content=raw, headers=WRITE_AUTH | {"Content-Type": "application/json"}
    )
    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert article["title"] == "Envoy \ufffd"
    assert write_client.get(f"/articles/{article['id']}").json()["title"] == "Envoy \ufffd"


def test_a_text_over_the_limit_is_cut_and_said_so(
    write_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real limit is spaCy's 1,000,000 characters, minutes of NLP: a small one stands in.
    monkeypatch.setattr(articles, "MAX_TEXT_CHARS", 300)
    crews = [
        f"Crew {n} of the fleet waited at the northern pier, its captain said." for n in range(9)
    ]
    long_text = "\n\n".join([TEXT, *crews])
    response = write_client.post("/articles", json={"text": long_text}, headers=WRITE_AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["text_truncated"] is True
    short = write_client.post("/articles", json={"text": TEXT}, headers=WRITE_AUTH).json()
    assert short["text_truncated"] is False


def test_an_unexpected_error_is_a_json_500_not_re_raised() -> None:
    # Starlette's own 500 handler re-raises to the server, which then drops the keep-alive
    # connection; TestClient re-raises it too, so this request would fail with RuntimeError.
    broken: FastAPI = create_app()

    def fail() -> None:
        raise RuntimeError("a bug")

    broken.add_api_route("/broken", fail)
    # Before the dashboard's mount at "/", which would answer 404 for any path it lacks.
    broken.router.routes.insert(0, broken.router.routes.pop())
    with TestClient(broken) as c:
        first = c.get("/broken")
        assert (first.status_code, first.json()["error"]) == (500, "internal_error")
        assert "a bug" not in first.text
        assert c.get("/health").status_code in (200, 503)  # the same client goes on


# JSON has no NaN nor infinity: the client refuses to send them.
_VALUES = (
    st.none()
    | st.integers()
    | st.text(max_size=30)
    | st.floats(allow_nan=False, allow_infinity=False)
)
# Always a body (never null), so a generated URL is never fetched: no test traffic leaves.
_BODIES = st.fixed_dictionaries(
    {"text": st.integers() | st.just(TEXT) | st.text(max_size=300)},
    optional={
        "url": _VALUES | st.from_regex(r"\Ahttps?://[a-z0-9.:\[\]]{0,25}/[a-z]{0,5}\Z"),
        "title": _VALUES,
        "published_at": _VALUES | st.datetimes().map(str),
        "html": _VALUES | st.just(f"<html><body><p>{TEXT}</p></body></html>"),
        "source": _VALUES,
        "unknown": _VALUES,
    },
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=_BODIES)
def test_any_body_is_stored_or_refused_never_a_500(
    write_client: TestClient, body: dict[str, Any]
) -> None:
    response = write_client.post("/articles", json=body, headers=WRITE_AUTH)
    assert response.status_code in (200, 422), response.text
    assert set(response.json()) >= ({"article"} if response.status_code == 200 else {"error"})
