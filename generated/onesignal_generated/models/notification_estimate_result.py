from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class NotificationEstimateResult(_m.Model):
    """An audience estimate for a draft message."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "count": "count",
        "uncapped_count": "uncapped_count",
        "cap_applied": "cap_applied",
        "mobile_suppressed": "mobile_suppressed",
        "mobile_excluded_count": "mobile_excluded_count",
    }

    count: int | None = _m.field("count", None)
    """ Estimated number of recipients for this targeting and channel. """
    uncapped_count: int | None = _m.field("uncapped_count", None)
    """ The estimate before the plan's web push subscriber cap; null when no cap applied. """
    cap_applied: bool | None = _m.field("cap_applied", None)
    """ Whether `count` was lowered by the plan's web push subscriber cap. """
    mobile_suppressed: bool | None = _m.field("mobile_suppressed", None)
    """ Whether mobile push would be dropped because the plan's mobile subscriber cap is exceeded. """
    mobile_excluded_count: int | None = _m.field("mobile_excluded_count", None)
    """ Mobile push recipients left out of `count` because of that cap. """

    def __init__(
        self,
        *,
        count: int | None = None,
        uncapped_count: int | None = None,
        cap_applied: bool | None = None,
        mobile_suppressed: bool | None = None,
        mobile_excluded_count: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "count": count,
                "uncapped_count": uncapped_count,
                "cap_applied": cap_applied,
                "mobile_suppressed": mobile_suppressed,
                "mobile_excluded_count": mobile_excluded_count,
            },
        )
