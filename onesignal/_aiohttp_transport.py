"""An httpx2 transport over aiohttp: `AsyncOneSignal`'s default when aiohttp is installed.

Why: under concurrency httpx2's own async pool becomes the bottleneck (measured with `make bench`:
a default httpx2.AsyncClient falls from ~1,000 to ~350 requests/s between 8 and 128 concurrent
calls on a 2-core machine, CPU-bound in the pool's bookkeeping), while aiohttp's connector
stays flat. The SDK keeps speaking httpx2 (requests, responses, timeouts, errors); only the
bytes move through aiohttp.

Errors are mapped with care, because the retry policy relies on them: only failures before
the request could have been sent become httpx2.ConnectError/ConnectTimeout; a connection lost
after sending is a read error, so a non-replayable POST is never sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import ssl
import urllib.request
import weakref
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx2

from ._aiohttp_guard import GuardedConnector

_CHUNK = 64 * 1024


@contextlib.contextmanager
def _as_httpx_errors(request: httpx2.Request) -> Iterator[None]:
    try:
        yield
    except aiohttp.ConnectionTimeoutError as exc:
        raise httpx2.ConnectTimeout(str(exc) or "connect timed out", request=request) from exc
    except aiohttp.ClientConnectorError as exc:  # DNS, refused, unreachable: nothing was sent
        raise httpx2.ConnectError(str(exc), request=request) from exc
    except (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, TimeoutError) as exc:
        raise httpx2.ReadTimeout(str(exc) or "read timed out", request=request) from exc
    except aiohttp.ServerDisconnectedError as exc:
        raise httpx2.RemoteProtocolError(
            str(exc) or "server disconnected", request=request
        ) from exc
    except (aiohttp.ClientPayloadError, aiohttp.ClientOSError) as exc:
        raise httpx2.ReadError(str(exc), request=request) from exc
    except aiohttp.ClientError as exc:
        raise httpx2.TransportError(str(exc), request=request) from exc
    except _Resent as exc:  # the first attempt's connection dropped after it was sent
        raise httpx2.ReadError("the connection was lost", request=request) from exc


def _raw_headers(request: httpx2.Request) -> list[tuple[str, str]]:
    """The names as written: `multi_items()` would lower-case them."""
    return [
        (name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw
    ]


class _Body(httpx2.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx2.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors(self._request):
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk

    async def aclose(self) -> None:
        self._response.release()


class _Resent(Exception):
    """aiohttp tried to send a request a second time on its own."""


_ATTEMPTS: contextvars.ContextVar[list[int]] = contextvars.ContextVar("onesignal_attempts")


async def _one_attempt_only(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """aiohttp resends an idempotent request once when its connection drops; the SDK's retry
    policy must be the only one (its attempts and waits are what the caller configured), so a
    second pass through the middleware chain for one request ends it instead."""
    attempts = _ATTEMPTS.get(None)
    if attempts is not None:
        attempts[0] += 1
        if attempts[0] > 1:
            raise _Resent("aiohttp would resend the request")
    return await handler(request)


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """One aiohttp session (and connection pool) per event loop, made on first use there and
    closed when that loop shuts down."""

    def __init__(
        self, *, limits: httpx2.Limits | None = None, verify: ssl.SSLContext | bool = True
    ) -> None:
        limits = limits or httpx2.Limits(max_connections=100, max_keepalive_connections=100)
        self._limit = limits.max_connections or 0  # aiohttp: 0 means no limit
        self._keepalive = limits.keepalive_expiry or 15.0
        self._ssl: ssl.SSLContext | bool = (
            httpx2.create_ssl_context(verify=verify) if verify is True else verify
        )
        # A session belongs to the loop it was made in. Scripts call asyncio.run() more than
        # once with one client, and servers run one loop per thread: each gets its own.
        self._sessions: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, aiohttp.ClientSession
        ] = weakref.WeakKeyDictionary()
        self._keepers: list[AsyncIterator[None]] = []

    def _session_for_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._sessions.get(loop)
        if session is None or session.closed:
            session = self._new_session()
            self._sessions[loop] = session
            self._close_with_loop(session)
        return session

    def _new_session(self) -> aiohttp.ClientSession:
        connector = GuardedConnector(  # aiohttp's, guarded against bytes past an answer
            limit=self._limit, keepalive_timeout=self._keepalive, ssl=self._ssl
        )
        # No cookies and no decompression (httpx2 decodes). Proxies from the environment are
        # honoured, as httpx2 does, but only looked up per request when some are set: the
        # lookup costs more than the rest of a request's overhead.
        return aiohttp.ClientSession(
            connector=connector,
            trust_env=bool(urllib.request.getproxies()),
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept", "Content-Type"),
            middlewares=(_one_attempt_only,),
        )

    def _close_with_loop(self, session: aiohttp.ClientSession) -> None:
        """Close `session` inside its loop when the loop shuts down: asyncio.run() (and
        `loop.shutdown_asyncgens()`) closes every open async generator, so one that holds the
        session closes it there, with no unclosed transport or socket left behind."""

        async def keeper() -> AsyncIterator[None]:
            try:
                yield
            finally:
                await session.close()

        running = keeper()
        self._keepers.append(running)
        asyncio.get_running_loop().create_task(_start(running))

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        timeout: dict[str, Any] = request.extensions.get("timeout", {})
        client_timeout = aiohttp.ClientTimeout(
            total=None,
            connect=timeout.get("pool"),
            sock_connect=timeout.get("connect"),
            sock_read=timeout.get("read"),
        )
        try:
            body = request.content or None
        except httpx2.RequestNotRead:  # a streamed body (for example a redirected request's)
            body = await request.aread() or None
        token = _ATTEMPTS.set([0])
        try:
            with _as_httpx_errors(request):
                response = await self._session_for_loop().request(
                    request.method,
                    str(request.url),
                    # Raw names keep their case (`multi_items()` would lower-case them).
                    headers=_raw_headers(request),
                    data=body,
                    allow_redirects=False,
                    timeout=client_timeout,
                    compress=False,
                )
        finally:
            _ATTEMPTS.reset(token)
        return httpx2.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_Body(response, request),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode(),
            },
        )

    async def aclose(self) -> None:
        """Close the session of the running loop; sessions of other loops close with them."""
        session = self._sessions.pop(asyncio.get_running_loop(), None)
        if session is not None:
            await session.close()


async def _start(keeper: AsyncIterator[None]) -> None:
    await keeper.__anext__()  # now the loop knows it, and will close it at shutdown
