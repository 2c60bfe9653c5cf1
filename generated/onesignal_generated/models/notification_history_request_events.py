from typing import Literal

NotificationHistoryRequestEvents = Literal["clicked", "sent"]

NOTIFICATION_HISTORY_REQUEST_EVENTS_VALUES: set[NotificationHistoryRequestEvents] = {
    "clicked",
    "sent",
}


def check_notification_history_request_events(
    value: str,
) -> NotificationHistoryRequestEvents:
    if value in NOTIFICATION_HISTORY_REQUEST_EVENTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_HISTORY_REQUEST_EVENTS_VALUES!r}"
    )
