from typing import Literal

GetEmailProviderMetricsTimeseriesGranularity = Literal["daily", "hourly", "monthly"]

GET_EMAIL_PROVIDER_METRICS_TIMESERIES_GRANULARITY_VALUES: set[
    GetEmailProviderMetricsTimeseriesGranularity
] = {
    "daily",
    "hourly",
    "monthly",
}


def check_get_email_provider_metrics_timeseries_granularity(
    value: str,
) -> GetEmailProviderMetricsTimeseriesGranularity:
    if value in GET_EMAIL_PROVIDER_METRICS_TIMESERIES_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EMAIL_PROVIDER_METRICS_TIMESERIES_GRANULARITY_VALUES!r}"
    )
