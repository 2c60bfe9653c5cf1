from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID


class LiveActivityTokenRequest(_m.Model):
    """An update push token that iOS issued for one device's copy of a Live Activity."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "push_token": "push_token",
        "subscription_id": "subscription_id",
    }

    push_token: str | None = _m.field("push_token", None)
    """ The hex-encoded ActivityKit push token from `pushTokenUpdates`. """
    subscription_id: str | None = _m.field("subscription_id", None)
    """ The OneSignal subscription id of the device running the activity. """

    def __init__(
        self,
        *,
        push_token: str,
        subscription_id: str | UUID,
    ) -> None:
        _m.init(
            self,
            {
                "push_token": push_token,
                "subscription_id": subscription_id,
            },
        )
