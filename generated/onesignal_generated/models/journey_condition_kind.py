from typing import Literal

JourneyConditionKind = Literal[
    "event_trigger", "on_notification_action", "segment_membership"
]

JOURNEY_CONDITION_KIND_VALUES: set[JourneyConditionKind] = {
    "event_trigger",
    "on_notification_action",
    "segment_membership",
}


def check_journey_condition_kind(value: str) -> JourneyConditionKind:
    if value in JOURNEY_CONDITION_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_CONDITION_KIND_VALUES!r}"
    )
