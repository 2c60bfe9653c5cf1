from typing import Literal

NotificationDelayedOption = Literal["last-active", "timezone"]

NOTIFICATION_DELAYED_OPTION_VALUES: set[NotificationDelayedOption] = {
    "last-active",
    "timezone",
}


def check_notification_delayed_option(value: str) -> NotificationDelayedOption:
    if value in NOTIFICATION_DELAYED_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_DELAYED_OPTION_VALUES!r}"
    )
