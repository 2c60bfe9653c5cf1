from typing import Literal

NotificationEmailWarmUpStrategy = Literal["custom", "recommended"]

NOTIFICATION_EMAIL_WARM_UP_STRATEGY_VALUES: set[NotificationEmailWarmUpStrategy] = {
    "custom",
    "recommended",
}


def check_notification_email_warm_up_strategy(
    value: str,
) -> NotificationEmailWarmUpStrategy:
    if value in NOTIFICATION_EMAIL_WARM_UP_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_EMAIL_WARM_UP_STRATEGY_VALUES!r}"
    )
