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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import httpx2

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
from ._operations import Operation

if TYPE_CHECKING:
    pass

logger = logging.getLogger("onesignal")

Progress = Callable[[int, float], object]
"""`on_progress(attempt, elapsed_seconds)`, called each time the file is not there yet."""

_NOT_YET = frozenset({403, 404})  # what S3-style storage answers before the file exists
MAX_UNREACHABLE = 3
"""Checks in a row without an HTTP answer before an export wait gives up."""


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
        self.unreachable = 0  # failed checks in a row that got no HTTP answer at all
        self._slept = 0.0
        self._start: float | None = None

    @property
    def elapsed(self) -> float:
        if self._start is None:
            return 0.0
        return max(self._slept, time.monotonic() - self._start)

    def request(
        self, http: httpx2.Client | httpx2.AsyncClient, timeout: httpx2.Timeout
    ) -> httpx2.Request:
        """The GET of the file, with no Authorization header (not even a pool default)."""
        if self._start is None:
            self._start = time.monotonic()
        request = http.build_request("GET", self.url, timeout=timeout)
        request.headers.pop("Authorization", None)
        return request

    def verdict(self, response: httpx2.Response) -> Literal["ready", "not yet", "failed"]:
        if 200 <= response.status_code < 300:
            return "ready"
        return "not yet" if response.status_code in _NOT_YET else "failed"

    def not_reached(self, error: httpx2.HTTPError) -> float:
        """A check that got no answer (refused, DNS, reset, a redirect loop): tried again, as
        the file may be on its way, but not for minutes in silence."""
        if isinstance(error, httpx2.TooManyRedirects):
            raise ExportError(f"{self.operation}: the export URL redirects in a loop") from None
        self.unreachable += 1
        if self.unreachable >= MAX_UNREACHABLE:
            raise APIConnectionError(
                f"{self.operation}: the export's host could not be reached "
                f"{self.unreachable} times in a row ({type(error).__name__})",
                operation=self.operation,
            ) from None
        return self.not_yet(type(error).__name__, error)

    def not_yet(self, why: str, error: Exception | None = None) -> float:
        """Seconds to sleep before the next check; raises `ExportTimeoutError` when time is up."""
        if error is None:
            self.unreachable = 0
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

    def status_error(self, response: httpx2.Response) -> APIStatusError:
        """The typed error of a storage answer that is neither the file nor "not yet"."""
        return status_error_class(response.status_code)(
            operation=self.operation, response=response, body=response.text, errors=[]
        )

    def transport_error(self, exc: httpx2.HTTPError) -> Exception:
        """The typed error of a download that broke off."""
        if isinstance(exc, httpx2.DecodingError):
            return ExportFormatError(f"{self.operation}: the download could not be decoded")
        if isinstance(exc, httpx2.TimeoutException):
            return APITimeoutError(f"{self.operation} timed out", operation=self.operation)
        return APIConnectionError(
            f"{self.operation} failed: {type(exc).__name__}", operation=self.operation
        )


@dataclass(frozen=True, slots=True)
class _Start:
    """The call that starts an export, and the wait for the file whose URL it answers with."""

    operation: Operation
    slots: tuple[Any, ...]
    named: dict[str, Any]
    poll: _Poll

    def url(self, result: Any) -> str:
        assert self.operation.export is not None
        field = self.operation.export.url_field
        url = getattr(result, field, None)
        if not isinstance(url, str) or not url:
            raise ExportError(f"{self.operation.name} answered without a {field}")
        return _check_url(url)


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
