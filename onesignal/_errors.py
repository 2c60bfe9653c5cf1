"""The exceptions the SDK raises. Every one derives from `OneSignalError`."""

from __future__ import annotations

from typing import Any

import httpx2


class OneSignalError(Exception):
    """Base class of every error this SDK raises.

    Every one survives `pickle` and `copy` with its type and fields (error trackers, result
    backends and process pools keep them), and none carries a key: the response it holds has
    a copy of its request without the Authorization header.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which the default reduction cannot
        # replay: rebuild without __init__, from the message and the fields.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[OneSignalError], args: tuple[Any, ...], fields: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(fields)
    return error


def keyless(response: httpx2.Response) -> httpx2.Response:
    """`response` as an error keeps it: read, with a request that carries no Authorization."""
    request = response.request if _has_request(response) else None
    try:
        content = response.content
    except httpx2.ResponseNotRead:  # given up on while it was streaming (too large, say)
        content = b""
    skip = (b"content-encoding", b"content-length", b"transfer-encoding")
    copy = httpx2.Response(
        response.status_code,
        headers=[(k, v) for k, v in response.headers.raw if k.lower() not in skip],
        content=content,
        request=None
        if request is None
        else httpx2.Request(
            request.method,
            request.url,
            headers=[(k, v) for k, v in request.headers.raw if k.lower() != b"authorization"],
        ),
    )
    copy.is_stream_consumed = True  # pickle keeps the content; there is no stream to read
    return copy


def _has_request(response: httpx2.Response) -> bool:
    try:
        response.request  # noqa: B018  (raises when the response was made without one)
    except RuntimeError:
        return False
    return True


class ValidationError(OneSignalError, ValueError):
    """Bad input, found before any request was sent. `field` names the culprit."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ClientClosedError(OneSignalError, RuntimeError):
    """A call on a client after `close()` (or after its `with` block ended)."""


class MissingKeyError(OneSignalError):
    """The operation needs a key the client was not given."""


class APIConnectionError(OneSignalError):
    """The request never got an HTTP answer (DNS, refused, reset, TLS...)."""

    def __init__(self, message: str, *, operation: str) -> None:
        super().__init__(message)
        self.operation = operation


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""


class APIResponseError(OneSignalError):
    """An answer that could not be read (for example a 2xx body that is not JSON)."""

    def __init__(self, message: str, *, operation: str, response: httpx2.Response) -> None:
        super().__init__(message)
        self.operation = operation
        self.response = keyless(response)
        self.status_code = response.status_code


class APIStatusError(OneSignalError):
    """OneSignal answered with a 4xx or 5xx status."""

    def __init__(
        self, *, operation: str, response: httpx2.Response, body: Any, errors: list[Any]
    ) -> None:
        self.operation = operation
        self.response = keyless(response)
        self.status_code = response.status_code
        self.body = body
        self.errors = errors
        self.request_id = response.headers.get("x-request-id")
        extra = body if isinstance(body, dict) else {}
        self.reference: Any = extra.get("reference")
        """Where OneSignal's error body points for more (a documentation link), if it does."""
        self.limit: Any = extra.get("limit")
        """The limit the request ran into, when the error body names it."""
        detail = "; ".join(_error_text(e) for e in errors) or response.reason_phrase
        super().__init__(f"{operation} failed with HTTP {self.status_code}: {detail}")


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("title") or error.get("code") or error)
    return str(error)


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (often: the organization key is needed)."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429. `retry_after` is the server's requested wait in seconds, when it sent one."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


class ExportError(OneSignalError):
    """A CSV export could not be fetched or read (see the subclasses)."""


class ExportTimeoutError(ExportError, TimeoutError):
    """The export file did not appear in time. `url`, `waited` (seconds) and `attempts` say
    where, how long and how often it was polled; the message leaves out the URL's query
    string, which may hold a signature."""

    def __init__(self, url: str, *, waited: float, attempts: int) -> None:
        super().__init__(
            f"the export at {url.split('?', 1)[0]} was not ready after {waited:.0f}s "
            f"({attempts} checks)"
        )
        self.url = url
        self.waited = waited
        self.attempts = attempts


class ExportFormatError(ExportError, ValueError):
    """The export file is not a readable CSV (corrupt gzip, not UTF-8, bad quoting...)."""
