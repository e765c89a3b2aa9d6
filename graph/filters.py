"""Which events a read covers: one frozen filter model, taken by every event read.

An `EventFilter` names at most one anchor (an actor, or the actors of a country), a window
of event dates (an open end is the first or last day of the calendar), event types and quad
classes, evidence (a source, a least number of reporting articles), words of the summary,
whether events every report hedges or denies count, and where the events happened
(`PlaceFilter`). The API builds one per request (`api.params`); `graph.reads` turns it into
the parameters of its queries.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.models import EventType, QuadClass
from graph.views import Cursor

EARLIEST = date(1, 1, 1)  # an open window's first day
LATEST = date(9999, 12, 31)  # and its last


class FilterConflict(ValueError):
    """Two filters that cannot be combined (an actor and a country)."""


@dataclass(frozen=True)
class PlaceFilter:
    """Events located at a place (or a place within it), in a country, or near a point."""

    place: str | None = None  # a Place id
    country: str | None = None  # ISO alpha-3 of the place
    near: tuple[float, float] | None = None  # (lat, lon)
    within_km: float = 50.0

    @property
    def active(self) -> bool:
        """Whether the filter restricts anything."""
        return self.place is not None or self.country is not None or self.near is not None

    def params(self) -> dict[str, Any]:
        """The parameters of queries.MATCHING_PLACES."""
        near = self.near or (None, None)
        return {
            "place": self.place,
            "place_country": self.country,
            "near_lat": near[0],
            "near_lon": near[1],
            "within_m": self.within_km * 1000,
        }


@dataclass(frozen=True)
class EventFilter:
    """The events a read covers; the default covers every real event."""

    actor: str | None = None  # an Actor id
    country: str | None = None  # ISO alpha-3: events of any actor of this country
    date_from: date | None = None
    date_to: date | None = None
    types: Sequence[EventType] | None = None
    quad_classes: Sequence[QuadClass] | None = None
    source: str | None = None  # a Source id: reported by this source
    min_articles: int | None = None  # reported by at least this many articles
    text: str | None = None  # words of the summary sentence, each whole or as a prefix
    include_hypothetical: bool = False
    include_negated: bool = False
    where: PlaceFilter = field(default_factory=PlaceFilter)

    def __post_init__(self) -> None:
        if self.actor is not None and self.country is not None:
            raise FilterConflict("filter by actor or by country, not both")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"from ({self.date_from}) is after to ({self.date_to})")
        # A filter is a value: the lists it is given are kept as tuples (none when empty).
        for name in ("types", "quad_classes"):
            if (values := getattr(self, name)) is not None:
                object.__setattr__(self, name, tuple(values) or None)

    @property
    def first_day(self) -> date:
        """The window's first day (the calendar's when open)."""
        return self.date_from or EARLIEST

    @property
    def last_day(self) -> date:
        """The window's last day (the calendar's when open)."""
        return self.date_to or LATEST

    def params(self, after: Cursor | None = None) -> dict[str, Any]:
        """The parameters of queries._EVENT_FILTERS, with no place ids (`reads` adds them)."""
        return {
            "place_ids": None,
            "date_from": self.first_day,
            "date_to": self.last_day,
            "types": [t.value for t in self.types] if self.types else None,
            "quad_classes": [q.value for q in self.quad_classes] if self.quad_classes else None,
            "source": self.source,
            "min_articles": self.min_articles,
            "include_hypothetical": self.include_hypothetical,
            "include_negated": self.include_negated,
            "after_date": after.date if after is not None else None,
            "after_id": after.id if after is not None else None,
        }

    def text_query(self) -> str | None:
        """The Lucene query of `text` over summaries: every word, whole or as a prefix."""
        words = re.findall(r"\w+", (self.text or "").lower())
        return " AND ".join(f"{word}*" for word in words) or None


ALL_EVENTS = EventFilter()
