from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt


class NotificationEmailWarmUpStage(_m.Model):
    """One stage of an Auto Warm Up email."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "start": "start",
        "end": "end",
        "quota": "quota",
        "acked": "acked",
    }

    start: _dt.datetime | None = _m.field("start", _m.DATETIME)
    """ When the stage starts. """
    end: _dt.datetime | None = _m.field("end", _m.DATETIME)
    """ When the stage ends. """
    quota: int | None = _m.field("quota", None)
    """ How many emails the stage sends at most. """
    acked: bool | None = _m.field("acked", None)
    """ Whether OneSignal has acknowledged the stage. """

    def __init__(
        self,
        *,
        start: _dt.datetime | None = None,
        end: _dt.datetime | None = None,
        quota: int | None = None,
        acked: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "start": start,
                "end": end,
                "quota": quota,
                "acked": acked,
            },
        )
