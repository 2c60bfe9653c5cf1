from typing import Literal

NotificationFieldsHuaweiVisibility = Literal[-1, 0, 1]

NOTIFICATION_FIELDS_HUAWEI_VISIBILITY_VALUES: set[
    NotificationFieldsHuaweiVisibility
] = {
    -1,
    0,
    1,
}


def check_notification_fields_huawei_visibility(
    value: int,
) -> NotificationFieldsHuaweiVisibility:
    if value in NOTIFICATION_FIELDS_HUAWEI_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_HUAWEI_VISIBILITY_VALUES!r}"
    )
