from typing import Literal

NotificationEmailWarmUpStatus = Literal[
    "active", "canceled", "draft", "finished", "initializing"
]

NOTIFICATION_EMAIL_WARM_UP_STATUS_VALUES: set[NotificationEmailWarmUpStatus] = {
    "active",
    "canceled",
    "draft",
    "finished",
    "initializing",
}


def check_notification_email_warm_up_status(
    value: str,
) -> NotificationEmailWarmUpStatus:
    if value in NOTIFICATION_EMAIL_WARM_UP_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_EMAIL_WARM_UP_STATUS_VALUES!r}"
    )
