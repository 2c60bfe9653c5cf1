from typing import Literal

OutcomeDataAggregation = Literal["count", "sum"]

OUTCOME_DATA_AGGREGATION_VALUES: set[OutcomeDataAggregation] = {
    "count",
    "sum",
}


def check_outcome_data_aggregation(value: str) -> OutcomeDataAggregation:
    if value in OUTCOME_DATA_AGGREGATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTCOME_DATA_AGGREGATION_VALUES!r}"
    )
