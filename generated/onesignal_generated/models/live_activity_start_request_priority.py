from typing import Literal

LiveActivityStartRequestPriority = Literal[5, 10]

LIVE_ACTIVITY_START_REQUEST_PRIORITY_VALUES: set[LiveActivityStartRequestPriority] = {
    5,
    10,
}


def check_live_activity_start_request_priority(
    value: int,
) -> LiveActivityStartRequestPriority:
    if value in LIVE_ACTIVITY_START_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_ACTIVITY_START_REQUEST_PRIORITY_VALUES!r}"
    )
