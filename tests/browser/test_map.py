"""The dashboard's map, in headless Chromium over the real API: where an actor's events
happened, countries shaded by their events, and a place or a country that filters the timeline.

On top of the hand-built graph (tests/integration/graphdata.py), one more article locates
Russia's strike of 9 June in Kyiv and reports a second strike, on 14 June, in Kharkiv; another
locates a Ukrainian drone strike on Belgorod, in Russia, on 12 June.
"""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import Page, expect

from graph.models import EventType, Location, LocationPrecision
from graph.writes import write_articles
from tests.browser.test_dashboard import query, rows, shoot
from tests.conftest import RunningServer
from tests.integration import graphdata as g

pytestmark = pytest.mark.browser

_STRIKES = g.article(
    "wire-map-1",
    [
        "Russian missiles hit the centre of Kyiv on 9 June.",
        "Five days later Russian artillery shelled Kharkiv.",
    ],
    url="https://wire.example/strikes-kyiv-kharkiv",
    source="Wire",
    published=datetime(2025, 6, 15, 8, tzinfo=UTC),
    actors=[g.RUSSIA, g.UKRAINE],
    events=[
        g.Spec(0, EventType.ASSAULT, date(2025, 6, 9), source=(g.RUSSIA,), target=(g.UKRAINE,)),
        g.Spec(1, EventType.ASSAULT, date(2025, 6, 14), source=(g.RUSSIA,), target=(g.UKRAINE,)),
    ],
)
BELGOROD = Location(
    id="578072",
    name="Belgorod",
    geonameid=578072,
    country="RUS",
    admin1="09",
    lat=50.61074,
    lon=36.58015,
    precision=LocationPrecision.CITY,
)
_DRONES = g.article(
    "wire-map-2",
    ["Ukrainian drones struck Belgorod on 12 June."],
    url="https://wire.example/drones-belgorod",
    source="Wire",
    published=datetime(2025, 6, 13, 8, tzinfo=UTC),
    actors=[g.RUSSIA, g.UKRAINE],
    events=[
        g.Spec(0, EventType.ASSAULT, date(2025, 6, 12), source=(g.UKRAINE,), target=(g.RUSSIA,))
    ],
)
LOCATED_IN_RUSSIA = _DRONES.model_copy(
    update={"events": [_DRONES.events[0].model_copy(update={"location": BELGOROD})]}
)
LOCATED = _STRIKES.model_copy(
    update={
        "events": [
            e.model_copy(update={"location": place})
            for e, place in zip(_STRIKES.events, (g.KYIV, g.KHARKIV), strict=True)
        ]
    }
)


def test_the_map_shows_where_and_a_place_filters_the_timeline(
    page: Page,
    live_api_url: str,
    driver: Driver,
    neo4j_server: RunningServer,
    screenshot_dir: Path,
) -> None:
    write_articles(
        driver, [LOCATED], database=neo4j_server.neo4j.database, extractor_version="test-map"
    )
    page.goto(f"{live_api_url}/?actor=country:RUS")
    places = page.get_by_role("list", name="Busiest places")
    expect(places.get_by_role("button")).to_have_count(2)
    expect(page.locator("#map")).to_have_attribute("data-points", "2")
    expect(page.locator("#map canvas").first).to_be_visible()
    expect(page.locator("#map-title")).to_have_text("Where the events of Russia happened")
    expect(rows(page)).to_have_count(5)

    places.get_by_role("button", name="Kharkiv").click()
    expect(rows(page)).to_have_count(1)
    assert query(page) == {"actor": "country:RUS", "place": g.KHARKIV.id}
    expect(rows(page).first).to_contain_text("14 Jun 2025")
    expect(page.locator("#map-note")).to_contain_text("Only the events in Kharkiv are listed")
    expect(places.get_by_role("button", name="Kharkiv")).to_have_attribute("aria-pressed", "true")

    page.get_by_role("button", name="all places").click()
    expect(rows(page)).to_have_count(5)
    assert query(page) == {"actor": "country:RUS"}
    page.go_back()
    expect(rows(page)).to_have_count(1)  # the place is in the URL, so history keeps it


def test_countries_are_shaded_and_a_country_filters_the_timeline(
    page: Page,
    live_api_url: str,
    driver: Driver,
    neo4j_server: RunningServer,
    screenshot_dir: Path,
) -> None:
    write_articles(
        driver,
        [LOCATED, LOCATED_IN_RUSSIA],
        database=neo4j_server.neo4j.database,
        extractor_version="test-map",
    )
    page.goto(f"{live_api_url}/?actor=country:RUS")
    countries = page.get_by_role("list", name="Busiest countries")
    expect(countries.get_by_role("listitem")).to_have_text(["Ukraine 2", "Russia 1"])
    expect(page.locator("#map")).to_have_attribute("data-countries", "UKR,RUS")
    expect(rows(page)).to_have_count(6)

    countries.get_by_role("button", name="Ukraine").click()
    expect(rows(page)).to_have_count(2)
    assert query(page) == {"actor": "country:RUS", "place_country": "UKR"}
    expect(page.locator("#map-note")).to_contain_text("Only the events in Ukraine are listed")
    expect(countries.get_by_role("button", name="Ukraine")).to_have_attribute(
        "aria-pressed", "true"
    )
    shoot(page, screenshot_dir, "map")

    # A place and a country are one choice: picking a place drops the country.
    page.get_by_role("list", name="Busiest places").get_by_role("button", name="Belgorod").click()
    expect(rows(page)).to_have_count(1)
    assert query(page) == {"actor": "country:RUS", "place": BELGOROD.id}
    page.get_by_role("button", name="all places").click()
    expect(rows(page)).to_have_count(6)
    page.go_back()
    page.go_back()
    expect(rows(page)).to_have_count(2)  # the country is in the URL, so history keeps it


def test_an_actor_without_located_events_says_so(page: Page, live_api_url: str) -> None:
    page.goto(f"{live_api_url}/?actor=person:xi-jinping")
    expect(page.locator("#map-note")).to_contain_text("No located events for Xi Jinping")
    expect(page.locator("#map")).to_be_hidden()
