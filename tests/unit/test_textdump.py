"""The plain-text page-dump cleaner, on a dump written in the shape of real ones."""

from datetime import datetime
from pathlib import Path

import pytest

from ingest.read.textdump import clean_dump, split_tags

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def dump_text() -> str:
    return (FIXTURES / "water-deal-dump.txt").read_text(encoding="utf-8")


def test_body_is_exactly_the_article_paragraphs(dump_text: str) -> None:
    paragraphs = clean_dump(dump_text).text.split("\n\n")
    assert [" ".join(p.split()[:3]) for p in paragraphs] == [
        "The presidents of",
        "Under the plan,",
        "Officials in Tashkent",
        "The river once",
        "Analysts in Almaty",
    ]
    assert paragraphs[0].startswith("The presidents of Kazakhstan and Uzbekistan agreed")
    assert paragraphs[-1].endswith("will be the real test of the commission.")


@pytest.mark.parametrize(
    "junk",
    [
        "Also Read",
        "Kambarata Dam",  # a related headline inside the body
        "Turkmenistan Gas Pipeline",
        "reservoir gates at dawn",  # image caption and its credit
        "Share on",
        "Tags:",
        "former hydrologist",  # author bio
        "Caspian Ferry",  # related headlines after the article
        "cookies",
        "Login",
        "STEPPEWIRE MEDIA",
        "Central Asia\n",
    ],
)
def test_body_has_no_page_furniture(dump_text: str, junk: str) -> None:
    assert junk not in clean_dump(dump_text).text


def test_metadata_found_around_the_body(dump_text: str) -> None:
    dump = clean_dump(dump_text)
    assert dump.title == "Kazakhstan and Uzbekistan agree to share Syr Darya water under new plan"
    assert dump.authors == ["Meera Joshi"]
    assert dump.published == datetime(2025, 3, 3)
    assert dump.section == "Central Asia"
    assert dump.source == "SteppeWire"  # the header's name, confirmed by the logo and footer
    assert dump.tags == [
        "Aral Sea Basin",
        "Central Asia Diplomacy",
        "Kazakhstan",
        "SCO",
        "Tokayev",
        "Uzbekistan Water Deal",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Beijing Moscow RelationsChina Russia RelationshipMAGAPresident Trump",
            ["Beijing Moscow Relations", "China Russia Relationship", "MAGA", "President Trump"],
        ),
        ("NATO, Baltic states, Defence", ["NATO", "Baltic states", "Defence"]),
        ("Energy | Gas | LNG", ["Energy", "Gas", "LNG"]),
        ("EU Summit", ["EU Summit"]),
        ("Iran Nuclear DealIAEA", ["Iran Nuclear Deal", "IAEA"]),
    ],
)
def test_split_tags(line: str, expected: list[str]) -> None:
    assert split_tags(line) == expected


def _wrap(text: str, width: int = 80) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_lines_wrapped_by_the_text_browser_are_rejoined() -> None:
    paragraphs = [
        "Ministers from the five riparian states met in Dushanbe on Friday and agreed to "
        "publish river flow data every week, a step that diplomats described as modest "
        "but overdue after years in which each side accused the others of hoarding water.",
        "The next meeting is planned for the autumn in Bishkek, where the ministers are "
        "expected to discuss a shared early-warning system for floods and mudslides that "
        "have damaged roads and bridges in the mountain valleys in recent springs.",
    ]
    menu = ["  • Home", "  • World", "  • Business", "  • Contact", ""]
    lines = [*menu, "Water talks end with data deal", ""]
    for paragraph in paragraphs:
        lines += [*_wrap(paragraph), ""]
    lines += ["© 2025 River News", *menu]
    dump = clean_dump("\n".join(lines))
    assert dump.text.split("\n\n") == paragraphs


def test_page_without_prose_gives_empty_body() -> None:
    dump = clean_dump("  • Home\n  • World\nLogin\nSubscribe\n© 2025 River News\n")
    assert dump.text == ""


