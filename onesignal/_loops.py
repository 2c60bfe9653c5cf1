"""Every I/O loop of the clients, written once, for asyncio.

The blocking versions are derived from this file: `make generate` runs tools/unasync.py, which
writes `onesignal_generated/sync_loops.py` from it (`async def` -> `def`, `await x` -> `x`,
`AsyncIterator` -> `Iterator`, `aclose` -> `close`, ...), and `make check-generated` fails when
the two differ. So write here only what reads the same both ways; what does not (the sleep, the
transport, running bulk calls at once) lives in `_core.py`, once per client.

The decisions inside the loops (retry or not, how long to wait, the next page, whether the
export file is there yet) are not here: they are the I/O-free methods of `BaseClient`,
`PageCursor` and `_Poll`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from ._base import BaseClient, Prepared, Reply
from ._operations import Operation
from ._plans import HelperPlans

if TYPE_CHECKING:
    from ._csvstream import Row
    from ._exports import _Poll, _Start
    from ._pagination import PageCursor, Request

_Self = TypeVar("_Self", bound="AsyncLoops")


class AsyncLoops(BaseClient[httpx2.AsyncClient], HelperPlans):
    """The send loop with its retries, the page loop, the export loops, and closing."""

    async def _sleep(self, seconds: float) -> None:
        raise NotImplementedError  # each client's own (`_core.py`); tests swap in a fake clock

    async def _call(
        self, op: Operation, slots: tuple[Any, ...], named: dict[str, Any], timeout: Any = None
    ) -> Any:
        prepared = self._prepare(op, slots, named, timeout)
        return self._finish(prepared, await self._send(prepared))

    async def _send(self, prepared: Prepared) -> Reply:
        attempt = 0
        while True:
            if pause := self._pause_left():
                await self._sleep(pause)
            request = self._request(prepared)
            deadline = self._deadline(prepared)
            body = bytearray()
            try:
                response = await self._http.send(request, stream=True)
                try:
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        self._received(prepared, response, len(body), deadline)
                finally:
                    await response.aclose()
            except httpx2.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return Reply(response, bytes(body))
            if delay:
                await self._sleep(delay)
            attempt += 1

    # -- pages -------------------------------------------------------------------------------

    def _iter_pages(
        self,
        op: Operation,
        slots: tuple[Any, ...],
        named: dict[str, Any],
        page_size: int,
        page_interval: float | None = None,
        timeout: Any = None,
    ) -> AsyncIterator[Any]:
        from ._pagination import PageCursor  # only programs that walk pages load it

        cursor = PageCursor(op, page_size, slots, named, page_interval)
        self._prepare(op, slots, cursor.first(), timeout)  # bad input fails now, not at next()
        return self._page_loop(cursor, timeout)

    async def _page_loop(self, cursor: PageCursor, timeout: Any) -> AsyncIterator[Any]:
        request: Request | None = cursor.first()
        while request is not None:
            if wait := cursor.wait():
                await self._sleep(wait)
            page = await self._call(cursor.operation, cursor.slots, request, timeout)
            items, request = cursor.advance(request, page)
            for item in items:
                yield item

    # -- exports -----------------------------------------------------------------------------

    async def _wait(self, poll: _Poll) -> None:
        await (await self._open_export(poll)).aclose()

    async def _export_rows(self, source: _Poll | _Start) -> AsyncIterator[Row]:
        from ._csvstream import CsvStreamDecoder  # the csv module, only when streaming
        from ._exports import _Start

        if isinstance(source, _Start):
            result = await self._call(source.operation, source.slots, source.named)
            source.poll.url = source.url(result)
            source = source.poll
        decoder = CsvStreamDecoder()
        response = await self._open_export(source)
        try:
            async for chunk in response.aiter_bytes():
                for row in decoder.feed(chunk):
                    yield row
        except httpx2.HTTPError as exc:
            raise source.transport_error(exc) from None
        finally:
            await response.aclose()
        for row in decoder.finish():
            yield row

    async def _open_export(self, poll: _Poll) -> httpx2.Response:
        """The streamed answer of the file, once it exists (the caller closes it)."""
        while True:
            request = poll.request(self._http, self.timeout)
            try:
                response = await self._http.send(
                    request, stream=True, auth=None, follow_redirects=True
                )
            except (httpx2.TransportError, httpx2.TooManyRedirects) as exc:
                delay = poll.not_reached(exc)
            else:
                verdict = poll.verdict(response)
                if verdict == "ready":
                    return response
                try:
                    if verdict == "failed":
                        await response.aread()
                        raise poll.status_error(response)
                finally:
                    await response.aclose()
                delay = poll.not_yet(f"HTTP {response.status_code}")
            await self._sleep(delay)

    # -- closing -----------------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client=`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
