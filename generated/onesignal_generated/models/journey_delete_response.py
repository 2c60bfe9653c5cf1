from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class JourneyDeleteResponse(_m.Model):
    """Confirmation of Delete journey."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
    }

    success: bool | None = _m.field("success", None)

    def __init__(
        self,
        *,
        success: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
            },
        )
