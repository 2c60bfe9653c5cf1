from typing import Literal

NotificationFieldsAndroidVisibility = Literal[-1, 0, 1]

NOTIFICATION_FIELDS_ANDROID_VISIBILITY_VALUES: set[
    NotificationFieldsAndroidVisibility
] = {
    -1,
    0,
    1,
}


def check_notification_fields_android_visibility(
    value: int,
) -> NotificationFieldsAndroidVisibility:
    if value in NOTIFICATION_FIELDS_ANDROID_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_ANDROID_VISIBILITY_VALUES!r}"
    )
