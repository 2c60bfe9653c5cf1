"""`OneSignal` and `AsyncOneSignal`: the shared base plus each one's send loop.

Their API methods are not written here one by one: `_install` adds every name of every row of
the operation table to both classes, each a thin call into `_call`. Their typed signatures live
in the generated `facade_types.pyi`, which mypy and IDEs read.
"""

from __future__ import annotations

import asyncio
import copy
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._base import BaseClient, Prepared, as_timeout
from ._operations import OPERATIONS, Operation, method_names

if TYPE_CHECKING:
    from onesignal_generated.facade_types import AsyncOperations, SyncOperations
else:
    SyncOperations = AsyncOperations = object

_Self = TypeVar("_Self", bound=BaseClient)
_NOT_GIVEN: Any = object()


class _Options(BaseClient):
    def with_options(
        self: _Self,
        *,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _Self:
        """A copy with other defaults, sharing this client's connection pool."""
        clone = copy.copy(self)
        if timeout is not _NOT_GIVEN:
            clone.timeout = as_timeout(timeout)
        if max_retries is not None:
            clone.retry = type(self.retry)(max_retries=max_retries)
        clone._owns_http = False  # type: ignore[attr-defined]
        return clone


class OneSignal(_Options, SyncOperations):
    """The OneSignal REST API, blocking. Keys and defaults come from arguments or ONESIGNAL_*."""

    _sleep = staticmethod(time.sleep)  # tests swap in a fake clock

    def __init__(
        self,
        *,
        rest_api_key: str | None = None,
        organization_api_key: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            rest_api_key=rest_api_key,
            organization_api_key=organization_api_key,
            app_id=app_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._http = http_client or httpx.Client(timeout=self.timeout)
        self._owns_http = http_client is None

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


class AsyncOneSignal(_Options, AsyncOperations):
    """The OneSignal REST API, for asyncio. Same methods as `OneSignal`, as coroutines."""

    _sleep = staticmethod(asyncio.sleep)  # tests swap in a fake clock

    def __init__(
        self,
        *,
        rest_api_key: str | None = None,
        organization_api_key: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            rest_api_key=rest_api_key,
            organization_api_key=organization_api_key,
            app_id=app_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout)
        self._owns_http = http_client is None

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
