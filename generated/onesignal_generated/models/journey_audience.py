from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_audience_kind import JourneyAudienceKind
    from ..models.journey_event_attribute import JourneyEventAttribute


class JourneyAudience(_m.Model):
    """Who enters the journey. `kind: segment` admits users of the included segments; `kind: event_trigger` admits users
    when a custom event with `name` arrives.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "included_segment_ids": "included_segment_ids",
        "excluded_segment_ids": "excluded_segment_ids",
        "future_additions_only": "future_additions_only",
        "name": "name",
        "attributes": "attributes",
    }

    kind: JourneyAudienceKind | None = _m.field("kind", None)
    """ How users enter the journey; selects which other fields apply. """
    included_segment_ids: list[str] | None = _m.field("included_segment_ids", None)
    """ `segment` audiences: segments whose users enter. """
    excluded_segment_ids: list[str] | None = _m.field("excluded_segment_ids", None)
    """ `segment` audiences: segments whose users are kept out. """
    future_additions_only: bool | None = _m.field("future_additions_only", None)
    """ `segment` audiences: only admit users who join the segment after activation (default false). """
    name: str | None = _m.field("name", None)
    """ `event_trigger` audiences: the custom event name that admits a user. """
    attributes: list[list[JourneyEventAttribute]] | None = _m.field(
        "attributes",
        _m.list_of(
            _m.list_of(
                _m.model(
                    "onesignal_generated.models.journey_event_attribute",
                    "JourneyEventAttribute",
                )
            )
        ),
    )
    """ `event_trigger` audiences: filters on the event's properties, as a list holding one group of conditions that
    must all match. """

    def __init__(
        self,
        *,
        kind: JourneyAudienceKind,
        included_segment_ids: list[str] | None = None,
        excluded_segment_ids: list[str] | None = None,
        future_additions_only: bool | None = None,
        name: str | None = None,
        attributes: list[list[JourneyEventAttribute]] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "kind": kind,
                "included_segment_ids": included_segment_ids,
                "excluded_segment_ids": excluded_segment_ids,
                "future_additions_only": future_additions_only,
                "name": name,
                "attributes": attributes,
            },
        )
