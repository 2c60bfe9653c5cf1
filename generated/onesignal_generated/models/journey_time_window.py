from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_time_point import JourneyTimePoint


class JourneyTimeWindow(_m.Model):
    """A daily wall-clock window of at least 15 minutes."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "start": "start",
        "end": "end",
        "day_of_week": "day_of_week",
    }

    start: JourneyTimePoint | None = _m.field(
        "start",
        _m.model("onesignal_generated.models.journey_time_point", "JourneyTimePoint"),
    )
    """ A time of day. """
    end: JourneyTimePoint | None = _m.field(
        "end",
        _m.model("onesignal_generated.models.journey_time_point", "JourneyTimePoint"),
    )
    """ A time of day. """
    day_of_week: int | None = _m.field("day_of_week", None)
    """ Day of the week, 1 = Monday; leave out for every day. """

    def __init__(
        self,
        *,
        start: JourneyTimePoint | None = None,
        end: JourneyTimePoint | None = None,
        day_of_week: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "start": start,
                "end": end,
                "day_of_week": day_of_week,
            },
        )
