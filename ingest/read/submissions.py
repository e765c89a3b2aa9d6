"""Articles handed over as data rather than files: HTML, a text dump or a URL to fetch.

`POST /articles` reads one at once; `POST /ingest` queues them unread and `newsgraph worker`
reads them, so fetching is the workers' work and the request returns once they are queued.
"""

import datetime as dt
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.read.articles import MAX_URL_CHARS, check_url, clean_unicode
from ingest.read.extract import article_from_html, article_from_text
from ingest.read.sources import read_articles


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

    url: str | None = Field(default=None, max_length=MAX_URL_CHARS, pattern=r"^https?://\S+$")
    title: str | None = Field(default=None, max_length=2000)
    published_at: dt.datetime | None = Field(
        default=None, description="ISO 8601; a time without zone is read as UTC"
    )
    html: str | None = Field(default=None, description="The page's HTML")
    text: str | None = Field(
        default=None,
        description="A plain-text page dump or clean body (cut at 1,000,000 characters)",
    )
    source: str | None = Field(default=None, max_length=500, description="The source's name")

    @field_validator("url")
    @classmethod
    def _well_formed(cls, url: str | None) -> str | None:
        return None if url is None else check_url(url)

    @field_validator("title", "html", "text", "source", mode="before")
    @classmethod
    def _encodable(cls, value: object) -> object:
        # JSON may escape a lone surrogate ("\ud800"), which no UTF-8 output can carry.
        return clean_unicode(value) if isinstance(value, str) else value

    @field_validator("published_at")
    @classmethod
    def _utc(cls, published: dt.datetime | None) -> dt.datetime | None:
        if published is None:
            return None
        if published.tzinfo is None:
            return published.replace(tzinfo=dt.UTC)
        try:
            return published.astimezone(dt.UTC)
        except OverflowError as e:
            raise ValueError("out of range once converted to UTC") from e

    @model_validator(mode="after")
    def _one_body(self) -> "ArticleIn":
        if self.html is not None and self.text is not None:
            raise ValueError("give html or text, not both")
        if self.html is None and self.text is None and self.url is None:
            raise ValueError("give html, text or a url to fetch")
        return self


class Submission(NamedTuple):
    """A submitted article still to read, and the name its errors go by."""

    name: str  # its URL, or its place in the batch (`items[3]`)
    article: ArticleIn


def read_submission(item: ArticleIn, *, name: str) -> Article:
    """Turn a submitted article (HTML, text dump or URL) into an Article; raise ItemFailed."""
    if item.html is not None:
        article = article_from_html(item.html, name, url=item.url)
    elif item.text is not None:
        article = article_from_text(item.text, name, url=item.url)
    else:
        assert item.url is not None  # ArticleIn refuses a body with none of the three
        found = next(read_articles([item.url]), None)
        if found is None:
            raise ItemFailed(ItemError(item=name, reason="the URL held no article"))
        if isinstance(found, ItemError):
            raise ItemFailed(found)
        article = found
    # What the submitter says about the article beats what extraction guessed.
    update: dict[str, object] = {}
    if item.title is not None:
        update["title"] = item.title
    if item.source is not None:
        update["source"] = item.source
    if item.published_at is not None:
        update["published_at"] = item.published_at
        update["published_at_source"] = "metadata"
    return article.model_copy(update=update)
