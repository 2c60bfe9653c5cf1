from typing import Literal

NotificationEstimateRequestTargetChannel = Literal["email", "push", "sms"]

NOTIFICATION_ESTIMATE_REQUEST_TARGET_CHANNEL_VALUES: set[
    NotificationEstimateRequestTargetChannel
] = {
    "email",
    "push",
    "sms",
}


def check_notification_estimate_request_target_channel(
    value: str,
) -> NotificationEstimateRequestTargetChannel:
    if value in NOTIFICATION_ESTIMATE_REQUEST_TARGET_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_ESTIMATE_REQUEST_TARGET_CHANNEL_VALUES!r}"
    )
