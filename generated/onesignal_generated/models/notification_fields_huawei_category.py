from typing import Literal

NotificationFieldsHuaweiCategory = Literal[
    "ACCOUNT",
    "DEVICE_REMINDER",
    "EXPRESS",
    "FINANCE",
    "HEALTH",
    "IM",
    "MAIL",
    "MARKETING",
    "SUBSCRIPTION",
    "TRAVEL",
    "VOIP",
    "WORK",
]

NOTIFICATION_FIELDS_HUAWEI_CATEGORY_VALUES: set[NotificationFieldsHuaweiCategory] = {
    "ACCOUNT",
    "DEVICE_REMINDER",
    "EXPRESS",
    "FINANCE",
    "HEALTH",
    "IM",
    "MAIL",
    "MARKETING",
    "SUBSCRIPTION",
    "TRAVEL",
    "VOIP",
    "WORK",
}


def check_notification_fields_huawei_category(
    value: str,
) -> NotificationFieldsHuaweiCategory:
    if value in NOTIFICATION_FIELDS_HUAWEI_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_HUAWEI_CATEGORY_VALUES!r}"
    )
