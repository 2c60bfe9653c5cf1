from typing import Literal

FilterOperator = Literal["AND", "OR"]

FILTER_OPERATOR_VALUES: set[FilterOperator] = {
    "AND",
    "OR",
}


def check_filter_operator(value: str) -> FilterOperator:
    if value in FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILTER_OPERATOR_VALUES!r}"
    )
