"""Everything the sync and async clients share, none of it I/O.

A call goes: `prepare` (bind the arguments, check them, pick the key, encode the body, as the
generated facade index describes the operation), then the send loop (`_loops.py`), then `finish`
(read a 2xx into its generated model, leniently if it departs from the spec, or raise the
status's typed error).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import json
import logging
import math
import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar
from urllib.parse import quote

import httpx2

from ._casing import encode_json, to_wire
from ._checks import (
    KEY_ARG,
    KEY_ENV,
    _check_id,
    _check_query,
    _check_text,
    _extra_body,
    _is_uuid,
    _read_key,
    _seconds,
    _Secret,
    _unexpected_option,
)
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    MissingKeyError,
    RateLimitError,
    ValidationError,
    status_error_class,
)
from ._index import MODELS, SHAPES
from ._lenient import read_leniently
from ._operations import BY_NAME, NONE, ORG, REST, Key, Operation, slot_names
from ._replay import CreateNotificationWithRetryResult
from ._retry import RetryPolicy, retry_after

if TYPE_CHECKING:
    from onesignal_generated.facade_index import Shape

logger = logging.getLogger("onesignal")

DEFAULT_BASE_URL = "https://api.onesignal.com"
DEFAULT_TIMEOUT = httpx2.Timeout(120.0, connect=5.0)
"""OneSignal may take up to 100 s to answer (its documented server timeout): the default waits
for that, and 5 s to connect."""
DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024
"""The most an answer may decode to: 32 MiB, some hundred times a full page of notifications."""
_REPLAYABLE_METHODS = frozenset({"GET", "PUT", "DELETE"})


class _Backoff:
    """When the last 429 said calls may resume (monotonic clock)."""

    __slots__ = ("until",)

    def __init__(self) -> None:
        self.until = 0.0


@dataclass(slots=True)  # not frozen: a frozen dataclass costs microseconds per call to build
class Prepared:
    """One request, ready for the send loop."""

    operation: Operation
    shape: Shape
    method: str
    url: str
    params: dict[str, Any]
    content: bytes | None
    headers: dict[str, str]  # without Authorization: see `key`
    key: _Secret | None  # None: the operation sends no key
    timeout: httpx2.Timeout
    replayable: bool


@dataclass(slots=True)
class Reply:
    """A whole answer: the streamed response (its status, headers and request) and its body,
    read and decoded. A success is read from `body` alone; only an error, which hands the
    user an `httpx2.Response` to inspect, pays for building one (`full`)."""

    response: httpx2.Response
    body: bytes

    def full(self) -> httpx2.Response:
        """The answer as an `httpx2.Response` with its body (already decoded, so without
        Content-Encoding)."""
        skip = (b"content-encoding", b"content-length", b"transfer-encoding")
        headers = [(k, v) for k, v in self.response.headers.raw if k.lower() not in skip]
        return httpx2.Response(
            self.response.status_code,
            headers=headers,
            content=self.body,
            request=self.response.request,
        )


def as_timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    """None means the default; a number is the total, with connecting capped at 5 s."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx2.Timeout):
        return value
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        seconds = math.nan
    if isinstance(value, bool) or not (0 < seconds < math.inf):
        raise ValidationError(
            f"timeout must be a positive number of seconds, not {value!r}", field="timeout"
        )
    return httpx2.Timeout(seconds, connect=min(5.0, seconds))


HttpT = TypeVar("HttpT", httpx2.Client, httpx2.AsyncClient)
_Self = TypeVar("_Self", bound="BaseClient[Any]")


