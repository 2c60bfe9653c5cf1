"""camelCase <-> snake_case, and turning user bodies into the JSON the API expects.

Only names the spec defines are rewritten. Free-form maps (`tags`, `data`, `identity`, language
maps, `event_updates`, custom-event `properties`) are models without declared fields in the
index, so their keys pass through untouched.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
import uuid
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from ._errors import ValidationError
from ._index import MODELS

_UPPER = re.compile(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])")


@lru_cache(maxsize=4096)
def snake_case(name: str) -> str:
    """`includedSegments` -> `included_segments`, `appId` -> `app_id`; snake names unchanged."""
    return _UPPER.sub(lambda m: "_" + (m.group(1) or m.group(2)), name).lower()


def camel_case(name: str) -> str:
    """`included_segments` -> `includedSegments`."""
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


@cache
def _spellings(model: str) -> dict[str, str]:
    """Every accepted spelling of `model`'s fields (JSON, snake, camel) -> the JSON name."""
    lookup: dict[str, str] = {}
    for attr, wire in MODELS[model].fields.items():
        for spelling in (camel_case(attr), camel_case(wire), attr, wire):
            lookup[spelling] = wire
    return lookup


def wire_name(model: str, key: str) -> str | None:
    """The JSON name of `key` (snake, camel or JSON spelling) in `model`, or None if unknown."""
    return _spellings(model).get(key) or MODELS[model].fields.get(snake_case(key))


def known_names(model: str) -> list[str]:
    return sorted(MODELS[model].fields.values())


_Plan = tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, frozenset[Any]]]


@cache
def _plan(model: str) -> _Plan | None:
    """How to write `model`: its spellings, its nested models that have fields, its date-time
    fields, the values its enums allow. None for a free-form map, whose keys are the user's own
    and never respelt."""
    entry = MODELS[model]
    if not entry.fields:
        return None
    nested = {wire: sub for wire, sub in entry.nested.items() if MODELS[sub].fields}
    enums = {wire: frozenset(values) for wire, values in entry.enums.items()}
    return _spellings(model), nested, frozenset(entry.timestamps), enums


def to_wire(value: Any, model: str | None, where: str = "body") -> Any:
    """`value` as JSON for `model`: known keys respelt, nested models followed, rest kept.

    Plain JSON values (strings, numbers, lists, free-form maps) are passed through as given:
    `encode_json` checks them when the request is encoded, which costs less than a walk here.
    """
    if model is None or model not in MODELS:
        return plain(value, where)
    if type(value) is not dict:
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        if not isinstance(value, Mapping):
            raise ValidationError(
                f"{where} must be a mapping (dict) or a model, not {type(value).__name__}",
                field=where,
            )
    plan = _plan(model)
    if plan is None:
        return value if type(value) is dict else plain(value, where)
    spellings, nested, stamps, enums = plan
    out: dict[str, Any] = {}
    for key, item in value.items():
        name = spellings.get(key)
        if name is None:
            if not isinstance(key, str):
                raise ValidationError(f"{where} has a non-string key {key!r}", field=where)
            name = wire_name(model, key) or _unknown_field(model, key, where)
        kind = type(item)
        if kind in _SCALARS:
            if name in enums and item is not None and item not in enums[name]:
                raise _not_allowed(item, enums[name], where, name)
            out[name] = item
        elif (sub := nested.get(name)) is None:
            plain_json = kind is dict or kind is list
            item = item if plain_json else plain(item, where, name, iso=name in stamps)
            if name in enums:
                _check_enum(item, enums[name], where, name)
            out[name] = item
        elif isinstance(item, list | tuple):  # list subclasses too (onesignal.filters)
            out[name] = [to_wire(one, sub, f"{where}.{name}[{i}]") for i, one in enumerate(item)]
        else:
            out[name] = to_wire(item, sub, f"{where}.{name}")
    return out


def _unknown_field(model: str, key: str, where: str) -> str:
    """An undeclared field: kept where the schema admits extras, refused (with a suggestion)
    where it does not, so a typo cannot silently send nothing."""
    entry = MODELS[model]
    if entry.open:
        return key
    names = known_names(model)
    import difflib  # only on this error path

    close = difflib.get_close_matches(snake_case(key), names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValidationError(
        f"{where}: unknown field {key!r}{hint} (extra_body= sends fields the SDK does not know)",
        field=key,
    )


_SCALARS = frozenset({str, int, bool, type(None)})
_CONTAINERS = frozenset({dict, list})  # unhashable: never an enum's value


def _check_enum(value: Any, allowed: frozenset[Any], where: str, name: str) -> None:
    """An enum field's value, or each item of a list of them, is one the spec allows."""
    for one in value if type(value) is list else (value,):
        if one is not None and (type(one) in _CONTAINERS or one not in allowed):
            raise _not_allowed(one, allowed, where, name)


def _not_allowed(value: Any, allowed: frozenset[Any], where: str, name: str) -> ValidationError:
    choices = sorted(allowed, key=lambda c: (type(c).__name__, c))
    hint = ""
    if isinstance(value, str):
        import difflib  # only on this error path

        close = difflib.get_close_matches(value, [str(c) for c in choices], n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = ", ".join(repr(c) for c in choices)
    return ValidationError(f"{where}.{name}: {value!r} is not one of {listed}{hint}", field=name)


def plain(value: Any, where: str, key: Any = None, *, iso: bool = True) -> Any:
    """Make `value` (found at `where`, under `key`) JSON-ready; free-form map keys are never
    rewritten. Plain JSON takes the fast path; the path text is only built for errors."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:
        here = _path(where, key)
        return {k if type(k) is str else str(k): plain(v, here, k) for k, v in value.items()}
    if kind is list:
        here = _path(where, key)
        return [plain(v, here, [i]) for i, v in enumerate(value)]
    if kind is float:
        if math.isfinite(value):
            return value
        raise _not_json(f"{value} is not a JSON number", where, key)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping | list | tuple):
        return plain(dict(value) if isinstance(value, Mapping) else list(value), where, key)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str | int | float):  # subclasses of the JSON scalars
        base = str if isinstance(value, str) else int if isinstance(value, int) else float
        return plain(base(value), where, key)
    if isinstance(value, dt.datetime):
        return _timestamp(value, _path(where, key), iso=iso)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise _not_json(f"a {type(value).__name__} cannot be sent as JSON", where, key)


def encode_json(data: Any, where: str = "body") -> bytes:
    """`data` as compact JSON. Plain JSON inside free-form maps was left as given by `to_wire`
    (walking it again would cost more than the request); anything JSON cannot carry fails
    here, and is then located by a full walk for a precise error."""
    try:
        return _ENCODER.encode(data).encode()
    except (TypeError, ValueError):
        plain(data, where)  # raises a ValidationError naming the field
        raise ValidationError(f"{where} cannot be sent as JSON", field=where) from None


def _default(value: Any) -> Any:
    """What json.dumps meets in free-form maps beyond plain JSON."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime")
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | Mapping):
        return list(value) if isinstance(value, tuple) else dict(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(type(value).__name__)


# One encoder for every request: json.dumps builds a new one per call when given options.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False, default=_default)


def _path(where: str, key: Any) -> str:
    if key is None:
        return where
    return f"{where}{key}" if isinstance(key, list) else f"{where}.{key}"


def _not_json(problem: str, where: str, key: Any) -> ValidationError:
    path = _path(where, key)
    return ValidationError(f"{path}: {problem}", field=path.split(".")[-1])


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
