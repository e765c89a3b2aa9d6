"""Read every input users have into Articles: files, directories, globs, stdin, URLs.

    read_articles(["pages/", "feed.xml", "-", "https://..."])  →  Article | ItemError, ...

An input is a file, a directory (walked recursively, hidden files skipped), a glob pattern,
"-" for stdin, an http(s) URL, or a text file listing URLs one per line. Each file's format
is detected from its name and first bytes unless `fmt` forces one: html (.html, .htm),
text (.txt page dumps), json (.json, .jsonl, .ndjson), feed (RSS/Atom .xml, .rss, .atom),
warc (.warc, .warc.gz); any of them may be gzipped (.gz). Text is decoded as UTF-16 when it
starts with a UTF-16 byte-order mark or has the NUL byte of every other byte that UTF-16
gives Latin text, else as UTF-8 or, failing that, in the encoding charset-normalizer detects.

Bad items (missing, not a regular file, empty, binary, undecodable, truncated, over
`max_bytes`, no article body) yield an `ItemError` naming the item and the reason; every other
item is still processed. A walked directory skips what is not a regular file (a FIFO would
block the read forever).
`Article.path` is the file or URL an article came from ("<stdin>" for "-"); records inside a
JSON Lines file, feed or WARC add "#N", N counting records from 1 (see ingest.read.extract).
WARC archives are streamed, so the size cap applies to each record, not to the archive.
"""

import codecs
import glob
import gzip
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import charset_normalizer
import httpx

from graph.models import Article
from ingest.errors import ItemError, ItemFailed
from ingest.read import FORMATS
from ingest.read.extract import (
    article_from_html,
    article_from_text,
    articles_from_feed,
    articles_from_json,
    articles_from_warc,
    unexpected_error,
)
from ingest.read.fetch import Fetched, fetch_url, make_client

_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".urls": "urls",
}
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_GLOB_CHARS = re.compile(r"[*?\[]")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body)", re.IGNORECASE)
# An object with a key, or an array of objects or strings: not a dump's "[logo]" or "[Go]".
_JSON_START = re.compile(rb'^(?:\{\s*"|\[\s*[{"])')
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096
_CHUNK = 64 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class _Session:
    """Shared state of one read: the options and a lazily opened HTTP client."""

    def __init__(self, fmt: str, *, fetch: bool, max_bytes: int) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.fmt = fmt
        self.fetch = fetch
        self.max_bytes = max_bytes
        self._client: httpx.Client | None = None

    def get(self, url: str) -> Fetched:
        """Fetch a URL through the session's client."""
        if self._client is None:
            self._client = make_client()
        return fetch_url(self._client, url, max_bytes=self.max_bytes)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def read_articles(
    inputs: Iterable[str],
    *,
    fmt: str = "auto",
    fetch: bool = False,
    max_bytes: int = 10_000_000,
) -> Iterator[Article | ItemError]:
    """Yield one Article per good item and one ItemError per bad item, in input order."""
    session = _Session(fmt, fetch=fetch, max_bytes=max_bytes)
    try:
        for item in expand_inputs(inputs):
            if isinstance(item, ItemError):
                yield item
                continue
            try:
                yield from _read_item(item, session)
            except ItemFailed as e:
                yield e.error
            except Exception as e:  # one input's bug ends that input only
                yield unexpected_error(item, e)
    finally:
        session.close()


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | ItemError]:
    """Files, URLs and "-" named by the inputs: directories walked, globs expanded, sorted."""
    for raw in inputs:
        if raw == "-" or _URL.match(raw):
            yield raw
        elif os.path.isdir(raw):
            yield from _walk(raw)
        elif os.path.exists(raw):
            yield raw
        elif _GLOB_CHARS.search(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield ItemError(item=raw, reason="no file matches the pattern")
            for match in matches:
                yield from _walk(match) if os.path.isdir(match) else iter([match])
        else:
            yield ItemError(item=raw, reason="no such file or directory")


def _walk(directory: str) -> Iterator[str]:
    # A walked directory yields articles only (a README or a script beside them is no news);
    # a file named on its own is read whatever its name.
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.startswith(".") and _known_suffix(name) and _is_file(path):
                yield path


def _is_file(path: str) -> bool:
    """A regular file (or a link to one): not a FIFO, socket or device."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _known_suffix(name: str) -> bool:
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in _EXTENSIONS


def detect_format(name: str, head: bytes) -> str:
    """The format of an input from its name, else from its first bytes; "text" by default."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if ".warc" in suffixes:
        return "warc"
    if suffixes and suffixes[-1] in _EXTENSIONS:
        by_name = _EXTENSIONS[suffixes[-1]]
        # ".xml" and ".txt" are loose: an XML sitemap is no feed, a .txt may list URLs.
        if by_name not in ("feed", "text"):
            return by_name
    return _sniff(head)


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:_SNIFF_BYTES]
    if start.startswith(b"WARC/"):
        return "warc"
    if _FEED_ROOT.search(start):
        return "feed"
    if _HTML_START.match(start) or b"<p>" in start.lower():
        return "html"
    if _JSON_START.match(start):
        return "json"
    lines = [line.strip() for line in start.splitlines() if line.strip()[:1] not in (b"", b"#")]
    if lines and all(_URL.match(line.decode("latin-1")) for line in lines[:50]):
        return "urls"
    return "text"