class _NotGiven:
    """A default that tells "left out" from None (which means: no timeout override)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


_NOT_GIVEN: Any = _NotGiven()


class BaseClient(Generic[HttpT]):
    """Configuration and the request/answer logic shared by `OneSignal` and `AsyncOneSignal`.

    Keys, app id and base URL default to ONESIGNAL_REST_API_KEY, ONESIGNAL_ORGANIZATION_API_KEY,
    ONESIGNAL_APP_ID and ONESIGNAL_BASE_URL. One connection pool (`http_client`, or one made
    here) serves both keys.
    """

    _http_class: type[HttpT]

    def __init__(
        self,
        *,
        rest_api_key: str | None = None,
        organization_api_key: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = 2,
        max_retry_after: float = 60.0,
        max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES,
        http_client: HttpT | None = None,
        **unexpected: NoReturn,
    ) -> None:
        if unexpected:
            raise _unexpected_option(type(self).__name__, next(iter(unexpected)))
        given = {REST: rest_api_key, ORG: organization_api_key}
        self._keys: dict[Key, _Secret | None] = {k: _read_key(k, v) for k, v in given.items()}
        self.app_id = app_id or os.environ.get("ONESIGNAL_APP_ID") or None
        if self.app_id is not None:
            self.app_id = _check_id(type(self).__name__, "app_id", self.app_id, True)
        self.base_url = (
            base_url or os.environ.get("ONESIGNAL_BASE_URL") or DEFAULT_BASE_URL
        ).rstrip("/")
        self.timeout = as_timeout(timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValidationError(
                "max_retries must be a whole number, 0 or more", field="max_retries"
            )
        wait = _seconds("max_retry_after", max_retry_after)
        if (
            isinstance(max_answer_bytes, bool)
            or not isinstance(max_answer_bytes, int)
            or (max_answer_bytes < 1)
        ):
            raise ValidationError(
                "max_answer_bytes must be a whole number of bytes", field="max_answer_bytes"
            )
        self.max_answer_bytes = max_answer_bytes
        self.retry = RetryPolicy(max_retries=max_retries, max_retry_after=wait)
        _log_from_environment()
        self._backoff = _Backoff()  # shared with `with_options` copies, like the pool
        self._http: HttpT = http_client or self._new_http()
        self._owns_http = http_client is None

    def __repr__(self) -> str:
        keys = ", ".join(f"{KEY_ARG[k]}={'set' if v else 'unset'}" for k, v in self._keys.items())
        return f"{type(self).__name__}(base_url={self.base_url!r}, app_id={self.app_id!r}, {keys})"

    def _new_http(self) -> HttpT:
        return self._http_class(timeout=self.timeout)

    @property
    def max_retries(self) -> int:
        return self.retry.max_retries

    def with_options(
        self: _Self,
        *,
        timeout: float | httpx2.Timeout | None = _NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _Self:
        """A copy with other defaults, sharing this client's connection pool and back-off."""
        clone = copy.copy(self)
        if timeout is not _NOT_GIVEN:
            clone.timeout = as_timeout(timeout)
        if max_retries is not None:
            clone.retry = dataclasses.replace(self.retry, max_retries=max_retries)
        clone._owns_http = False  # closing a copy leaves the shared pool open
        return clone

    def _replay(self: _Self, max_retries: int, base_delay: float) -> _Self:
        """A copy with `create_notification_with_retry`'s settings (the official SDK's helper:
        its base delay is clamped to 1-60 s)."""
        clone = self.with_options(max_retries=max_retries)
        delay = min(60.0, max(1.0, float(base_delay)))
        clone.retry = dataclasses.replace(clone.retry, base_delay=delay)
        return clone

    def _replayed(self, prepared: Prepared, reply: Reply) -> CreateNotificationWithRetryResult:
        headers = reply.response.headers
        replayed = headers.get("idempotent-replayed", "").strip().lower() == "true"
        return CreateNotificationWithRetryResult(self._finish(prepared, reply), replayed)

    # -- building a request ------------------------------------------------------------------

    def _prepare(
        self,
        op: Operation,
        slots: tuple[Any, ...],
        named: dict[str, Any],
        timeout: float | httpx2.Timeout | None = None,
    ) -> Prepared:
        """One call's request. `slots` are the method's positional parameters in their
        documented order (the body last, where there is one); `named` its keyword ones."""
        op, shape, values, body = self._bind(op, slots, named)
        headers = {
            wire: _check_text(op.name, name, str(named[name]))
            for name, wire in shape.headers.items()
            if named.get(name) is not None
        }
        fields = {
            name: value
            for name, value in named.items()
            if name not in shape.query and name not in shape.headers
        }
        extra = fields.pop("extra_body", None)
        if op.body_keyword:
            keyword_body = fields.pop(op.body_keyword, None)
            if keyword_body is not None and body is not None:
                raise TypeError(
                    f"{op.name}() got the body twice: positionally and as {op.body_keyword}="
                )
            body = body if keyword_body is None else keyword_body
        fields = {name: value for name, value in fields.items() if value is not None}
        if shape.body is None and (body is not None or extra is not None or fields):
            raise TypeError(f"{op.name}() sends no body, so it takes no body or body fields")
        if body is not None and not _is_body(body):
            raise ValidationError(
                f"{op.name}: the body must be a mapping (dict) or a model, not a "
                f"{type(body).__name__}",
                field="body",
            )
        self._fill_app_id(op, shape, values, body, fields)
        content = None
        if shape.body is not None:
            try:
                data = self._body(op, shape, body, fields)
                data.update(_extra_body(extra))
                if data or body is not None or shape.body_required:
                    _refuse_missing_fields(op, shape.body, data)
                    content = encode_json(data)
                    headers["Content-Type"] = "application/json"
            except RecursionError:
                raise ValidationError(
                    f"{op.name}: the body is nested too deeply, or holds itself", field="body"
                ) from None
        return Prepared(
            operation=op,
            shape=shape,
            method=shape.method,
            url=_url(op, shape, values),
            params=_query(op, shape, values),
            content=content,
            headers=headers,
            key=self._key(op),  # a _Secret: revealed only when the request is handed to httpx2
            timeout=self.timeout if timeout is None else as_timeout(timeout),
            replayable=shape.method in _REPLAYABLE_METHODS or op.idempotency_key,
        )

    def _bind(
        self, op: Operation, slots: tuple[Any, ...], named: dict[str, Any]
    ) -> tuple[Operation, Shape, dict[str, Any], Any]:
        """The ids and query values of a call by name, and its body as given.

        The ids come in the documented order; where the app id leads, it may be left out
        (it then comes from the client), and a body may follow fewer ids than the signature
        names. An id that can only be the client's app id in another id's place is refused.
        """
        shape = SHAPES[op.name]
        names: tuple[str, ...] = _slot_names(op)
        slots = (*slots, *(None,) * (len(names) + 1 - len(slots)))
        given: list[Any] = list(slots[: len(names)])
        body = slots[len(names)] if shape.body is not None else None
        last = max((i for i, value in enumerate(given) if value is not None), default=-1)
        if shape.body is not None and last >= 0 and _is_body(given[last]):
            if body is not None:
                raise TypeError(f"{op.name}() got two bodies")
            body, given[last] = given[last], None
            last -= 1
        filled: int = last + 1
        if op.short_form and _short_form(shape, names, given, filled) and _is_uuid(given[0]):
            # (app_id, subscription_id): the seed page's other form of this call
            return self._bind(BY_NAME[op.short_form], tuple(given[:filled]), named)
        app_known = bool(self.app_id) or shape.app_id == "body"
        if app_known:
            given = _without_app_id(shape, names, given)
        values = dict(zip(names, given, strict=True))
        values.update((k, v) for k, v in named.items() if k in shape.query and v is not None)
        self._refuse_misplaced_app_id(op, names, values)
        values = {k: v for k, v in values.items() if v is not None or k in shape.path}
        for name in shape.path:
            if name != "app_id":  # the app id is checked once it is known (_fill_app_id)
                values[name] = _check_id(op.name, name, values.get(name), name in shape.uuids)
        return op, shape, values, body

    def _refuse_misplaced_app_id(
        self, op: Operation, names: tuple[str, ...], values: dict[str, Any]
    ) -> None:
        """The client's app id where another id belongs is a call written in another order
        (ours before 0.2, or a guess): refuse it rather than send ids in each other's places."""
        if not self.app_id:
            return
        for name in names:
            if (
                name != "app_id"
                and values.get(name) is not None
                and str(values[name]) == self.app_id
            ):
                right = ", ".join(names)
                raise TypeError(
                    f"{op.name}() got the client's app id as {name}; the order is "
                    f"{op.name}({right}), and app_id may be left out to use the client's"
                )

    def _fill_app_id(
        self,
        op: Operation,
        shape: Shape,
        values: dict[str, Any],
        body: Any,
        fields: dict[str, Any],
    ) -> None:
        if shape.app_id is None:
            values.pop("app_id", None)
            return
        app_id = values.pop("app_id", None)
        if shape.app_id == "body":
            in_body = _body_app_id(body, fields)
            if app_id is not None:
                fields["app_id"] = _check_id(op.name, "app_id", app_id, True)
            elif in_body is not None:
                _check_id(op.name, "app_id", in_body, True)
            elif self.app_id:
                fields["app_id"] = self.app_id
            else:
                raise _no_app_id(op)
            return
        app_id = app_id or self.app_id
        if not app_id:
            raise _no_app_id(op)
        values["app_id"] = _check_id(op.name, "app_id", app_id, True)

    def _body(
        self, op: Operation, shape: Shape, body: Any, fields: dict[str, Any]
    ) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in (body, fields):
            if part is None or (part is fields and not part):
                continue
            wire = to_wire(part, shape.body)
            if not isinstance(wire, dict):
                raise ValidationError(f"{op.name}: body must be a mapping", field="body")
            merged.update(wire)
        for name, default in op.body_defaults:
            merged.setdefault(name, default)
        if op.idempotency_key:
            merged.setdefault("idempotency_key", _uuid4())
        return merged

    def _key(self, op: Operation) -> _Secret | None:
        if op.key == NONE:
            return None
        secret = self._keys[op.key]
        if secret is None:
            raise MissingKeyError(
                f"{op.name} needs the {op.key.replace('organization', 'organization API')} key: "
                f"pass {KEY_ARG[op.key]}= to the client or set {KEY_ENV[op.key]}"
            )
        return secret

    # -- reading the answer ------------------------------------------------------------------

    def _finish(self, prepared: Prepared, reply: Reply) -> Any:
        status = reply.response.status_code
        if not 200 <= status < 300:  # a 3xx from a proxy is no answer either
            raise self._status_error(prepared, reply.full())
        if not reply.body:
            return None
        op = prepared.operation
        try:
            data = json.loads(reply.body)
        except (ValueError, RecursionError) as exc:  # not JSON, or nested beyond reading
            raise APIResponseError(
                f"{op.name}: HTTP {status} answered with a body that is not JSON",
                operation=op.name,
                response=reply.full(),
            ) from exc
        success = prepared.shape.success
        model = success.get(status) or next(iter(success.values()), "None")
        return read_leniently(model, data)

    def _status_error(self, prepared: Prepared, response: httpx2.Response) -> APIStatusError:
        try:
            body: Any = response.json()
        except (ValueError, RecursionError):
            body = response.text
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors is None:
            errors = []
        elif not isinstance(errors, list):
            errors = [errors]
        cls = status_error_class(response.status_code)
        error = cls(operation=prepared.operation.name, response=response, body=body, errors=errors)
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after(response)
        return error

    def _connection_error(self, prepared: Prepared, exc: httpx2.TransportError) -> Exception:
        cls = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else f"failed: {type(exc).__name__}"
        return cls(f"{prepared.operation.name} {what}", operation=prepared.operation.name)

    # -- the retry decision, shared by both send loops ----------------------------------------

    def _request(self, prepared: Prepared) -> httpx2.Request:
        """The request of one attempt, with the key (revealed only here)."""
        if self._http.is_closed:
            raise ClientClosedError(
                f"{prepared.operation.name}: this {type(self).__name__} is closed; make a new "
                "client, or keep this one open while it is used"
            )
        url = self.base_url + prepared.url
        return self._http.build_request(
            prepared.method,
            url if prepared.shape.path else _parsed_url(url),
            params=prepared.params or None,  # even an empty query has httpx2 parse the URL again
            content=prepared.content,
            headers=prepared.headers
            if prepared.key is None
            else {**prepared.headers, "Authorization": "Key " + prepared.key.reveal()},
            timeout=prepared.timeout,
        )

    def _deadline(self, prepared: Prepared) -> float:
        """When the attempt starting now must have its whole answer: the timeout bounds each
        attempt from the first byte sent to the last received, not each read."""
        total = max(
            (t for t in (prepared.timeout.read, prepared.timeout.write) if t is not None),
            default=math.inf,
        )
        return time.monotonic() + total

    def _received(
        self, prepared: Prepared, response: httpx2.Response, size: int, deadline: float
    ) -> None:
        """Checked after each chunk of an answer: its size so far, and the attempt's time."""
        if size > self.max_answer_bytes:
            raise APIResponseError(
                f"{prepared.operation.name}: the answer exceeded {self.max_answer_bytes:,} "
                "bytes (max_answer_bytes), decompressed",
                operation=prepared.operation.name,
                response=response,
            )
        if time.monotonic() > deadline:
            raise httpx2.ReadTimeout("the answer did not arrive within the timeout")

    def _retry_delay(
        self,
        prepared: Prepared,
        attempt: int,
        *,
        response: httpx2.Response | None = None,
        error: httpx2.TransportError | None = None,
    ) -> float | None:
        """Seconds to wait before trying again, or None when `response` is final.

        A transport error that is not retried is raised here as the SDK's typed error.
        """
        op = prepared.operation
        template = prepared.shape.template
        if response is not None:
            logger.debug(
                "%s %s %s -> %d (attempt %d, request id %s)",
                op.name,
                prepared.method,
                template,
                response.status_code,
                attempt + 1,
                response.headers.get("x-request-id", "-"),
            )
        retry = self.retry.should_retry(
            attempt, replayable=prepared.replayable, response=response, error=error
        )
        if not retry:
            if error is not None:
                logger.warning(
                    "%s %s %s failed: %s", op.name, prepared.method, template, type(error).__name__
                )
                raise self._connection_error(prepared, error) from None
            return None
        delay = self.retry.delay(attempt, response)
        why = f"HTTP {response.status_code}" if response is not None else type(error).__name__
        logger.info(
            "retrying %s after %s in %.2fs (attempt %d of %d)",
            op.name,
            why,
            delay,
            attempt + 2,
            self.retry.max_retries + 1,
        )
        if response is not None and response.status_code == 429:
            self._note_rate_limit(delay)
            return 0.0  # the shared pause before the next attempt does the waiting
        return delay

    def _note_rate_limit(self, delay: float) -> None:
        """Make every call of this client wait out a 429, not just the one that got it."""
        self._backoff.until = max(self._backoff.until, time.monotonic() + delay)

    def _pause_left(self) -> float:
        return max(0.0, self._backoff.until - time.monotonic())


