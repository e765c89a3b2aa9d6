"""scripts/build_verbs.py: how a line of the CAMEO verb dictionary becomes a pattern."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_verbs

from graph.models import Article, EventType
from ingest.nlp.pipeline import extract_events


# Pattern lines written for these tests in the dictionary's form.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A preposition right after the verb is the verb's, with the word after it.
        ("- * TO POLICE  [080]  # YIELD", {"code": "080", "preps": [["to", "police"]]}),
        ("- * AGAINST  [190]  # SHOOT", {"code": "190", "preps": [["against", None]]}),
        (
            "- * FROM &DETENTION  [0841]  # FREE",
            {"code": "0841", "preps": [["from", "&detention"]]},
        ),
        # Any other word is the object, a parenthesis a preposition phrase.
        ("- * CONVOYS  [190]  # SHOOT", {"code": "190", "words": ["convoy"]}),
        (
            "- * AID (TO +)  [070]  # GIVE",
            {"code": "070", "words": ["aid"], "preps": [["to", None]]},
        ),
    ],
)
def test_pattern_line(line: str, expected: dict[str, object]) -> None:
    pattern = build_verbs._pattern(line)
    assert pattern is not None
    pattern.pop("for")
    assert pattern == expected


def test_surrendering_to_police_yields() -> None:
    # CAMEO's "SURRENDER * TO POLICE" (080): read as the verb with its preposition.
    text = "The Congolese rebel commander surrendered to police in Goma."
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    assert [e.type for e in result.events] == [EventType.CONCEDE]


# Alternatives written with a slash, in the dictionary's form.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- * (BY/WITH FINES)  [163]  # HIT",
            ["- * (BY FINES)  [163]  # HIT", "- * (WITH FINES)  [163]  # HIT"],
        ),
        ("- RIOT/BRAWL * [145]", ["- RIOT * [145]", "- BRAWL * [145]"]),
        # Words before the alternatives in a preposition's phrase modify each.
        (
            "- * (IN NAVAL BLOCKADE/PATROL) [191] # 4/5/07",
            ["- * (IN {NAVAL BLOCKADE}) [191] # 4/5/07", "- * (IN {NAVAL PATROL}) [191] # 4/5/07"],
        ),
        ("- * TROOPS  [154]  # SEND", ["- * TROOPS  [154]  # SEND"]),
    ],
)
def test_slash_alternatives(line: str, expected: list[str]) -> None:
    assert build_verbs._alternatives(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # HIT's "(BY/WITH SANCTIONS)" (163).
        ("Canada hit four Venezuelan officials with new sanctions.", EventType.SANCTION),
        # HURT's "(IN BOMBING/EXPLOSION)" (183) and "(IN AIR ATTACK/.../STRIKE)" (195).
        ("Six Pakistani policemen were hurt in the bombing.", EventType.ASSAULT),
        ("Four Syrian soldiers were hurt in an air strike near Idlib.", EventType.ASSAULT),
    ],
)
def test_patterns_with_alternatives_are_read(text: str, expected: EventType) -> None:
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    assert [e.type for e in result.events] == [expected]


def test_orphan_verbs_of_force_read_their_blocks_patterns_of_force() -> None:
    # A block of coercion (170) written for IMPOSE: LEVY, named by no pattern, reads its
    # sanctions on an object, not its appeal's idiom nor its pattern of no object.
    block: list[dict[str, object]] = [
        {"code": "163", "words": ["sanction"], "verbs": ["impose"]},
        {"code": "020", "words": ["condition"], "verbs": ["impose"]},
        {"code": "163", "preps": [["on", None]], "verbs": ["impose"]},
    ]
    table = {"163": ("SANCTION", None), "170": ("COERCE", None), "020": ("REQUEST", None)}
    verbs = {"impose": [0], "levy": [0]}
    build_verbs._give_orphans_patterns([block], ["170"], verbs, table)
    assert [p["verbs"] for p in block] == [["impose", "levy"], ["impose"], ["impose"]]
    # In a block of talks or of violence (the lexicon's own classes read those), an orphan
    # stays unread.
    table |= {"190": ("ASSAULT", None), "040": ("CONSULT", None)}
    for code in ("040", "190"):
        other: list[dict[str, object]] = [{"code": "163", "words": ["sanction"], "verbs": ["hit"]}]
        build_verbs._give_orphans_patterns([other], [code], {"hit": [0], "pit": [0]}, table)
        assert other[0]["verbs"] == ["hit"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington levied sanctions on Venezuela last year.",
        "The European Union levied new sanctions against Belarus on Monday.",
    ],
)
def test_levied_sanctions_are_imposed(text: str) -> None:
    (result,) = extract_events([Article(id="a1", text=text, format="text")])
    assert [e.type for e in result.events] == [EventType.SANCTION]
