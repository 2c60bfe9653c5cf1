from typing import Literal

NotificationFieldsIosInterruptionLevel = Literal[
    "active", "critical", "passive", "time_sensitive"
]

NOTIFICATION_FIELDS_IOS_INTERRUPTION_LEVEL_VALUES: set[
    NotificationFieldsIosInterruptionLevel
] = {
    "active",
    "critical",
    "passive",
    "time_sensitive",
}


def check_notification_fields_ios_interruption_level(
    value: str,
) -> NotificationFieldsIosInterruptionLevel:
    if value in NOTIFICATION_FIELDS_IOS_INTERRUPTION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_IOS_INTERRUPTION_LEVEL_VALUES!r}"
    )
