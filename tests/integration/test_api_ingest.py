"""POST /articles ingests one article now (batches go to the queue: test_api_jobs.py)."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

from ingest.nlp.pipeline import extract_events
from tests.integration.conftest import WRITE_AUTH

DAM_TEXT = (
    "Kenya accuses Ethiopia over the dam\n\n"
    "Kenya accused Ethiopia of breaking the water agreement on Tuesday, the foreign ministry "
    "said in a statement. Officials in Nairobi said the dispute over the dam on the Omo river "
    "had grown worse since January.\n\n"
    "Ethiopia rejected the accusation on Wednesday and called for talks."
)
DAM_HTML = (
    "<html><head><title>Dam row</title></head><body><nav>Home | World</nav><article>"
    "<h1>Dam row</h1><p>" + DAM_TEXT.replace("\n\n", "</p><p>") + "</p></article></body></html>"
)


def _post_article(write_client: TestClient, body: dict[str, Any]) -> Any:
    response = write_client.post("/articles", json=body, headers=WRITE_AUTH)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    "body",
    [
        {"text": DAM_TEXT, "url": "https://news.example.org/2025/03/05/dam"},
        {"html": DAM_HTML, "url": "https://news.example.org/2025/03/05/dam-html"},
    ],
)
def test_post_article_returns_its_events(write_client: TestClient, body: dict[str, Any]) -> None:
    body |= {"published_at": "2025-03-05T08:00:00", "source": "Example News", "title": "Dam row"}
    result = _post_article(write_client, body)
    article = result["article"]
    assert article["title"] == "Dam row"
    assert article["source"] == "Example News"
    assert article["published_at"].startswith("2025-03-05T08:00:00")
    accusations = [e for e in result["events"] if e["type"] == "ACCUSE"]
    # Tuesday before publication; the HTML's headline may add an accusation of its own.
    [tuesday] = [e for e in accusations if e["date"] == "2025-03-04"]
    assert [a["id"] for a in tuesday["target"]] == ["country:ETH"]
    # Stored: the article and the actor's timeline read it back.
    assert write_client.get(f"/articles/{article['id']}").json()["title"] == "Dam row"
    timeline = write_client.get("/actors/country:KEN/timeline").json()["items"]
    assert "ACCUSE" in [e["type"] for e in timeline]


def test_posting_the_same_article_twice_changes_nothing(write_client: TestClient) -> None:
    body = {"text": DAM_TEXT, "published_at": "2025-03-05T08:00:00Z"}
    first = _post_article(write_client, body)
    stats = write_client.get("/stats").json()
    second = _post_article(write_client, body)
    assert second["article"]["id"] == first["article"]["id"]
    assert write_client.get("/stats").json() == stats


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"text": "Too short."}, 422, "unprocessable_article"),
        ({"html": "<html><body><p>Nothing here.</p></body></html>"}, 422, "unprocessable_article"),
        ({"url": "http://127.0.0.1:9/gone"}, 422, "unprocessable_article"),
        ({"text": DAM_TEXT, "html": DAM_HTML}, 422, "validation_error"),
        ({"title": "no body"}, 422, "validation_error"),
        ({"text": DAM_TEXT, "published_at": "last tuesday"}, 422, "validation_error"),
        ({"text": DAM_TEXT, "url": "ftp://x"}, 422, "validation_error"),
    ],
)
def test_post_article_refusals(
    write_client: TestClient, body: dict[str, Any], status: int, error: str
) -> None:
    response = write_client.post("/articles", json=body, headers=WRITE_AUTH)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error


def test_an_article_that_breaks_the_nlp_fails_alone(
    write_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # POST /articles runs the batch core of every ingest path: a bug of the pipeline on one
    # text is that article's error with its reason, as in a worker, not a 500.
    def breaks_on_omo(articles: Any, **kwargs: Any) -> Any:
        if any("Omo" in a.text for a in articles):
            raise ValueError("a bug on the Omo")
        return extract_events(articles, **kwargs)

    monkeypatch.setattr("ingest.run.batch.extract_events", breaks_on_omo)
    published = "2025-03-05T08:00:00Z"
    body = {"text": DAM_TEXT, "published_at": published}
    response = write_client.post("/articles", json=body, headers=WRITE_AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "unprocessable_article"
    assert response.json()["detail"] == "nlp: ValueError: a bug on the Omo"
    assert write_client.get("/stats").json()["articles"] == 0
    other = DAM_TEXT.replace("on the Omo river", "on the river")
    stored = _post_article(write_client, {"text": other, "published_at": published})
    assert write_client.get("/stats").json()["articles"] == 1
    assert "ACCUSE" in [e["type"] for e in stored["events"]]
