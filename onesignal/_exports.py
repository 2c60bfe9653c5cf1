"""Exports: wait for an export's CSV file to appear, then stream its rows.

`export_subscriptions`, `export_events` and `get_notification_history` answer at once with the
URL of a file that a storage host (not the API) serves some minutes later; until then that URL
answers 403 or 404. These helpers poll the URL, then decode the download chunk by chunk
(`CsvStreamDecoder`), so a file of millions of rows never sits in memory. Requests to the
storage host never carry the OneSignal key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._core import AsyncCore, SyncCore
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ExportError,
    ExportFormatError,
    ExportTimeoutError,
    ValidationError,
    status_error_class,
)
from ._operations import BY_NAME

if TYPE_CHECKING:
    from ._csvstream import Row

logger = logging.getLogger("onesignal")

Progress = Callable[[int, float], object]
"""`on_progress(attempt, elapsed_seconds)`, called each time the file is not there yet."""

_NOT_YET = frozenset({403, 404})  # what S3-style storage answers before the file exists


class _Poll:
    """The waiting plan for one export file, without I/O: when to check again, when to stop.

    Time waited is the larger of the sleeps asked for and the monotonic clock, so a fake
    `_sleep` in tests advances it without real waiting.
    """

    def __init__(
        self,
        operation: str,
        *,
        poll_interval: float,
        timeout: float,
        on_progress: Progress | None = None,
        url: str | None = None,
    ) -> None:
        self.operation = operation
        self.poll_interval = _number("poll_interval", poll_interval, positive=True)
        self.timeout = _number("timeout", timeout, positive=False)
        if on_progress is not None and not callable(on_progress):
            raise ValidationError("on_progress must be a callable or None", field="on_progress")
        self.on_progress = on_progress
        self.url = "" if url is None else _check_url(url)
        self.attempts = 0
        self._slept = 0.0
        self._start: float | None = None

    @property
    def elapsed(self) -> float:
        if self._start is None:
            return 0.0
        return max(self._slept, time.monotonic() - self._start)

    def request(
        self, http: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout
    ) -> httpx.Request:
        """The GET of the file, with no Authorization header (not even a pool default)."""
        if self._start is None:
            self._start = time.monotonic()
        request = http.build_request("GET", self.url, timeout=timeout)
        request.headers.pop("Authorization", None)
        return request

    def verdict(self, response: httpx.Response) -> Literal["ready", "not yet", "failed"]:
        if 200 <= response.status_code < 300:
            return "ready"
        return "not yet" if response.status_code in _NOT_YET else "failed"

    def not_yet(self, why: str, error: Exception | None = None) -> float:
        """Seconds to sleep before the next check; raises `ExportTimeoutError` when time is up."""
        self.attempts += 1
        elapsed = self.elapsed
        logger.debug(
            "%s: export not ready (%s), check %d after %.1fs",
            self.operation,
            why,
            self.attempts,
            elapsed,
        )
        if self.on_progress is not None:
            self.on_progress(self.attempts, elapsed)
        if elapsed >= self.timeout:
            raise ExportTimeoutError(self.url, waited=elapsed, attempts=self.attempts) from error
        delay = min(self.poll_interval, self.timeout - elapsed)
        self._slept += delay
        return delay

    def status_error(self, response: httpx.Response) -> APIStatusError:
        """The typed error of a storage answer that is neither the file nor "not yet"."""
        return status_error_class(response.status_code)(
            operation=self.operation, response=response, body=response.text, errors=[]
        )

    def transport_error(self, exc: httpx.HTTPError) -> Exception:
        """The typed error of a download that broke off."""
        if isinstance(exc, httpx.DecodingError):
            return ExportFormatError(f"{self.operation}: the download could not be decoded")
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{self.operation} timed out", operation=self.operation)
        return APIConnectionError(
            f"{self.operation} failed: {type(exc).__name__}", operation=self.operation
        )


@dataclass(frozen=True, slots=True)
class _Start:
    """The call that starts an export, and the field of its answer that holds the file's URL."""

    operation: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    url_field: str

    def url(self, result: Any) -> str:
        url = getattr(result, self.url_field, None)
        if not isinstance(url, str) or not url:
            raise ExportError(f"{self.operation} answered without a {self.url_field}")
        return url


