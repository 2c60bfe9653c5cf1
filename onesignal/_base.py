"""Everything the sync and async clients share, none of it I/O.

A call goes: `prepare` (bind the arguments, check them, pick the key, build the request through
the generated `_get_kwargs`), then the client's own send loop, then `finish` (read a 2xx into
its generated model, leniently if it departs from the spec, or raise the status's typed error).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import importlib
import logging
import math
import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._casing import encode_json, plain, to_wire
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    MissingKeyError,
    RateLimitError,
    ValidationError,
    status_error_class,
)
from ._index import SHAPES
from ._lenient import read_leniently
from ._models import enable_camel_case
from ._operations import BY_NAME, ORG, REST, Key, Operation
from ._retry import RetryPolicy, retry_after

if TYPE_CHECKING:
    from onesignal_generated.facade_index import Shape

logger = logging.getLogger("onesignal")

DEFAULT_BASE_URL = "https://api.onesignal.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
KEY_ENV = {REST: "ONESIGNAL_REST_API_KEY", ORG: "ONESIGNAL_ORGANIZATION_API_KEY"}
KEY_ARG = {REST: "rest_api_key", ORG: "organization_api_key"}
_CALL_OPTIONS = frozenset({"timeout", "body", "app_id", "extra_body"})
_REPLAYABLE_METHODS = frozenset({"get", "put", "delete"})


class _Secret:
    """A key that never shows itself in a repr, a str or a traceback's locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


class _Backoff:
    """When the last 429 said calls may resume (monotonic clock)."""

    __slots__ = ("until",)

    def __init__(self) -> None:
        self.until = 0.0


