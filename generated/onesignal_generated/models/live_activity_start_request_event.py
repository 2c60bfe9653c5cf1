from typing import Literal

LiveActivityStartRequestEvent = Literal["start"]

LIVE_ACTIVITY_START_REQUEST_EVENT_VALUES: set[LiveActivityStartRequestEvent] = {
    "start",
}


def check_live_activity_start_request_event(
    value: str,
) -> LiveActivityStartRequestEvent:
    if value in LIVE_ACTIVITY_START_REQUEST_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_ACTIVITY_START_REQUEST_EVENT_VALUES!r}"
    )
