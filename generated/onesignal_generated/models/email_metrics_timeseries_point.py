from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt


class EmailMetricsTimeseriesPoint(_m.Model):
    """The count of one event in one time bucket."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "timestamp": "timestamp",
        "count": "count",
    }

    timestamp: _dt.datetime | None = _m.field("timestamp", _m.DATETIME)
    """ Start of the bucket. """
    count: int | None = _m.field("count", None)
    """ Events in the bucket. """

    def __init__(
        self,
        *,
        timestamp: _dt.datetime | None = None,
        count: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "timestamp": timestamp,
                "count": count,
            },
        )
