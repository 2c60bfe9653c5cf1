from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.unsubscribe_email_result_success_type_0 import (
        UnsubscribeEmailResultSuccessType0,
    )


class UnsubscribeEmailResult(_m.Model):
    """What unsubscribing with a token answered."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "success": "success",
    }

    success: UnsubscribeEmailResultSuccessType0 | bool | None = _m.field(
        "success", None
    )
    """ Whether the email subscription was turned off. OneSignal answers the string `"true"`; a JSON boolean is
    accepted too. """

    def __init__(
        self,
        *,
        success: UnsubscribeEmailResultSuccessType0 | bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "success": success,
            },
        )
