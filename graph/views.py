"""What the reads return: typed, frozen models the API serialises as they are.

Their field names are the API's public JSON (README, OpenAPI): extend, never rename.
"""

import base64
import binascii
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.models import ActorKind, DatePrecision, DateSource, EventType, QuadClass


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorRef(_View):
    """An actor as other views cite it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"id": "country:KEN", "name": "Kenya", "kind": "country", "country": "KEN"}
            ]
        }
    )

    id: str
    name: str | None = None
    kind: ActorKind | None = None
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")


PLACE_EXAMPLE: dict[str, Any] = {
    "id": "344979",
    "name": "Addis Ababa",
    "geonameid": 344979,
    "kind": "city",
    "country": "ETH",
    "admin1": "44",
    "lat": 9.02497,
    "lon": 38.74689,
}


class PlaceRef(_View):
    """A place events happened in: a GeoNames entry (GeoNames, CC BY 4.0)."""

    model_config = ConfigDict(json_schema_extra={"examples": [PLACE_EXAMPLE]})

    id: str = Field(description="The GeoNames id, or COUNTRY.ADMIN1 for a region without one")
    name: str
    geonameid: int | None = None
    kind: str = Field(description="city, region or country: how precisely events are located")
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")
    admin1: str | None = Field(default=None, description="GeoNames first-level region code")
    lat: float
    lon: float


EVENT_EXAMPLE: dict[str, Any] = {
    "id": "5f2c0e4b9a7d1c3e8f6a2b4d0c9e7f1a",
    "type": "CONSULT",
    "mode": None,
    "quad_class": "verbal_cooperation",
    "date": "2025-03-04",
    "date_precision": "day",
    "summary": "Kenya and Ethiopia held talks on the dam in Addis Ababa on Tuesday.",
    "confidence": 0.9,
    "source": [],
    "target": [],
    "participants": [
        {"id": "country:ETH", "name": "Ethiopia", "kind": "country", "country": "ETH"},
        {"id": "country:KEN", "name": "Kenya", "kind": "country", "country": "KEN"},
    ],
    "n_articles": 2,
    "n_sources": 2,
    "negated": False,
    "hypothetical": False,
    "first_reported_at": "2025-03-04T09:00:00Z",
    "last_reported_at": "2025-03-05T07:30:00Z",
    "location": PLACE_EXAMPLE,
}


class EventSummary(_View):
    """One event (possibly reported by many articles), its actors grouped by role."""

    model_config = ConfigDict(json_schema_extra={"examples": [EVENT_EXAMPLE]})

    id: str
    type: EventType
    mode: str | None = None
    quad_class: QuadClass
    date: Annotated[date, Field(description="First day of the event's period (see date_precision)")]
    date_precision: DatePrecision
    summary: str | None = Field(default=None, description="The best report's sentence")
    confidence: float | None = None
    source: list[ActorRef]
    target: list[ActorRef]
    participants: list[ActorRef] = Field(description="Actors of joint, undirected actions")
    n_articles: int
    n_sources: int
    negated: bool
    hypothetical: bool
    first_reported_at: datetime | None = None
    last_reported_at: datetime | None = None
    location: PlaceRef | None = Field(
        default=None, description="Where the act happened, when its reports say"
    )


class Cursor(_View):
    """Keyset position in a newest-first listing: the last (date, id) seen."""

    date: date
    id: str

    def encode(self) -> str:
        """The opaque string form a client passes back (`2025-05-03~<event id>`)."""
        return f"{self.date.isoformat()}~{self.id}"

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        """Parse the form `encode` writes; raise ValueError on anything else."""
        day, sep, event_id = text.partition("~")
        if not sep or not event_id:
            raise ValueError(f"not a cursor: {text!r}")
        return cls(date=date.fromisoformat(day), id=event_id)

    def token(self) -> str:
        """The `next_cursor` of a page: `encode` in URL-safe base64, unpadded."""
        return base64.urlsafe_b64encode(self.encode().encode()).decode().rstrip("=")

    @classmethod
    def from_token(cls, text: str) -> "Cursor":
        """Parse a `token`; raise ValueError on anything else."""
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError) as e:
            raise ValueError(f"not a cursor: {text!r}") from e
        return cls.decode(raw)


class EventPage(_View):
    """A page of events, newest first; pass `next_cursor` as `?cursor=` for the next one."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [EVENT_EXAMPLE], "next_cursor": None}]}
    )

    items: list[EventSummary]
    next_cursor: str | None = Field(default=None, description="None on the last page")

    @property
    def next_after(self) -> Cursor | None:
        """The position `next_cursor` names: where the next page starts."""
        return None if self.next_cursor is None else Cursor.from_token(self.next_cursor)


class CountBucket(_View):
    """How many events of one key (type or quad class) fell in one day, week or month."""

    bucket: date
    key: str
    n: int


class CountPoint(_View):
    """Events in one period."""

    period: date = Field(description="First day of the period (weeks start on Monday)")
    count: int


class CountSeries(_View):
    """One key's (event type's or quad class's) counts; periods without events are left out."""

    key: str
    points: list[CountPoint]


