"""What the reads return: typed, frozen models the API serialises as they are."""

from datetime import date, datetime
from typing import Annotated, Any

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


class EventPage(_View):
    """A page of events and the cursor of the next page (None on the last one)."""

    events: list[EventSummary]
    next_after: Cursor | None = None


class CountBucket(_View):
    """How many events of one key (type or quad class) fell in one day, week or month."""

    bucket: date
    key: str
    n: int


class SourceView(_View):
    """A news source."""

    id: str
    name: str | None = None
    domain: str | None = None


class Evidence(_View):
    """One article's report of an event: the sentence and what was read from it."""

    article_id: str
    url: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    source: SourceView | None = None
    sentence: str
    trigger: str
    start: int
    end: int
    confidence: float
    negated: bool
    hypothetical: bool
    mode: str | None = None
    date: date
    date_precision: DatePrecision
    date_source: DateSource


class EventDetail(_View):
    """An event with all of its evidence, oldest article first."""

    event: EventSummary
    evidence: list[Evidence]


class ActorHit(ActorRef):
    """An actor search result."""

    aliases: list[str] = Field(default_factory=list)
    score: float
    n_events: int


class Counterpart(ActorRef):
    """An actor another actor shares events with, and how many."""

    n_events: int


class ActorProfile(ActorRef):
    """An actor's card: identity, active period, what it does, with whom."""

    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    based_in: ActorRef | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    n_events: int
    n_articles: int
    counts_by_type: dict[EventType, int]
    counts_by_quad_class: dict[QuadClass, int]
    top_counterparts: list[Counterpart]


class NetworkEdge(_View):
    """Events two actors share in one quad class (undirected: source id < target id)."""

    source: str
    target: str
    quad_class: QuadClass
    weight: int


class Network(_View):
    """The actors and weighted edges of an actor's events in a window."""

    center: ActorRef
    nodes: list[ActorRef]
    edges: list[NetworkEdge]


class PathEvent(_View):
    """An event on an interaction path."""

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


class GraphStats(_View):
    """How big the graph is and which dates its events span."""

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
    """An event as one article reports it."""

    event: EventSummary
    sentence: str
    trigger: str
    start: int
    end: int
    confidence: float
    negated: bool
    hypothetical: bool


class MentionedActor(ActorRef):
    """An actor an article mentions, and how often."""

    count: int


class ArticleView(_View):
    """A stored article (metadata, not its text), its source, events and actors."""

    id: str
    url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: datetime | None = None
    fetched_at: datetime | None = None
    ingested_at: datetime
    language: str | None = None
    section: str | None = None
    tags: list[str] = Field(default_factory=list)
    extractor_version: str
    source: SourceView | None = None
    reports: list[ArticleReport]
    actors: list[MentionedActor]
