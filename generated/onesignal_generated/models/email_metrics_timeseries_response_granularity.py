from typing import Literal

EmailMetricsTimeseriesResponseGranularity = Literal["daily", "hourly", "monthly"]

EMAIL_METRICS_TIMESERIES_RESPONSE_GRANULARITY_VALUES: set[
    EmailMetricsTimeseriesResponseGranularity
] = {
    "daily",
    "hourly",
    "monthly",
}


def check_email_metrics_timeseries_response_granularity(
    value: str,
) -> EmailMetricsTimeseriesResponseGranularity:
    if value in EMAIL_METRICS_TIMESERIES_RESPONSE_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMAIL_METRICS_TIMESERIES_RESPONSE_GRANULARITY_VALUES!r}"
    )
