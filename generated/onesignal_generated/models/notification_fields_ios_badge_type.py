from typing import Literal

NotificationFieldsIosBadgeType = Literal["Increase", "None", "SetTo"]

NOTIFICATION_FIELDS_IOS_BADGE_TYPE_VALUES: set[NotificationFieldsIosBadgeType] = {
    "Increase",
    "None",
    "SetTo",
}


def check_notification_fields_ios_badge_type(
    value: str,
) -> NotificationFieldsIosBadgeType:
    if value in NOTIFICATION_FIELDS_IOS_BADGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_IOS_BADGE_TYPE_VALUES!r}"
    )
