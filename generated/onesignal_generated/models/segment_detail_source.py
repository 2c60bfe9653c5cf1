from typing import Literal

SegmentDetailSource = Literal["custom", "default", "quickstart"]

SEGMENT_DETAIL_SOURCE_VALUES: set[SegmentDetailSource] = {
    "custom",
    "default",
    "quickstart",
}


def check_segment_detail_source(value: str) -> SegmentDetailSource:
    if value in SEGMENT_DETAIL_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_DETAIL_SOURCE_VALUES!r}"
    )
