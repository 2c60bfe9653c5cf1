from typing import Literal

GetNotificationOutcomeAttribution = Literal[
    "direct", "influenced", "total", "unattributed"
]

GET_NOTIFICATION_OUTCOME_ATTRIBUTION_VALUES: set[GetNotificationOutcomeAttribution] = {
    "direct",
    "influenced",
    "total",
    "unattributed",
}


def check_get_notification_outcome_attribution(
    value: str,
) -> GetNotificationOutcomeAttribution:
    if value in GET_NOTIFICATION_OUTCOME_ATTRIBUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_NOTIFICATION_OUTCOME_ATTRIBUTION_VALUES!r}"
    )