class _JsonBody:
    """What the generated `_get_kwargs` expects of a body: something with `to_dict()`."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


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
    key: _Secret
    timeout: httpx.Timeout
    replayable: bool


@cache
def generated_module(op: Operation) -> ModuleType:
    """The generated module of `op`, imported on first use (keeps `import onesignal` fast)."""
    return importlib.import_module(op.module)


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """None means the default; a number is the total, with connecting capped at 5 s."""
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        seconds = math.nan
    if isinstance(value, bool) or not (0 < seconds < math.inf):
        raise ValidationError(
            f"timeout must be a positive number of seconds, not {value!r}", field="timeout"
        )
    return httpx.Timeout(seconds, connect=min(5.0, seconds))


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
_Self = TypeVar("_Self", bound="BaseClient[Any]")
_NOT_GIVEN: Any = object()


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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: HttpT | None = None,
    ) -> None:
        keys = {REST: rest_api_key, ORG: organization_api_key}
        self._keys: dict[Key, _Secret | None] = {}
        for kind, given in keys.items():
            value = given if given is not None else os.environ.get(KEY_ENV[kind])
            self._keys[kind] = _Secret(value) if value else None
        self.app_id = app_id or os.environ.get("ONESIGNAL_APP_ID") or None
        self.base_url = (
            base_url or os.environ.get("ONESIGNAL_BASE_URL") or DEFAULT_BASE_URL
        ).rstrip("/")
        self.timeout = as_timeout(timeout)
        if max_retries < 0:
            raise ValidationError("max_retries must be 0 or more", field="max_retries")
        self.retry = RetryPolicy(max_retries=max_retries)
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
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
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

    # -- building a request ------------------------------------------------------------------

    def _prepare(self, op: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Prepared:
        if op.short_form and len(args) == len(_id_names(BY_NAME[op.short_form])):
            op = BY_NAME[op.short_form]
        shape = SHAPES[op.name]
        values, body, fields = self._bind(op, shape, args, kwargs)
        if shape.body is not None:
            values["body"] = self._body(op, shape, body, fields)
            values["body"].data.update(_extra_body(kwargs.get("extra_body")))
        request = generated_module(op)._get_kwargs(**values)
        headers = request.get("headers") or {}  # the generated code made this dict for us
        key = self._key(op)  # a _Secret: revealed only when the request is handed to httpx
        content = None
        if "json" in request:
            content = encode_json(request["json"])
            headers["Content-Type"] = "application/json"
        return Prepared(
            operation=op,
            shape=shape,
            method=request["method"].upper(),
            url=request["url"],
            params=request.get("params", {}),
            content=content,
            headers=headers,
            key=key,
            timeout=self.timeout
            if kwargs.get("timeout") is None
            else as_timeout(kwargs["timeout"]),
            replayable=request["method"] in _REPLAYABLE_METHODS or op.idempotency_key,
        )

    def _bind(
        self, op: Operation, shape: Shape, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[dict[str, Any], Any, dict[str, Any]]:
        """Map the call's arguments onto the generated function's parameters.

        Returns those parameters, the body as given, and body fields given as keywords.
        """
        ids = _id_names(op)
        args_list = list(args)
        body = kwargs.get("body")
        if shape.body is None and (body is not None or kwargs.get("extra_body") is not None):
            raise TypeError(f"{op.name}() sends no body, so it takes no body or extra_body")
        if shape.body is not None and args_list and _is_body(args_list[-1]):
            if body is not None:
                raise TypeError(f"{op.name}() got the body both positionally and as body=")
            body = args_list.pop()
        if len(args_list) == len(ids) - 1 and ids and ids[0] == "app_id":
            ids = ids[1:]  # the short form: app_id comes from a keyword, the body or the client
        if len(args_list) != len(ids):
            raise TypeError(
                f"{op.name}() takes the positional arguments ({', '.join(_id_names(op))}"
                f"{', body' if shape.body else ''}); got {len(args)}"
            )
        values: dict[str, Any] = dict(zip(ids, args_list, strict=True))
        fields: dict[str, Any] = {}
        for name, value in kwargs.items():
            if name in _CALL_OPTIONS and name != "app_id":
                continue
            if name in values:
                raise TypeError(f"{op.name}() got {name!r} both positionally and by keyword")
            if name in shape.query or name in shape.path or name == "app_id":
                values[name] = value
            elif shape.body is not None:
                fields[name] = value
            else:
                raise _unknown(op, name, [*shape.query, *shape.path, "timeout"])
        values = {k: v for k, v in values.items() if v is not None or k in shape.path}
        self._fill_app_id(op, shape, values, body, fields)
        for name in shape.path:
            values[name] = _check_id(op, name, values.get(name))
        for name in shape.required_query:
            if values.get(name) is None:
                raise ValidationError(f"{op.name}: {name} is required", field=name)
        for name in shape.query:
            if name in values:
                values[name] = _check_query(op, name, values[name], shape.times.get(name))
        return values, body, fields

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
            if app_id is not None:
                fields["app_id"] = app_id
            elif not _body_has_app_id(body, fields) and self.app_id:
                fields["app_id"] = self.app_id
            return
        app_id = app_id or self.app_id
        if not app_id:
            raise ValidationError(
                f"{op.name}: app_id is required: pass it, or set app_id= / ONESIGNAL_APP_ID "
                "on the client",
                field="app_id",
            )
        values["app_id"] = app_id

    def _body(self, op: Operation, shape: Shape, body: Any, fields: dict[str, Any]) -> _JsonBody:
        merged: dict[str, Any] = {}
        for part in (body, fields):
            if part is None:
                continue
            wire = to_wire(part, shape.body)
            if not isinstance(wire, dict):
                raise ValidationError(f"{op.name}: body must be a mapping", field="body")
            merged.update(wire)
        for name, default in op.body_defaults:
            merged.setdefault(name, default)
        if op.idempotency_key:
            merged.setdefault("idempotency_key", str(uuid.uuid4()))
        return _JsonBody(merged)

    def _key(self, op: Operation) -> _Secret:
        secret = self._keys[op.key]
        if secret is None:
            raise MissingKeyError(
                f"{op.name} needs the {op.key.replace('organization', 'organization API')} key: "
                f"pass {KEY_ARG[op.key]}= to the client or set {KEY_ENV[op.key]}"
            )
        return secret

    # -- reading the answer ------------------------------------------------------------------

    def _finish(self, prepared: Prepared, response: httpx.Response) -> Any:
        if not 200 <= response.status_code < 300:  # a 3xx from a proxy is no answer either
            raise self._status_error(prepared, response)
        if not response.content:
            return None
        op = prepared.operation
        try:
            data = response.json()
        except ValueError as exc:
            raise APIResponseError(
                f"{op.name}: HTTP {response.status_code} answered with a body that is not JSON",
                operation=op.name,
                response=response,
            ) from exc
        success = prepared.shape.success
        model = success.get(response.status_code) or next(iter(success.values()), "None")
        parsed = read_leniently(model, data)
        enable_camel_case(parsed)
        return parsed

    def _status_error(self, prepared: Prepared, response: httpx.Response) -> APIStatusError:
        try:
            body: Any = response.json()
        except ValueError:
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

    def _connection_error(self, prepared: Prepared, exc: httpx.TransportError) -> Exception:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else f"failed: {type(exc).__name__}"
        return cls(f"{prepared.operation.name} {what}", operation=prepared.operation.name)

    # -- the retry decision, shared by both send loops ----------------------------------------

    def _request_args(self, prepared: Prepared) -> dict[str, Any]:
        return {
            "method": prepared.method,
            "url": self.base_url + prepared.url,
            "params": prepared.params,
            "content": prepared.content,
            "headers": {**prepared.headers, "Authorization": "Key " + prepared.key.reveal()},
            "timeout": prepared.timeout,
        }

    def _retry_delay(
        self,
        prepared: Prepared,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: httpx.TransportError | None = None,
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
def _id_names(op: Operation) -> tuple[str, ...]:
    """The positional parameters of `op` before the body: app_id first, then path ids, then lead."""
    shape = SHAPES[op.name]
    names = [name for name in shape.path if name != "app_id"]
    if shape.app_id is not None:
        names.insert(0, "app_id")
    return (*names, *op.lead)


def _is_body(value: Any) -> bool:
    return type(value) is dict or isinstance(value, Mapping) or hasattr(value, "to_dict")


def _body_has_app_id(body: Any, fields: dict[str, Any]) -> bool:
    if "app_id" in fields or "appId" in fields:
        return True
    if hasattr(body, "to_dict"):
        body = body.to_dict()
    return isinstance(body, Mapping) and bool(body.get("app_id") or body.get("appId"))


def _check_id(op: Operation, name: str, value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        what = "missing" if value is None else f"a {type(value).__name__}, not a string"
        raise ValidationError(f"{op.name}: {name} is {what}", field=name)
    if not value.strip():
        raise ValidationError(f"{op.name}: {name} is empty", field=name)
    if value in (".", ".."):
        # Percent-encoding cannot protect these: URL normalisation removes the segment.
        raise ValidationError(f"{op.name}: {name} cannot be {value!r}", field=name)
    return _check_text(op, name, value)


def _check_text(op: Operation, name: str, value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{op.name}: {name} is not valid Unicode text", field=name) from None
    return value


_QUERY_SCALARS = (str, int, float, uuid.UUID, enum.Enum)


def _check_query(op: Operation, name: str, value: Any, time_kind: str | None) -> Any:
    """Query values the generated code can write faithfully; anything else is refused."""
    if time_kind is not None:
        return _check_time(op, name, value, time_kind)
    if isinstance(value, list | tuple):
        return [_check_query(op, name, item, None) for item in value]
    if not isinstance(value, _QUERY_SCALARS):
        raise ValidationError(f"{op.name}: {name} cannot be a {type(value).__name__}", field=name)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{op.name}: {name} must be a finite number", field=name)
    return _check_text(op, name, value) if isinstance(value, str) else value


def _check_time(op: Operation, name: str, value: Any, kind: str) -> dt.date:
    if isinstance(value, dt.datetime if kind == "datetime" else dt.date):
        return value
    try:
        if isinstance(value, str) and kind == "date":
            return dt.date.fromisoformat(value)
        if isinstance(value, str):
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    raise ValidationError(
        f"{op.name}: {name} must be a {kind} or an ISO 8601 string, got {value!r}", field=name
    )


def _extra_body(extra: Any) -> dict[str, Any]:
    """Fields newer than this SDK: sent as given, but still required to be valid JSON."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping) or not all(isinstance(k, str) for k in extra):
        raise ValidationError("extra_body must be a mapping with string keys", field="extra_body")
    wire: dict[str, Any] = plain(dict(extra), "extra_body")
    return wire


def _unknown(op: Operation, name: str, choices: list[str]) -> TypeError:
    import difflib  # only on this error path

    close = difflib.get_close_matches(name, choices, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{op.name}() got an unexpected keyword argument {name!r}{hint}")
