from typing import Literal

NotificationFieldsAggregation = Literal["count", "sum"]

NOTIFICATION_FIELDS_AGGREGATION_VALUES: set[NotificationFieldsAggregation] = {
    "count",
    "sum",
}


def check_notification_fields_aggregation(value: str) -> NotificationFieldsAggregation:
    if value in NOTIFICATION_FIELDS_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_AGGREGATION_VALUES!r}"
    )
