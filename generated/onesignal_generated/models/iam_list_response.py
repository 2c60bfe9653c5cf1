from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.iam_message import IamMessage


class IamListResponse(_m.Model):
    """The in-app messages a subscription is eligible to display."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "in_app_messages": "in_app_messages",
    }

    in_app_messages: list[IamMessage] | None = _m.field(
        "in_app_messages",
        _m.list_of(_m.model("onesignal_generated.models.iam_message", "IamMessage")),
    )

    def __init__(
        self,
        *,
        in_app_messages: list[IamMessage] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "in_app_messages": in_app_messages,
            },
        )
