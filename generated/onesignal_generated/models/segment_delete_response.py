from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class SegmentDeleteResponse(_m.Model):
    """The answer to deleting a segment."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
    }

    success: bool | None = _m.field("success", None)
    """ True when the segment was deleted. """

    def __init__(
        self,
        *,
        success: bool,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
            },
        )
