"""Build the `filters` list of segments and notifications, checked, as the API documents it.

    from onesignal import filters as f

    audience = (f.tag("level") > 10) & f.country("US") | f.tag("vip").exists()
    client.create_segment(APP_ID, name="Keen", filters=audience)
    audience.to_list()
    # [{"field": "tag", "key": "level", "relation": ">", "value": "10"},
    #  {"field": "country", "relation": "=", "value": "US"},
    #  {"operator": "OR"},
    #  {"field": "tag", "key": "vip", "relation": "exists"}]

    f.language.in_array(["en", "fr"]).to_dict()
    # {"field": "language", "relation": "in_array", "value": "en,fr"}

Every condition and every combination is a `Filters`: a list of the JSON entries, so a body
takes it as it is. `&` is AND and `|` is OR; as in OneSignal, AND binds tighter than OR.
`a & (b | c)`, which a flat list cannot say, is sent as `a & b | a & c`. A list of single
conditions (`[f.country("US"), f.language("en")]`) works too: its entries are ANDed.
A relation a field does not support raises `ValidationError` naming the allowed ones.

A condition has no truth value: `1 < f.session_count < 5`, `a and b`, `a or b` and `not a`
would each quietly keep only one side (Python's chained comparisons and `and`/`or` test the
first operand with `bool()`), so they raise `TypeError` instead, as SQLAlchemy's expressions
and NumPy's arrays do. Write `(f.session_count > 1) & (f.session_count < 5)`; `len()` says
whether a list is empty.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any, Literal

from ._errors import ValidationError

__all__ = [
    "FIELDS",
    "MAX_ENTRIES",
    "Condition",
    "Field",
    "Filters",
    "Relation",
    "all_of",
    "amount_spent",
    "any_of",
    "app_version",
    "bought_sku",
    "country",
    "first_session",
    "language",
    "last_session",
    "location",
    "session_count",
    "session_time",
    "tag",
]

Relation = Literal[
    ">",
    "<",
    "=",
    "!=",
    "exists",
    "not_exists",
    "time_elapsed_gt",
    "time_elapsed_lt",
    "in_array",
    "not_in_array",
]
Value = str | int | float | dt.timedelta
Values = Iterable[str]

_ORDER = (">", "<")
# The relations each field supports, per OneSignal's filter reference.
FIELDS: dict[str, tuple[str, ...]] = {
    "tag": (">", "<", "=", "!=", "exists", "not_exists", "time_elapsed_gt", "time_elapsed_lt"),
    "last_session": _ORDER,
    "first_session": _ORDER,
    "session_count": (">", "<", "=", "!="),
    "session_time": _ORDER,
    "amount_spent": (">", "<", "="),
    "bought_sku": (">", "<", "="),
    "language": ("=", "!=", "in_array", "not_in_array"),
    "app_version": (">", "<", "=", "!="),
    "country": ("=",),
}
_HOURS = frozenset({"last_session", "first_session"})  # compared as `hours_ago`, not `value`
_SECONDS = frozenset({"session_time", "time_elapsed_gt", "time_elapsed_lt"})
_NO_VALUE = frozenset({"exists", "not_exists"})
# Compared with a list of values, sent as one comma-separated string ("en,fr").
_LISTS = frozenset({"in_array", "not_in_array"})
MAX_ENTRIES = 200  # OneSignal's cap on a filter list, OR entries included
_OR: dict[str, str] = {"operator": "OR"}


class Filters(list[dict[str, Any]]):
    """A filter list: JSON entries, ANDed unless an `{"operator": "OR"}` sits between them."""

    def __and__(self, other: Iterable[dict[str, Any]]) -> Filters:
        mine, theirs = _groups(self), _groups(other)
        if not mine or not theirs:
            return _join(mine or theirs)
        return _join([a + b for a in mine for b in theirs])  # AND spreads over OR

    def __or__(self, other: Iterable[dict[str, Any]]) -> Filters:
        return _join(_groups(self) + _groups(other))

    def __bool__(self) -> bool:
        raise TypeError(
            "a filter condition has no truth value, so `1 < f.session_count < 5`, `and`, `or` "
            "and `not` cannot combine conditions (each would silently keep one side): use & "
            "for AND and | for OR, e.g. (f.session_count > 1) & (f.session_count < 5); "
            "len() tells whether a filter list is empty"
        )

    def to_list(self) -> list[dict[str, Any]]:
        """The entries as plain JSON (fresh dicts)."""
        return [dict(entry) for entry in self]

    def __repr__(self) -> str:
        return f"Filters({list.__repr__(self)})"


class Condition(Filters):
    """One condition: a filter list of one entry that can also stand as one item of a list."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self[0])

    def __repr__(self) -> str:
        return f"Condition({self[0]!r})"


