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
    SECTOR = "sector"  # a generic agent of a country: its police, army, protesters, officials


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
    """How much of an event's date the text told: `date` is the first day of that period.

    A season starts on the first day of its first month (winter: December of its year).
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"


class DateSource(StrEnum):
    """Where an event's date came from."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    # the day the article's story had reached (its last date before), or an earlier mention
    DISCOURSE = "discourse"
    PUBLISHED_AT = "published_at"


class LocationPrecision(StrEnum):
    """How finely an event is located: the kind of place it happened in."""

    CITY = "city"
    DISTRICT = "district"  # a second-level region: a county, a district
    REGION = "region"
    COUNTRY = "country"


class Location(_Model):
    """Where an event happened: a GeoNames place (GeoNames, CC BY 4.0)."""

    # The place's id in the graph: the GeoNames id, or "CC.admin1" for some regions and
    # "CC.admin1.Name" for a district.
    id: str
    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO 3166 alpha-3
    admin1: str | None = None  # GeoNames first-level region code, e.g. "TX", "08"
    lat: float
    lon: float
    precision: LocationPrecision


class Toponym(_Model):
    """A place name in a text and the GeoNames place it refers to."""

    text: str
    start: int  # character offsets in the text
    end: int
    id: str
    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO 3166 alpha-3
    country_alpha2: str | None = None
    admin1: str | None = None
    lat: float
    lon: float
    kind: str  # city, region, country or continent


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
    # The body was cut at the NLP's length limit (ingest.read.articles.MAX_TEXT_CHARS).
    text_truncated: bool = False


class Actor(_Model):
    """A canonical actor of one article: a person, organisation, country, government, ..."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166 alpha-3
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None  # e.g. "President", kept from the title stripped off the name
    mentions: int = 1
    # CAMEO-style sector of a generic or institutional actor: "police", "military", "rebels"...
    sector: str | None = None
    # Takes part in politics (state, official, party, IGO/NGO, armed group, security forces,
    # protesters): the event gate keeps only events with such an actor.
    political: bool = False


class Event(_Model):
    """One PLOVER event read from one sentence; actors are referenced by id."""

    id: str
    type: EventType
    mode: str | None = None
    quad_class: QuadClass
    # All three None when neither the text nor a publication date dates the act: such an
    # event is printed by `extract` but has no place on a timeline and is not stored.
    date: date | None
    date_precision: DatePrecision | None
    date_source: DateSource | None
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
    # Where the act happened, from the trigger's own locative; None when the text does not say.
    location: Location | None = None


class ExtractedArticle(Article):
    """An article with the actors and events found in it: the unit the graph stores."""

    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # Skipped NLP (e.g. a non-English article) gets the reason here.
    nlp_skipped: str | None = None
