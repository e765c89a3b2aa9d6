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
