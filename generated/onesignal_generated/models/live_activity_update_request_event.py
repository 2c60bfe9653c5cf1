from typing import Literal

LiveActivityUpdateRequestEvent = Literal["end", "update"]

LIVE_ACTIVITY_UPDATE_REQUEST_EVENT_VALUES: set[LiveActivityUpdateRequestEvent] = {
    "end",
    "update",
}


def check_live_activity_update_request_event(
    value: str,
) -> LiveActivityUpdateRequestEvent:
    if value in LIVE_ACTIVITY_UPDATE_REQUEST_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_ACTIVITY_UPDATE_REQUEST_EVENT_VALUES!r}"
    )
