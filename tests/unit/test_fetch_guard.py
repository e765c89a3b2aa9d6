"""Fetching reaches public addresses only: checked after DNS, on every redirect, unless allowed.

Every server here listens on loopback; to play "a public site" one test declares 127.0.0.1
public and leaves 127.0.0.2 (loopback too) private.
"""

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from ingest.errors import ItemFailed
from ingest.read import fetch
from ingest.read.fetch import fetch_url, make_client


class _Page(BaseHTTPRequestHandler):
    hits: list[str]
    redirect_to: str | None = None

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        if self.redirect_to:
            self.send_response(302)
            self.send_header("Location", self.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"<html><body><p>A page.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(host: str, redirect_to: str | None = None) -> tuple[ThreadingHTTPServer, type[_Page]]:
    handler = type("Page", (_Page,), {"hits": [], "redirect_to": redirect_to})
    httpd = ThreadingHTTPServer((host, 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, handler


@pytest.fixture
def inside() -> Iterator[tuple[str, type[_Page]]]:
    httpd, handler = _serve("127.0.0.2")
    yield f"http://127.0.0.2:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def _refused(url: str, **options: Any) -> str:
    with make_client(timeout=2, **options) as client, pytest.raises(ItemFailed) as failed:
        fetch_url(client, url, retries=0)
    return failed.value.error.reason


@pytest.mark.parametrize(
    "host", ["127.0.0.2", "localhost", "[::ffff:127.0.0.2]", "0x7f000002", "2130706434"]
)
def test_loopback_in_any_spelling_is_refused(inside: tuple[str, type[_Page]], host: str) -> None:
    url, page = inside
    port = url.rsplit(":", 1)[1]
    reason = _refused(f"http://{host}:{port}/story")
    assert reason.startswith("refused: ") and "NEWSGRAPH_FETCH_ALLOW_PRIVATE=1" in reason
    assert page.hits == []


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
     "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1"],
)  # fmt: skip
def test_private_link_local_and_reserved_addresses_are_not_public(address: str) -> None:
    assert not fetch._is_public(ipaddress.ip_address(address))


def test_the_check_follows_dns(
    inside: tuple[str, type[_Page]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, page = inside
    port = int(url.rsplit(":", 1)[1])
    real = socket.getaddrinfo

    def resolve(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "news.example.test":  # a public name that resolves inside
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.2", port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    assert _refused(f"http://news.example.test:{port}/").startswith("refused: news.example.test")
    assert page.hits == []


def test_a_redirect_inside_is_refused(
    inside: tuple[str, type[_Page]], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, page = inside
    outer, redirecting = _serve("127.0.0.1", redirect_to=f"{target}/secret")
    real = fetch._is_public
    monkeypatch.setattr(fetch, "_is_public", lambda ip: str(ip) == "127.0.0.1" or real(ip))
    try:
        reason = _refused(f"http://127.0.0.1:{outer.server_address[1]}/story")
    finally:
        outer.shutdown()
        outer.server_close()
    assert redirecting.hits == ["/story"]  # the "public" site was asked
    assert reason.startswith("refused: 127.0.0.2")
    assert page.hits == []  # the redirect's target never was


def test_the_operator_setting_allows_the_inside(inside: tuple[str, type[_Page]]) -> None:
    url, page = inside
    with make_client(timeout=2, allow_private=True) as client:
        assert fetch_url(client, f"{url}/story", retries=0).content.startswith(b"<html>")
    assert page.hits == ["/story"]


def test_network_errors_read_alike_whatever_the_port_state() -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.2", 0))  # bound, not listening: connections are refused
    silent = socket.socket()
    silent.bind(("127.0.0.2", 0))
    silent.listen()  # accepts, never answers: the read times out
    try:
        reasons = {
            _refused(f"http://127.0.0.2:{s.getsockname()[1]}/", allow_private=True)
            for s in (closed, silent)
        }
    finally:
        closed.close()
        silent.close()
    assert reasons == {fetch._NETWORK_ERROR}
