from typing import Literal

NotificationTargetChannel = Literal["email", "push", "sms"]

NOTIFICATION_TARGET_CHANNEL_VALUES: set[NotificationTargetChannel] = {
    "email",
    "push",
    "sms",
}


def check_notification_target_channel(value: str) -> NotificationTargetChannel:
    if value in NOTIFICATION_TARGET_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_TARGET_CHANNEL_VALUES!r}"
    )
