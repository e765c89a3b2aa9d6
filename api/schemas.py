"""The JSON the API reads and answers with: request bodies, and the responses it shapes itself.

These are the API's public contract (what dashboards and notebooks read). What a read returns
as it is (events and their pages, actors, profiles, articles, stats) is answered as its
`graph.views` model; here are only the envelopes the API builds (paths, jobs around the
queue's records). Field names: extend, never rename.
"""

import datetime as dt
from typing import Annotated, Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, ValidationError, model_validator

from graph.views import (
    ActorHit,
    ActorRef,
    ArticleOut,
    EventSummary,
    PathEvent,
    PlaceHit,
)
from ingest.read.articles import MAX_URL_CHARS
from ingest.read.submissions import ArticleIn
from ingest.run.jobs import JobFailure, JobState


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorSearch(_Out):
    """Actors matching a search, best first."""

    items: list[ActorHit]


class PlaceSearch(_Out):
    """Places matching a search, best first."""

    items: list[PlaceHit]


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


class IngestedArticle(_Out):
    """An article ingested by POST /articles, and its events."""

    article: ArticleOut
    events: list[EventSummary]
    nlp_skipped: str | None = Field(default=None, description="Why no events were read")
    text_truncated: bool = Field(
        default=False, description="The body was cut at 1,000,000 characters before NLP"
    )


class JobAccepted(_Out):
    """A batch accepted for ingestion: its articles wait on the queue for `newsgraph worker`."""

    job_id: str
    enqueued: int = Field(default=0, description="Articles put on the queue")
    failures: list[JobFailure] = Field(
        default=[], description="Items that are not articles, failed at once (stage read)"
    )


class JobError(_Out):
    """An item of a job that did not make it into the graph."""

    item: str
    reason: str


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
    status: JobState
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


class BadItem(NamedTuple):
    """An item of a POST /ingest batch that is not an article, and why: it fails alone."""

    reason: str


def _item(value: Any) -> ArticleIn | BadItem:
    try:
        return ArticleIn.model_validate(value)
    except ValidationError as e:
        return BadItem(_reasons(e))


def _url_item(value: Any) -> ArticleIn | BadItem:
    if not isinstance(value, str):
        return BadItem("a URL is a string")
    try:
        return ArticleIn(url=value)
    except ValidationError as e:
        return BadItem(_reasons(e))


def _reasons(error: ValidationError) -> str:
    return "; ".join(
        ".".join(str(part) for part in e["loc"]) + ": " + e["msg"] if e["loc"] else e["msg"]
        for e in error.errors()
    )


_Url = Annotated[str, Field(max_length=MAX_URL_CHARS, pattern=r"^https?://\S+$")]


class IngestRequest(BaseModel):
    """A batch to queue for the workers: articles, or URLs to fetch.

    The batch is refused whole (422) only when it is not one (no list, both lists, empty,
    too long); an item that is not an article becomes a `BadItem`, a failure of its job.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"urls": ["https://news.example.org/a/1"]}]},
    )

    items: (
        list[
            Annotated[ArticleIn | BadItem, PlainValidator(_item, json_schema_input_type=ArticleIn)]
        ]
        | None
    ) = None
    urls: (
        list[Annotated[ArticleIn | BadItem, PlainValidator(_url_item, json_schema_input_type=_Url)]]
        | None
    ) = None
    force: bool = Field(default=False, description="Redo articles already stored")

    @model_validator(mode="after")
    def _one_list(self) -> "IngestRequest":
        if (self.items is None) == (self.urls is None):
            raise ValueError("give items or urls (one of the two)")
        if not (self.items or self.urls):
            raise ValueError("the batch is empty")
        return self
