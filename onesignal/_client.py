"""`OneSignal` and `AsyncOneSignal`: the shared base plus each one's send loop.

Their API methods are not written here one by one: `_install` adds every name of every row of
the operation table to both classes, each a thin call into `_call`. Their typed signatures live
in the generated `facade_types.pyi`, which mypy and IDEs read.
"""

from __future__ import annotations

import asyncio
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._base import BaseClient, Prepared
from ._operations import OPERATIONS, Operation, method_names

if TYPE_CHECKING:
    from onesignal_generated.facade_types import AsyncOperations, SyncOperations
else:
    SyncOperations = AsyncOperations = object


class OneSignal(BaseClient[httpx.Client], SyncOperations):
    """The OneSignal REST API, blocking. Keys and defaults come from arguments or ONESIGNAL_*."""

    _http_class = httpx.Client
    _sleep = staticmethod(time.sleep)  # tests swap in a fake clock

    def _call(self, op: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        prepared = self._prepare(op, args, kwargs)
        return self._finish(prepared, self._send(prepared))

    def _send(self, prepared: Prepared) -> httpx.Response:
        attempt = 0
        while True:
            self._sleep(self._pause_left())
            try:
                response = self._http.request(**self._request_args(prepared))
            except httpx.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            self._sleep(delay or 0.0)
            attempt += 1

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OneSignal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOneSignal(BaseClient[httpx.AsyncClient], AsyncOperations):
    """The OneSignal REST API, for asyncio. Same methods as `OneSignal`, as coroutines."""

    _http_class = httpx.AsyncClient
    _sleep = staticmethod(asyncio.sleep)  # tests swap in a fake clock

    async def _call(self, op: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        prepared = self._prepare(op, args, kwargs)
        return self._finish(prepared, await self._send(prepared))

    async def _send(self, prepared: Prepared) -> httpx.Response:
        attempt = 0
        while True:
            await self._sleep(self._pause_left())
            try:
                response = await self._http.request(**self._request_args(prepared))
            except httpx.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await self._sleep(delay or 0.0)
            attempt += 1

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncOneSignal:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _method(op: Operation) -> Any:
    """One function serves both clients: `_call` returns a value or a coroutine."""

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return self._call(op, args, kwargs)

    method.__name__ = method.__qualname__ = op.name
    method.__doc__ = f"`{op.name}`: see the OneSignal REST API reference ({op.tag})."
    return method


def _install() -> None:
    for op in OPERATIONS:
        method = _method(op)
        for cls, is_async in ((OneSignal, False), (AsyncOneSignal, True)):
            for name in method_names(op, is_async=is_async):
                setattr(cls, name, method)


_install()
