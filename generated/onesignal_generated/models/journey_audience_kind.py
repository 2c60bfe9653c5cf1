from typing import Literal

JourneyAudienceKind = Literal["event_trigger", "segment"]

JOURNEY_AUDIENCE_KIND_VALUES: set[JourneyAudienceKind] = {
    "event_trigger",
    "segment",
}


def check_journey_audience_kind(value: str) -> JourneyAudienceKind:
    if value in JOURNEY_AUDIENCE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_AUDIENCE_KIND_VALUES!r}"
    )
