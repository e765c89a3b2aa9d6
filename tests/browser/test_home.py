"""The home page in headless Chromium, over the hand-built graph of graphdata.py.

With no period chosen it shows the 12 weeks (from a Monday) to the latest event, 11 June
2025: from 24 March 2025, against the 12 weeks before.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def query(page: Page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def test_the_home_page_shows_what_happened(
    page: Page, live_api_url: str, screenshot_dir: Path
) -> None:
    page.goto(live_api_url)
    expect(
        page.get_by_role("heading", name="What happened from 24 Mar 2025 to 11 Jun 2025")
    ).to_be_visible()
    expect(page.get_by_text("The graph holds 10 events about 8 actors")).to_be_visible()
    actors = page.get_by_role("region", name="Most active actors")
    # Russia is in four real events (ASSAULT, SANCTION, AGREE, ACCUSE), none before.
    expect(actors.locator("tbody tr").first).to_contain_text(re.compile(r"Russia\s*4\s*0"))
    pairs = page.get_by_role("region", name="Most active pairs")
    expect(pairs.get_by_role("link", name="China and Russia")).to_be_visible()
    changes = page.get_by_role("region", name="Biggest changes")
    expect(changes).to_contain_text("Russia")
    expect(page.locator("#chart-title")).to_have_text("Events per week, by quad class")
    expect(page.locator("#chart canvas").first).to_be_visible()
    # Two events have two sources: the US sanctions on Russia and the Putin-Xi talks.
    reported = page.locator("#welcome .event-row")
    expect(reported).to_have_count(2)
    expect(reported.nth(0)).to_contain_text("15 May 2025")
    expect(reported.nth(1)).to_contain_text("8 May 2025")
    page.wait_for_function("document.body.dataset.busy === '0'")
    page.wait_for_timeout(300)
    path = screenshot_dir / "dashboard-home.png"
    page.screenshot(path=path)
    assert path.stat().st_size > 10_000

    # Each item links into an existing view.
    pairs.get_by_role("link", name="China and Russia").click()
    assert query(page) == {"actor": "country:CHN", "view": "dyad", "with": "country:RUS"}
    expect(page.locator("#event-list .event-row")).to_have_count(1)
    page.go_back()
    reported.nth(0).click()
    assert query(page)["actor"] == "country:USA"
    assert "event" in query(page)
    expect(page.get_by_role("complementary", name="Evidence")).to_contain_text("2 sources")
    page.go_back()
    actors.get_by_role("link", name="Russia").click()
    assert query(page) == {"actor": "country:RUS"}
    expect(page.locator("#event-list .event-row")).to_have_count(4)


def test_the_home_page_follows_the_period(page: Page, live_api_url: str) -> None:
    page.goto(f"{live_api_url}/?from=2025-06-01&to=2025-06-30")
    expect(
        page.get_by_role("heading", name="What happened from 1 Jun 2025 to 30 Jun 2025")
    ).to_be_visible()
    expect(
        page.get_by_text("No event in this period is reported by more than one source.")
    ).to_be_visible()
    actors = page.get_by_role("region", name="Most active actors")
    expect(actors.locator("tbody tr").first).to_contain_text("Ukraine")