class Field:
    """A field to compare: `f.session_count > 5`, `f.language == "es"`, `f.country("US")`,
    `f.tag("vip").exists()`, `f.language.in_array(["en", "fr"])`, or `.where(relation, value)`
    for any relation it supports."""

    def __init__(self, name: str, key: str | None = None) -> None:
        self.name = name
        self.key = key

    def where(self, relation: str, value: Value | Values | None = None) -> Condition:
        allowed = FIELDS[self.name]
        if relation not in allowed:
            raise ValidationError(
                f"filter field {self.name!r} does not support relation {relation!r}; "
                f"allowed: {', '.join(repr(r) for r in allowed)}",
                field=self.name,
            )
        entry: dict[str, Any] = {"field": self.name}
        if self.key is not None:
            entry["key"] = self.key
        entry["relation"] = relation
        if relation in _NO_VALUE:
            if value is not None:
                raise ValidationError(
                    f"filter {self.name!r}: {relation!r} takes no value", field=self.name
                )
        elif relation in _LISTS:
            entry["value"] = _joined(self.name, relation, value)
        else:
            unit = None  # what a timedelta is turned into, where the field means a duration
            if self.name in _HOURS:
                unit = "hours"
            elif self.name in _SECONDS or relation in _SECONDS:
                unit = "seconds"
            text = _text(self.name, value, unit)
            entry["hours_ago" if self.name in _HOURS else "value"] = text
        return Condition([entry])

    def __call__(
        self,
        value: Value | Values | None = None,
        relation: Relation | None = None,
        *,
        hours_ago: Value | None = None,
    ) -> Condition:
        """`f.country("US")`, `f.language("en", "!=")`, `f.last_session(hours_ago=24,
        relation="<")`; without a relation: `=` where the field has it."""
        if hours_ago is not None:
            if self.name not in _HOURS or value is not None:
                raise TypeError(f"{self.name}() takes hours_ago= only for last/first_session")
            value = hours_ago
        if relation is None:
            if "=" not in FIELDS[self.name]:
                allowed = ", ".join(repr(r) for r in FIELDS[self.name])
                raise ValidationError(
                    f"filter field {self.name!r} needs relation= (one of {allowed})",
                    field=self.name,
                )
            relation = "="
        return self.where(relation, value)

    def __gt__(self, value: Value) -> Condition:
        return self.where(">", value)

    def __lt__(self, value: Value) -> Condition:
        return self.where("<", value)

    def __eq__(self, value: Value) -> Condition:  # type: ignore[override]
        return self.where("=", value)

    def __ne__(self, value: Value) -> Condition:  # type: ignore[override]
        return self.where("!=", value)

    __hash__ = None  # type: ignore[assignment]

    def exists(self) -> Condition:
        return self.where("exists")

    def not_exists(self) -> Condition:
        return self.where("not_exists")

    def time_elapsed_gt(self, seconds: float | dt.timedelta) -> Condition:
        """More than `seconds` since the time stored in the tag (a Unix timestamp)."""
        return self.where("time_elapsed_gt", seconds)

    def time_elapsed_lt(self, seconds: float | dt.timedelta) -> Condition:
        return self.where("time_elapsed_lt", seconds)

    def in_array(self, values: Values) -> Condition:
        """Any of `values`: `f.language.in_array(["en", "fr"])` sends `"value": "en,fr"`."""
        return self.where("in_array", values)

    def not_in_array(self, values: Values) -> Condition:
        """None of `values` (sent comma-separated, as `in_array`)."""
        return self.where("not_in_array", values)

    def __repr__(self) -> str:
        return f"Field({self.name!r}" + (f", key={self.key!r})" if self.key else ")")


def tag(key: str) -> Field:
    """A data tag; every relation, including `exists` and the `time_elapsed_*` ones."""
    return Field("tag", _name("tag", key))


def bought_sku(sku: str) -> Field:
    """In-app purchases of one SKU, compared by the amount spent on it in USD."""
    return Field("bought_sku", _name("bought_sku", sku))


