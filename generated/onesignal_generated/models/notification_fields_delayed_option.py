from typing import Literal

NotificationFieldsDelayedOption = Literal["last-active", "timezone"]

NOTIFICATION_FIELDS_DELAYED_OPTION_VALUES: set[NotificationFieldsDelayedOption] = {
    "last-active",
    "timezone",
}


def check_notification_fields_delayed_option(
    value: str,
) -> NotificationFieldsDelayedOption:
    if value in NOTIFICATION_FIELDS_DELAYED_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_DELAYED_OPTION_VALUES!r}"
    )
