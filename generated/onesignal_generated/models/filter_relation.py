from typing import Literal

FilterRelation = Literal[
    "!=",
    "<",
    "=",
    ">",
    "exists",
    "in_array",
    "not_exists",
    "not_in_array",
    "time_elapsed_gt",
    "time_elapsed_lt",
]

FILTER_RELATION_VALUES: set[FilterRelation] = {
    "!=",
    "<",
    "=",
    ">",
    "exists",
    "in_array",
    "not_exists",
    "not_in_array",
    "time_elapsed_gt",
    "time_elapsed_lt",
}


def check_filter_relation(value: str) -> FilterRelation:
    if value in FILTER_RELATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILTER_RELATION_VALUES!r}"
    )
