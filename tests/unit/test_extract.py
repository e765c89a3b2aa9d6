"""Page and record extraction: HTML, JSON records, feeds, WARC."""

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.read.extract import (
    article_from_html,
    article_from_record,
    article_from_text,
    articles_from_feed,
    articles_from_json,
    articles_from_warc,
)
from ingest.read.fetch import Fetched

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
CANONICAL = "https://www.northern-ledger.example/world/2024/03/14/arctic-fisheries-accord"
FEED_FETCHED = datetime(2024, 9, 1, 8, 0, tzinfo=UTC)
LINK_FETCHED = datetime(2024, 9, 1, 8, 0, 5, tzinfo=UTC)


def _outcomes(results: list[Article | ItemError]) -> list[tuple[str, str]]:
    """(path or item, title or reason) per result, to compare whole runs at once."""
    return [
        (r.path or "", r.title or "") if isinstance(r, Article) else (r.item, r.reason)
        for r in results
    ]


def test_html_page_body_and_metadata() -> None:
    html = (FIXTURES / "arctic-fisheries.html").read_text(encoding="utf-8")
    article = article_from_html(html, "page.html")
    assert article.format == "html"
    assert article.path == "page.html"
    assert article.url == CANONICAL  # canonical link, tracking params and fragment dropped
    assert article.title == "Norway and Finland sign Arctic fisheries accord"
    assert article.authors == ["Ingrid Halvorsen"]
    assert article.published_at == datetime(2024, 3, 14, tzinfo=UTC)
    assert article.published_at_source == "metadata"
    assert article.source == "Northern Ledger"
    assert article.section == "World"
    assert article.tags == ["Arctic", "Fisheries"]
    assert article.language == "en"
    assert "shared quotas for cod and haddock" in article.text
    assert "before the summer recess." in article.text
    for junk in ("Most read", "Ferry strike", "cookies", "All rights reserved", "Business"):
        assert junk not in article.text


def test_html_without_body_fails() -> None:
    html = (FIXTURES / "no-body.html").read_text(encoding="utf-8")
    with pytest.raises(ItemFailed, match="no article body"):
        article_from_html(html, "no-body.html")


def test_text_dump_becomes_article() -> None:
    text = (FIXTURES / "water-deal-dump.txt").read_text(encoding="utf-8")
    article = article_from_text(text, "dump.txt")
    assert article.format == "text"
    assert article.published_at == datetime(2025, 3, 3, tzinfo=UTC)
    assert article.published_at_source == "byline"
    assert article.authors == ["Meera Joshi"]
    assert article.url is None
    assert len(article.id) == 32


def test_json_document() -> None:
    text = (FIXTURES / "port-strike.json").read_text(encoding="utf-8")
    [article] = list(articles_from_json(text, "port-strike.json"))
    assert isinstance(article, Article)
    assert article.path == "port-strike.json#1"
    assert article.url == "https://news.example.org/business/port-strike-ends?id=77"
    assert article.authors == ["Pieter de Vries", "Anna Kowalska"]
    assert article.source == "Harbour Times"
    assert article.published_at == datetime(2024, 5, 22, 14, 5, tzinfo=UTC)
    assert article.tags == ["Shipping", "Labour"]


def test_json_lines_each_record_or_its_error() -> None:
    text = (FIXTURES / "records.jsonl").read_text(encoding="utf-8")
    results = list(articles_from_json(text, "r.jsonl"))
    outcomes = _outcomes(results)
    assert outcomes[0] == ("r.jsonl#1", "Coalition wins narrow majority in regional election")
    assert outcomes[1] == ("r.jsonl#2", "Donors pledge drought aid")
    assert outcomes[2][0] == "r.jsonl#3" and outcomes[2][1].startswith("invalid JSON")
    assert outcomes[3] == ("r.jsonl#4", "record has no text, html or content")
    assert outcomes[4] == ("r.jsonl#6", "")  # line 5 is blank; line 6 has no title
    assert len(results) == 5


