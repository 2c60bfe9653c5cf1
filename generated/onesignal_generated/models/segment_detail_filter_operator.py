from typing import Literal

SegmentDetailFilterOperator = Literal["AND", "OR"]

SEGMENT_DETAIL_FILTER_OPERATOR_VALUES: set[SegmentDetailFilterOperator] = {
    "AND",
    "OR",
}


def check_segment_detail_filter_operator(value: str) -> SegmentDetailFilterOperator:
    if value in SEGMENT_DETAIL_FILTER_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_DETAIL_FILTER_OPERATOR_VALUES!r}"
    )
