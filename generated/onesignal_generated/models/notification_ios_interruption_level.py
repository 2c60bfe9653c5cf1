from typing import Literal

NotificationIosInterruptionLevel = Literal[
    "active", "critical", "passive", "time_sensitive"
]

NOTIFICATION_IOS_INTERRUPTION_LEVEL_VALUES: set[NotificationIosInterruptionLevel] = {
    "active",
    "critical",
    "passive",
    "time_sensitive",
}


def check_notification_ios_interruption_level(
    value: str,
) -> NotificationIosInterruptionLevel:
    if value in NOTIFICATION_IOS_INTERRUPTION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_IOS_INTERRUPTION_LEVEL_VALUES!r}"
    )
