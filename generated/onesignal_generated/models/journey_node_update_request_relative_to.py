from typing import Literal

JourneyNodeUpdateRequestRelativeTo = Literal["last_active_time", "schedule_in_timezone"]

JOURNEY_NODE_UPDATE_REQUEST_RELATIVE_TO_VALUES: set[
    JourneyNodeUpdateRequestRelativeTo
] = {
    "last_active_time",
    "schedule_in_timezone",
}


def check_journey_node_update_request_relative_to(
    value: str,
) -> JourneyNodeUpdateRequestRelativeTo:
    if value in JOURNEY_NODE_UPDATE_REQUEST_RELATIVE_TO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_NODE_UPDATE_REQUEST_RELATIVE_TO_VALUES!r}"
    )
