"""The plain data that crosses the ingest → graph boundary: articles, actors, events.

`ingest` produces these models and `graph` stores them; neither side knows how the other
works. Field names are a public contract (the CLI prints them as JSON): extend, never rename.
"""

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    GOVERNMENT = "government"
    GROUP = "group"
    LOCATION = "location"


class EventType(StrEnum):
    """The 16 event types of the PLOVER ontology."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(StrEnum):
    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


QUAD_CLASS: dict[EventType, QuadClass] = {
    EventType.AGREE: QuadClass.VERBAL_COOPERATION,
    EventType.CONSULT: QuadClass.VERBAL_COOPERATION,
    EventType.SUPPORT: QuadClass.VERBAL_COOPERATION,
    EventType.CONCEDE: QuadClass.MATERIAL_COOPERATION,
    EventType.COOPERATE: QuadClass.MATERIAL_COOPERATION,
    EventType.AID: QuadClass.MATERIAL_COOPERATION,
    EventType.RETREAT: QuadClass.MATERIAL_COOPERATION,
    EventType.REQUEST: QuadClass.VERBAL_CONFLICT,
    EventType.ACCUSE: QuadClass.VERBAL_CONFLICT,
    EventType.REJECT: QuadClass.VERBAL_CONFLICT,
    EventType.THREATEN: QuadClass.VERBAL_CONFLICT,
    EventType.PROTEST: QuadClass.MATERIAL_CONFLICT,
    EventType.SANCTION: QuadClass.MATERIAL_CONFLICT,
    EventType.MOBILIZE: QuadClass.MATERIAL_CONFLICT,
    EventType.COERCE: QuadClass.MATERIAL_CONFLICT,
    EventType.ASSAULT: QuadClass.MATERIAL_CONFLICT,
}


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateSource(StrEnum):
    """Where an event's date came from."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    DISCOURSE = "discourse"  # the day the article's story had reached: its last date before
    PUBLISHED_AT = "published_at"


class Article(_Model):
    """One clean news article: body text plus the metadata that dates and attributes it."""

    id: str
    url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: datetime | None = None
    # How published_at was found: "metadata", "byline", "url", or None when absent.
    published_at_source: str | None = None
    source: str | None = None
    section: str | None = None
    tags: list[str] = Field(default_factory=list)
    language: str | None = None
    text: str
    format: str
    path: str | None = None
    # When the page was fetched from the web (HTTP response, WARC-Date, a record's crawl time);
    # None for files of unknown origin. Not when it was published, nor when we ingested it.
    fetched_at: datetime | None = None


class Actor(_Model):
    """A canonical actor of one article: a person, organisation, country, government, ..."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166 alpha-3
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None  # e.g. "President", kept from the title stripped off the name
    mentions: int = 1


class Event(_Model):
    """One PLOVER event read from one sentence; actors are referenced by id."""

    id: str
    type: EventType
    mode: str | None = None
    quad_class: QuadClass
    date: date
    date_precision: DatePrecision
    date_source: DateSource
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    # Joint actions ("X and Y held talks") have no direction: both actors go here.
    participants: list[str] = Field(default_factory=list)
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    trigger: str
    confidence: float
    negated: bool = False
    hypothetical: bool = False


class ExtractedArticle(Article):
    """An article with the actors and events found in it: the unit the graph stores."""

    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # Skipped NLP (e.g. a non-English article) gets the reason here.
    nlp_skipped: str | None = None