# -- helpers -----------------------------------------------------------------------------------


def _log_from_environment() -> None:
    """ONESIGNAL_LOG=debug (or info) prints the SDK's log lines to stderr. Opt-in: without it
    the "onesignal" logger is left to the application's logging setup."""
    level = os.environ.get("ONESIGNAL_LOG", "").upper()
    if level not in ("DEBUG", "INFO", "WARNING") or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


@cache
def _slot_names(op: Operation) -> tuple[str, ...]:
    shape = SHAPES[op.name]
    return slot_names(op, shape.path, shape.app_id)


def _short_form(shape: Shape, names: tuple[str, ...], given: list[Any], filled: int) -> bool:
    """Whether a call gave every positional value but a leading app id. Where the last value
    is optional, a first value that is a UUID is taken as the app id, not as a shifted value."""
    if not names or names[0] != "app_id" or filled != len(names) - 1:
        return False
    if any(value is None for value in given[:filled]):
        return False
    optional_last = names[-1] in shape.query and names[-1] not in shape.required_query
    return not (optional_last and _is_uuid(given[0]))


def _without_app_id(shape: Shape, names: tuple[str, ...], given: list[Any]) -> list[Any]:
    """The values in their places, when the call left out its leading app id (the values
    before the gap move up one place); `given` unchanged otherwise."""
    gap = _gap(shape, names, given)
    if gap is None:
        return given
    return [None, *given[:gap], *given[gap + 1 :]]