def _read_item(item: str, session: _Session) -> Iterator[Article | ItemError]:
    if _URL.match(item):
        yield from _read_url(item, session)
        return
    if item == "-":
        data = sys.stdin.buffer.read(session.max_bytes + 1)
        yield from _read_bytes(data, "<stdin>", session, name="-")
        return
    if not _is_file(item):
        raise _failed(item, "not a regular file (a FIFO, socket or device)")
    head = _read_head(item)
    fmt = session.fmt if session.fmt != "auto" else detect_format(item, _gunzip_head(head))
    if fmt == "warc":
        with open(item, "rb") as raw:
            stream = Gunzipped(raw, max_line=session.max_bytes) if head[:2] == _GZIP_MAGIC else raw
            yield from articles_from_warc(stream, item, max_bytes=session.max_bytes)
        return
    size = os.path.getsize(item)
    if size > session.max_bytes:
        raise _failed(item, f"file of {size} bytes is over the size cap of {session.max_bytes}")
    with open(item, "rb") as f:
        data = f.read(session.max_bytes + 1)
    # Sniffed again once decompressed and decoded: a UTF-16 page shows its tags only then.
    yield from _read_bytes(data, item, session, name=item, fmt=session.fmt)


def _read_head(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_SNIFF_BYTES)
    except OSError as e:
        raise _failed(path, f"cannot read: {e.strerror}") from e


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzipped head (partial data is fine for sniffing)."""
    if not head.startswith(_GZIP_MAGIC):
        return head
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, _SNIFF_BYTES)
    except zlib.error:
        return b""


def _read_url(url: str, session: _Session) -> Iterator[Article | ItemError]:
    fetched = session.get(url)
    fmt = session.fmt
    if fmt == "auto":
        fmt = _format_of_content_type(fetched.content_type) or detect_format(
            fetched.url, fetched.content
        )
    yield from _read_bytes(
        fetched.content,
        url,
        session,
        name=fetched.url,
        fmt=fmt,
        url=fetched.url,
        fetched_at=fetched.fetched_at,
    )


def _format_of_content_type(content_type: str) -> str | None:
    kind = content_type.split(";")[0].strip().lower()
    if "html" in kind:
        return "html"
    if kind.endswith(("rss+xml", "atom+xml")) or kind in ("application/xml", "text/xml"):
        return "feed"
    if "json" in kind:
        return "json"
    return None


def _read_bytes(
    data: bytes,
    item: str,
    session: _Session,
    *,
    name: str,
    fmt: str = "auto",
    url: str | None = None,
    fetched_at: datetime | None = None,
) -> Iterator[Article | ItemError]:
    """Parse one input's bytes: gunzip, check, detect the format, decode, extract."""
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, item, max_bytes=session.max_bytes)
    if len(data) > session.max_bytes:
        raise _failed(item, f"over the size cap of {session.max_bytes} bytes")
    data = _utf16_as_utf8(data, item)
    if not data.strip():
        raise _failed(item, "empty input")
    if fmt == "auto":
        fmt = detect_format(name, data[:_SNIFF_BYTES])
    if fmt == "warc":
        yield from articles_from_warc(io.BytesIO(data), item, max_bytes=session.max_bytes)
        return
    if fmt == "feed":
        fetcher = session.get if session.fetch else None
        yield from articles_from_feed(data, item, fetcher=fetcher, fetched_at=fetched_at)
        return
    text = decode_bytes(data, item)
    if fmt == "html":
        yield article_from_html(text, item, url=url, fetched_at=fetched_at)
    elif fmt == "json":
        yield from articles_from_json(text, item)
    elif fmt == "urls":
        yield from _read_url_list(text, session)
    else:
        yield article_from_text(text, item, url=url, fetched_at=fetched_at)


