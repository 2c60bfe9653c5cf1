from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.segment import Segment


class SegmentListResponse(_m.Model):
    """One page of the app's segments."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "segments": "segments",
        "total_count": "total_count",
        "offset": "offset",
        "limit": "limit",
    }

    segments: list[Segment] | None = _m.field(
        "segments",
        _m.list_of(_m.model("onesignal_generated.models.segment", "Segment")),
    )
    """ The segments of this page, oldest first. """
    total_count: int | None = _m.field("total_count", None)
    """ The number of segments counted for this listing. """
    offset: int | None = _m.field("offset", None)
    """ The offset this page starts at. """
    limit: int | None = _m.field("limit", None)
    """ The page size that was applied. """

    def __init__(
        self,
        *,
        segments: list[Segment],
        total_count: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "segments": segments,
                "total_count": total_count,
                "offset": offset,
                "limit": limit,
            },
        )
