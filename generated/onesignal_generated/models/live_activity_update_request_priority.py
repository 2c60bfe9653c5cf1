from typing import Literal

LiveActivityUpdateRequestPriority = Literal[5, 10]

LIVE_ACTIVITY_UPDATE_REQUEST_PRIORITY_VALUES: set[LiveActivityUpdateRequestPriority] = {
    5,
    10,
}


def check_live_activity_update_request_priority(
    value: int,
) -> LiveActivityUpdateRequestPriority:
    if value in LIVE_ACTIVITY_UPDATE_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIVE_ACTIVITY_UPDATE_REQUEST_PRIORITY_VALUES!r}"
    )