last_session = Field("last_session")
"""Hours since the last session: `f.last_session < 24` is "active in the last day"."""
first_session = Field("first_session")
"""Hours since the first session."""
session_count = Field("session_count")
session_time = Field("session_time")
"""Seconds spent in the app in all (a `timedelta` is converted)."""
amount_spent = Field("amount_spent")
"""USD spent on in-app purchases."""
language = Field("language")
"""Two-letter language code; `=`, `!=`, and a list of codes with `.in_array()` /
`.not_in_array()`."""
app_version = Field("app_version")
country = Field("country")
"""Two-letter country code; only `=`."""


def location(*, radius: float, lat: float, long: float) -> Condition:
    """Within `radius` meters of a point (no relation)."""
    for name, value, low, high in (
        ("radius", radius, 0.0, math.inf),
        ("lat", lat, -90.0, 90.0),
        ("long", long, -180.0, 180.0),
    ):
        if not _is_number(value) or not low <= value <= high or not math.isfinite(value):
            raise ValidationError(
                f"filter 'location': {name} must be a number from {low} to {high}, got {value!r}",
                field=name,
            )
    return Condition([{"field": "location", "radius": radius, "lat": lat, "long": long}])


def all_of(*parts: Iterable[dict[str, Any]]) -> Filters:
    """`parts` ANDed: `all_of(a, b, c)` is `a & b & c`."""
    result = Filters()
    for part in parts:
        result &= _as_filters(part)
    return result


def any_of(*parts: Iterable[dict[str, Any]]) -> Filters:
    """`parts` ORed: `any_of(a, b, c)` is `a | b | c`."""
    result = Filters()
    for part in parts:
        result |= _as_filters(part)
    return result


# -- helpers -------------------------------------------------------------------------------


def _as_filters(part: Iterable[dict[str, Any]]) -> Filters:
    return part if isinstance(part, Filters) else Filters(part)


def _groups(entries: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The OR-separated AND groups of a flat list (explicit AND entries are implied anyway)."""
    groups: list[list[dict[str, Any]]] = [[]]
    for entry in entries:
        if hasattr(entry, "to_dict"):
            entry = entry.to_dict()
        if not isinstance(entry, dict):
            raise ValidationError(
                f"a filter entry must be a dict, not {type(entry).__name__}", field="filters"
            )
        operator = str(entry.get("operator", "")).upper()
        if operator == "OR":
            groups.append([])
        elif operator != "AND":
            groups[-1].append(dict(entry))
    return [group for group in groups if group]


def _join(groups: list[list[dict[str, Any]]]) -> Filters:
    out = Filters()
    for i, group in enumerate(groups):
        if i:
            out.append(dict(_OR))
        out.extend(group)
    if len(out) > MAX_ENTRIES:
        raise ValidationError(
            f"the filters have {len(out)} entries, more than OneSignal's {MAX_ENTRIES} "
            "(an AND over ORs is spread out: simplify it)",
            field="filters",
        )
    return out


def _name(field: str, key: Any) -> str:
    if not isinstance(key, str) or not key.strip():
        raise ValidationError(f"filter {field!r} needs a non-empty string key", field=field)
    return key


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _joined(field: str, relation: str, values: Any) -> str:
    """A list of values as the one comma-separated string OneSignal reads for `relation`.

    A bare string is refused rather than split into letters or sent as one pre-joined value:
    a comma inside a value could not be told from the separator."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError(
            f"filter {field!r}: {relation!r} takes a list of values, such as ['en', 'fr'], "
            f"not {type(values).__name__} {values!r}",
            field=field,
        )
    items = list(values)
    if not items:
        raise ValidationError(
            f"filter {field!r}: {relation!r} needs at least one value", field=field
        )
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(
                f"filter {field!r}: each {relation!r} value must be a non-empty string, "
                f"got {item!r}",
                field=field,
            )
        if "," in item:
            raise ValidationError(
                f"filter {field!r}: {relation!r} values are sent comma-separated, so a value "
                f"cannot contain a comma: {item!r}",
                field=field,
            )
    return ",".join(items)


def _text(field: str, value: Any, unit: str | None) -> str:
    """A value as the string OneSignal expects; a timedelta in `unit` where time is meant."""
    if isinstance(value, dt.timedelta):
        if unit is None:
            raise ValidationError(f"filter {field!r} takes no timedelta", field=field)
        value = value.total_seconds() / (3600 if unit == "hours" else 1)
    if isinstance(value, str):
        return value
    if _is_number(value) and math.isfinite(value):
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    what = "missing" if value is None else f"a {type(value).__name__}"
    raise ValidationError(
        f"filter {field!r}: the value must be a string or a number, not {what}", field=field
    )
