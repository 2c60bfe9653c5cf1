from typing import Literal

NotificationIosBadgeType = Literal["Increase", "None", "SetTo"]

NOTIFICATION_IOS_BADGE_TYPE_VALUES: set[NotificationIosBadgeType] = {
    "Increase",
    "None",
    "SetTo",
}


def check_notification_ios_badge_type(value: str) -> NotificationIosBadgeType:
    if value in NOTIFICATION_IOS_BADGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_IOS_BADGE_TYPE_VALUES!r}"
    )
