from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.segment_detail import SegmentDetail


class SegmentDetailResponse(_m.Model):
    """The size of a segment, and its definition when requested."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "subscriber_count": "subscriber_count",
        "payload": "payload",
    }

    subscriber_count: int | None = _m.field("subscriber_count", None)
    """ How many subscriptions the segment holds now. """
    payload: SegmentDetail | None = _m.field(
        "payload",
        _m.model("onesignal_generated.models.segment_detail", "SegmentDetail"),
    )
    """ A segment's metadata and filters, as returned with `include-segment-detail=true`. """

    def __init__(
        self,
        *,
        subscriber_count: int,
        payload: SegmentDetail | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "subscriber_count": subscriber_count,
                "payload": payload,
            },
        )
