"""The cross-article event key: which reports of an event become one stored Event."""

from datetime import date
from typing import Any

import pytest

from graph.models import QUAD_CLASS, DatePrecision, DateSource, Event, EventType
from graph.writes import event_key, truncate_date


def _event(**changes: Any) -> Event:
    fields: dict[str, Any] = {
        "id": "article-1#1",
        "type": EventType.CONSULT,
        "quad_class": QUAD_CLASS[EventType.CONSULT],
        "date": date(2025, 5, 8),
        "date_precision": DatePrecision.DAY,
        "date_source": DateSource.SENTENCE,
        "source": ["country:RUS"],
        "target": ["country:CHN"],
        "sentence": "Russia consulted China.",
        "start": 0,
        "end": 23,
        "trigger": "consulted",
        "confidence": 0.8,
    }
    return Event(**(fields | changes))


BASE = _event()


@pytest.mark.parametrize(
    "other",
    [
        # Another article's report: its own id, sentence, offsets, trigger and confidence.
        _event(
            id="article-2#7",
            sentence="Moscow held talks with Beijing.",
            start=40,
            end=71,
            trigger="talks",
            confidence=0.3,
        ),
        _event(negated=True),  # per-report flags live on REPORTS
        _event(hypothetical=True, mode="phone"),
        _event(date_source=DateSource.PUBLISHED_AT),
        _event(source=["country:RUS", "country:RUS"]),  # a repeated actor
    ],
)
def test_reports_of_one_event_share_a_key(other: Event) -> None:
    assert event_key(other) == event_key(BASE)


@pytest.mark.parametrize(
    "other",
    [
        _event(type=EventType.AGREE, quad_class=QUAD_CLASS[EventType.AGREE]),
        _event(source=["country:CHN"], target=["country:RUS"]),  # the other direction
        _event(source=[], target=[], participants=["country:RUS", "country:CHN"]),  # joint
        _event(target=["country:CHN", "country:USA"]),
        _event(date=date(2025, 5, 9)),
        # The key cannot see another report's precision: day and month stay apart.
        _event(date_precision=DatePrecision.MONTH),
    ],
)
def test_different_events_get_different_keys(other: Event) -> None:
    assert event_key(other) != event_key(BASE)


def test_participant_order_does_not_matter() -> None:
    a = _event(source=[], target=[], participants=["person:xi-jinping", "person:vladimir-putin"])
    b = _event(source=[], target=[], participants=["person:vladimir-putin", "person:xi-jinping"])
    assert event_key(a) == event_key(b)


@pytest.mark.parametrize(
    ("first", "second", "precision"),
    [
        (date(2025, 5, 1), date(2025, 5, 31), DatePrecision.MONTH),
        (date(2025, 5, 5), date(2025, 5, 11), DatePrecision.WEEK),  # Monday and Sunday
        (date(2025, 1, 1), date(2025, 12, 31), DatePrecision.YEAR),
    ],
)
def test_dates_within_a_coarse_precision_share_a_key(
    first: date, second: date, precision: DatePrecision
) -> None:
    a = _event(date=first, date_precision=precision)
    b = _event(date=second, date_precision=precision)
    assert event_key(a) == event_key(b)


@pytest.mark.parametrize(
    ("day", "precision", "expected"),
    [
        (date(2025, 5, 8), DatePrecision.DAY, date(2025, 5, 8)),
        (date(2025, 5, 8), DatePrecision.WEEK, date(2025, 5, 5)),  # a Thursday, to its Monday
        (date(2025, 5, 5), DatePrecision.WEEK, date(2025, 5, 5)),
        (date(2025, 6, 1), DatePrecision.WEEK, date(2025, 5, 26)),  # a Sunday
        (date(2025, 5, 8), DatePrecision.MONTH, date(2025, 5, 1)),
        (date(2025, 5, 8), DatePrecision.YEAR, date(2025, 1, 1)),
        (date(2025, 5, 8), DatePrecision.QUARTER, date(2025, 4, 1)),
        (date(2025, 5, 8), DatePrecision.SEASON, date(2025, 3, 1)),
        # January and February belong to the winter that began the December before
        (date(2025, 2, 8), DatePrecision.SEASON, date(2024, 12, 1)),
        (date(2025, 12, 8), DatePrecision.SEASON, date(2025, 12, 1)),
    ],
)
def test_truncate_date(day: date, precision: DatePrecision, expected: date) -> None:
    assert truncate_date(day, precision) == expected


def test_the_key_is_a_stable_hex_digest() -> None:
    key = event_key(BASE)
    assert len(key) == 32 and int(key, 16) >= 0
    assert event_key(_event()) == key
