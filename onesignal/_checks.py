"""Checks of what a caller hands the SDK, before anything is sent: keys and client options,
ids, query values and times. Each failure is a `ValidationError` naming the field, and none
shows a key.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import os
import re
import uuid
from collections.abc import Mapping
from typing import Any

from ._casing import plain
from ._errors import ValidationError
from ._operations import ORG, REST, Key, Operation

KEY_ENV = {REST: "ONESIGNAL_REST_API_KEY", ORG: "ONESIGNAL_ORGANIZATION_API_KEY"}
KEY_ARG = {REST: "rest_api_key", ORG: "organization_api_key"}


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


def _read_key(kind: Key, given: str | None) -> _Secret | None:
    """The key from the argument or its variable, checked without ever showing it: a key read
    from a file keeps its line end, and one with `Key ` or a stray character would fail at
    every call, or worse, end up in an error's text."""
    source = KEY_ARG[kind] if given is not None else KEY_ENV[kind]
    value = given if given is not None else os.environ.get(KEY_ENV[kind])
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{source} must be a string", field=source)
    value = value.strip()
    if not value:
        return None
    if value[:4].lower() == "key ":
        raise ValidationError(
            f"{source} must be the key alone: the SDK adds the 'Key ' prefix itself", field=source
        )
    if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
        raise ValidationError(
            f"{source} holds a character no API key has (a space, a control character or a "
            "non-ASCII one); check how it was copied",
            field=source,
        )
    return _Secret(value)


def _seconds(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
        raise ValidationError(f"{name} must be a number of seconds, 0 or more", field=name)
    return float(value)


_OPTIONS = (
    "rest_api_key",
    "organization_api_key",
    "app_id",
    "base_url",
    "timeout",
    "max_retries",
    "max_retry_after",
    "max_answer_bytes",
    "http_client",
)


def _unexpected_option(client: str, name: str) -> TypeError:
    import difflib  # only on this error path

    hints = {"api_key": "rest_api_key", "key": "rest_api_key", "org_key": "organization_api_key"}
    close = hints.get(name) or next(iter(difflib.get_close_matches(name, _OPTIONS, n=1)), None)
    hint = f"; did you mean {close!r}?" if close else ""
    return TypeError(f"{client}() got an unexpected keyword argument {name!r}{hint}")


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_uuid(value: Any) -> bool:
    return isinstance(value, uuid.UUID) or (isinstance(value, str) and bool(_UUID.fullmatch(value)))


def _check_id(where: str, name: str, value: Any, is_uuid: bool = False) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        what = "missing" if value is None else f"a {type(value).__name__}, not a string"
        raise ValidationError(f"{where}: {name} is {what}", field=name)
    if not value.strip():
        raise ValidationError(f"{where}: {name} is empty", field=name)
    if value in (".", ".."):
        # Percent-encoding cannot protect these: URL normalisation removes the segment.
        raise ValidationError(f"{where}: {name} cannot be {value!r}", field=name)
    if is_uuid and not _UUID.fullmatch(value):
        raise ValidationError(
            f"{where}: {name} must be a UUID (8-4-4-4-12 hex digits), got {value!r}",
            field=name,
        )
    return _check_text(where, name, value)


MAX_VALUE_LENGTH = 8192
"""The longest id or query value sent: far beyond any real one, well within URL limits."""


def _check_text(where: str, name: str, value: str) -> str:
    if len(value) > MAX_VALUE_LENGTH:
        raise ValidationError(
            f"{where}: {name} is {len(value):,} characters long; at most {MAX_VALUE_LENGTH:,} "
            "are sent in a URL",
            field=name,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{where}: {name} is not valid Unicode text", field=name) from None
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
    if isinstance(value, int) and not isinstance(value, bool) and not -(10**18) < value < 10**18:
        raise ValidationError(f"{op.name}: {name} is too large a number to send", field=name)
    return _check_text(op.name, name, value) if isinstance(value, str) else value


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
