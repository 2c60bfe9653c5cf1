"""The leftover-bytes guard for aiohttp: `_aiohttp_transport.py`'s connector.

aiohttp parses all the bytes of one read at once: a 204 whose body is `{}` (or a 200 with junk
past its Content-Length) fails the call itself with "Bad status line", its answer lost, and
bytes that begin an answer but stop short stay in its parser while the connection goes back to
the pool. So each connection's protocol is fronted (asyncio's public `transport.set_protocol`)
by one that frames every answer as httpcore2's streams do (`Framing`), hands aiohttp the
answer's bytes only, drops what came after them and closes the connection. What cannot be
framed for sure goes to aiohttp whole, as before.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import aiohttp

from ._framing import Framing

if TYPE_CHECKING:
    from aiohttp.client_reqrep import ClientRequest
    from aiohttp.connector import Connection
    from aiohttp.tracing import Trace


class _Guard(asyncio.Protocol):
    """Stands in front of aiohttp's protocol on one connection."""

    def __init__(self, transport: asyncio.BaseTransport, inner: asyncio.Protocol) -> None:
        self._transport = transport
        self._inner = inner
        self.framing = Framing()

    def data_received(self, data: bytes) -> None:
        end = self.framing.feed(data)
        if end < 0 or end == len(data):
            self._inner.data_received(data)
            return
        if end:
            self._inner.data_received(data[:end])
        self._transport.close()  # the answer is whole; what came after it is not read

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()


class GuardedConnector(aiohttp.TCPConnector):
    """aiohttp's connector; each connection it hands out is guarded, and its framing restarted
    for the request about to be sent."""

    async def connect(
        self, req: ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
    ) -> Connection:
        connection = await super().connect(req, traces, timeout)
        transport = connection.transport
        if transport is not None:
            protocol = transport.get_protocol()
            if type(protocol) is _Guard:  # a connection from the pool
                protocol.framing.restart(req.method == "HEAD")
            elif isinstance(protocol, asyncio.Protocol):  # a new one
                guard = _Guard(transport, protocol)
                guard.framing.restart(req.method == "HEAD")
                transport.set_protocol(guard)
        return connection


__all__ = ["GuardedConnector"]
