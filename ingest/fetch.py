"""A polite HTTP client for article URLs: a named user agent, a timeout, a size cap, retries.

Every failure (network error, HTTP error status, oversize body) becomes `ItemFailed` naming
the URL, so a bad link is reported and the batch goes on.
"""

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from ingest.errors import ItemError, ItemFailed

USER_AGENT = "newsgraph/0.1 (news article ingestion; polite crawler)"
# Worth retrying: the server is busy or briefly broken, not the request wrong.
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A fetched body, the URL it finally came from (after redirects), its type and time."""

    content: bytes
    url: str
    content_type: str
    fetched_at: datetime  # when the response arrived, by our clock (UTC)


def make_client(*, timeout: float = 20.0) -> httpx.Client:
    """An httpx client with newsgraph's user agent, timeout and redirect policy."""
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
        timeout=timeout,
        follow_redirects=True,
        max_redirects=5,
    )


def fetch_url(
    client: httpx.Client,
    url: str,
    *,
    max_bytes: int = 10_000_000,
    retries: int = 2,
    backoff: float = 0.5,
) -> Fetched:
    """GET a URL, reading at most max_bytes; retry busy servers and dropped connections."""
    for attempt in range(retries + 1):
        try:
            return _fetch_once(client, url, max_bytes=max_bytes)
        except _Retryable as e:
            if attempt == retries:
                raise ItemFailed(ItemError(item=url, reason=str(e))) from e
            time.sleep(backoff * 2**attempt)
    raise AssertionError("unreachable")


class _Retryable(Exception):
    pass


def _fetch_once(client: httpx.Client, url: str, *, max_bytes: int) -> Fetched:
    try:
        with client.stream("GET", url) as response:
            # Our clock, not the Date header: a cache may serve a stale one.
            fetched_at = datetime.now(UTC)
            if response.status_code in _RETRY_STATUSES:
                raise _Retryable(f"HTTP {response.status_code}")
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code}"
                raise ItemFailed(ItemError(item=url, reason=reason))
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > max_bytes:
                raise ItemFailed(ItemError(item=url, reason=_too_big(max_bytes)))
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise ItemFailed(ItemError(item=url, reason=_too_big(max_bytes)))
            return Fetched(
                content=bytes(body),
                url=str(response.url),
                content_type=response.headers.get("Content-Type", ""),
                fetched_at=fetched_at,
            )
    except httpx.TransportError as e:
        raise _Retryable(f"network error: {type(e).__name__}: {e}") from e
    except httpx.InvalidURL as e:
        raise ItemFailed(ItemError(item=url, reason=f"invalid URL: {e}")) from e


def _too_big(max_bytes: int) -> str:
    return f"larger than the size cap of {max_bytes} bytes"