def test_json_record_with_html_takes_html_path() -> None:
    text = (FIXTURES / "records.jsonl").read_text(encoding="utf-8")
    record = next(r for r in articles_from_json(text, "r.jsonl") if isinstance(r, Article))
    second = [r for r in articles_from_json(text, "r.jsonl") if isinstance(r, Article)][1]
    assert record.published_at_source == "url"  # 2024/06/02 in the URL, no date field
    assert second.format == "json"
    assert second.published_at == datetime(2024, 6, 4, tzinfo=UTC)
    assert "Home" not in second.text and "Contact us" not in second.text
    assert "300 million dollars" in second.text


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"title": "no body"}, "record has no text, html or content"),
        ({"text": "   "}, "record has no text, html or content"),
        ({"html": "<html><body><nav>Home</nav></body></html>"}, "no article body found"),
    ],
)
def test_bad_json_records(record: dict[str, str], reason: str) -> None:
    with pytest.raises(ItemFailed, match=reason):
        article_from_record(record, "x#1")


def test_json_array_and_non_object_records() -> None:
    text = '[{"text": "The ceasefire held through the night, officials said."}, 42]'
    results = list(articles_from_json(text, "a.json"))
    assert isinstance(results[0], Article) and results[0].path == "a.json#1"
    assert results[1] == ItemError(item="a.json#2", reason="JSON record is not an object")


def test_rss_feed_items() -> None:
    data = (FIXTURES / "feed.rss.xml").read_bytes()
    results = list(articles_from_feed(data, "feed.xml"))
    assert _outcomes(results) == [
        ("feed.xml#1", "Canal authority raises transit fees"),
        ("feed.xml#2", "Grain corridor reopens after storm"),
        ("feed.xml#3", "feed entry has no content or summary"),
    ]
    first = results[0]
    assert isinstance(first, Article)
    assert first.format == "feed"
    assert first.url == "https://news.example.org/trade/canal-fees"
    assert first.published_at == datetime(2024, 1, 9, 6, 45, tzinfo=UTC)
    assert first.source == "Harbour Times"
    assert first.tags == ["Trade"]
    assert (
        first.text.split("\n\n")[1]
        == "Shipping lines said the increase would be passed on to customers."
    )


def test_atom_feed_entry() -> None:
    [article] = list(articles_from_feed((FIXTURES / "feed.atom").read_bytes(), "f.atom"))
    assert isinstance(article, Article)
    assert article.authors == ["Camila Rojas"]
    assert article.published_at == datetime(2024, 8, 15, 13, 0, tzinfo=UTC)
    assert article.source == "Andes Courier"
    assert "<p>" not in article.text


def test_malformed_feed_reports_error() -> None:
    results = list(articles_from_feed((FIXTURES / "not-a-feed.xml").read_bytes(), "bad.xml"))
    assert isinstance(results[-1], ItemError)
    assert results[-1].item == "bad.xml"
    assert results[-1].reason.startswith("malformed feed")


def test_feed_with_fetcher_follows_links() -> None:
    page = (FIXTURES / "arctic-fisheries.html").read_bytes()
    fetched: list[str] = []

    def fetcher(url: str) -> Fetched:
        fetched.append(url)
        return Fetched(page, url, "text/html", fetched_at=LINK_FETCHED)

    data = (FIXTURES / "feed.rss.xml").read_bytes()
    results = list(articles_from_feed(data, "feed.xml", fetcher=fetcher, fetched_at=FEED_FETCHED))
    assert fetched == [
        "https://news.example.org/trade/canal-fees?utm_source=rss",
        "https://news.example.org/trade/grain-corridor",
    ]
    first = results[0]
    assert isinstance(first, Article)
    assert "cod and haddock" in first.text  # the fetched page's body, not the summary
    assert first.title == "Canal authority raises transit fees"  # the feed's own fields win
    assert first.fetched_at == LINK_FETCHED  # the linked page's fetch, not the feed's


def test_feed_entries_were_fetched_with_the_feed() -> None:
    data = (FIXTURES / "feed.rss.xml").read_bytes()
    results = list(articles_from_feed(data, "feed.xml", fetched_at=FEED_FETCHED))
    assert [r.fetched_at for r in results if isinstance(r, Article)] == [FEED_FETCHED] * 2


