from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.email_reputation_window import EmailReputationWindow


class EmailReputationResponse(_m.Model):
    """The app's email bounce and complaint rates in three rolling windows."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "last_24_hours": "last_24_hours",
        "last_7_days": "last_7_days",
        "last_30_days": "last_30_days",
    }

    last_24_hours: EmailReputationWindow | None = _m.field(
        "last_24_hours",
        _m.model(
            "onesignal_generated.models.email_reputation_window",
            "EmailReputationWindow",
        ),
    )
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """
    last_7_days: EmailReputationWindow | None = _m.field(
        "last_7_days",
        _m.model(
            "onesignal_generated.models.email_reputation_window",
            "EmailReputationWindow",
        ),
    )
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """
    last_30_days: EmailReputationWindow | None = _m.field(
        "last_30_days",
        _m.model(
            "onesignal_generated.models.email_reputation_window",
            "EmailReputationWindow",
        ),
    )
    """ Rates for one window, as fractions of delivered email (0.02 = 2%); both are 0 when no email was delivered in
    the window. """

    def __init__(
        self,
        *,
        last_24_hours: EmailReputationWindow | None = None,
        last_7_days: EmailReputationWindow | None = None,
        last_30_days: EmailReputationWindow | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "last_24_hours": last_24_hours,
                "last_7_days": last_7_days,
                "last_30_days": last_30_days,
            },
        )
