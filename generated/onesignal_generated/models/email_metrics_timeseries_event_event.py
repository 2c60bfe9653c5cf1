from typing import Literal

EmailMetricsTimeseriesEventEvent = Literal[
    "bounced", "clicked", "complained", "delivered", "failed", "opened"
]

EMAIL_METRICS_TIMESERIES_EVENT_EVENT_VALUES: set[EmailMetricsTimeseriesEventEvent] = {
    "bounced",
    "clicked",
    "complained",
    "delivered",
    "failed",
    "opened",
}


def check_email_metrics_timeseries_event_event(
    value: str,
) -> EmailMetricsTimeseriesEventEvent:
    if value in EMAIL_METRICS_TIMESERIES_EVENT_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_METRICS_TIMESERIES_EVENT_EVENT_VALUES!r}"
    )
