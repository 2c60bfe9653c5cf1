from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationDeliveryStats(_m.Model):
    """Delivery counts for one platform."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "successful": "successful",
        "failed": "failed",
        "errored": "errored",
        "converted": "converted",
        "received": "received",
        "suppressed": "suppressed",
        "frequency_capped": "frequency_capped",
    }

    successful: int | None = _m.field("successful", None)
    failed: int | None = _m.field("failed", None)
    errored: int | None = _m.field("errored", None)
    converted: int | None = _m.field("converted", None)
    received: int | None = _m.field("received", None)
    suppressed: int | None = _m.field("suppressed", None)
    """ Not sent because the address was on a suppression list (email, SMS). """
    frequency_capped: int | None = _m.field("frequency_capped", None)
    """ Not sent because of frequency capping. """

    def __init__(
        self,
        *,
        successful: int | None = None,
        failed: int | None = None,
        errored: int | None = None,
        converted: int | None = None,
        received: int | None = None,
        suppressed: int | None = None,
        frequency_capped: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "successful": successful,
                "failed": failed,
                "errored": errored,
                "converted": converted,
                "received": received,
                "suppressed": suppressed,
                "frequency_capped": frequency_capped,
            },
        )
