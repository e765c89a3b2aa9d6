"""The JSON the API reads and answers with: request bodies, typed response models.

These are the API's public contract (what dashboards and notebooks read). Events and actor
references are `graph.views` models, answered as the reads return them. Field names: extend,
never rename.
"""

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.models import DatePrecision, DateSource, EventType, QuadClass
from graph.views import EVENT_EXAMPLE, ActorRef, EventSummary


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventPage(_Out):
    """A page of events, newest first; pass `next_cursor` as `?cursor=` for the next one."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [EVENT_EXAMPLE], "next_cursor": None}]}
    )

    items: list[EventSummary]
    next_cursor: str | None = Field(default=None, description="None on the last page")


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


class ActorSearch(_Out):
    """Actors matching a search, best first."""

    items: list[ActorHit]


class Counterpart(ActorRef):
    """An actor sharing events with another, and how many."""

    n: int


class ActorProfile(ActorRef):
    """An actor's card: identity, active period, what it does, with whom."""

    aliases: list[str]
    role: str | None = None
    based_in: ActorRef | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    n_events: int = Field(description="Events neither hypothetical nor negated")
    n_articles: int
    counts_by_type: dict[str, int] = Field(examples=[{"CONSULT": 3, "ACCUSE": 1}])
    counts_by_quad_class: dict[str, int]
    top_counterparts: list[Counterpart]


class CountPoint(_Out):
    """Events in one period."""

    period: dt.date = Field(description="First day of the period (weeks start on Monday)")
    count: int


class CountSeries(_Out):
    """One key's (event type's or quad class's) counts; periods without events are left out."""

    key: str
    points: list[CountPoint]


class Counts(_Out):
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


class ReportArticle(_Out):
    """The article of a report."""

    id: str
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None
    source: str | None = Field(default=None, description="The source's name")
    source_id: str | None = None
    source_domain: str | None = None


class Report(_Out):
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
    date: dt.date
    date_precision: DatePrecision
    date_source: DateSource


class EventDetail(EventSummary):
    """An event with its evidence, oldest article first."""

    reports: list[Report]


class NetworkNode(ActorRef):
    """An actor of the network, weighted by the total weight of its edges."""

    weight: int


class NetworkEdge(_Out):
    """Events two actors share (undirected: source id < target id)."""

    source: str
    target: str
    weight: int
    by_quad_class: dict[str, int] = Field(examples=[{"verbal_cooperation": 2}])


class Network(_Out):
    """The actors and weighted edges of an actor's events in a window."""

    center: ActorRef
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class PathEvent(_Out):
    """The event that links two actors of a path."""

    id: str
    type: EventType
    quad_class: QuadClass
    date: dt.date
    date_precision: DatePrecision
    summary: str | None = None


class PathEdge(_Out):
    """One hop of a path: two actors linked by a shared event."""

    source: str
    target: str
    weight: int = Field(description="Hops count one each")
    event: PathEvent


class Path(_Out):
    """The shortest chain of shared events between two actors; empty when none is found."""

    found: bool
    nodes: list[ActorRef]
    edges: list[PathEdge]


class Stats(_Out):
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
    first_event_date: dt.date | None = None
    last_event_date: dt.date | None = None


class ArticleReport(_Out):
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


class ArticleOut(_Out):
    """A stored article (its metadata: the text is not kept), its events and actors."""

    id: str
    url: str | None = None
    title: str | None = None
    authors: list[str]
    published_at: dt.datetime | None = None
    fetched_at: dt.datetime | None = Field(
        default=None, description="When the page was fetched from the web, if known"
    )
    ingested_at: dt.datetime
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


class IngestedArticle(_Out):
    """An article ingested by POST /articles, and its events."""

    article: ArticleOut
    events: list[EventSummary]
    nlp_skipped: str | None = Field(default=None, description="Why no events were read")


class JobAccepted(_Out):
    """A batch accepted for ingestion: its articles wait on the queue for `newsgraph worker`."""

    job_id: str


