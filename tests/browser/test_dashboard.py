"""The dashboard in headless Chromium, over the real API and the hand-built graph.

What the graph holds is told in tests/integration/graphdata.py: e.g. Xi Jinping consulted
Vladimir Putin on 8 May 2025 (three reports) and Donald Trump on 1 June; the United States
sanctioned Russia on 15 May and, hypothetically, China; China rejected US demands on 2 June.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser


def idle(page: Page) -> None:
    """Wait until the dashboard has no request or drawing pending."""
    page.wait_for_function("document.body.dataset.busy === '0'")


def query(page: Page) -> dict[str, str]:
    """The view state the URL holds."""
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def rows(page: Page) -> Locator:
    return page.locator("#event-list .event-row")


def pick_actor(page: Page, box: str, typed: str, name: str) -> None:
    """Type into a search box and choose a suggestion, as an analyst would."""
    page.get_by_role("combobox", name=box).fill(typed)
    page.get_by_role("option", name=re.compile(re.escape(name))).click()


def shoot(page: Page, folder: Path, name: str) -> None:
    idle(page)
    page.wait_for_timeout(400)  # the network's force layout settles
    path = folder / f"dashboard-{name}.png"
    page.screenshot(path=path)
    assert path.stat().st_size > 10_000


def test_search_an_actor_and_see_its_timeline(
    page: Page, live_api_url: str, screenshot_dir: Path
) -> None:
    page.goto(live_api_url)
    expect(page.get_by_text("The graph holds 10 events about 8 actors")).to_be_visible()

    pick_actor(page, "Search an actor", "xi jin", "Xi Jinping")

    assert query(page) == {"actor": "person:xi-jinping"}
    card = page.get_by_role("complementary", name="Actor profile")
    expect(card.get_by_role("heading", name="Xi Jinping")).to_be_visible()
    expect(card).to_contain_text("8 May 2025")  # first seen
    expect(rows(page)).to_have_count(2)
    expect(rows(page).nth(0)).to_contain_text("1 Jun 2025")
    expect(rows(page).nth(0)).to_contain_text("Donald Trump")
    expect(rows(page).nth(1)).to_contain_text("8 May 2025")
    expect(rows(page).nth(1)).to_contain_text("Vladimir Putin")
    expect(rows(page).nth(1)).to_contain_text("3/2")  # three articles from two outlets
    expect(page.locator("#chart-title")).to_have_text("Events of Xi Jinping per week, by type")
    expect(page.locator("#chart canvas").first).to_be_visible()

    pick_actor(page, "Search an actor", "Russia", "Russia")
    expect(rows(page)).to_have_count(4)
    expect(page.locator("#event-list")).to_contain_text("Russian forces struck Kyiv overnight")
    shoot(page, screenshot_dir, "timeline")


def test_a_bar_of_the_chart_selects_its_period(page: Page, live_api_url: str) -> None:
    page.goto(f"{live_api_url}/?actor=country:RUS")
    expect(rows(page)).to_have_count(4)
    idle(page)

    # Click the bar of the week of 12 May 2025: the week of the US sanctions.
    x, y = page.evaluate(
        """() => {
            const chart = window.newsgraph.periodChart();
            const [x, y] = chart.convertToPixel({seriesIndex: 0}, ['2025-05-12', 0.5]);
            return [x, y];
        }"""
    )
    box = page.locator("#chart").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)

    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("SANCTION")
    assert query(page)["from"] == "2025-05-12"
    assert query(page)["to"] == "2025-05-18"
    expect(page.get_by_label("From", exact=True)).to_have_value("2025-05-12")

    page.get_by_role("button", name="whole period").click()
    expect(rows(page)).to_have_count(4)


def test_open_an_events_evidence(page: Page, live_api_url: str, screenshot_dir: Path) -> None:
    page.goto(f"{live_api_url}/?actor=person:vladimir-putin")
    rows(page).filter(has_text="8 May 2025").click()

    panel = page.get_by_role("complementary", name="Evidence")
    expect(panel.get_by_role("heading", name="3 reports")).to_be_visible()
    expect(panel).to_contain_text("Vladimir Putin and Xi Jinping held talks in Moscow on Thursday.")
    expect(panel).to_contain_text("Putin and Xi met in the Kremlin on May 8.")
    expect(panel).to_contain_text("3 articles from 2 sources")
    expect(panel).to_contain_text("precision: day")
    link = panel.get_by_role("link", name="Putin and Xi met in the Kremlin on May 8.")
    expect(link).to_have_attribute("href", "https://tass.com/politics/1001")
    assert "event" in query(page)
    shoot(page, screenshot_dir, "evidence")

    panel.get_by_role("button", name="Close evidence").click()
    expect(panel).to_be_hidden()
    assert "event" not in query(page)


def test_switch_to_a_dyad(page: Page, live_api_url: str, screenshot_dir: Path) -> None:
    page.goto(f"{live_api_url}/?actor=person:xi-jinping")
    # A counterpart on the profile card opens the pair.
    page.get_by_role("button", name="Vladimir Putin").click()
    assert query(page) == {
        "actor": "person:xi-jinping",
        "view": "dyad",
        "with": "person:vladimir-putin",
    }
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("Xi Jinping + Vladimir Putin (joint)")

    # A second actor from the picker; both directions are told apart.
    pick_actor(page, "Search an actor", "United States", "United States")
    page.get_by_role("button", name="Dyad", exact=True).click()
    pick_actor(page, "Second actor", "china", "China")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("China → United States")
    expect(rows(page).first).to_contain_text("REJECT")

    page.get_by_label("hide hypothetical").uncheck()
    expect(rows(page)).to_have_count(2)
    sanction = rows(page).filter(has_text="SANCTION")
    expect(sanction).to_contain_text("United States → China")
    expect(sanction).to_contain_text("hypothetical")
    assert query(page)["hypothetical"] == "1"
    shoot(page, screenshot_dir, "dyad")


def test_open_the_network_and_focus_a_node(
    page: Page, live_api_url: str, screenshot_dir: Path
) -> None:
    page.goto(f"{live_api_url}/?actor=country:RUS")
    page.get_by_role("button", name="Network", exact=True).click()

    table = page.locator("#network-table")
    for name in ["China", "Ukraine", "United States", "NATO"]:
        expect(table.get_by_role("button", name=name)).to_be_visible()
    expect(page.locator("#network-title")).to_have_text(
        "Interactions of Russia over the whole period"
    )
    shoot(page, screenshot_dir, "network")

    # Click Ukraine's node on the canvas, where the force layout has put it.
    x, y = page.evaluate(
        """() => {
            const chart = window.newsgraph.networkChart();
            const data = chart.getModel().getSeriesByIndex(0).getData();
            const i = data.indexOfName('Ukraine');
            return chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(i));
        }"""
    )
    box = page.locator("#network").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)

    expect(page.locator("#network-title")).to_have_text(
        "Interactions of Ukraine over the whole period"
    )
    assert query(page)["actor"] == "country:UKR"
    expect(table.get_by_role("button", name="United States")).to_be_visible()
    expect(table.get_by_role("button", name="China")).to_have_count(0)


def test_a_shared_url_opens_the_same_view(page: Page, live_api_url: str) -> None:
    page.goto(f"{live_api_url}/?actor=country:USA")
    expect(rows(page)).to_have_count(3)
    page.get_by_label("From", exact=True).fill("2025-05-01")
    page.get_by_label("To", exact=True).fill("2025-05-31")
    page.get_by_text("Event types:").click()
    page.get_by_role("checkbox", name="SANCTION").check()
    page.get_by_text("Event types:").click()  # fold the list away
    page.get_by_label("hide hypothetical").uncheck()
    page.get_by_label("Per", exact=True).select_option("day")
    expect(rows(page)).to_have_count(2)
    rows(page).filter(has_text="China").click()
    expect(page.get_by_role("complementary", name="Evidence")).to_contain_text(
        "Washington could also impose sanctions on China"
    )
    idle(page)
    shared = page.url
    listed = rows(page).all_inner_texts()

    other = page.context.new_page()
    other.goto(shared)
    expect(other.locator("#event-list .event-row")).to_have_count(2)
    assert other.locator("#event-list .event-row").all_inner_texts() == listed
    expect(other.get_by_role("complementary", name="Evidence")).to_contain_text(
        "Washington could also impose sanctions on China"
    )
    expect(other.get_by_label("From", exact=True)).to_have_value("2025-05-01")
    expect(other.get_by_label("Per", exact=True)).to_have_value("day")
    expect(other.get_by_label("hide hypothetical")).not_to_be_checked()
    expect(other.locator("#types-summary")).to_have_text("SANCTION")
    assert other.url == shared

    # Back closes the evidence: views are history entries.
    page.go_back()
    expect(page.get_by_role("complementary", name="Evidence")).to_be_hidden()


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (
            "/?actor=person:xi-jinping&from=2020-01-01&to=2020-12-31",
            "No events for Xi Jinping from 1 Jan 2020 to 31 Dec 2020.",
        ),
        ("/?actor=person:nobody", "Not found"),
        (
            "/?actor=org:NATO&view=network&from=2025-06-01",
            "No interactions for NATO since 1 Jun 2025.",
        ),
    ],
)
def test_empty_states_say_what_happened(
    page: Page, live_api_url: str, path: str, said: str
) -> None:
    page.goto(live_api_url + path)
    expect(page.get_by_text(said).first).to_be_visible()


def test_an_unknown_name_says_so(page: Page, live_api_url: str) -> None:
    page.goto(live_api_url)
    page.get_by_role("combobox", name="Search an actor").fill("Zzyzx")
    expect(page.get_by_text("No actor matches “Zzyzx”.")).to_be_visible()


def test_neo4j_down_is_said_plainly(page: Page, down_api_url: str) -> None:
    page.goto(f"{down_api_url}/?actor=country:RUS")
    expect(page.get_by_role("alert").filter(has_text="Neo4j is down").first).to_be_visible()
    # The API retries a read for 15 s before it gives up with 503.
    expect(page.locator("#profile")).to_contain_text("Neo4j is down", timeout=60_000)
    expect(page.locator("#event-list")).to_contain_text("Neo4j is down")
