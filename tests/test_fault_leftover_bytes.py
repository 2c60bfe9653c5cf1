"""Bytes left over after an answer must never become the next call's answer (issue 12, item 8).

A loopback server answers the first request it reads with a hostile answer: a 204 whose body is
a whole HTTP response (or `{}`), a 200 with an answer or junk past its Content-Length, a chunked
200 with an answer after its last chunk, or an answer that begins and stops short. The bytes
past the answer come in the same segment, so the client reads them together with it. Every
later request, on any connection, is answered `{"id": "answer-N"}` for the Nth request the
server read: a call that gets another call's answer shows. Each case runs on the three
transports of the SDK's own clients: the blocking one, aiohttp's (`AsyncOneSignal`'s default
with the `aiohttp` extra) and httpx2's over httpcore2 (`AsyncOneSignal` without aiohttp).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from onesignal import APIConnectionError, AsyncOneSignal, OneSignal
from onesignal._transport import LIMITS
from tests.loopback import Loopback, RawServer

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
KEYS = {"rest_api_key": "rest-key-leftover", "organization_api_key": "org-key-leftover"}


def _answer(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"
    return head.encode() + b"\r\n\r\n" + body


def _chunked(body: bytes, trailer: bytes = b"") -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked"
    half = len(body) // 2
    chunks = b"".join(
        b"%x;x=1\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:])
    )
    return head + b"\r\n\r\n" + chunks + b"0\r\n" + trailer + b"\r\n"


STALE = _answer(json.dumps({"id": "stale", "name": "stale"}).encode())
FIRST = json.dumps({"id": "first", "name": "first"}).encode()

# name: (the first answer's bytes, the call that gets it)
HOSTILE: dict[str, tuple[bytes, str]] = {
    "204-holding-an-answer": (b"HTTP/1.1 204 No Content\r\n\r\n" + STALE, "delete_user"),
    "204-with-a-json-body": (
        b"HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
        "delete_user",
    ),
    "204-with-a-chunked-body": (
        b"HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        "delete_user",
    ),
    "200-with-an-answer-past-its-length": (_answer(FIRST) + STALE, "get_app"),
    "200-with-junk-past-its-length": (_answer(FIRST) + b"garbage\r\n\r\n", "get_app"),
    "200-with-an-answer-begun-past-its-length": (
        _answer(FIRST) + b'HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n{"id": "st',
        "get_app",
    ),
    "chunked-200-with-an-answer-after-it": (_chunked(FIRST, b"X-T: 1\r\n") + STALE, "get_app"),
}


class Hostile:
    """Answers its first request with `first`, every later one with `answer-N`; connections
    are kept open for as many requests as the client sends on them."""

    def __init__(self, first: bytes, late: bytes = b"") -> None:
        self._first = first
        self._late = late  # sent 50 ms after the first answer, in a segment of its own
        self._lock = threading.Lock()
        self.requests = 0
        self.connections = 0
        self._server = RawServer(self._serve)
        self.base_url = self._server.base_url

    def _serve(self, connection: socket.socket) -> None:
        with self._lock:
            self.connections += 1
        while True:  # RawServer has read the first request of the connection already
            with self._lock:
                self.requests += 1
                number = self.requests
            if number == 1:
                connection.sendall(self._first)
                if self._late:
                    time.sleep(0.05)
                    connection.sendall(self._late)
            else:
                body = json.dumps({"id": f"answer-{number}", "name": "x"}).encode()
                connection.sendall(_answer(body))
            if not connection.recv(65536):
                return

    def close(self) -> None:
        self._server.close()


TRANSPORTS = ["sync", "async-aiohttp", "async-httpx2"]


@pytest.fixture(params=TRANSPORTS)
def make(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """A maker of the SDK's own client (no `http_client=`) over the transport under test."""
    if request.param == "async-httpx2":  # as if the aiohttp extra were not installed
        monkeypatch.setitem(sys.modules, "onesignal._aiohttp_transport", None)
    kind = OneSignal if request.param == "sync" else AsyncOneSignal

    def client(base_url: str) -> Api:
        return Api(kind(**KEYS, base_url=base_url, max_retries=0))

    return client


class Api:
    """One client of either kind, called the same way (awaiting when it is async)."""

    def __init__(self, client: OneSignal | AsyncOneSignal) -> None:
        self.client = client

    async def __call__(self, name: str) -> Any:
        args = (APP, "external_id", "customer-1") if name == "delete_user" else (APP,)
        result = getattr(self.client, name)(*args)
        return await result if isinstance(self.client, AsyncOneSignal) else result

    async def pause(self, seconds: float) -> None:
        """Idle time: an asyncio client's loop runs meanwhile, as in a real program."""
        if isinstance(self.client, AsyncOneSignal):
            await asyncio.sleep(seconds)
        else:
            time.sleep(seconds)

    async def close(self) -> None:
        closing = self.client.close()
        if closing is not None:
            await closing


