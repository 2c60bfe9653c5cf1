"""What users hold: results that also answer camelCase names, and bodies built the docs' way."""

from __future__ import annotations

from typing import Any, ClassVar

from ._casing import camel_case, snake_case, to_wire, wire_name
from ._index import MODELS
from ._lenient import model_class

_camel_ready: set[str] = set()


def enable_camel_case(value: Any) -> None:
    """Let `value`'s model class, and every model nested in it, read `totalCount` as
    `total_count`. Done once per class, following the index rather than the data."""
    if isinstance(value, list):
        for item in value[:1]:
            enable_camel_case(item)
        return
    name = type(value).__name__
    if name in MODELS and name not in _camel_ready:
        _patch(type(value))


def _patch(cls: type) -> None:
    pending = [cls]
    while pending:
        model = pending.pop()
        name = model.__name__
        if name in _camel_ready:
            continue
        _camel_ready.add(name)
        model.__getattr__ = _read_by_other_name  # type: ignore[attr-defined]
        pending.extend(model_class(nested) for nested in MODELS[name].nested.values())


def _read_by_other_name(self: Any, name: str) -> Any:
    """Reached only when normal lookup fails: try the snake_case name, then unknown fields."""
    if name.startswith("__"):
        raise AttributeError(name)
    snake = snake_case(name)
    if snake != name and hasattr(type(self), snake):
        return getattr(self, snake)
    extra = object.__getattribute__(self, "additional_properties")
    if name in extra:
        return extra[name]
    raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")


class RequestBody:
    """A request body filled in attribute by attribute, in snake_case or camelCase.

    Each subclass names the spec schema it builds; a misspelt attribute raises AttributeError
    with the closest real field, instead of silently sending nothing.
    """

    _schema: ClassVar[str]
    __slots__ = ("_data",)

    def __init__(self, **fields: Any) -> None:
        object.__setattr__(self, "_data", {})
        for name, value in fields.items():
            setattr(self, name, value)

    def _field(self, name: str) -> str:
        wire = wire_name(self._schema, name)
        if wire is None:
            names = list(MODELS[self._schema].fields.values())
            choices = names + [camel_case(n) for n in names] + list(MODELS[self._schema].fields)
            import difflib  # only on this error path

            close = difflib.get_close_matches(name, choices, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise AttributeError(f"{type(self).__name__} has no field {name!r}{hint}")
        return wire

    def __setattr__(self, name: str, value: Any) -> None:
        self._data[self._field(name)] = value

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self._data.get(self._field(name))

    def __delattr__(self, name: str) -> None:
        self._data.pop(self._field(name), None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The body as OneSignal's JSON (field names as the API spells them)."""
        wire: dict[str, Any] = to_wire(self._data, self._schema, type(self).__name__)
        return wire

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._data.items())
        return f"{type(self).__name__}({fields})"


class Notification(RequestBody):
    """A message to send: `n = Notification(); n.app_id = ...; n.contents = {"en": "Hi"}`."""

    _schema = "Notification"
    __slots__ = ()
