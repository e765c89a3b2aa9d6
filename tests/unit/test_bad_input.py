"""No bad item takes good ones down: every reader answers an Article or a clean ItemError.

The tables hold the malformed inputs of issue #16 (wrong types, impossible ports and dates,
deep nesting, lone surrogates, UTF-16, FIFOs, over-long bodies); the property tests throw
generated records, bytes and URLs at every reader.
"""

import codecs
import gzip
import io
import json
import os
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import SecretStr

from graph.driver import create_driver
from graph.models import Article
from graph.settings import Neo4jSettings
from ingest.cli import main
from ingest.errors import MAX_REASON_CHARS, ItemError
from ingest.read.articles import MAX_TEXT_CHARS, build_article, check_url
from ingest.read.extract import articles_from_feed, articles_from_json, articles_from_warc
from ingest.read.sources import read_articles
from ingest.run.local import run_ingest

BODY = (
    "The harbour authority of Valdoria reopened the northern pier on Monday after a week of "
    "repairs.\n\nFishing crews said the delay had cost them most of the autumn catch."
)
GOOD = {"url": "https://news.example.org/2025/10/06/pier", "title": "Pier reopens", "text": BODY}


def _read(*inputs: str) -> list[Article | ItemError]:
    return list(read_articles(inputs))


def _is_clean(result: Article | ItemError) -> bool:
    """An Article that serialises, or an ItemError that names a reason a check gave."""
    if isinstance(result, Article):
        result.model_dump_json()  # raises on text no UTF-8 output can carry
        return True
    return bool(result.reason) and not result.reason.startswith("unexpected error")


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"url": 12345}, "field 'url' must be a string, not int"),
        ({"title": 12345}, "field 'title' must be a string, not int"),
        ({"url": "http://news.example.org:99999/a"}, "url is malformed: Port out of range"),
        ({"url": "http://[::1/x"}, "url is malformed: Invalid IPv6 URL"),
        ({"url": "ftp://news.example.org/a"}, "url must start with http:// or https://"),
        ({"url": "https:///nohost"}, "url has no host"),
        ({"text": None}, "record has no text, html or content"),
    ],
)
def test_a_bad_record_fails_alone_and_its_neighbours_are_read(
    tmp_path: Path, record: dict[str, object], reason: str
) -> None:
    records = [GOOD, GOOD | record, GOOD | {"url": GOOD["url"] + "-2"}]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    first, bad, third = _read(str(path))
    assert isinstance(first, Article) and isinstance(third, Article)
    assert bad == ItemError(item=f"{path}#2", reason=bad.reason)  # type: ignore[union-attr]
    assert isinstance(bad, ItemError) and bad.reason.startswith(reason)


@pytest.mark.parametrize(
    "published", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", 1e300, -1e300]
)
def test_a_date_utc_cannot_hold_is_dropped_like_an_unparsable_one(published: object) -> None:
    [article] = articles_from_json(json.dumps(GOOD | {"published_at": published}), "r.json")
    assert isinstance(article, Article)
    assert article.published_at is not None  # the URL's date takes over
    assert article.published_at_source == "url"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 200_000 + "]" * 200_000, "invalid JSON: nested too deeply"),
        ('{"text": ' + "9" * 5000 + "}", "invalid JSON: Exceeds the limit"),
    ],
)
def test_json_too_deep_or_too_long_a_number_is_an_item_error(text: str, reason: str) -> None:
    [error] = articles_from_json(text, "deep.json")
    assert isinstance(error, ItemError) and error.reason.startswith(reason)


def test_a_lone_surrogate_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.json"
    # JSON may escape half of a surrogate pair; json.loads gives a str UTF-8 cannot encode.
    path.write_text(json.dumps(GOOD | {"title": "Pier \ud800", "text": BODY + " \udfff"}))
    [article] = _read(str(path))
    assert isinstance(article, Article)
    assert article.title == "Pier \ufffd"
    assert article.text.endswith("\ufffd")
    article.model_dump_json()  # would raise on a lone surrogate


