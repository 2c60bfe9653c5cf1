from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID


class SegmentSaveResponse(_m.Model):
    """The answer to creating or updating a segment."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
        "id": "id",
    }

    success: bool | None = _m.field("success", None)
    """ True when the segment was saved. """
    id: str | None = _m.field("id", None)
    """ The segment's id. """

    def __init__(
        self,
        *,
        success: bool,
        id: str | UUID | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
                "id": id,
            },
        )
