from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_purchase import PropertiesPurchase


class PropertiesDeltas(_m.Model):
    """Amounts added to a user's running totals rather than replacing them."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "session_time": "session_time",
        "session_count": "session_count",
        "purchases": "purchases",
    }

    session_time: int | None = _m.field("session_time", None)
    """ Seconds of app use to add to the total session time. """
    session_count: int | None = _m.field("session_count", None)
    """ Number of sessions to add to the session count. """
    purchases: list[PropertiesPurchase] | None = _m.field(
        "purchases",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.properties_purchase", "PropertiesPurchase"
            )
        ),
    )
    """ Purchases to append to the user's purchase history. """

    def __init__(
        self,
        *,
        session_time: int | None = None,
        session_count: int | None = None,
        purchases: list[PropertiesPurchase] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "session_time": session_time,
                "session_count": session_count,
                "purchases": purchases,
            },
        )
