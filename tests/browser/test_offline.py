"""Every page works offline: with requests to other origins blocked, each one renders.

The browser may reach the API's own origin only; any other request is aborted and recorded,
and a recorded request fails the test, as would the script error it causes.
"""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, Route, expect

pytestmark = pytest.mark.browser


@pytest.fixture
def foreign(page: Page, live_api_url: str) -> Iterator[list[str]]:
    """The requests the page made to other origins (all refused)."""
    refused: list[str] = []

    def only_ours(route: Route) -> None:
        url = route.request.url
        if url == live_api_url or url.startswith(live_api_url + "/") or url.startswith("data:"):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    page.context.route("**/*", only_ours)
    yield refused
    assert refused == [], f"requests to other origins: {refused}"


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/", "#welcome .home-card"),
        ("/?actor=person:xi-jinping", "#event-list .event-row"),
        ("/?actor=country:USA&view=dyad&with=country:CHN", "#event-list .event-row"),
        ("/?actor=country:RUS&view=network", "#network canvas"),
        ("/?view=watches", "#watches form"),
    ],
)
def test_each_view_renders_offline(
    page: Page, live_api_url: str, foreign: list[str], path: str, shown: str
) -> None:
    page.goto(live_api_url + path)
    expect(page.locator(shown).first).to_be_visible()
    page.wait_for_function("document.body.dataset.busy === '0'")


def test_the_evidence_renders_offline(page: Page, live_api_url: str, foreign: list[str]) -> None:
    page.goto(f"{live_api_url}/?actor=country:RUS")
    page.locator("#event-list .event-row").first.click()
    expect(page.get_by_role("complementary", name="Evidence")).to_contain_text("report")


def test_the_api_docs_render_offline(page: Page, live_api_url: str, foreign: list[str]) -> None:
    page.goto(live_api_url + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("newsgraph")
    operation = page.locator('.opblock-summary-path[data-path="/actors/{actor_id}/timeline"]')
    expect(operation).to_be_visible()
