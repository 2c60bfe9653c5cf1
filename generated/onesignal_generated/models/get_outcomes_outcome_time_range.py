from typing import Literal

GetOutcomesOutcomeTimeRange = Literal["1d", "1h", "1mo"]

GET_OUTCOMES_OUTCOME_TIME_RANGE_VALUES: set[GetOutcomesOutcomeTimeRange] = {
    "1d",
    "1h",
    "1mo",
}


def check_get_outcomes_outcome_time_range(value: str) -> GetOutcomesOutcomeTimeRange:
    if value in GET_OUTCOMES_OUTCOME_TIME_RANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_OUTCOMES_OUTCOME_TIME_RANGE_VALUES!r}"
    )