class JobError(_Out):
    """An item of a job that did not make it into the graph."""

    item: str
    reason: str


class JobFailure(JobError):
    """A failed item with the stage it failed at and how often it was delivered to workers."""

    stage: str = Field(description="read, message, nlp, write or delivery")
    deliveries: int = Field(description="0 for an item refused before it was queued")


class Job(_Out):
    """A queued ingestion job's progress, from POST /ingest or `newsgraph enqueue`."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0b8e3f1c6d2a4e5f",
                    "status": "running",
                    "inputs": ["POST /ingest (20 items)"],
                    "total": 20,
                    "done": 12,
                    "failed": 1,
                    "errors": [{"item": "items[3]", "reason": "no article body found"}],
                    "created_at": "2025-05-01T10:00:00Z",
                    "updated_at": "2025-05-01T10:00:04Z",
                    "enqueued": 19,
                    "ingested": 10,
                    "skipped": 2,
                    "events": 31,
                    "failures": [
                        {
                            "item": "items[3]",
                            "stage": "read",
                            "reason": "no article body found",
                            "deliveries": 0,
                        }
                    ],
                }
            ]
        }
    )

    id: str
    status: Literal["enqueuing", "queued", "running", "done"]
    inputs: list[str] = Field(description="What the job read: paths, URLs, or the POST batch")
    total: int | None = Field(description="Items of the job; null while still enqueuing")
    done: int = Field(description="Items in the graph: ingested now, or skipped as stored")
    failed: int = Field(description="Items that yielded no article or could not be ingested")
    errors: list[JobError]
    created_at: dt.datetime
    updated_at: dt.datetime
    enqueued: int = Field(description="Articles put on the queue")
    ingested: int = Field(description="Articles extracted and written by a worker")
    skipped: int = Field(description="Articles already stored by this extractor version")
    events: int = Field(description="Events read from the ingested articles")
    failures: list[JobFailure] = Field(description="The errors with their stage (first 100)")


class JobList(_Out):
    """Recent jobs, newest first."""

    items: list[Job]


# --- request bodies ----------------------------------------------------------------------


class ArticleIn(BaseModel):
    """One article to ingest: its HTML, a text dump, or only a URL to fetch; plus metadata."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {
                    "url": "https://news.example.org/2025/03/05/dam-talks",
                    "title": "Kenya and Ethiopia hold dam talks",
                    "published_at": "2025-03-05T08:00:00Z",
                    "text": "Kenya and Ethiopia held talks on the dam in Addis Ababa on "
                    "Tuesday. The Kenyan foreign minister said the meeting went well ...",
                    "source": "Example News",
                }
            ]
        },
    )

    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")
    title: str | None = Field(default=None, max_length=2000)
    published_at: dt.datetime | None = Field(
        default=None, description="ISO 8601; a time without zone is read as UTC"
    )
    html: str | None = Field(default=None, description="The page's HTML")
    text: str | None = Field(default=None, description="A plain-text page dump or clean body")
    source: str | None = Field(default=None, max_length=500, description="The source's name")

    @model_validator(mode="after")
    def _one_body(self) -> "ArticleIn":
        if self.html is not None and self.text is not None:
            raise ValueError("give html or text, not both")
        if self.html is None and self.text is None and self.url is None:
            raise ValueError("give html, text or a url to fetch")
        return self


class IngestRequest(BaseModel):
    """A batch to queue for the workers: articles, or URLs to fetch."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"urls": ["https://news.example.org/a/1"]}]},
    )

    items: list[ArticleIn] | None = None
    urls: list[Annotated[str, Field(max_length=2000, pattern=r"^https?://\S+$")]] | None = None
    force: bool = Field(default=False, description="Redo articles already stored")

    @model_validator(mode="after")
    def _one_list(self) -> "IngestRequest":
        if (self.items is None) == (self.urls is None):
            raise ValueError("give items or urls (one of the two)")
        if not (self.items or self.urls):
            raise ValueError("the batch is empty")
        return self
