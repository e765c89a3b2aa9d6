"""read_articles over every kind of input, bad inputs, and URLs served on 127.0.0.1."""

import io
import shutil
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.read.fetch import USER_AGENT, fetch_url, make_client
from ingest.read.sources import detect_format, expand_inputs, read_articles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PAGE = (FIXTURES / "arctic-fisheries.html").read_bytes()
DUMP = (FIXTURES / "water-deal-dump.txt").read_bytes()


def _read(*inputs: str, **options: object) -> list[Article | ItemError]:
    return list(read_articles(inputs, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("arctic-fisheries.html", "html", 1),
        ("arctic-fisheries.html.gz", "html", 1),
        ("water-deal-dump.txt", "text", 1),
        ("water-deal-cp1252.txt", "text", 1),
        ("port-strike.json", "json", 1),
        ("records.jsonl", "json", 3),
        ("feed.rss.xml", "feed", 2),
        ("feed.atom", "feed", 1),
        ("archive.warc.gz", "warc", 1),
    ],
)
def test_each_format_is_detected_and_read(name: str, fmt: str, count: int) -> None:
    articles = [r for r in _read(str(FIXTURES / name)) if isinstance(r, Article)]
    assert len(articles) == count
    assert {a.format for a in articles} == {fmt}
    assert all(a.path and a.path.startswith(str(FIXTURES / name)) for a in articles)
    # Files on disk were fetched at an unknown time; a WARC records its own.
    assert all((a.fetched_at is not None) == (fmt == "warc") for a in articles)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty input"),
        ("binary.txt", "binary file"),
        ("undecodable.txt", "undecodable bytes"),
        ("truncated.html.gz", "truncated or corrupt gzip"),
        ("truncated.warc.gz", "truncated"),
        ("records.jsonl", "invalid JSON"),
        ("no-body.html", "no article body found"),
        ("not-a-feed.xml", "malformed feed"),
        ("missing.html", "no such file or directory"),
        ("nothing-*.html", "no file matches the pattern"),
    ],
)
def test_bad_input_yields_error_naming_item(name: str, reason: str) -> None:
    errors = [r for r in _read(str(FIXTURES / name)) if isinstance(r, ItemError)]
    assert any(e.reason.startswith(reason) for e in errors), errors
    assert all(e.item.startswith(str(FIXTURES / name)) for e in errors)


def test_over_size_cap() -> None:
    [error] = _read(str(FIXTURES / "water-deal-dump.txt"), max_bytes=1000)
    assert isinstance(error, ItemError)
    assert "over the size cap of 1000" in error.reason


def test_over_size_cap_after_gunzip(tmp_path: Path) -> None:
    # 1157 compressed bytes fit the cap; the 2391 bytes they unpack to do not.
    [error] = _read(str(FIXTURES / "arctic-fisheries.html.gz"), max_bytes=2000)
    assert isinstance(error, ItemError)
    assert "size cap" in error.reason


def test_bad_items_do_not_stop_the_batch() -> None:
    results = _read(
        str(FIXTURES / "empty.txt"),
        str(FIXTURES / "missing.txt"),
        str(FIXTURES / "arctic-fisheries.html"),
    )
    assert [type(r).__name__ for r in results] == ["ItemError", "ItemError", "Article"]


def test_directory_walked_recursively_and_glob(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "arctic-fisheries.html", nested / "one.html")
    shutil.copy(FIXTURES / "port-strike.json", tmp_path / "a" / "two.json")
    (tmp_path / "a" / ".hidden.html").write_text("<p>skip me</p>")
    (tmp_path / "a" / "README.md").write_text("# not an article")
    walked = list(expand_inputs([str(tmp_path)]))
    assert walked == [str(tmp_path / "a" / "two.json"), str(nested / "one.html")]
    named = list(expand_inputs([str(tmp_path / "a" / "README.md")]))
    assert named == [str(tmp_path / "a" / "README.md")]
    globbed = list(expand_inputs([str(tmp_path / "**" / "*.html")]))
    assert globbed == [str(nested / "one.html")]


def test_same_article_in_three_formats_has_one_id() -> None:
    results = _read(
        str(FIXTURES / "arctic-fisheries.html"),
        str(FIXTURES / "arctic-fisheries.html.gz"),
        str(FIXTURES / "archive.warc.gz"),
    )
    ids = {r.id for r in results if isinstance(r, Article)}
    assert len(ids) == 1


