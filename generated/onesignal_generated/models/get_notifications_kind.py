from typing import Literal

GetNotificationsKind = Literal[0, 1, 3]

GET_NOTIFICATIONS_KIND_VALUES: set[GetNotificationsKind] = {
    0,
    1,
    3,
}


def check_get_notifications_kind(value: int) -> GetNotificationsKind:
    if value in GET_NOTIFICATIONS_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_NOTIFICATIONS_KIND_VALUES!r}"
    )
