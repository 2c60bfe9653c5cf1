"""camelCase <-> snake_case, and turning user bodies into the JSON the API expects.

Only names the spec defines are rewritten. Free-form maps (`tags`, `data`, `identity`, language
maps, `event_updates`, custom-event `properties`) are models without declared fields in the
index, so their keys pass through untouched.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import math
import re
import uuid
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from onesignal_generated.facade_index import MODELS

from ._errors import ValidationError

_UPPER = re.compile(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])")


@lru_cache(maxsize=4096)
def snake_case(name: str) -> str:
    """`includedSegments` -> `included_segments`, `appId` -> `app_id`; snake names unchanged."""
    return _UPPER.sub(lambda m: "_" + (m.group(1) or m.group(2)), name).lower()


def camel_case(name: str) -> str:
    """`included_segments` -> `includedSegments`."""
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


@lru_cache(maxsize=4096)
def wire_name(model: str, key: str) -> str | None:
    """The JSON name of `key` (snake, camel or JSON spelling) in `model`, or None if unknown."""
    fields = MODELS[model].fields
    if key in fields.values():
        return key
    return fields.get(key) or fields.get(snake_case(key))


def known_names(model: str) -> list[str]:
    return sorted(MODELS[model].fields.values())


def to_wire(value: Any, model: str | None, where: str = "body") -> Any:
    """`value` as JSON for `model`: known keys respelt, nested models followed, rest kept."""
    if model is None or model not in MODELS:
        return plain(value, where)
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if not isinstance(value, Mapping):
        raise ValidationError(
            f"{where} must be a mapping (dict) or a model, not {type(value).__name__}", field=where
        )
    entry = MODELS[model]
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ValidationError(f"{where} has a non-string key {key!r}", field=where)
        name = wire_name(model, key) or _unknown_field(model, key, where)
        nested = entry.nested.get(name)
        path = f"{where}.{name}"
        if nested and isinstance(item, list | tuple):
            out[name] = [to_wire(one, nested, f"{path}[{i}]") for i, one in enumerate(item)]
        elif nested and item is not None:
            out[name] = to_wire(item, nested, path)
        else:
            out[name] = plain(item, path, iso=name in entry.timestamps)
    return out


def _unknown_field(model: str, key: str, where: str) -> str:
    """An undeclared field: kept where the schema admits extras, refused (with a suggestion)
    where it does not, so a typo cannot silently send nothing."""
    entry = MODELS[model]
    if entry.open:
        return key
    names = known_names(model)
    close = difflib.get_close_matches(snake_case(key), names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValidationError(
        f"{where}: unknown field {key!r}{hint} (extra_body= sends fields the SDK does not know)",
        field=key,
    )


def plain(value: Any, where: str, *, iso: bool = True) -> Any:
    """Make `value` JSON-ready; free-form mapping keys are never rewritten."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{where}: {value} is not a JSON number", field=where.split(".")[-1])
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): plain(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dt.datetime):
        return _timestamp(value, where, iso=iso)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise ValidationError(
        f"{where}: a {type(value).__name__} cannot be sent as JSON", field=where.split(".")[-1]
    )


def _timestamp(value: dt.datetime, where: str, *, iso: bool) -> str:
    if value.tzinfo is None:
        raise ValidationError(
            f"{where}: the datetime has no timezone; OneSignal would guess it. "
            "Pass an aware datetime, e.g. datetime.now(timezone.utc)",
            field=where.split(".")[-1],
        )
    if iso:
        return value.isoformat()
    # The string form OneSignal documents for fields such as send_after.
    return value.strftime("%Y-%m-%d %H:%M:%S GMT%z")
