from typing import Literal

GetNotificationOutcomeTimeRange = Literal["1d", "1h", "1mo"]

GET_NOTIFICATION_OUTCOME_TIME_RANGE_VALUES: set[GetNotificationOutcomeTimeRange] = {
    "1d",
    "1h",
    "1mo",
}


def check_get_notification_outcome_time_range(
    value: str,
) -> GetNotificationOutcomeTimeRange:
    if value in GET_NOTIFICATION_OUTCOME_TIME_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_NOTIFICATION_OUTCOME_TIME_RANGE_VALUES!r}"
    )