def _gap(shape: Shape, names: tuple[str, ...], given: list[Any]) -> int | None:
    """Where the values of a call that left out its leading app id have a gap, if they do.

    `get_user("external_id", "x")` fills app_id and alias_label, and leaves alias_id empty;
    `unsubscribe_email_with_token(notification_id, token="t")` leaves notification_id empty
    between two given values. Either way one required value is missing while the app id's
    place is taken: the values before the gap belong one place later.
    """
    if not names or names[0] != "app_id" or given[0] is None:
        return None
    required = [
        i
        for i, name in enumerate(names)
        if i and given[i] is None and (name in shape.path or name in shape.required_query)
    ]
    if len(required) == 1:
        return required[0]
    if not required and given[-1] is None and not _is_uuid(given[0]):
        return len(names) - 1  # an optional last value left empty; the first is no app id
    return None


def _url(op: Operation, shape: Shape, values: dict[str, Any]) -> str:
    if not shape.path:
        return shape.template
    ids = {name: quote(values[name], safe="") for name in shape.path}
    return shape.template.format_map(ids)


def _query(op: Operation, shape: Shape, values: dict[str, Any]) -> dict[str, Any]:
    """The query string by wire name, each value checked and written as the spec says."""
    params = {}
    for name, wire in shape.query.items():
        value = values.get(name)
        if value is None:
            if name in shape.required_query:
                raise ValidationError(f"{op.name}: {name} is required", field=name)
            continue
        value = _check_query(op, name, value, shape.times.get(name))
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, uuid.UUID | enum.Enum):
            value = str(value.value if isinstance(value, enum.Enum) else value)
        params[wire] = value
    return params


