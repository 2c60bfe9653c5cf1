from typing import Literal

NotificationFieldsTargetChannel = Literal["email", "push", "sms"]

NOTIFICATION_FIELDS_TARGET_CHANNEL_VALUES: set[NotificationFieldsTargetChannel] = {
    "email",
    "push",
    "sms",
}


def check_notification_fields_target_channel(
    value: str,
) -> NotificationFieldsTargetChannel:
    if value in NOTIFICATION_FIELDS_TARGET_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_TARGET_CHANNEL_VALUES!r}"
    )