_BODY = [
    "The foreign ministers of Serbia and Hungary agreed on Thursday to open two more border "
    "crossings before the summer, a step both governments said would cut the queues of lorries "
    "that stretch for miles on the motorway south of Szeged.",
    "Officials said the new crossings would be staffed jointly, so that travellers are checked "
    "once rather than twice, and that a rail link closed since the floods would reopen in June.",
]
_MENU = ["  • Politics", "  • Business", "  • Region", ""]


def _page(top: list[str], footer: list[str]) -> str:
    """A dump in the usual shape: chrome lines, menu, headline block, body, chrome lines."""
    headline = "Serbia and Hungary agree to open two new border crossings"
    lines = [
        *top,
        *_MENU,
        headline,
        "",
        "Ana Petrovic by Ana Petrovic",
        "May 6, 2025",
        headline,
        "",
    ]
    for paragraph in _BODY:
        lines += [paragraph, ""]
    lines += ["Tags: Border, Hungary, Serbia", "ShareTweetSend", *footer, *_MENU]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("top", "footer", "url", "expected"),
    [
        # The header repeats the name and the logo prints it twice: two clues agree.
        (
            ["Danube Herald", "Danube Herald", "No Result"],
            ["Danube HeraldDanube Herald", "©2025 - DANUBE HERALD MEDIA PRIVATE LIMITED"],
            None,
            "Danube Herald",
        ),
        # Header and copyright agree once the company form is dropped; the header's spelling wins.
        (["BalkanWire", "BalkanWire"], ["© 2025 BALKANWIRE GROUP"], None, "BalkanWire"),
        (
            ["Kosovo Online", "Kosovo Online"],
            ["© 2025 Kosovo Online. All rights reserved."],
            None,
            "Kosovo Online",
        ),
        # A copyright holder alone counts when it reads as a news title ...
        ([], ["© 2025 Example Times. All rights reserved."], None, "Example Times"),
        ([], ["Copyright 2021-2025 Meridian News Ltd. | Privacy"], None, "Meridian News"),
        # ... but not a bare name, nor a parent company, nor a photo credit without a year.
        ([], ["© 2025 Kosovo Online"], None, None),
        ([], ["Copyright © 2025 Harlow & Sons Ltd"], None, None),
        ([], ["© Getty Images"], None, None),
        # A <title> line whose headline is the page's headline names the site on its own.
        (
            ["Serbia and Hungary agree to open two new border crossings | The Pannonian Post"],
            [],
            None,
            "The Pannonian Post",
        ),
        (
            [
                "Home - News - Regional Politics",
                "Serbia and Hungary agree to open two new border crossings - Pannonian Post",
            ],
            [],
            None,
            "Pannonian Post",
        ),
        # A <title> line about another story is only a clue, and nothing confirms it.
        (["Border talks resume in Szeged - The Pannonian Post"], [], None, None),
        # Repeated lines alone may be a menu: no source.
        (["Region", "Region"], [], None, None),
        # The URL's host confirms a clue, or stands in when there is none.
        (
            ["The Sava Courier", "The Sava Courier"],
            [],
            "https://savacourier.example/a/1",
            "The Sava Courier",
        ),
        (["Region", "Region"], [], "https://www.savacourier.example/a/1", "savacourier.example"),
        (["Region", "Region"], [], "http://127.0.0.1:8000/a/1", None),  # an address is no name
        (["URL: https://www.drina-daily.example/politics/border"], [], None, "drina-daily.example"),
        (["https://www.drina-daily.example/politics/border"], [], None, "drina-daily.example"),
        (["Source: https://stats.example.org/tables"], [], None, None),  # a citation, not the page
    ],
)
def test_site_name_from_the_page_chrome(
    top: list[str], footer: list[str], url: str | None, expected: str | None
) -> None:
    dump = clean_dump(_page(top, footer), url=url)
    assert dump.text.split("\n\n") == _BODY  # the chrome stays out of the body
    assert dump.source == expected
