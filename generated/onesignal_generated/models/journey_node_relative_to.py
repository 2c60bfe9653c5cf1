from typing import Literal

JourneyNodeRelativeTo = Literal["last_active_time", "schedule_in_timezone"]

JOURNEY_NODE_RELATIVE_TO_VALUES: set[JourneyNodeRelativeTo] = {
    "last_active_time",
    "schedule_in_timezone",
}


def check_journey_node_relative_to(value: str) -> JourneyNodeRelativeTo:
    if value in JOURNEY_NODE_RELATIVE_TO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_NODE_RELATIVE_TO_VALUES!r}"
    )
