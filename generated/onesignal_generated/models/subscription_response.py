from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.subscription import Subscription


class SubscriptionResponse(_m.Model):
    """One subscription, as returned after adding it to a user."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "subscription": "subscription",
    }

    subscription: Subscription | None = _m.field(
        "subscription",
        _m.model("onesignal_generated.models.subscription", "Subscription"),
    )
    """ One push, email or SMS subscription as OneSignal stores it. """

    def __init__(
        self,
        *,
        subscription: Subscription | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "subscription": subscription,
            },
        )
