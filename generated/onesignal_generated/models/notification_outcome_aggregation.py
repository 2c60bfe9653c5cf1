from typing import Literal

NotificationOutcomeAggregation = Literal["count", "sum"]

NOTIFICATION_OUTCOME_AGGREGATION_VALUES: set[NotificationOutcomeAggregation] = {
    "count",
    "sum",
}


def check_notification_outcome_aggregation(
    value: str,
) -> NotificationOutcomeAggregation:
    if value in NOTIFICATION_OUTCOME_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_OUTCOME_AGGREGATION_VALUES!r}"
    )
