"""A watch in the dashboard receives an event ingested while the page is open."""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import Page, expect

from api.settings import get_api_settings
from graph.models import EventType
from graph.writes import write_articles
from tests.conftest import RunningServer
from tests.integration import graphdata as g

pytestmark = pytest.mark.browser
KEY = "browser-watch-key"

# A report of something that never happened, written for this test.
EXCHANGE = g.article(
    "test-exchange-1",
    ["Russia and Ukraine exchanged forty prisoners at the border on Friday."],
    url="https://news.example/prisoner-exchange",
    source="Example News",
    published=datetime(2025, 6, 21, 8, 0, tzinfo=UTC),
    actors=[g.RUSSIA, g.UKRAINE],
    events=[g.Spec(0, EventType.COOPERATE, date(2025, 6, 20), participants=(g.RUSSIA, g.UKRAINE))],
)


@pytest.fixture
def write_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The running API's write key (its settings are read per request)."""
    monkeypatch.setenv("NEWSGRAPH_API_WRITE_KEY", KEY)
    get_api_settings.cache_clear()
    yield KEY
    get_api_settings.cache_clear()


def test_a_watch_hears_of_an_event_ingested_while_the_page_is_open(
    page: Page,
    live_api_url: str,
    write_key: str,
    driver: Driver,
    neo4j_server: RunningServer,
    screenshot_dir: Path,
) -> None:
    page.goto(live_api_url)
    page.get_by_role("button", name="Watches").click()
    page.get_by_label("Write key").fill(write_key)
    page.get_by_role("button", name="Use key").click()
    expect(page.get_by_text("No watch yet")).to_be_visible()

    form = page.get_by_role("form", name="New watch")
    form.get_by_label("Name", exact=True).fill("Russia")
    form.get_by_label("Actor id", exact=True).fill("country:RUS")
    form.get_by_role("button", name="Save watch").click()
    card = page.get_by_role("region", name="Watch Russia")
    expect(card).to_contain_text("0 new since your last visit")
    expect(card).to_contain_text("Events involving country:RUS")

    write_articles(
        driver, [EXCHANGE], database=neo4j_server.neo4j.database, extractor_version="test-1"
    )
    expect(card).to_contain_text("1 new since your last visit")
    expect(card.locator(".event-row")).to_contain_text("exchanged forty prisoners")
    page.screenshot(path=screenshot_dir / "dashboard-watches.png")

    # The next visit starts from what this one saw.
    page.reload()
    expect(page.get_by_role("region", name="Watch Russia")).to_contain_text(
        "0 new since your last visit"
    )
    card = page.get_by_role("region", name="Watch Russia")
    expect(card).to_contain_text("1 event delivered so far")
    card.get_by_role("button", name="Delete").click()
    expect(page.get_by_text("No watch yet")).to_be_visible()


def test_a_bad_watch_says_why(page: Page, live_api_url: str, write_key: str) -> None:
    page.goto(f"{live_api_url}/?view=watches")
    page.get_by_label("Write key").fill(write_key)
    page.get_by_role("button", name="Use key").click()
    form = page.get_by_role("form", name="New watch")
    form.get_by_label("Name", exact=True).fill("Everything")
    form.get_by_role("button", name="Save watch").click()
    expect(form.get_by_role("alert")).to_contain_text("a watch needs an actor")
