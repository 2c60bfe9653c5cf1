from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt


class JourneySchedule(_m.Model):
    """A future start and/or stop time; null means the journey is not scheduled."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "start_at": "start_at",
        "stop_at": "stop_at",
        "error": "error",
    }

    start_at: _dt.datetime | None = _m.field("start_at", _m.DATETIME)
    """ When to activate, in UTC and at least 5 minutes ahead. """
    stop_at: _dt.datetime | None = _m.field("stop_at", _m.DATETIME)
    """ When to stop, in UTC, after `start_at`. """
    error: str | None = _m.field("error", None)
    """ Set by the server when scheduling failed; ignored on write. """

    def __init__(
        self,
        *,
        start_at: _dt.datetime | None = None,
        stop_at: _dt.datetime | None = None,
        error: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "start_at": start_at,
                "stop_at": stop_at,
                "error": error,
            },
        )
