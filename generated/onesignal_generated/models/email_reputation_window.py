from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class EmailReputationWindow(_m.Model):
    """Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in the
    window.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "bounce_rate": "bounce_rate",
        "complaint_rate": "complaint_rate",
    }

    bounce_rate: float | None = _m.field("bounce_rate", None)
    """ Share of delivered email that hard- or soft-bounced. """
    complaint_rate: float | None = _m.field("complaint_rate", None)
    """ Share of delivered email reported as spam (Gmail complaints not included). """

    def __init__(
        self,
        *,
        bounce_rate: float | None = None,
        complaint_rate: float | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "bounce_rate": bounce_rate,
                "complaint_rate": complaint_rate,
            },
        )
