from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.subscription_changes import SubscriptionChanges


class SubscriptionUpdateRequest(_m.Model):
    """Changes to one subscription found by its id."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "subscription": "subscription",
    }

    subscription: SubscriptionChanges | None = _m.field(
        "subscription",
        _m.model(
            "onesignal_generated.models.subscription_changes", "SubscriptionChanges"
        ),
    )
    """ Subscription fields to change. A subscription's `type` cannot be changed: when given (the SDK reference page
    sends it), it must be the subscription's current type. """

    def __init__(
        self,
        *,
        subscription: SubscriptionChanges,
    ) -> None:
        _m.init(
            self,
            {
                "subscription": subscription,
            },
        )
