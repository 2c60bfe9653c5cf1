from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.outcome_data_aggregation import OutcomeDataAggregation


class OutcomeData(_m.Model):
    """One aggregated outcome."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "value": "value",
        "aggregation": "aggregation",
    }

    id: str | None = _m.field("id", None)
    """ The outcome's name, without the aggregation suffix. """
    value: float | None = _m.field("value", None)
    """ The aggregated value (a count, or a sum). """
    aggregation: OutcomeDataAggregation | None = _m.field("aggregation", None)
    """ How the value was aggregated. """

    def __init__(
        self,
        *,
        id: str,
        value: float,
        aggregation: OutcomeDataAggregation | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "value": value,
                "aggregation": aggregation,
            },
        )