@pytest.mark.parametrize("case", list(HOSTILE))
async def test_bytes_past_an_answer_never_answer_a_later_call(
    case: str, make: Callable[[str], Api]
) -> None:
    first, call = HOSTILE[case]
    server = Hostile(first)
    api = make(server.base_url)
    try:
        await api(call)  # a 204 with a body does not fail the delete
        later = [(await api("get_app")).id for _ in range(3)]
    finally:
        await api.close()
        server.close()
    assert later == ["answer-2", "answer-3", "answer-4"]


async def test_a_whole_answer_that_comes_late_is_not_the_next_calls(
    make: Callable[[str], Api],
) -> None:
    """The stale answer arrives in a later segment, while the connection waits in the pool."""
    server = Hostile(_answer(FIRST), late=STALE)
    api = make(server.base_url)
    try:
        assert (await api("get_app")).id == "first"
        await api.pause(0.2)  # the late bytes are in by now
        later = [(await api("get_app")).id for _ in range(2)]
    finally:
        await api.close()
        server.close()
    assert later == ["answer-2", "answer-3"]


# -- the guard keeps healthy connections -----------------------------------------------------


class KeepAlive:
    """Answers every request on a connection it keeps open, with `answer(n)`."""

    def __init__(self, answer: Callable[[int], bytes]) -> None:
        self._answer = answer
        self.connections = 0
        self._server = RawServer(self._serve)
        self.base_url = self._server.base_url

    def _serve(self, connection: socket.socket) -> None:
        self.connections += 1
        number = 0
        while True:
            number += 1
            connection.sendall(self._answer(number))
            if not connection.recv(65536):
                return

    def close(self) -> None:
        self._server.close()


def _json(number: int) -> bytes:
    return json.dumps({"id": f"answer-{number}", "name": "x"}).encode()


HEALTHY: dict[str, Callable[[int], bytes]] = {
    "content-length": lambda n: _answer(_json(n)),
    "chunked": lambda n: _chunked(_json(n)),
    "chunked-with-trailers": lambda n: _chunked(_json(n), b"X-A: 1\r\nX-B: 2\r\n"),
    "204": lambda n: b"HTTP/1.1 204 No Content\r\n\r\n",
    "100-continue-first": lambda n: b"HTTP/1.1 100 Continue\r\n\r\n" + _answer(_json(n)),
}


@pytest.mark.parametrize("case", list(HEALTHY))
async def test_answers_that_end_where_they_should_keep_their_connection(
    case: str, make: Callable[[str], Api]
) -> None:
    server = KeepAlive(HEALTHY[case])
    api = make(server.base_url)
    call = "delete_user" if case == "204" else "get_app"
    try:
        for _ in range(5):
            await api(call)
    finally:
        await api.close()
        server.close()
    assert server.connections == 1


# -- what the SDK's own transport keeps from httpx2's -----------------------------------------


def test_the_pool_limits_are_httpx2s_defaults() -> None:
    default = inspect.signature(httpx2.Client.__init__).parameters["limits"].default
    assert default == LIMITS


@pytest.mark.parametrize("kind", [OneSignal, AsyncOneSignal], ids=["sync", "async"])
async def test_proxies_from_the_environment_are_still_used(
    kind: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx2 mounts them only over its own transport: the SDK keeps it when one is set."""
    monkeypatch.setitem(sys.modules, "onesignal._aiohttp_transport", None)
    proxy = Loopback()
    for name in ("ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
    monkeypatch.setenv("http_proxy", proxy.base_url)
    api = Api(kind(**KEYS, base_url="http://api.example.invalid/api/v1", max_retries=0))
    try:
        await api("get_app")
    finally:
        await api.close()
        proxy.close()
    assert proxy.last().path == f"http://api.example.invalid/api/v1/apps/{APP}"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTPS loopback server whose certificate no authority signed: its URL and its
    certificate. It answers `{"id": "tls"}` once the handshake is through."""
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    make = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subject = ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    subprocess.run(
        [*make, *subject, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))

    def respond(connection: socket.socket) -> None:
        # A refused certificate ends the handshake with an error.
        with (
            contextlib.suppress(ssl.SSLError, OSError),
            context.wrap_socket(connection, server_side=True) as tls,
        ):
            tls.recv(65536)
            tls.sendall(_answer(b'{"id": "tls"}'))

    server = RawServer(respond, read_request=False)  # the TLS handshake comes first
    yield f"https://127.0.0.1:{server.port}", cert
    server.close()


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_certificates_are_verified_and_ssl_cert_file_is_honoured(
    transport: str, tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As by httpx2.Client: a certificate no trusted authority signed is refused, and one
    trusted through SSL_CERT_FILE is accepted."""
    if transport == "async-httpx2":
        monkeypatch.setitem(sys.modules, "onesignal._aiohttp_transport", None)
    kind = OneSignal if transport == "sync" else AsyncOneSignal
    url, cert = tls_server
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    refused = Api(kind(**KEYS, base_url=url, max_retries=0))
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # read when a client makes its pool
    trusting = Api(kind(**KEYS, base_url=url, max_retries=0))
    try:
        with pytest.raises(APIConnectionError):
            await refused("get_app")
        assert (await trusting("get_app")).id == "tls"
    finally:
        await refused.close()
        await trusting.close()
