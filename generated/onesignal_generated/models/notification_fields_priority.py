from typing import Literal

NotificationFieldsPriority = Literal[5, 10]

NOTIFICATION_FIELDS_PRIORITY_VALUES: set[NotificationFieldsPriority] = {
    5,
    10,
}


def check_notification_fields_priority(value: int) -> NotificationFieldsPriority:
    if value in NOTIFICATION_FIELDS_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_PRIORITY_VALUES!r}"
    )