def _subscriptions(app_id: str | None, body: dict[str, Any]) -> _Start:
    return _Start("export_subscriptions", (), {**body, "app_id": app_id}, "csv_file_url")


def _events(notification_id: str, app_id: str | None) -> _Start:
    return _Start("export_events", (notification_id,), {"app_id": app_id}, "csv_file_url")


def _history(notification_id: str, app_id: str | None, events: str) -> _Start:
    kwargs = {"app_id": app_id, "events": events}
    return _Start("get_notification_history", (notification_id,), kwargs, "destination_url")


def _number(name: str, value: Any, *, positive: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{name} must be a number of seconds", field=name)
    if value < 0 or (positive and value == 0) or value != value:
        raise ValidationError(f"{name} must be {'above' if positive else 'at least'} 0", field=name)
    return float(value)


def _check_url(url: Any) -> str:
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise ValidationError("url must be the http(s) URL of an export file", field="url")
    return url


class SyncExports(SyncCore):
    """Export helpers of `OneSignal`: wait for an export file and stream its rows."""

    def wait_for_export(
        self,
        url: str,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        on_progress: Progress | None = None,
    ) -> None:
        """Return once the export file at `url` exists; check every `poll_interval` seconds.

        Raises `ExportTimeoutError` after `timeout` seconds. A 403 or 404 means "not yet" and a
        connection failure is tried again at the next check; any other error status raises.
        """
        poll = _Poll(
            "wait_for_export",
            url=url,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )
        self._open_export(poll).close()

    def iter_export_rows(
        self, url: str, *, poll_interval: float = 10.0, timeout: float = 600.0
    ) -> Iterator[Row]:
        """Wait for the export file at `url` (as `wait_for_export`), then yield its rows as
        dicts keyed by the header, decoding the download (CSV or gzip CSV) as it arrives."""
        poll = _Poll("iter_export_rows", url=url, poll_interval=poll_interval, timeout=timeout)
        return self._export_rows(poll)

    def iter_subscriptions_export(
        self,
        app_id: str | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        **body: Any,
    ) -> Iterator[Row]:
        """Start `export_subscriptions` (body fields as keywords: `extra_fields`,
        `last_active_since`, `segment_name`) and yield the rows of its file. The export starts
        when iteration begins."""
        poll = _Poll("iter_subscriptions_export", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _subscriptions(app_id, body))

    def iter_events_export(
        self,
        notification_id: str,
        app_id: str | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> Iterator[Row]:
        """Start `export_events` for a message and yield the rows of its file."""
        poll = _Poll("iter_events_export", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _events(notification_id, app_id))

    def iter_notification_history(
        self,
        notification_id: str,
        app_id: str | None = None,
        *,
        events: str = "sent",
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> Iterator[Row]:
        """Start `get_notification_history` (`events`: "sent" or "clicked") and yield the rows
        of its file."""
        poll = _Poll("iter_notification_history", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _history(notification_id, app_id, events))

    # -- the I/O loops ------------------------------------------------------------------------

    def _started_rows(self, poll: _Poll, start: _Start) -> Iterator[Row]:
        result = self._call(BY_NAME[start.operation], start.args, start.kwargs)
        poll.url = _check_url(start.url(result))
        yield from self._export_rows(poll)

    def _open_export(self, poll: _Poll) -> httpx.Response:
        """The streamed answer of the file, once it exists (the caller closes it)."""
        while True:
            request = poll.request(self._http, self.timeout)
            try:
                response = self._http.send(request, stream=True, auth=None, follow_redirects=True)
            except httpx.TransportError as exc:
                delay = poll.not_yet(type(exc).__name__, exc)
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

    def _export_rows(self, poll: _Poll) -> Iterator[Row]:
        from ._csvstream import CsvStreamDecoder  # the csv module, only when streaming

        decoder = CsvStreamDecoder()
        response = self._open_export(poll)
        try:
            for chunk in response.iter_bytes():
                yield from decoder.feed(chunk)
        except httpx.HTTPError as exc:
            raise poll.transport_error(exc) from None
        finally:
            response.close()
        yield from decoder.finish()


class AsyncExports(AsyncCore):
    """Export helpers of `AsyncOneSignal`: the same methods; iterate with `async for`."""

    async def wait_for_export(
        self,
        url: str,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        on_progress: Progress | None = None,
    ) -> None:
        """Return once the export file at `url` exists (see `OneSignal.wait_for_export`)."""
        poll = _Poll(
            "wait_for_export",
            url=url,
            poll_interval=poll_interval,
            timeout=timeout,
            on_progress=on_progress,
        )
        await (await self._open_export(poll)).aclose()

    def iter_export_rows(
        self, url: str, *, poll_interval: float = 10.0, timeout: float = 600.0
    ) -> AsyncIterator[Row]:
        """Wait for the export file at `url`, then yield its rows (`async for`)."""
        poll = _Poll("iter_export_rows", url=url, poll_interval=poll_interval, timeout=timeout)
        return self._export_rows(poll)

    def iter_subscriptions_export(
        self,
        app_id: str | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
        **body: Any,
    ) -> AsyncIterator[Row]:
        """Start `export_subscriptions` and yield the rows of its file (`async for`)."""
        poll = _Poll("iter_subscriptions_export", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _subscriptions(app_id, body))

    def iter_events_export(
        self,
        notification_id: str,
        app_id: str | None = None,
        *,
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> AsyncIterator[Row]:
        """Start `export_events` for a message and yield the rows of its file (`async for`)."""
        poll = _Poll("iter_events_export", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _events(notification_id, app_id))

    def iter_notification_history(
        self,
        notification_id: str,
        app_id: str | None = None,
        *,
        events: str = "sent",
        poll_interval: float = 10.0,
        timeout: float = 600.0,
    ) -> AsyncIterator[Row]:
        """Start `get_notification_history` and yield the rows of its file (`async for`)."""
        poll = _Poll("iter_notification_history", poll_interval=poll_interval, timeout=timeout)
        return self._started_rows(poll, _history(notification_id, app_id, events))

    # -- the I/O loops ------------------------------------------------------------------------

    async def _started_rows(self, poll: _Poll, start: _Start) -> AsyncIterator[Row]:
        result = await self._call(BY_NAME[start.operation], start.args, start.kwargs)
        poll.url = _check_url(start.url(result))
        async for row in self._export_rows(poll):
            yield row

    async def _open_export(self, poll: _Poll) -> httpx.Response:
        """The streamed answer of the file, once it exists (the caller closes it)."""
        while True:
            request = poll.request(self._http, self.timeout)
            try:
                response = await self._http.send(
                    request, stream=True, auth=None, follow_redirects=True
                )
            except httpx.TransportError as exc:
                delay = poll.not_yet(type(exc).__name__, exc)
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

    async def _export_rows(self, poll: _Poll) -> AsyncIterator[Row]:
        from ._csvstream import CsvStreamDecoder  # the csv module, only when streaming

        decoder = CsvStreamDecoder()
        response = await self._open_export(poll)
        try:
            async for chunk in response.aiter_bytes():
                for row in decoder.feed(chunk):
                    yield row
        except httpx.HTTPError as exc:
            raise poll.transport_error(exc) from None
        finally:
            await response.aclose()
        for row in decoder.finish():
            yield row
