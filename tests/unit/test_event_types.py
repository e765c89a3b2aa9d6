"""Acts read in the wrong type, or no act at all: states told as claims, pledges of acts that
are no commitment, money spent with no receiver; with the real English model."""

import pytest

from graph.models import EventType
from tests.unit.test_event_assertion import _events

# (sentence, expected events as (type, source, target, negated, hypothetical))
CASES = [
    # "have" in the simple present holds a state; in the past it tells an act.
    ("The Kenyan opposition insists it has the backing of most voters.", []),
    ("Chile has the support of Peru in the border dispute.", []),
    (
        "Chile had talks with Peru in Lima.",
        [(EventType.CONSULT, {"CHL"}, {"PER"}, False, False)],
    ),
    # A pledge of an act that commits to no cooperation or harm is that act, ahead.
    (
        "The Ghanaian president vowed to sue the Nigerian government.",
        [(EventType.ACCUSE, {"GHA-government"}, {"NGA-government"}, False, True)],
    ),
    (
        "Peru pledged to send food aid to Bolivia.",
        [(EventType.AGREE, {"PER"}, {"BOL"}, False, False)],
    ),
    # A clause of purpose is no speech: "could" there announces nothing.
    (
        "Chile declared a state of emergency so it could deploy troops in Santiago.",
        [(EventType.MOBILIZE, {"CHL"}, set(), False, True)],
    ),
    # Money with no receiver is spending, not aid; given to someone it is.
    ("The Kenyan parliament approved funding for a new highway.", []),
    ("The Peruvian government funded the construction of the dam.", []),
    (
        "Qatar funded Hamas for years.",
        [(EventType.AID, {"QAT"}, {"PSE"}, False, False)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_event_types(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _events(sentence) == expected