def test_warc_html_responses() -> None:
    with open(FIXTURES / "archive.warc.gz", "rb") as stream:
        results = list(articles_from_warc(stream, "a.warc.gz", max_bytes=1_000_000))
    assert _outcomes(results) == [
        ("a.warc.gz#1", "Norway and Finland sign Arctic fisheries accord"),
        ("a.warc.gz#2", "not HTML: application/pdf"),
        ("a.warc.gz#3", "no article body found"),
    ]
    assert isinstance(results[0], Article)
    assert results[0].format == "warc"
    assert results[0].url == CANONICAL
    assert results[0].fetched_at == datetime(2024, 3, 15, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ((FIXTURES / "truncated.warc.gz").read_bytes(), "truncated WARC"),
        (b"WARC/1.0\r\nWARC-Type: response\r\nbroken", "truncated or corrupt WARC"),
        (b"not a warc at all", "not a WARC archive"),
    ],
)
def test_bad_warc(data: bytes, reason: str) -> None:
    results = list(articles_from_warc(io.BytesIO(data), "x.warc", max_bytes=1_000_000))
    assert isinstance(results[-1], ItemError)
    assert results[-1].reason.startswith(reason)


def test_warc_record_over_size_cap() -> None:
    with open(FIXTURES / "archive.warc.gz", "rb") as stream:
        results = list(articles_from_warc(stream, "a.warc.gz", max_bytes=1000))
    assert results[0] == ItemError(item="a.warc.gz#1", reason="record larger than 1000 bytes")


def _warc(dates: list[str | None]) -> io.BytesIO:
    """A small WARC: one HTML response record per WARC-Date (None: the header left out)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    page = (FIXTURES / "arctic-fisheries.html").read_bytes()
    for n, warc_date in enumerate(dates, start=1):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://ledger.example/story/{n}",
            "response",
            payload=io.BytesIO(page),
            length=len(page),  # known length: warcio needs no temporary file
            http_headers=http,
        )
        record.rec_headers.remove_header("WARC-Date")
        if warc_date is not None:
            record.rec_headers.add_header("WARC-Date", warc_date)
        writer.write_record(record)
    buffer.seek(0)
    return buffer


def test_warc_records_were_fetched_at_their_warc_date() -> None:
    dates = ["2025-01-22T09:30:00Z", "2025-01-22T09:30:01.250000Z", "not a date", None]
    results = list(articles_from_warc(_warc(dates), "w.warc", max_bytes=1_000_000))
    assert [r.fetched_at if isinstance(r, Article) else r for r in results] == [
        datetime(2025, 1, 22, 9, 30, tzinfo=UTC),
        datetime(2025, 1, 22, 9, 30, 1, 250000, tzinfo=UTC),
        None,  # a malformed date is dropped; the record is still read
        None,
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"fetched_at": "2025-02-03T10:00:00Z"}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),
        ({"fetchedAt": "2025-02-03T11:00:00+01:00"}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),
        ({"crawled_at": "2025-02-03 10:00:00"}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),
        ({"crawl_date": "2025-02-03"}, datetime(2025, 2, 3, tzinfo=UTC)),
        ({"scraped_at": 1738576800}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),
        ({"scrapedAt": 1738576800000}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),  # milliseconds
        ({"date_download": "2025-02-03 10:00:00"}, datetime(2025, 2, 3, 10, 0, tzinfo=UTC)),
        ({"fetched_at": "sometime last week"}, None),
        ({"fetched_at": True}, None),
        ({}, None),
        # The publication time is another clock: it never stands in for the fetch.
        ({"published_at": "2025-02-01T08:00:00Z"}, None),
    ],
)
def test_json_record_fetch_time(fields: dict[str, object], expected: datetime | None) -> None:
    record = {
        "text": "The two delegations met again in Geneva on Monday to talk about prisoners.",
        **fields,
    }
    article = article_from_record(record, "r.jsonl#1")
    assert article.fetched_at == expected


def test_json_record_with_html_keeps_its_fetch_time() -> None:
    html = (FIXTURES / "arctic-fisheries.html").read_text(encoding="utf-8")
    article = article_from_record({"html": html, "crawled_at": "2024-03-16T00:00:00Z"}, "r#1")
    assert article.fetched_at == datetime(2024, 3, 16, tzinfo=UTC)


def test_files_on_disk_have_no_fetch_time() -> None:
    html = (FIXTURES / "arctic-fisheries.html").read_text(encoding="utf-8")
    dump = (FIXTURES / "water-deal-dump.txt").read_text(encoding="utf-8")
    assert article_from_html(html, "page.html").fetched_at is None
    assert article_from_text(dump, "dump.txt").fetched_at is None