def test_a_body_over_the_nlp_limit_is_cut_at_a_paragraph_and_flagged() -> None:
    paragraph = "Valdoria and Eastmark signed a grain accord in the capital on Friday. " * 20
    text = "\n".join([paragraph] * (MAX_TEXT_CHARS // len(paragraph) + 5))
    article = build_article(text, "text", path="long.txt")
    assert article.text_truncated
    assert len(article.text) <= MAX_TEXT_CHARS
    assert article.text.endswith("Friday.")  # cut at a paragraph end, not mid-word
    assert not build_article(BODY, "text", path="short.txt").text_truncated


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_decoded_with_or_without_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(BODY.encode(encoding))
    [article] = _read(str(path))
    assert isinstance(article, Article), article
    assert "northern pier" in article.text


def test_utf16_html_is_sniffed_once_decoded(tmp_path: Path) -> None:
    page = f"<html><body><article><p>{BODY}</p></article></body></html>"
    path = tmp_path / "story"  # no extension: the format comes from the decoded bytes
    path.write_bytes(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    [article] = _read(str(path))
    assert isinstance(article, Article) and article.format == "html"


def test_binary_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4)
    [error] = _read(str(path))
    assert isinstance(error, ItemError) and error.reason.startswith("binary file")


def test_a_fifo_is_refused_when_named_and_skipped_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(BODY)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block forever
    [article] = _read(str(tmp_path))
    assert isinstance(article, Article)
    [error] = _read(str(tmp_path / "pipe.txt"))
    assert error == ItemError(
        item=str(tmp_path / "pipe.txt"), reason="not a regular file (a FIFO, socket or device)"
    )


def test_a_long_reason_is_cut_so_a_report_line_stays_short() -> None:
    error = ItemError(item="x", reason="y" * 100_000_000)
    assert len(error.reason) == MAX_REASON_CHARS


def test_extract_events_reports_an_empty_record_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("{}\n" + json.dumps(GOOD) + "\n")
    assert main(["extract", str(path), "--events", "--json"]) == 0
    out, err = capsys.readouterr()
    [line] = out.splitlines()
    assert json.loads(line)["title"] == "Pier reopens" and "events" in json.loads(line)
    assert f"{path}#1: record has no text, html or content" in err
    assert "extracted 1, failed 1" in err


# Property tests: generated input never crashes a reader, nor fails it in an unforeseen way.

# Any text, often with lone surrogates in it (a JSON "\ud800" escape decodes to one).
_SURROGATES = st.text(alphabet=st.characters(categories=["Cs"]), max_size=2)
_TEXT = st.builds(lambda a, b, c: a + b + c, st.text(), _SURROGATES, st.text())
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    ["url", "link", "title", "headline", "text", "content", "html", "published_at", "date",
     "fetched_at", "author", "authors", "tags", "source", "section", "publisher"]
)  # fmt: skip
_RECORDS = st.dictionaries(
    _KEYS, _JSON_VALUES | st.just(BODY) | _TEXT.map(lambda t: BODY + t), max_size=8
)
_PROPERTY = settings(max_examples=150, deadline=None)


@_PROPERTY
@given(_RECORDS)
def test_any_json_record_is_an_article_or_a_clean_error(record: dict[str, object]) -> None:
    results = list(articles_from_json(json.dumps(record), "generated.json"))
    assert len(results) == 1 and _is_clean(results[0]), results


@_PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(["txt", "html", "json", "xml", "warc", "gz"]))
def test_any_bytes_in_any_file_give_clean_results(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"input.{suffix}"
        path.write_bytes(data)
        results = _read(str(path))
    assert all(_is_clean(r) for r in results), results


@_PROPERTY
@given(_TEXT)
def test_any_text_in_a_feed_or_warc_gives_clean_results(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    feed = f"<rss><channel><item><title>{text}</title><link>{text}</link>".encode(
        "utf-8", "surrogatepass"
    )
    results = [
        *articles_from_feed(data, "f.xml"),
        *articles_from_feed(feed + b"<description>" + data + b"</description>", "g.xml"),
        *articles_from_warc(io.BytesIO(b"WARC/1.0\r\n" + data), "w.warc", max_bytes=10_000),
    ]
    assert all(_is_clean(r) for r in results), results


@_PROPERTY
@given(
    st.one_of(
        _TEXT,
        st.from_regex(r"\Ahttps?://[^/]{0,20}(/[^ ]{0,20})?\Z"),
    )
)
def test_any_url_in_a_record_is_checked_or_refused(url: str) -> None:
    [result] = articles_from_json(json.dumps(GOOD | {"url": url}), "u.json")
    assert _is_clean(result), result
    if isinstance(result, Article) and url:  # an empty url is no url: the id comes from the text
        assert result.url is not None and check_url(result.url)


def _warc_gz(pages: int) -> bytes:
    """A gzipped WARC of `pages` HTML responses, one gzip member each (as crawlers write)."""
    members = []
    for n in range(pages):
        page = f"<html><body><article><p>{BODY} Page {n}.</p></article></body></html>"
        block = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(page)}\r\n\r\n{page}"
        ).encode()
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Target-URI: https://news.example.org/{n}\r\n"
            "WARC-Date: 2025-10-06T08:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n"
        ).encode()
        members.append(gzip.compress(head + block + b"\r\n\r\n"))
    return b"".join(members)


@pytest.mark.parametrize("cut", [30, 200, 350])  # in the payload, in the headers, in between
def test_a_truncated_warc_gz_reports_its_last_record(tmp_path: Path, cut: int) -> None:
    data = _warc_gz(2)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-cut])
    first, error = _read(str(path))
    assert isinstance(first, Article)
    assert isinstance(error, ItemError) and error.item == f"{path}#2"
    assert error.reason.startswith("truncated")


def test_a_gzip_bomb_in_a_warc_is_refused_early_with_a_short_reason(tmp_path: Path) -> None:
    # 200 MB of one endless header line, a few hundred KB compressed.
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    chunk = b"WARC/1.0\r\nWARC-Type: response\r\nX-Bomb: " + b"a" * (1 << 20)
    bomb = packer.compress(chunk) + b"".join(packer.compress(b"a" * (1 << 20)) for _ in range(200))
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(_warc_gz(1) + bomb + packer.flush())
    first, error = read_articles([str(path)], max_bytes=2_000_000)
    assert isinstance(first, Article)
    assert isinstance(error, ItemError)
    assert "gzip bomb" in error.reason and len(error.reason) < 200


def test_the_ingest_report_is_appended_run_after_run(tmp_path: Path) -> None:
    # Only unreadable inputs: no article reaches the driver, which points at nothing.
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("")
    report = tmp_path / "report.jsonl"
    nowhere = Neo4jSettings(uri="bolt://127.0.0.1:9", password=SecretStr("unused"))
    with create_driver(nowhere) as driver:
        for _ in range(2):
            summary = run_ingest(
                driver, [str(inputs)], database="neo4j", workers=1, report_path=str(report)
            )
            assert summary.failed == 1
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(e["item"], e["stage"]) for e in lines] == [(str(inputs / "empty.txt"), "read")] * 2
    assert all(e["run"] for e in lines)
