from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class SubscriptionTransferRequest(_m.Model):
    """The user a subscription moves to."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "identity": "identity",
    }

    identity: dict[str, str] | None = _m.field("identity", None)
    """ Exactly one alias of the target user, label to value, such as `{"external_id": "customer-9034"}` or
    `{"onesignal_id": "..."}`. """

    def __init__(
        self,
        *,
        identity: dict[str, str],
    ) -> None:
        _m.init(
            self,
            {
                "identity": identity,
            },
        )