def _read_url_list(text: str, session: _Session) -> Iterator[Article | ItemError]:
    for line in text.splitlines():
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            yield from _read_url(url, session)
        except ItemFailed as e:
            yield e.error


class Gunzipped(io.RawIOBase):
    """The decompressed bytes of a gzip stream of any number of members, for a streamed WARC.

    warcio would decompress by itself, but silently stops at a member cut short, and reads
    header lines of any length (a gzip bomb of one endless line fills the memory). Here each
    read decompresses a bounded amount; a stream that ends inside a member raises OSError,
    and a line over `max_line` bytes (longer than any record we accept) raises ValueError.
    """

    def __init__(self, raw: IO[bytes], *, max_line: int) -> None:
        super().__init__()
        self._raw = raw
        self._max_line = max_line
        self._member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self._input = b""
        self._inside = False  # within a member that has not ended yet
        self._line = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        out = self._read(len(buffer))
        buffer[: len(out)] = out
        return len(out)

    def _read(self, size: int) -> bytes:
        while True:
            if self._member.eof:  # the next member, if any, begins in what is left over
                self._input = self._member.unused_data + self._input
                self._member = zlib.decompressobj(zlib.MAX_WBITS | 16)
                self._inside = False
            if not self._input:
                self._input = self._raw.read(_CHUNK)
                if not self._input:
                    if self._inside:  # not EOFError, which warcio takes for the end
                        raise OSError("the gzip stream ends inside a member: truncated")
                    return b""
            self._inside = True
            try:
                out = self._member.decompress(self._input, size)
            except zlib.error as e:
                raise OSError(f"corrupt gzip: {e}") from e
            # Once a member ends, what follows it is in unused_data (and, again, in the tail).
            self._input = b"" if self._member.eof else self._member.unconsumed_tail
            if out:
                self._count_line(out)
                return out

    def _count_line(self, out: bytes) -> None:
        newline = out.rfind(b"\n")
        self._line = len(out) - newline - 1 if newline >= 0 else self._line + len(out)
        if self._line > self._max_line:
            raise ValueError(f"a line of over {self._max_line} bytes: no WARC, or a gzip bomb")


def _gunzip(data: bytes, item: str, *, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(max_bytes + 1)
    except (EOFError, OSError, zlib.error) as e:
        raise _failed(item, f"truncated or corrupt gzip: {e}") from e


def _utf16_as_utf8(data: bytes, item: str) -> bytes:
    """UTF-16 text (with a byte-order mark, or by its NUL bytes) re-encoded as UTF-8, so
    sniffing and parsing see it as any other text; other data unchanged."""
    encoding = "utf-16" if data.startswith(_UTF16_BOMS) else _utf16_without_bom(data)
    if encoding is None:
        return data
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as e:
        raise _failed(item, f"invalid UTF-16 text at byte {e.start}") from e


def _utf16_without_bom(data: bytes) -> str | None:
    # Latin text in UTF-16 has a NUL in (nearly) every high byte, and none in the low bytes.
    head = data[:_SNIFF_BYTES]
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8:
        return None
    if odd.count(0) >= 0.75 * len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) >= 0.75 * len(even) and not odd.count(0):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, item: str) -> str:
    """Decode text as UTF-8, else in the detected encoding; binary data is refused."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise _failed(item, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _failed(item, "undecodable bytes: no text encoding fits")
    return str(best)


def _failed(item: str, reason: str) -> ItemFailed:
    return ItemFailed(ItemError(item=item, reason=reason))
