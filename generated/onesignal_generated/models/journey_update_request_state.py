from typing import Literal

JourneyUpdateRequestState = Literal["active", "archived", "draft", "scheduled"]

JOURNEY_UPDATE_REQUEST_STATE_VALUES: set[JourneyUpdateRequestState] = {
    "active",
    "archived",
    "draft",
    "scheduled",
}


def check_journey_update_request_state(value: str) -> JourneyUpdateRequestState:
    if value in JOURNEY_UPDATE_REQUEST_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_UPDATE_REQUEST_STATE_VALUES!r}"
    )
