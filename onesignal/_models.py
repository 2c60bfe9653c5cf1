"""Request bodies built the docs' way (results are the generated models, see `_model`)."""

from __future__ import annotations

from typing import Any, ClassVar

from ._casing import camel_case, to_wire, wire_name
from ._index import MODELS


def enable_camel_case(value: Any) -> None:
    """Deprecated, does nothing: every generated model reads camelCase names by itself."""


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
