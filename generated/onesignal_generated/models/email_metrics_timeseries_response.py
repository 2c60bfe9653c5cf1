from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.email_metrics_timeseries_event import EmailMetricsTimeseriesEvent
    from ..models.email_metrics_timeseries_response_granularity import (
        EmailMetricsTimeseriesResponseGranularity,
    )


class EmailMetricsTimeseriesResponse(_m.Model):
    """Email event counts for one sending domain, bucketed over time."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "domain": "domain",
        "granularity": "granularity",
        "providers": "providers",
        "events": "events",
    }

    domain: str | None = _m.field("domain", None)
    """ The sending domain reported on. """
    granularity: EmailMetricsTimeseriesResponseGranularity | None = _m.field(
        "granularity", None
    )
    """ The bucket size used. """
    providers: list[str] | None = _m.field("providers", None)
    """ The providers the counts are summed over; absent when all providers are. """
    events: list[EmailMetricsTimeseriesEvent] | None = _m.field(
        "events",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.email_metrics_timeseries_event",
                "EmailMetricsTimeseriesEvent",
            )
        ),
    )
    """ One series per email event; empty when the domain is not active for the app. """

    def __init__(
        self,
        *,
        domain: str | None = None,
        granularity: EmailMetricsTimeseriesResponseGranularity | None = None,
        providers: list[str] | None = None,
        events: list[EmailMetricsTimeseriesEvent] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "domain": domain,
                "granularity": granularity,
                "providers": providers,
                "events": events,
            },
        )
