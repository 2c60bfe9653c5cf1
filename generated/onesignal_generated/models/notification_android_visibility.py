from typing import Literal

NotificationAndroidVisibility = Literal[-1, 0, 1]

NOTIFICATION_ANDROID_VISIBILITY_VALUES: set[NotificationAndroidVisibility] = {
    -1,
    0,
    1,
}


def check_notification_android_visibility(value: int) -> NotificationAndroidVisibility:
    if value in NOTIFICATION_ANDROID_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_ANDROID_VISIBILITY_VALUES!r}"
    )
