from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.notification_outcome_aggregation import NotificationOutcomeAggregation


class NotificationOutcome(_m.Model):
    """One outcome total, such as clicks (`os__click`) or a custom outcome."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "value": "value",
        "aggregation": "aggregation",
    }

    id: str | None = _m.field("id", None)
    """ The outcome's name; built-in outcomes start with `os__`. """
    value: float | None = _m.field("value", None)
    """ The count or sum. """
    aggregation: NotificationOutcomeAggregation | None = _m.field("aggregation", None)
    """ Whether `value` is a count or a sum. """

    def __init__(
        self,
        *,
        id: str | None = None,
        value: float | None = None,
        aggregation: NotificationOutcomeAggregation | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "value": value,
                "aggregation": aggregation,
            },
        )
