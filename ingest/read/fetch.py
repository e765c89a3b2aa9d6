"""A polite HTTP client for article URLs: a named user agent, a timeout, a size cap, retries.

Every failure (network error, HTTP error status, oversize body) becomes `ItemFailed` naming
the URL, so a bad link is reported and the batch goes on.

URLs come from users (POST /articles, POST /ingest, feeds), so the client reaches public
addresses only: every connection, the first and each redirect's, resolves the host and
refuses loopback, private, link-local, shared, multicast and reserved addresses, then
connects to the address it checked (so a second DNS answer cannot differ). The operator
setting NEWSGRAPH_FETCH_ALLOW_PRIVATE=1 lifts this for a trusted network. Network errors
read alike whatever happened (refused, reset, timed out), so replies tell nothing of which
ports are open.
"""

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpcore
import httpx

from ingest.errors import ItemError, ItemFailed
from ingest.settings import get_ingest_settings

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


_NETWORK_ERROR = "network error: the server could not be reached or did not answer"


class AddressRefused(Exception):
    """The host resolves to an address fetching may not reach."""


def make_client(*, timeout: float = 20.0, allow_private: bool | None = None) -> httpx.Client:
    """An httpx client with newsgraph's user agent, timeout, redirect and address policy.

    `allow_private` defaults to the NEWSGRAPH_FETCH_ALLOW_PRIVATE setting.
    """
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
        timeout=timeout,
        follow_redirects=True,
        max_redirects=5,
        transport=guarded_transport(allow_private),
    )


def guarded_transport(allow_private: bool | None = None) -> httpx.HTTPTransport:
    """A transport that connects only to public addresses, checked at every connection
    (after DNS, so on every redirect too): AddressRefused otherwise.

    `allow_private` defaults to the NEWSGRAPH_FETCH_ALLOW_PRIVATE setting.
    """
    if allow_private is None:
        allow_private = get_ingest_settings().fetch_allow_private
    transport = httpx.HTTPTransport()
    if not allow_private:
        # httpx takes no network backend of its own; its pool (httpcore's) does. The pool
        # gets httpx's own limits, keep-alive expiry included, so it behaves as the default.
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PublicOnly(),
        )
    return transport


class _PublicOnly(httpcore.SyncBackend):
    """Connect only to a public address of the host, the one just checked."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        address = public_address(host, port)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


def public_address(host: str, port: int) -> str:
    """A public address of the host; AddressRefused if any of its addresses is not public."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise httpx.ConnectError("no such host") from e
    addresses = [str(info[4][0]) for info in found]
    for address in addresses:
        if not _is_public(ipaddress.ip_address(address.split("%")[0])):
            raise AddressRefused(
                f"refused: {host} is at a non-public address (loopback, private, link-local "
                "or reserved); NEWSGRAPH_FETCH_ALLOW_PRIVATE=1 allows it"
            )
    return addresses[0]


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback
    return ip.is_global and not ip.is_multicast


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
    except AddressRefused as e:
        raise ItemFailed(ItemError(item=url, reason=str(e))) from e
    except httpx.TransportError as e:
        raise _Retryable(_NETWORK_ERROR) from e
    except httpx.InvalidURL as e:
        raise ItemFailed(ItemError(item=url, reason=f"invalid URL: {e}")) from e


def _too_big(max_bytes: int) -> str:
    return f"larger than the size cap of {max_bytes} bytes"
