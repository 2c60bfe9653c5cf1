from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.subscription_new import SubscriptionNew


class SubscriptionCreateRequest(_m.Model):
    """The subscription to add to a user."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "subscription": "subscription",
    }

    subscription: SubscriptionNew | None = _m.field(
        "subscription",
        _m.model("onesignal_generated.models.subscription_new", "SubscriptionNew"),
    )
    """ A subscription to create. `type` and `token` are required, and the token must match the type (email address,
    E.164 phone number or push token). """

    def __init__(
        self,
        *,
        subscription: SubscriptionNew,
    ) -> None:
        _m.init(
            self,
            {
                "subscription": subscription,
            },
        )
