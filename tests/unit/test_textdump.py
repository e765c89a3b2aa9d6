"""The plain-text page-dump cleaner, on a dump written in the shape of real ones."""

from datetime import datetime
from pathlib import Path

import pytest

from ingest.textdump import clean_dump, split_tags

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
