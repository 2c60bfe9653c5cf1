from typing import Literal

JourneyConditionAction = Literal["clicked", "opened", "received"]

JOURNEY_CONDITION_ACTION_VALUES: set[JourneyConditionAction] = {
    "clicked",
    "opened",
    "received",
}


def check_journey_condition_action(value: str) -> JourneyConditionAction:
    if value in JOURNEY_CONDITION_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_CONDITION_ACTION_VALUES!r}"
    )
