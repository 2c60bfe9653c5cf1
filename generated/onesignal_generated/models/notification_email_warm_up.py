from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.notification_email_warm_up_stage import NotificationEmailWarmUpStage
    from ..models.notification_email_warm_up_status import (
        NotificationEmailWarmUpStatus,
    )
    from ..models.notification_email_warm_up_strategy import (
        NotificationEmailWarmUpStrategy,
    )


class NotificationEmailWarmUp(_m.Model):
    """How an Auto Warm Up email is spread over days. Send only `strategy` (and `stages` for `custom`); a message read back
    also has the warm up's `status` and `is_live`.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "strategy": "strategy",
        "stages": "stages",
        "status": "status",
        "is_live": "is_live",
    }

    strategy: NotificationEmailWarmUpStrategy | None = _m.field("strategy", None)
    """ `recommended` lets OneSignal plan the stages from your past volumes and audience size; `custom` sends the
    `stages` given. """
    stages: list[NotificationEmailWarmUpStage] | None = _m.field(
        "stages",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_email_warm_up_stage",
                "NotificationEmailWarmUpStage",
            )
        ),
    )
    """ The daily stages, in order. """
    status: NotificationEmailWarmUpStatus | None = _m.field("status", None)
    """ Where the warm up is (read back only). """
    is_live: bool | None = _m.field("is_live", None)
    """ Whether stages are being sent now (read back only). """

    def __init__(
        self,
        *,
        strategy: NotificationEmailWarmUpStrategy | None = None,
        stages: list[NotificationEmailWarmUpStage] | None = None,
        status: NotificationEmailWarmUpStatus | None = None,
        is_live: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "strategy": strategy,
                "stages": stages,
                "status": status,
                "is_live": is_live,
            },
        )
