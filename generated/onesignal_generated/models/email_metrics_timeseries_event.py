from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.email_metric_counts import EmailMetricCounts
    from ..models.email_metrics_timeseries_event_event import (
        EmailMetricsTimeseriesEventEvent,
    )
    from ..models.email_metrics_timeseries_point import EmailMetricsTimeseriesPoint


class EmailMetricsTimeseriesEvent(_m.Model):
    """The time series of one email event."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "event": "event",
        "total": "total",
        "points": "points",
        "date": "date",
        "metrics": "metrics",
    }

    event: EmailMetricsTimeseriesEventEvent | None = _m.field("event", None)
    """ The email event counted. """
    total: int | None = _m.field("total", None)
    """ Sum of the event over the whole range. """
    points: list[EmailMetricsTimeseriesPoint] | None = _m.field(
        "points",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.email_metrics_timeseries_point",
                "EmailMetricsTimeseriesPoint",
            )
        ),
    )
    """ One point per time bucket, oldest first. """
    date: str | None = _m.field("date", None)
    """ In the bucket-per-entry form OneSignal's SDKs read: the start of this entry's time bucket, whose counts are
    in `metrics`. """
    metrics: EmailMetricCounts | None = _m.field(
        "metrics",
        _m.model("onesignal_generated.models.email_metric_counts", "EmailMetricCounts"),
    )
    """ The email event counts grouped in one object, the shape OneSignal's own SDKs read (`providers[].metrics`,
    `events[].metrics`); with the unique open and click counts. """

    def __init__(
        self,
        *,
        event: EmailMetricsTimeseriesEventEvent | None = None,
        total: int | None = None,
        points: list[EmailMetricsTimeseriesPoint] | None = None,
        date: str | None = None,
        metrics: EmailMetricCounts | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "event": event,
                "total": total,
                "points": points,
                "date": date,
                "metrics": metrics,
            },
        )