def test_forced_format(tmp_path: Path) -> None:
    odd = tmp_path / "page.data"
    odd.write_bytes(PAGE)
    [article] = _read(str(odd), fmt="html")
    assert isinstance(article, Article) and article.format == "html"
    with pytest.raises(ValueError, match="unknown format"):
        _read(str(odd), fmt="pdf")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO((FIXTURES / "port-strike.json").read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    [article] = _read("-")
    assert isinstance(article, Article)
    assert article.path == "<stdin>#1"
    assert article.format == "json"


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.html", b"", "html"),
        ("a.HTM.gz", b"", "html"),
        ("a.warc.gz", b"", "warc"),
        ("a.ndjson", b"", "json"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.txt", b"<!DOCTYPE html><html>", "html"),
        ("a.txt", b"https://x.org/1\nhttps://x.org/2\n", "urls"),
        ("a.txt", "Menu\n  • Home\nSome article text.".encode(), "text"),
        ("noext", b"WARC/1.0\r\n", "warc"),
        ("noext", b'{"text": "x"}', "json"),
        ("noext", b'[{"text": "x"}]', "json"),
        ("a.txt", b"[                    ] [Go]\n  Menu", "text"),  # a dump's form field
        ("a.txt", b"[ ] Share\n[logo]\nStory text.", "text"),
        ("noext", b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


class _Handler(BaseHTTPRequestHandler):
    """Serves a few canned responses; counts requests per path."""

    hits: ClassVar[dict[str, int]] = {}
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        self.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/flaky" and self.hits[self.path] == 1:
            self._send(503, b"busy", "text/plain")
        elif self.path in ("/story", "/flaky"):
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/dump":
            self._send(200, DUMP, "text/plain; charset=utf-8")
        elif self.path == "/feed":
            host = self.headers["Host"]
            feed = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
                f"<item><title>Linked story</title><link>http://{host}/story</link>"
                "<description>Only a short summary.</description></item></channel></rss>"
            )
            self._send(200, feed.encode(), "application/rss+xml")
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture
def server(allow_private: None) -> Iterator[str]:
    _Handler.hits = {}
    _Handler.user_agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_url_is_fetched_politely(server: str) -> None:
    [article] = _read(f"{server}/story")
    assert isinstance(article, Article)
    assert article.format == "html"
    assert article.path == f"{server}/story"
    assert _Handler.user_agents == [USER_AGENT]


def test_fetched_articles_carry_the_time_of_the_response(server: str) -> None:
    before = datetime.now(UTC)
    results = [*_read(f"{server}/story"), *_read(f"{server}/feed"), *_read(f"{server}/dump")]
    after = datetime.now(UTC)
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.format for a in articles] == ["html", "feed", "text"]
    for article in articles:
        assert article.fetched_at is not None and before <= article.fetched_at <= after
    assert articles[2].source == "SteppeWire"  # a fetched dump names its site like a file


def test_file_of_urls(server: str, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server}/story\n\n# a comment\n{server}/gone\n")
    results = _read(str(listing))
    assert isinstance(results[0], Article)
    assert results[1] == ItemError(item=f"{server}/gone", reason="HTTP 404")


def test_feed_links_followed_only_with_fetch(server: str) -> None:
    [summary_only] = _read(f"{server}/feed")
    [followed] = _read(f"{server}/feed", fetch=True)
    assert isinstance(summary_only, Article) and isinstance(followed, Article)
    assert summary_only.text == "Only a short summary."
    assert "cod and haddock" in followed.text
    assert followed.title == "Linked story"
    assert followed.path == f"{server}/feed#1"


def test_fetch_retries_busy_server(server: str) -> None:
    with make_client(timeout=5) as client:
        fetched = fetch_url(client, f"{server}/flaky", backoff=0)
    assert fetched.content == PAGE
    assert fetched.fetched_at.tzinfo is UTC
    assert _Handler.hits["/flaky"] == 2


@pytest.mark.parametrize(
    ("path", "max_bytes", "reason"),
    [
        ("/big", 1000, "larger than the size cap of 1000 bytes"),
        ("/missing", 1000, "HTTP 404"),
    ],
)
def test_fetch_failures(server: str, path: str, max_bytes: int, reason: str) -> None:
    with make_client(timeout=5) as client, pytest.raises(ItemFailed, match=reason):
        fetch_url(client, f"{server}{path}", max_bytes=max_bytes, backoff=0)


def test_unreachable_host_is_an_item_error() -> None:
    with (
        make_client(timeout=1, allow_private=True) as client,
        pytest.raises(ItemFailed, match="network error"),
    ):
        fetch_url(client, "http://127.0.0.1:9/", retries=0)
