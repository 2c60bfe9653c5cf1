"""The two send loops: the sync and the async core. All else lives in `BaseClient`."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ._base import BaseClient, Prepared
from ._operations import Operation

_Sync = TypeVar("_Sync", bound="SyncCore")
_Async = TypeVar("_Async", bound="AsyncCore")


class SyncCore(BaseClient[httpx.Client]):
    """Blocking I/O: the send loop with its retries, and closing the pool."""

    _http_class = httpx.Client
    _sleep = staticmethod(time.sleep)  # tests swap in a fake clock

    def _call(
        self, op: Operation, slots: tuple[Any, ...], named: dict[str, Any], timeout: Any = None
    ) -> Any:
        prepared = self._prepare(op, slots, named, timeout)
        return self._finish(prepared, self._send(prepared))

    def _send(self, prepared: Prepared) -> httpx.Response:
        attempt = 0
        while True:
            if pause := self._pause_left():
                self._sleep(pause)
            try:
                response = self._http.request(**self._request_args(prepared))
            except httpx.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            if delay:
                self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client=`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Sync) -> _Sync:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


async def _asleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync-only programs need not load asyncio

    await asyncio.sleep(seconds)


class AsyncCore(BaseClient[httpx.AsyncClient]):
    """asyncio I/O: the send loop with its retries, and closing the pool."""

    _http_class = httpx.AsyncClient

    def _new_http(self) -> httpx.AsyncClient:
        """httpx over aiohttp when it is installed: it keeps its speed under concurrency
        (see _aiohttp_transport.py); plain httpx otherwise."""
        try:
            from ._aiohttp_transport import AiohttpTransport
        except ImportError:
            return httpx.AsyncClient(timeout=self.timeout)
        return httpx.AsyncClient(timeout=self.timeout, transport=AiohttpTransport())

    _sleep = staticmethod(_asleep)  # tests swap in a fake clock

    async def _call(
        self, op: Operation, slots: tuple[Any, ...], named: dict[str, Any], timeout: Any = None
    ) -> Any:
        prepared = self._prepare(op, slots, named, timeout)
        return self._finish(prepared, await self._send(prepared))

    async def _send(self, prepared: Prepared) -> httpx.Response:
        attempt = 0
        while True:
            if pause := self._pause_left():
                await self._sleep(pause)
            try:
                response = await self._http.request(**self._request_args(prepared))
            except httpx.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            if delay:
                await self._sleep(delay)
            attempt += 1

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client=`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _Async) -> _Async:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
