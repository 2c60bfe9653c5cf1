from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyMessageStats(_m.Model):
    """Delivery totals of a send step (push, email, SMS, in-app or webhook). The stat names depend on the channel."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "totals": "totals",
    }

    totals: dict[str, float] | None = _m.field("totals", None)
    """ All-time totals by stat name, such as `sent`, `delivered` or `clicked`. """

    def __init__(
        self,
        *,
        totals: dict[str, float] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "totals": totals,
            },
        )
