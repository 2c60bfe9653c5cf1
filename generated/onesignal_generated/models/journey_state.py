from typing import Literal

JourneyState = Literal["active", "archived", "draft", "processing", "scheduled"]

JOURNEY_STATE_VALUES: set[JourneyState] = {
    "active",
    "archived",
    "draft",
    "processing",
    "scheduled",
}


def check_journey_state(value: str) -> JourneyState:
    if value in JOURNEY_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_STATE_VALUES!r}"
    )
