"""Browser fixtures: the real API over a real Neo4j holding the hand-built graph, and Chromium.

The API runs in a thread of the test process (uvicorn on a free loopback port) and serves the
built dashboard from api/static/dist, as in production, over the suite's own Neo4j, loaded
with the hand-built graph before each test.
Chromium is Debian's (apt-get install chromium), driven by Playwright; no browser download.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Playwright,
    ViewportSize,
    expect,
    sync_playwright,
)
from pydantic import SecretStr

from api import main
from graph.settings import Neo4jSettings
from graph.writes import write_articles
from tests.conftest import RunningServer, free_port, serving_api
from tests.integration.graphdata import ARTICLES, EXTRACTOR_VERSION, INGESTED_AT

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A laptop screen: the dashboard must be usable at this size.
VIEWPORT: ViewportSize = {"width": 1366, "height": 800}
# A cold Neo4j answers its first queries slowly, and with Neo4j down the API retries reads for
# up to 15 s before it answers 503: wait longer than Playwright's default 5 s.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives the dashboard in headless Chromium")


@pytest.fixture(autouse=True)
def hand_built_graph(driver: Driver, neo4j_server: RunningServer) -> None:
    """Each browser test starts from the hand-built graph of tests/integration/graphdata.py."""
    write_articles(
        driver,
        ARTICLES,
        database=neo4j_server.neo4j.database,
        extractor_version=EXTRACTOR_VERSION,
        ingested_at=INGESTED_AT,
    )


# Module-scoped: a live API runs a webhook sender over the suite's Neo4j, which must not
# outlive these tests and claim the deliveries of the API tests that follow.
@pytest.fixture(scope="module")
def live_api_url(neo4j_server: RunningServer) -> Iterator[str]:
    """The base URL of the real API, dashboard included, over the suite's Neo4j."""
    _need_dashboard()
    with serving_api(neo4j_server.neo4j) as url:
        yield url


@pytest.fixture(scope="module")
def down_api_url() -> Iterator[str]:
    """The base URL of the real API whose Neo4j does not answer (nothing listens there)."""
    _need_dashboard()
    with serving_api(_closed_neo4j()) as url:
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page at laptop size; a script error or a console error fails the test."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def on_console(message: ConsoleMessage) -> None:
        # The browser logs every 404, 422 and 503 it fetched; the tests check what the page says.
        expected = any(f"status of {code} " in message.text for code in (404, 422, 503))
        if message.type == "error" and not expected:
            problems.append(f"console: {message.text}")

    page.on("console", on_console)
    yield page
    context.close()
    assert not problems, problems


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: NEWSGRAPH_SCREENSHOT_DIR (e.g. docs) or the test's temp dir."""
    chosen = os.environ.get("NEWSGRAPH_SCREENSHOT_DIR")
    if not chosen:
        return tmp_path
    folder = Path(chosen)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _need_dashboard() -> None:
    if not (main.DASHBOARD_DIR / "index.html").exists():
        pytest.fail(
            f"the dashboard is not built ({main.DASHBOARD_DIR}): "
            "cd api/dashboard && npm ci && npm run build"
        )


def _closed_neo4j() -> Neo4jSettings:
    """Settings naming a loopback port nobody listens on."""
    return Neo4jSettings(
        uri=f"bolt://127.0.0.1:{free_port()}", password=SecretStr("newsgraph-test")
    )
