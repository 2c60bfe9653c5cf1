from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_event_attribute_operator import JourneyEventAttributeOperator


class JourneyEventAttribute(_m.Model):
    """One condition on a custom event property."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "key": "key",
        "operator": "operator",
        "value": "value",
    }

    key: str | None = _m.field("key", None)
    """ The event property to test. """
    operator: JourneyEventAttributeOperator | None = _m.field("operator", None)
    """ How to compare; `exists` and `not_exists` take no value. """
    value: str | None = _m.field("value", None)
    """ The value to compare with, as a string. """

    def __init__(
        self,
        *,
        key: str,
        operator: JourneyEventAttributeOperator,
        value: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "key": key,
                "operator": operator,
                "value": value,
            },
        )
