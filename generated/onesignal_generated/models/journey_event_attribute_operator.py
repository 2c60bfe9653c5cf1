from typing import Literal

JourneyEventAttributeOperator = Literal[
    "after",
    "before",
    "equal",
    "exists",
    "greater",
    "greater_or_equal",
    "is",
    "is_not",
    "less",
    "less_or_equal",
    "not_equal",
    "not_exists",
]

JOURNEY_EVENT_ATTRIBUTE_OPERATOR_VALUES: set[JourneyEventAttributeOperator] = {
    "after",
    "before",
    "equal",
    "exists",
    "greater",
    "greater_or_equal",
    "is",
    "is_not",
    "less",
    "less_or_equal",
    "not_equal",
    "not_exists",
}


def check_journey_event_attribute_operator(value: str) -> JourneyEventAttributeOperator:
    if value in JOURNEY_EVENT_ATTRIBUTE_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_EVENT_ATTRIBUTE_OPERATOR_VALUES!r}"
    )
