from typing import Literal

NotificationFieldsKind = Literal["warmup"]

NOTIFICATION_FIELDS_KIND_VALUES: set[NotificationFieldsKind] = {
    "warmup",
}


def check_notification_fields_kind(value: str) -> NotificationFieldsKind:
    if value in NOTIFICATION_FIELDS_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_KIND_VALUES!r}"
    )
