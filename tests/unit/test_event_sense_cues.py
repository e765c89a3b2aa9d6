"""Words read without their sense: the syntactic cue that tells the sense, with the real
English model."""

import pytest

from graph.models import Article, EventType
from ingest.nlp.pipeline import extract_events


def _types(sentence: str) -> list[EventType]:
    (result,) = extract_events([Article(id="a1", text=sentence, format="text")])
    return [e.type for e in result.events]


# (sentence, expected event types)
SENSES = [
    # "found dead" tells a death, an ASSAULT only where an attack is named.
    ("The governor of Oaxaca was found dead in his car on Sunday.", []),
    ("The Mexican mayor was found dead after an attack by gunmen.", [EventType.ASSAULT]),
    # Harm the dead did themselves, told as the cause, is no attack.
    ("The Mexican banker was found dead after shooting himself.", []),
    # A noun of goods given, with only its owner, names goods owned, not aid.
    ("The Kenyan minister wept in his lawyer's arms after the verdict.", []),
    ("Japan's aid to Kenya arrived on Monday.", [EventType.AID]),
    # Words help, they give nothing.
    ("The Kenyan opposition was aided by the support of Ugandan voters.", []),
    # A participle describing who is committed is a state, no pledge.
    ("Ruto was formally nominated with several delegates pledged to the Kenyan senator.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SENSES)
def test_a_word_is_read_in_its_sense(sentence: str, expected: list[EventType]) -> None:
    assert _types(sentence) == expected


THINGS = [
    # An animal is no party: a kind as the subject of an attack is no attacker.
    ("A stray dog attacked the Ugandan minister outside parliament.", []),
    ("A gunman attacked the Kenyan senator during a rally.", [EventType.ASSAULT]),
    # Nor is weather: a kind as the subject of a freeze or a seizure is no party.
    ("A cold snap is freezing Kenya this week.", []),
    ("A Kenyan court froze the assets of the Ugandan minister.", [EventType.SANCTION]),
    # Taking an office or a nomination agrees with no one; accepting a plan does.
    ("The Kenyan senator accepted the post of foreign minister.", []),
    ("Peru accepted the peace plan.", [EventType.AGREE]),
    # A quotation opening on a bare verb is a slogan or a command, no act.
    ('Kenyan students with flags and a placard saying "expel the ambassador".', []),
]


@pytest.mark.parametrize(("sentence", "expected"), THINGS)
def test_a_thing_an_office_or_a_slogan_is_no_act(sentence: str, expected: list[EventType]) -> None:
    assert _types(sentence) == expected


WORDS = [
    # A campaign's rallies are its own, wherever held.
    ("The Kenyan president held campaign rallies in Nairobi and Mombasa.", []),
    # So are an officeholder's, named by the office; a crowd's rally is a protest.
    ("The Kenyan governor held a rally on Sunday.", []),
    ("Kenyan students held a rally on Sunday.", [EventType.PROTEST]),
    # A span of time taken off is a measure; aid or supplies cut off are a sanction.
    ("Uganda cut three months off the waiting time for Kenyan visas.", []),
    ("Uganda cut off fuel supplies to Kenya.", [EventType.SANCTION]),
    # An attack a light verb brings, on a person over a matter, is one of words.
    (
        "The Kenyan opposition leader launched a fresh attack on the Ugandan president over "
        "the border dispute.",
        [EventType.ACCUSE],
    ),
    (
        "Kenyan troops launched a fresh attack on Somali militants over the weekend.",
        [EventType.ASSAULT],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), WORDS)
def test_a_campaign_or_an_attack_in_words_is_no_protest_or_assault(
    sentence: str, expected: list[EventType]
) -> None:
    assert _types(sentence) == expected


VIEWS = [
    # A stance whose content is told is a view held; holding out in talks is a refusal.
    ("Morocco maintains a position that the territory belongs to it.", []),
    ("Morocco maintained its position in the talks with Algeria.", [EventType.REJECT]),
]


@pytest.mark.parametrize(("sentence", "expected"), VIEWS)
def test_a_view_held_is_no_refusal(sentence: str, expected: list[EventType]) -> None:
    assert _types(sentence) == expected
