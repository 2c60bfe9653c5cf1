from typing import Literal

JourneyListAudienceKind = Literal["event_trigger", "segment"]

JOURNEY_LIST_AUDIENCE_KIND_VALUES: set[JourneyListAudienceKind] = {
    "event_trigger",
    "segment",
}


def check_journey_list_audience_kind(value: str) -> JourneyListAudienceKind:
    if value in JOURNEY_LIST_AUDIENCE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_LIST_AUDIENCE_KIND_VALUES!r}"
    )
