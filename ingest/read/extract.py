"""Turn one decoded input (an HTML page, a text dump, JSON records, a feed, a WARC) into Articles.

Single-page formats return one `Article` or raise `ItemFailed`; container formats (JSON Lines,
feeds, WARC) yield an `Article` or an `ItemError` per record, so one bad record never hides
the others: each record is read through `read_isolated`, which also turns an error no check
foresaw into that record's ItemError ("unexpected error: ...") instead of ending the file.
A record's `Article.path` is the container's path plus "#N", N counting records from 1 (the
JSON line or array element, the feed entry, the WARC response record); its URL, when it has
one, is in `Article.url`.

`Article.fetched_at` is when the page left the web: the HTTP response of a URL we fetched (a
page, a feed, a feed's linked page), a WARC record's WARC-Date, a JSON record's own crawl-time
field. A JSON file's records keep only their own field, even when the file came from a URL: a
download of an export says nothing of when its records were crawled.
"""

import io
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import IO, Any
from xml.sax import SAXParseException

import feedparser
import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.utils import load_html
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.read.articles import build_article, check_url, parse_datetime
from ingest.read.clutter import is_clutter, without_cards
from ingest.read.fetch import Fetched
from ingest.read.textdump import clean_dump

# Fetches a URL (raising ItemFailed); used by feeds when following links.
Fetcher = Callable[[str], Fetched]

_MIN_BODY_CHARS = 100
_UNEXPECTED = "unexpected error"
_HTML_HINT = re.compile(r"<(?:html|body|p|div|article|br)\b", re.IGNORECASE)
_TEXT_KEYS = ("text", "content", "body", "articleBody", "article_body", "maintext", "html")
_DATE_KEYS = (
    "published_at",
    "published",
    "publishedAt",
    "datePublished",
    "date_publish",
    "pubDate",
    "date",
)
_URL_KEYS = ("url", "canonical_url", "link", "uri")
_SOURCE_KEYS = ("source", "site_name", "sitename", "source_domain", "site", "publisher")
# When a crawler fetched the record's page (news-please calls it date_download).
_FETCHED_KEYS = (
    "fetched_at",
    "fetchedAt",
    "fetch_time",
    "crawled_at",
    "crawledAt",
    "crawl_date",
    "crawl_time",
    "scraped_at",
    "scrapedAt",
    "date_download",
    "downloaded_at",
    "retrieved_at",
)


def read_isolated(item: str, read: Callable[[], Article]) -> Article | ItemError:
    """One item's Article, or its ItemError: what it raised, whatever that was."""
    try:
        return read()
    except ItemFailed as e:
        return e.error
    except Exception as e:  # a bug must cost one item, not the rest of its file or batch
        return unexpected_error(item, e)


def unexpected_error(item: str, error: BaseException) -> ItemError:
    """The ItemError of an exception no check foresaw (its type and first line only)."""
    lines = str(error).strip().splitlines()
    detail = f": {lines[0][:200]}" if lines else ""
    return ItemError(item=item, reason=f"{_UNEXPECTED}: {type(error).__name__}{detail}")


def article_from_html(
    html: str | bytes,
    path: str,
    *,
    url: str | None = None,
    fmt: str = "html",
    fetched_at: datetime | None = None,
    defaults: dict[str, Any] | None = None,
) -> Article:
    """Extract the article of an HTML page with trafilatura; `defaults` fill missing fields."""
    date_params: dict[str, Any] = {"extensive_search": True, "original_date": True}
    if fetched_at is not None:
        date_params["max_date"] = fetched_at.strftime("%Y-%m-%d")  # published before fetched
    try:
        tree = load_html(html)
        doc = trafilatura.bare_extraction(
            html if tree is None else _without_teasers(tree),
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=date_params,
        )
    except (ValueError, ParserError) as e:
        raise ItemFailed(ItemError(item=path, reason=f"unparsable HTML: {e}")) from e
    if isinstance(doc, dict):  # only with as_dict=True, which we never pass
        raise TypeError("trafilatura returned a dict")
    defaults = defaults or {}
    text = _without_clutter(doc.text) if doc is not None and doc.text else ""
    if len(text.strip()) < _MIN_BODY_CHARS and defaults.get("text"):
        text = defaults["text"]
    if len(text.strip()) < _MIN_BODY_CHARS:
        raise ItemFailed(ItemError(item=path, reason="no article body found"))
    assert doc is not None
    authors = [a for a in (doc.author or "").split(";") if a.strip()]
    published = doc.date or defaults.get("published")
    return build_article(
        text,
        fmt,
        path=path,
        url=defaults.get("url") or _usable_url(doc.url) or url,
        title=defaults.get("title") or doc.title,
        authors=defaults.get("authors") or authors,
        published=published,
        source=defaults.get("source") or doc.sitename or doc.hostname,
        section=defaults.get("section") or next(iter(doc.categories or []), None),
        tags=defaults.get("tags") or doc.tags or [],
        fetched_at=fetched_at,
    )