class Counts(_View):
    """Histogram series for charts."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "interval": "month",
                    "by": "type",
                    "series": [
                        {"key": "CONSULT", "points": [{"period": "2025-03-01", "count": 4}]}
                    ],
                }
            ]
        }
    )

    interval: Literal["day", "week", "month"]
    by: Literal["type", "quad_class"]
    series: list[CountSeries]


class ReportArticle(_View):
    """The article of a report."""

    id: str
    url: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    source: str | None = Field(default=None, description="The source's name")
    source_id: str | None = None
    source_domain: str | None = None


class Report(_View):
    """One article's report of an event: the sentence and what was read from it."""

    article: ReportArticle
    sentence: str
    trigger: str
    confidence: float
    negated: bool
    hypothetical: bool
    start: int = Field(description="Character offset of the sentence in the article text")
    end: int
    mode: str | None = None
    date: date
    date_precision: DatePrecision
    date_source: DateSource


class EventDetail(EventSummary):
    """An event with its evidence, oldest article first."""

    reports: list[Report]


class ActorHit(ActorRef):
    """An actor search result."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "country:KEN",
                    "name": "Kenya",
                    "kind": "country",
                    "country": "KEN",
                    "aliases": ["Kenyan government", "Nairobi"],
                    "role": None,
                    "score": 7.2,
                    "n_events": 41,
                }
            ]
        }
    )

    aliases: list[str]
    role: str | None = None
    score: float
    n_events: int


class Counterpart(ActorRef):
    """An actor sharing events with another, and how many."""

    n: int


class ActorProfile(ActorRef):
    """An actor's card: identity, active period, what it does, with whom."""

    aliases: list[str]
    role: str | None = None
    based_in: ActorRef | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    n_events: int = Field(description="Events neither hypothetical nor negated")
    n_articles: int
    counts_by_type: dict[str, int] = Field(examples=[{"CONSULT": 3, "ACCUSE": 1}])
    counts_by_quad_class: dict[str, int]
    top_counterparts: list[Counterpart]


class NetworkNode(ActorRef):
    """An actor of the network, weighted by the total weight of its edges."""

    weight: int


class NetworkEdge(_View):
    """Events two actors share (undirected: source id < target id)."""

    source: str
    target: str
    weight: int
    by_quad_class: dict[str, int] = Field(examples=[{"verbal_cooperation": 2}])


class Network(_View):
    """The actors and weighted edges of an actor's events in a window."""

    center: ActorRef
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class PathEvent(_View):
    """The event that links two actors of a path."""

    id: str
    type: EventType
    quad_class: QuadClass
    date: date
    date_precision: DatePrecision
    summary: str | None = None


class PathStep(_View):
    """One hop: two actors linked by an event they share."""

    source: ActorRef
    event: PathEvent
    target: ActorRef


class Stats(_View):
    """How big the graph is and which dates its events span."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "articles": 120,
                    "events": 310,
                    "actors": 95,
                    "sources": 12,
                    "reports": 402,
                    "involvements": 640,
                    "mentions": 900,
                    "first_event_date": "2024-01-03",
                    "last_event_date": "2025-05-30",
                }
            ]
        }
    )

    articles: int
    events: int
    actors: int
    sources: int
    reports: int
    involvements: int
    mentions: int
    first_event_date: date | None = None
    last_event_date: date | None = None


class ArticleReport(_View):
    """How one article reports one of its events."""

    event_id: str
    sentence: str
    trigger: str
    start: int
    end: int
    confidence: float
    negated: bool
    hypothetical: bool


class MentionedActor(ActorRef):
    """An actor the article mentions, and how often."""

    count: int


class ArticleOut(_View):
    """A stored article (its metadata: the text is not kept), its events and actors."""

    id: str
    url: str | None = None
    title: str | None = None
    authors: list[str]
    published_at: datetime | None = None
    fetched_at: datetime | None = Field(
        default=None, description="When the page was fetched from the web, if known"
    )
    ingested_at: datetime
    language: str | None = None
    section: str | None = None
    tags: list[str]
    extractor_version: str
    source: str | None = Field(default=None, description="The source's name")
    source_id: str | None = None
    source_domain: str | None = None
    events: list[EventSummary]
    reports: list[ArticleReport]
    actors: list[MentionedActor]


class ActorActivity(_View):
    """An actor's number of events in a period and in the period before."""

    actor: ActorRef
    n: int
    previous: int


class ActivityChange(ActorActivity):
    """How an actor's events of one quad class changed from the period before."""

    quad_class: QuadClass


class DyadActivity(_View):
    """Two actors and the events they share in a period."""

    a: ActorRef
    b: ActorRef
    n: int


class Overview(_View):
    """The home page: what happened in a period, against the period before."""

    date_from: date
    date_to: date
    previous_from: date = Field(description="Start of the period before, as long as this one")
    weeks: list[CountBucket] = Field(description="Events per week (from Monday) by quad class")
    actors: list[ActorActivity] = Field(description="The most active actors")
    dyads: list[DyadActivity] = Field(description="The pairs of actors with most events")
    changes: list[ActivityChange] = Field(
        description="(actor, quad class) counts that changed most from the period before"
    )
    reported: list[EventSummary] = Field(
        description="The latest events reported by at least min_sources sources"
    )


class PlaceCount(PlaceRef):
    """A place and how many events happened there."""

    n: int


class CountryCount(_View):
    """A country and how many events happened at its places."""

    country: str = Field(description="ISO 3166 alpha-3")
    n: int


class PlaceCounts(_View):
    """Events per place (most first) and per country, for a map."""

    places: list[PlaceCount]
    countries: list[CountryCount]


class PlaceHit(PlaceRef):
    """A place search result, with the events located there."""

    score: float
    n_events: int