@lru_cache(maxsize=256)
def _parsed_url(url: str) -> httpx2.URL:
    """A URL without ids (a bounded set: base URLs times paths), parsed once: httpx2 parses a
    URL given as text anew for every request (some 5% of a create_notification call)."""
    return httpx2.URL(url)


def _uuid4() -> str:
    """A random (version 4) UUID as text, built from its bytes directly: a third of the
    cost of `str(uuid.uuid4())`, and create_notification makes one per call."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _refuse_missing_fields(op: Operation, model: str, data: dict[str, Any]) -> None:
    """A field the body's schema requires is refused here when missing, not by OneSignal."""
    for name in MODELS[model].required:
        if name not in data:
            raise ValidationError(f"{op.name}: the body needs {name!r}", field=name)


def _is_body(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping) or hasattr(value, "to_dict")


def _body_app_id(body: Any, fields: dict[str, Any]) -> Any:
    """The app id the body or its keyword fields already carry, if any. A model is asked for
    the field, not turned into JSON: that walk is the body's costliest step, made once later."""
    for where in (fields, body):
        if isinstance(where, Mapping):
            found = where.get("app_id", where.get("appId"))
        else:
            found = getattr(where, "app_id", None)
        if found is not None:
            return found
    return None


def _no_app_id(op: Operation) -> ValidationError:
    return ValidationError(
        f"{op.name}: app_id is required: pass it, or set app_id= / ONESIGNAL_APP_ID on the client",
        field="app_id",
    )
