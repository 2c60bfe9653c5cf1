from typing import Literal

GetOutcomesOutcomeAttribution = Literal["direct", "influenced", "total", "unattributed"]

GET_OUTCOMES_OUTCOME_ATTRIBUTION_VALUES: set[GetOutcomesOutcomeAttribution] = {
    "direct",
    "influenced",
    "total",
    "unattributed",
}


def check_get_outcomes_outcome_attribution(value: str) -> GetOutcomesOutcomeAttribution:
    if value in GET_OUTCOMES_OUTCOME_ATTRIBUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OUTCOMES_OUTCOME_ATTRIBUTION_VALUES!r}"
    )
