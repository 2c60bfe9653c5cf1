"""The base of every generated model: results read from OneSignal's answers, and request bodies.

A model keeps the JSON object it was read from, untouched, and turns a field into Python only
when it is read: a nested object becomes its model, a `date-time` string a `datetime` (or stays
the string when it does not parse), a list or free-form map a private copy. What is turned into
something that can change (a nested model, a list, a dict) is kept, so edits to it persist, and
`to_dict()` writes the object as it is now. Nothing is checked on the way in: a value that does
not fit its declared type is returned as OneSignal sent it, a field the answer left out reads
as None, and fields the spec does not name stay readable by attribute. Reading an answer of 50
notifications costs 50 small objects, whatever their size.

The generated classes declare their fields with `field()` (typed for mypy, a descriptor at run
time), a typed keyword-only `__init__`, and `_by_wire` (JSON name -> attribute name).
"""

from __future__ import annotations

import datetime as dt
import importlib
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

__all__ = ["DATE", "DATETIME", "FreeForm", "Model", "field", "init", "list_of", "model", "one_of"]

M = TypeVar("M", bound="Model")
F = TypeVar("F", bound="FreeForm")
Read = Callable[[Any], Any]


def _copy(value: Any) -> Any:
    """A JSON value's private copy: dicts and lists are copied all the way down."""
    kind = type(value)
    if kind is dict:
        return {k: _copy(v) if type(v) in _CONTAINERS else v for k, v in value.items()}
    if kind is list:
        return [_copy(v) if type(v) in _CONTAINERS else v for v in value]
    return value


_CONTAINERS = frozenset((dict, list))
_SCALARS = frozenset((str, int, float, bool, type(None)))


