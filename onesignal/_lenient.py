"""Reading 2xx answers that depart from the spec, without raising.

The generated parsers are strict: a missing "required" field, a `null` where an object was
declared or a string where a list was declared makes them raise. A notification that was sent
must not turn into an exception, so when they fail the answer is read field by field instead:
every field that fits its model is typed, the others keep their JSON value, unknown fields land
in `additional_properties`. Either way `to_dict()` returns the answer exactly as received.
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Mapping
from functools import cache, partial
from typing import Any

from ._index import MODELS
from ._lazy import LazyList

# The JSON each leniently read object was built from, by id (the models are unhashable);
# a weak reference drops the entry when the object goes.
_RECEIVED: dict[int, tuple[weakref.ref[Any], Mapping[str, Any]]] = {}


def _remember(obj: Any, data: Mapping[str, Any]) -> None:
    _received_to_dict(type(obj))
    key = id(obj)
    _RECEIVED[key] = (weakref.ref(obj, lambda _: _RECEIVED.pop(key, None)), data)


def received(obj: Any) -> Mapping[str, Any] | None:
    entry = _RECEIVED.get(id(obj))
    return entry[1] if entry is not None and entry[0]() is obj else None


@cache
def model_class(name: str) -> type:
    module = importlib.import_module(f"onesignal_generated.models.{MODELS[name].module}")
    cls: type = getattr(module, name)
    return cls


def read_leniently(model: str, data: Any) -> Any:
    """An answer's `data` as `model` (a class name, `list[Name]` or `None`), as far as it fits.

    Lists of models at the answer's top level (a page's items) are read lazily, item by item.
    """
    if model.startswith("list[") and isinstance(data, list):
        return LazyList(data, partial(read_model, model[5:-1]))
    if model not in MODELS or not isinstance(data, Mapping):
        return data
    lists = {
        wire: nested
        for wire, nested in MODELS[model].nested.items()
        if isinstance(data.get(wire), list)
    }
    if not lists:
        return read_model(model, data)
    obj = read_model(model, {**data, **{wire: [] for wire in lists}})
    for wire, nested in lists.items():
        attr = _ATTRS[model][wire]
        object.__setattr__(obj, attr, LazyList(data[wire], partial(read_model, nested)))
    _remember(obj, data)
    return obj


class _AttrNames(dict[str, dict[str, str]]):
    """Per model, JSON name -> attribute name (the index maps the other way)."""

    def __missing__(self, model: str) -> dict[str, str]:
        names = {wire: attr for attr, wire in MODELS[model].fields.items()}
        self[model] = names
        return names


_ATTRS = _AttrNames()


def read_model(name: str, data: Any) -> Any:
    """The generated parser's result, or a field-by-field reading where it fails. Either way
    the object's `to_dict()` gives back `data` as received."""
    if not isinstance(data, Mapping):
        return data  # not this model at all: keep the JSON value
    cls = model_class(name)
    try:
        obj = cls.from_dict(data)  # type: ignore[attr-defined]
    except (KeyError, TypeError, ValueError, AttributeError):
        obj = _field_by_field(cls, name, data)
    _remember(obj, data)
    return obj


def _field_by_field(cls: type, name: str, data: Mapping[str, Any]) -> Any:
    from onesignal_generated.types import UNSET as unset

    entry = MODELS[name]
    obj: Any = object.__new__(cls)
    for attr, wire in entry.fields.items():
        value = data.get(wire, unset)
        nested = entry.nested.get(wire)
        if nested and isinstance(value, list):
            value = [read_model(nested, item) for item in value]
        elif nested and isinstance(value, Mapping):
            value = read_model(nested, value)
        elif wire in entry.timestamps and isinstance(value, str):
            value = _timestamp(value)
        object.__setattr__(obj, attr, value)
    declared = set(entry.fields.values())
    extra = {key: value for key, value in data.items() if key not in declared}
    object.__setattr__(obj, "additional_properties", extra)
    return obj


def _timestamp(value: str) -> Any:
    from dateutil.parser import isoparse  # only needed when reading leniently

    try:
        return isoparse(value)
    except ValueError:
        return value


_guarded: set[type] = set()


def _received_to_dict(cls: type) -> None:
    """Make `to_dict()` of objects read from an answer return that answer as it came (a
    leniently read object may hold values the generated `to_dict` could not write back)."""
    if cls in _guarded:
        return
    _guarded.add(cls)
    generated_to_dict = cls.to_dict  # type: ignore[attr-defined]

    def to_dict(self: Any) -> dict[str, Any]:
        data = received(self)
        if data is not None:
            return dict(data)
        result: dict[str, Any] = generated_to_dict(self)
        return result

    cls.to_dict = to_dict  # type: ignore[attr-defined]
