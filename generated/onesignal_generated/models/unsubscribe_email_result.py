from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class UnsubscribeEmailResult(_m.Model):
    """What unsubscribing with a token answered."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
    }

    success: bool | None = _m.field("success", None)
    """ True when the email subscription was turned off. """

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