def to_json(value: Any) -> Any:
    """`value` as plain JSON: models by their `to_dict()`, times as ISO 8601, UUIDs as str."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    value_of = getattr(value, "value", None)  # an enum member
    if value_of is not None and type(value_of) in _SCALARS:
        return value_of
    return value


# -- how a field's JSON turns into Python (each returns the JSON value when it does not fit) ----


def _datetime(raw: Any) -> Any:
    if type(raw) is not str:
        return raw
    text = raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        from dateutil.parser import isoparse  # forms older Pythons' fromisoformat refuses

        return isoparse(raw)
    except (ValueError, OverflowError):
        return raw


def _date(raw: Any) -> Any:
    if type(raw) is not str:
        return raw
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return raw


DATETIME: Read = _datetime
DATE: Read = _date


class model:
    """Reads a nested object as the model `name` of `module`, imported on first use."""

    __slots__ = ("_cls", "_module", "_name")

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._cls: type[Model] | None = None

    def __call__(self, raw: Any) -> Any:
        if type(raw) is not dict and not isinstance(raw, Mapping):
            return raw
        cls = self._cls
        if cls is None:
            cls = self._cls = getattr(importlib.import_module(self._module), self._name)
        return cls.from_dict(raw)


def list_of(read: Read) -> Read:
    def read_list(raw: Any) -> Any:
        if type(raw) is not list:
            return raw
        return [read(item) if item is not None else None for item in raw]

    return read_list


def one_of(*reads: Read) -> Read:
    """A value that may be any of several kinds: the first reading that changes it wins."""

    def read_any(raw: Any) -> Any:
        for read in reads:
            value = read(raw)
            if value is not raw:
                return value
        return _copy(raw)

    return read_any


# -- fields ------------------------------------------------------------------------------------


class _Field:
    """A field of a model: read from the JSON on first use, written into the model's changes."""

    __slots__ = ("attr", "read", "wire")

    def __init__(self, wire: str, read: Read | None) -> None:
        self.wire = wire
        self.read = read
        self.attr = wire

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    def __get__(self, obj: Model | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        wire = self.wire
        values = obj._values
        if wire in values:
            return values[wire]
        raw = obj._raw.get(wire)
        if raw is None:
            return None
        read = self.read
        if read is None:
            if type(raw) not in _CONTAINERS:
                return raw
            value = _copy(raw)
        else:
            value = read(raw)
            if value is raw:
                if type(raw) not in _CONTAINERS:
                    return raw
                value = _copy(raw)
            elif not isinstance(value, Model | list | dict):
                return value  # a datetime: cheap to read again, and the JSON stays as sent
        values[wire] = value  # something that can change: kept, so edits to it persist
        return value

    def __set__(self, obj: Model, value: Any) -> None:
        obj._values[self.wire] = str(value) if isinstance(value, uuid.UUID) else value

    def __delete__(self, obj: Model) -> None:
        obj._values[self.wire] = None


def field(wire: str, read: Read | None = None) -> Any:
    """Declares a field: `name: str | None = field("name")`. Typed `Any` so that the
    annotation is what type checkers see; at run time it is a descriptor."""
    return _Field(wire, read)


# -- the models --------------------------------------------------------------------------------


def _restore(cls: type[M], raw: Mapping[str, Any], values: dict[str, Any]) -> M:
    obj = cls.__new__(cls)
    _set_raw(obj, raw)
    _set_values(obj, values)
    return obj


def init(obj: Model, fields: Mapping[str, Any]) -> None:
    """What a generated `__init__` does: the fields given (by JSON name), None left out."""
    _set_raw(obj, {})
    _set_values(
        obj,
        {
            wire: str(value) if isinstance(value, uuid.UUID) else value
            for wire, value in fields.items()
            if value is not None
        },
    )


class Model:
    """A OneSignal object: a result read from an answer, or a request body built in code.

    - Fields read as typed attributes; one the answer left out reads as None. camelCase
      (`page.totalCount`) and the JSON spelling (`sub.type` for `sub.type_`) read too, and
      fields the spec does not name, when the answer has them.
    - `to_dict()` is the object as JSON as it is now, with the API's field names.
    - `as_received()` is the JSON it was read from, as received (`{}` for one built in code).
    - `Model.from_dict(data)` reads any JSON object, never raising on what does not fit.
    """

    _by_wire: ClassVar[dict[str, str]] = {}  # JSON name -> attribute name, per generated class

    if TYPE_CHECKING:  # slots hidden from mypy, which would take the fields for plain attributes
        _raw: Mapping[str, Any]
        _values: dict[str, Any]
    else:
        __slots__ = ("_raw", "_values")

    def __init__(self, **fields: Any) -> None:
        """Keyword arguments by JSON name; None means "leave out"."""
        init(self, fields)

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """The model read from a JSON object (kept as given, read field by field on use)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict needs a mapping, not {type(src_dict)}")
        obj = cls.__new__(cls)
        _set_raw(obj, src_dict)
        _set_values(obj, {})
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON, as it is now: fields set or changed since it was read included,
        fields set to None left out. Always `json.dumps`-able (times as ISO 8601 strings)."""
        raw = self._raw
        out = {k: _copy(v) if type(v) in _CONTAINERS else v for k, v in raw.items()}
        for wire, value in self._values.items():
            if value is None:
                out.pop(wire, None)
            else:
                out[wire] = to_json(value)
        return out

    def as_received(self) -> dict[str, Any]:
        """The JSON object this was read from, exactly as OneSignal sent it (a copy: changes
        to the model or to the copy never reach it). `{}` for a model built in code."""
        copied: dict[str, Any] = _copy(dict(self._raw))
        return copied

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields of the answer that the spec does not name."""
        known = type(self)._by_wire
        return {k: v for k, v in self.to_dict().items() if k not in known}

    def _present(self) -> list[tuple[str, Any]]:
        """(name, value) of each field present, in the order of the JSON."""
        by_wire = type(self)._by_wire
        values = self._values
        raw = self._raw
        out = []
        for wire in {**dict.fromkeys(raw), **dict.fromkeys(values)}:
            if wire in values and values[wire] is None:
                continue  # set to None: left out
            attr = by_wire.get(wire)
            if attr is None:
                value = values[wire] if wire in values else raw[wire]
                out.append((wire, value))
            else:
                out.append((attr, getattr(self, attr)))
        return out

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in self._present())
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # changeable, like a dict

    def __copy__(self: M) -> M:
        return _restore(type(self), self._raw, dict(self._values))

    def __deepcopy__(self: M, memo: dict[int, Any]) -> M:
        import copy  # only when copying

        return _restore(type(self), self._raw, copy.deepcopy(self._values, memo))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), dict(self._raw), self._values))

    if not TYPE_CHECKING:  # at run time only: to mypy a misspelt attribute stays an error

        def __getattr__(self, name: str) -> Any:
            """Reached when normal lookup fails: other spellings, then undeclared fields."""
            if name.startswith("_"):
                raise AttributeError(name)
            attr = _spellings(type(self)).get(name)
            if attr is not None:
                return getattr(self, attr)
            values = self._values
            if name in values:
                return values[name]
            raw = self._raw
            if name in raw:
                value = raw[name]
                if type(value) in _CONTAINERS:
                    value = values[name] = _copy(value)
                return value
            raise _no_field(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            try:
                object.__setattr__(self, name, value)
                return
            except AttributeError:
                pass
            attr = _spellings(type(self)).get(name)
            if attr is not None:
                object.__setattr__(self, attr, value)
            elif name in self._raw or name in self._values:  # a field the spec does not name
                self._values[name] = value
            else:
                raise _no_field(self, name) from None

        def __delattr__(self, name: str) -> None:
            attr = _spellings(type(self)).get(name, name)
            if attr in type(self)._by_wire.values():
                object.__delattr__(self, attr)
            elif name in self._raw or name in self._values:
                self._values[name] = None
            else:
                raise _no_field(self, name)


_set_raw = Model.__dict__["_raw"].__set__  # the slots' own setters
_set_values = Model.__dict__["_values"].__set__

_SPELLINGS: dict[type, dict[str, str]] = {}  # per class (not per object): other name -> attr


def _spellings(cls: type[Model]) -> dict[str, str]:
    found = _SPELLINGS.get(cls)
    if found is None:
        from ._casing import camel_case, snake_case

        found = {}
        for wire, attr in cls._by_wire.items():
            for name in (wire, camel_case(attr), camel_case(wire), snake_case(wire)):
                if name != attr and name.isidentifier():
                    found.setdefault(name, attr)
            found.setdefault(wire, attr)
        for attr in cls._by_wire.values():
            found.pop(attr, None)  # a real attribute is never an alias
        _SPELLINGS[cls] = found
    return found


def _no_field(obj: Model, name: str) -> AttributeError:
    import difflib  # only on this error path

    cls = type(obj)
    choices = [*cls._by_wire.values(), *(k for k in obj._raw if k not in cls._by_wire)]
    close = difflib.get_close_matches(name, choices, n=1)
    if not close:
        from ._casing import snake_case

        close = difflib.get_close_matches(snake_case(name), choices, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return AttributeError(f"{cls.__name__!r} object has no field {name!r}{hint}", name=name)


class FreeForm(dict[str, Any]):
    """A free-form JSON object (tags, data, language maps, ...): a dict, with the generated
    models' `from_dict`/`to_dict`. Fields of this kind read as plain dicts."""

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[F], src_dict: Mapping[str, Any]) -> F:
        return cls(_copy(dict(src_dict)))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = to_json(self)
        return out

    def as_received(self) -> dict[str, Any]:
        return self.to_dict()
