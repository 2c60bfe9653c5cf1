from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyEarlyExitOnSegment(_m.Model):
    """Exit when the user enters one of these segments."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "included_segment_ids": "included_segment_ids",
    }

    included_segment_ids: list[str] | None = _m.field("included_segment_ids", None)

    def __init__(
        self,
        *,
        included_segment_ids: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "included_segment_ids": included_segment_ids,
            },
        )
