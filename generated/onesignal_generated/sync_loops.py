"""Written by tools/unasync.py from onesignal/_loops.py during `make generate`. Do not edit."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from onesignal._base import BaseClient, Prepared, Reply
from onesignal._operations import Operation
from onesignal._plans import HelperPlans

if TYPE_CHECKING:
    from onesignal._csvstream import Row
    from onesignal._exports import _Poll, _Start
    from onesignal._pagination import PageCursor, Request

_Self = TypeVar("_Self", bound="SyncLoops")


class SyncLoops(BaseClient[httpx2.Client], HelperPlans):
    """The send loop with its retries, the page loop, the export loops, and closing."""

    def _sleep(self, seconds: float) -> None:
        raise NotImplementedError  # each client's own (`_core.py`); tests swap in a fake clock

    def _call(
        self,
        op: Operation,
        slots: tuple[Any, ...],
        named: dict[str, Any],
        timeout: Any = None,
    ) -> Any:
        prepared = self._prepare(op, slots, named, timeout)
        return self._finish(prepared, self._send(prepared))

    def _send(self, prepared: Prepared) -> Reply:
        attempt = 0
        while True:
            if pause := self._pause_left():
                self._sleep(pause)
            request = self._request(prepared)
            deadline = self._deadline(prepared)
            body = bytearray()
            try:
                response = self._http.send(request, stream=True)
                try:
                    for chunk in response.iter_bytes():
                        body += chunk
                        self._received(prepared, response, len(body), deadline)
                finally:
                    response.close()
            except httpx2.TransportError as exc:
                delay = self._retry_delay(prepared, attempt, error=exc)
            else:
                delay = self._retry_delay(prepared, attempt, response=response)
                if delay is None:
                    return Reply(response, bytes(body))
            if delay:
                self._sleep(delay)
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
    ) -> Iterator[Any]:
        from onesignal._pagination import (
            PageCursor,  # only programs that walk pages load it
        )

        cursor = PageCursor(op, page_size, slots, named, page_interval)
        self._prepare(
            op, slots, cursor.first(), timeout
        )  # bad input fails now, not at next()
        return self._page_loop(cursor, timeout)

    def _page_loop(self, cursor: PageCursor, timeout: Any) -> Iterator[Any]:
        request: Request | None = cursor.first()
        while request is not None:
            if wait := cursor.wait():
                self._sleep(wait)
            page = self._call(cursor.operation, cursor.slots, request, timeout)
            items, request = cursor.advance(request, page)
            for item in items:
                yield item

    # -- exports -----------------------------------------------------------------------------

    def _wait(self, poll: _Poll) -> None:
        (self._open_export(poll)).close()

    def _export_rows(self, source: _Poll | _Start) -> Iterator[Row]:
        from onesignal._csvstream import (
            CsvStreamDecoder,  # the csv module, only when streaming
        )
        from onesignal._exports import _Start

        if isinstance(source, _Start):
            result = self._call(source.operation, source.slots, source.named)
            source.poll.url = source.url(result)
            source = source.poll
        decoder = CsvStreamDecoder()
        response = self._open_export(source)
        try:
            for chunk in response.iter_bytes():
                for row in decoder.feed(chunk):
                    yield row
        except httpx2.HTTPError as exc:
            raise source.transport_error(exc) from None
        finally:
            response.close()
        for row in decoder.finish():
            yield row

    def _open_export(self, poll: _Poll) -> httpx2.Response:
        """The streamed answer of the file, once it exists (the caller closes it)."""
        while True:
            request = poll.request(self._http, self.timeout)
            try:
                response = self._http.send(
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
                        response.read()
                        raise poll.status_error(response)
                finally:
                    response.close()
                delay = poll.not_yet(f"HTTP {response.status_code}")
            self._sleep(delay)

    # -- closing -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client=`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
