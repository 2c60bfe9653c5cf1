from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyTimePoint(_m.Model):
    """A time of day."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "hour": "hour",
        "minute": "minute",
    }

    hour: int | None = _m.field("hour", None)
    minute: int | None = _m.field("minute", None)

    def __init__(
        self,
        *,
        hour: int | None = None,
        minute: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "hour": hour,
                "minute": minute,
            },
        )