def _without_teasers(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page without the paragraphs that are wholly one link: teasers of other pages set
    between the article's paragraphs ("SENATE PASSES BUDGET BILL" linking to that story)."""
    for paragraph in list(tree.iter("p")):
        links = [a for a in paragraph.iter("a") if not a.get("href", "#").startswith("#")]
        words = paragraph.text_content().split()
        if words and len(links) == 1 and links[0].text_content().split() == words:
            paragraph.drop_tree()  # its tail, text after it, stays
    return tree


def _without_clutter(text: str) -> str:
    """The body without the captions, credits, teasers, sign-up lines and hover cards in it."""
    return without_cards("\n".join(line for line in text.split("\n") if not is_clutter(line)))


def article_from_text(
    text: str, path: str, *, url: str | None = None, fetched_at: datetime | None = None
) -> Article:
    """Clean a plain-text page dump into an Article."""
    dump = clean_dump(text, url=url)
    if len(dump.text) < _MIN_BODY_CHARS:
        raise ItemFailed(ItemError(item=path, reason="no article body found"))
    return build_article(
        dump.text,
        "text",
        path=path,
        url=url,
        title=dump.title,
        authors=dump.authors,
        published=dump.published,
        published_source="byline",
        source=dump.source,
        section=dump.section,
        tags=dump.tags,
        fetched_at=fetched_at,
    )


def articles_from_json(text: str, path: str) -> Iterator[Article | ItemError]:
    """Articles from a JSON document (object or array) or JSON Lines / NDJSON records."""
    try:
        whole = _load_json(text)
    except json.JSONDecodeError:
        whole = None
    except ValueError as e:
        yield ItemError(item=path, reason=str(e))
        return
    if whole is not None:
        records = whole if isinstance(whole, list) else [whole]
        for n, record in enumerate(records, start=1):
            yield _record_or_error(record, f"{path}#{n}")
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{path}#{n}"
        try:
            record = _load_json(line)
        except json.JSONDecodeError as e:
            yield ItemError(item=item, reason=f"invalid JSON: {e.msg}")
            continue
        except ValueError as e:
            yield ItemError(item=item, reason=str(e))
            continue
        yield _record_or_error(record, item)


def _load_json(text: str) -> Any:
    """json.loads, with its two other failures said plainly (ValueError)."""
    try:
        return json.loads(text)
    except RecursionError as e:
        raise ValueError("invalid JSON: nested too deeply") from e
    except json.JSONDecodeError:
        raise
    except ValueError as e:  # an integer of more than 4300 digits
        raise ValueError(f"invalid JSON: {e}") from e


def _record_or_error(record: Any, item: str) -> Article | ItemError:
    if not isinstance(record, dict):
        return ItemError(item=item, reason="JSON record is not an object")
    return read_isolated(item, lambda: article_from_record(record, item))


def article_from_record(record: dict[str, Any], path: str) -> Article:
    """One JSON record with common field names; a record carrying HTML takes the HTML path."""
    fields: dict[str, Any] = {
        "url": _text_field(record, _URL_KEYS, path),
        "title": _text_field(record, ("title", "headline"), path),
        "authors": _names(record.get("authors") or record.get("author")),
        "published": _first(record, _DATE_KEYS),
        "source": _name(_first(record, _SOURCE_KEYS)),
        "section": _name(_first(record, ("section", "category"))),
        "tags": _names(record.get("tags") or record.get("keywords")),
    }
    fetched_at = parse_datetime(_first(record, _FETCHED_KEYS))
    body = _first(record, _TEXT_KEYS)
    if not isinstance(body, str) or not body.strip():
        raise ItemFailed(ItemError(item=path, reason="record has no text, html or content"))
    if _HTML_HINT.search(body):
        fields["text"] = _html_to_text(body)
        return article_from_html(
            body, path, url=fields["url"], fmt="json", fetched_at=fetched_at, defaults=fields
        )
    return build_article(body, "json", path=path, fetched_at=fetched_at, **fields)


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value:
            return value
    return None


def _usable_url(url: Any) -> str | None:
    """A URL the page or feed states about itself, if it is well-formed http(s) (a relative
    or broken canonical link is the site's slip, not a reason to lose the article)."""
    try:
        return check_url(url)
    except ValueError:
        return None


def _text_field(record: dict[str, Any], keys: tuple[str, ...], path: str) -> str | None:
    """The first of the keys that is set; a value that is no string fails the record."""
    for key in keys:
        value = record.get(key)
        if value and not isinstance(value, str):
            reason = f"field {key!r} must be a string, not {type(value).__name__}"
            raise ItemFailed(ItemError(item=path, reason=reason))
        if value:
            return value
    return None


def _name(value: Any) -> str | None:
    """A name from a string or a {"name": ...} object (schema.org style)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    return value if isinstance(value, str) else None


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[;,]", value) if part.strip()]
    if isinstance(value, list):
        return [name for item in value if (name := _name(item))]
    name = _name(value)
    return [name] if name else []


def _html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (feed content, record HTML), one paragraph per block."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return html
    for block in root.iter("p", "div", "li", "br", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def articles_from_feed(
    data: bytes,
    path: str,
    *,
    fetcher: Fetcher | None = None,
    fetched_at: datetime | None = None,
) -> Iterator[Article | ItemError]:
    """One article per RSS/Atom entry; with a fetcher, each entry's link is fetched too.

    `fetched_at` is when the feed itself was fetched: the time of the entries' summaries.
    """
    feed = feedparser.parse(data)
    broken = feed.bozo and isinstance(feed.get("bozo_exception"), SAXParseException)
    if not feed.entries:
        yield ItemError(item=path, reason="not a valid feed" if broken else "feed has no entries")
        return
    source = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, start=1):
        item = f"{path}#{n}"
        yield read_isolated(
            item,
            lambda: _article_from_entry(
                entry,  # noqa: B023 - called at once, inside this iteration
                item,  # noqa: B023
                source=source,
                fetcher=fetcher,
                fetched_at=fetched_at,
            ),
        )
    if broken:  # the entries read before the break were kept; say the rest is lost
        yield ItemError(item=path, reason=f"malformed feed: {feed.bozo_exception}")


def _article_from_entry(
    entry: Any,
    item: str,
    *,
    source: str | None,
    fetcher: Fetcher | None,
    fetched_at: datetime | None,
) -> Article:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    published = datetime(*tuple(parsed)[:6]).replace(tzinfo=UTC) if parsed else None
    contents = [c.get("value", "") for c in entry.get("content", [])]
    html = max(contents, key=len) if contents else entry.get("summary", "")
    fields: dict[str, Any] = {
        "url": _usable_url(entry.get("link")),
        "title": entry.get("title"),
        "authors": [a["name"] for a in entry.get("authors", []) if a.get("name")],
        "published": published,
        "source": source,
        "tags": [t["term"] for t in entry.get("tags", []) if t.get("term")],
        "text": _html_to_text(html) if html else "",
    }
    if fetcher is not None and fields["url"]:
        try:
            page = fetcher(fields["url"])
        except ItemFailed:
            page = None  # an unreachable link still leaves the entry's own summary
        if page is not None and page.content:
            return article_from_html(
                page.content,
                item,
                url=page.url,
                fmt="feed",
                fetched_at=page.fetched_at,
                defaults=fields,
            )
    text = fields.pop("text")
    if not text.strip():
        raise ItemFailed(ItemError(item=item, reason="feed entry has no content or summary"))
    return build_article(text, "feed", path=item, fetched_at=fetched_at, **fields)


def articles_from_warc(
    stream: IO[bytes] | io.RawIOBase, path: str, *, max_bytes: int
) -> Iterator[Article | ItemError]:
    """One article per HTML `response` record of a WARC (gzipped or not)."""
    n = 0
    reading = 1  # the response record being read, for the error of a broken archive
    try:
        for record in ArchiveIterator(stream):
            if not record.format.startswith("warc"):  # warcio reads any text as an old ARC
                yield ItemError(item=path, reason="not a WARC archive")
                return
            if record.rec_type != "response":
                continue
            n += 1
            item = f"{path}#{n}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield ItemError(item=item, reason=f"record larger than {max_bytes} bytes")
                continue
            # warcio ends a cut-off archive silently: the record's block is just short.
            if getattr(record.raw_stream, "limit", 0) > 0:
                yield ItemError(item=item, reason="truncated WARC: record ends early")
                return
            reading = n + 1
            yield _article_from_warc_record(record, payload, item)
    # warcio fails with AttributeError on some malformed headers.
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as e:
        yield ItemError(item=f"{path}#{reading}", reason=f"truncated or corrupt WARC: {e}")
        return
    if n == 0:
        yield ItemError(item=path, reason="WARC holds no response records")


def _article_from_warc_record(record: Any, payload: bytes, item: str) -> Article | ItemError:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
    if content_type and "html" not in content_type.lower():
        return ItemError(item=item, reason=f"not HTML: {content_type}")
    # The crawler's fetch time; a malformed one is dropped, not fatal to the archive.
    fetched_at = parse_datetime(record.rec_headers.get_header("WARC-Date"))
    return read_isolated(
        item, lambda: article_from_html(payload, item, url=uri, fmt="warc", fetched_at=fetched_at)
    )
