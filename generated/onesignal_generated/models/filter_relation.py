from typing import Literal

FilterRelation = Literal[
    "!=", "<", "=", ">", "exists", "not_exists", "time_elapsed_gt", "time_elapsed_lt"
]

FILTER_RELATION_VALUES: set[FilterRelation] = {
    "!=",
    "<",
    "=",
    ">",
    "exists",
    "not_exists",
    "time_elapsed_gt",
    "time_elapsed_lt",
}


def check_filter_relation(value: str) -> FilterRelation:
    if value in FILTER_RELATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILTER_RELATION_VALUES!r}"
    )
