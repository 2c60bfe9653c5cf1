"""Written by tools/unasync.py from onesignal/_transport.py during `make generate`. Do not edit."""

from __future__ import annotations

import collections.abc
import ssl
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore2
import httpx2

from onesignal._framing import Framing

# httpx2.Client's default limits (tests/test_fault_leftover_bytes.py checks they stay equal).
LIMITS = httpx2.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0
)

_Options = collections.abc.Iterable[httpcore2.SOCKET_OPTION] | None

# httpcore2's errors as httpx2 raises them; the most specific class in an error's MRO wins.
_ERRORS: dict[type[Exception], type[httpx2.TransportError]] = {
    httpcore2.TimeoutException: httpx2.TimeoutException,
    httpcore2.ConnectTimeout: httpx2.ConnectTimeout,
    httpcore2.ReadTimeout: httpx2.ReadTimeout,
    httpcore2.WriteTimeout: httpx2.WriteTimeout,
    httpcore2.PoolTimeout: httpx2.PoolTimeout,
    httpcore2.NetworkError: httpx2.NetworkError,
    httpcore2.ConnectError: httpx2.ConnectError,
    httpcore2.ReadError: httpx2.ReadError,
    httpcore2.WriteError: httpx2.WriteError,
    httpcore2.ProxyError: httpx2.ProxyError,
    httpcore2.UnsupportedProtocol: httpx2.UnsupportedProtocol,
    httpcore2.ProtocolError: httpx2.ProtocolError,
    httpcore2.LocalProtocolError: httpx2.LocalProtocolError,
    httpcore2.RemoteProtocolError: httpx2.RemoteProtocolError,
}
_CORE_ERRORS = tuple(_ERRORS)


def _as_httpx(exc: Exception) -> httpx2.TransportError:
    kind = next(k for k in type(exc).__mro__ if k in _ERRORS)
    return _ERRORS[kind](str(exc))


class _SyncStream(httpcore2.NetworkStream):
    """A connection's stream that frames each answer it reads (see `Framing`)."""

    __slots__ = ("_framing", "_sent", "_stream")

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream
        self._framing = Framing()
        self._sent = False  # this request's first bytes are written

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        # A request's first bytes: its answer is read next. (Told nothing of a HEAD, Framing
        # keeps waiting for the body its length announces, and the connection is dropped:
        # safe, and the SDK sends none.)
        if not self._sent:
            self._sent = True
            self._framing.restart()
        self._stream.write(buffer, timeout)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._stream.read(max_bytes, timeout)
        self._sent = False
        self._framing.feed(data)
        return data

    def get_extra_info(self, info: str) -> Any:
        # The pool asks this of idle connections only: yes drops the connection.
        if info == "is_readable" and not self._framing.clean:
            return True
        return self._stream.get_extra_info(info)

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        return _SyncStream(
            self._stream.start_tls(ssl_context, server_hostname, timeout)
        )

    def close(self) -> None:
        self._stream.close()


class _SyncBackend(httpcore2.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore2.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: _Options = None,
    ) -> httpcore2.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, timeout, local_address, socket_options
        )
        return _SyncStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: _Options = None
    ) -> httpcore2.NetworkStream:
        stream = self._backend.connect_unix_socket(path, timeout, socket_options)
        return _SyncStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _SyncBody(httpx2.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            for part in self._stream:
                yield part
        except _CORE_ERRORS as exc:
            raise _as_httpx(exc) from exc

    def close(self) -> None:
        closing = getattr(self._stream, "close", None)
        if closing is not None:
            closing()


class SyncTransport(httpx2.BaseTransport):
    """httpcore2's connection pool, with streams that drop a connection with bytes left over."""

    def __init__(self) -> None:
        self._pool = httpcore2.ConnectionPool(
            ssl_context=httpx2.create_ssl_context(),  # verify=True, as httpx2.Client
            max_connections=LIMITS.max_connections,
            max_keepalive_connections=LIMITS.max_keepalive_connections,
            keepalive_expiry=LIMITS.keepalive_expiry,
            network_backend=_SyncBackend(),
        )

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        core = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(
                scheme=url.raw_scheme,
                host=url.raw_host,
                port=url.port,
                target=url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            answer = self._pool.handle_request(core)
        except _CORE_ERRORS as exc:
            raise _as_httpx(exc) from exc
        assert isinstance(answer.stream, Iterable)
        return httpx2.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_SyncBody(answer.stream),
            extensions=answer.extensions,
        )

    def close(self) -> None:
        self._pool.close()


__all__ = ["LIMITS", "SyncTransport"]
