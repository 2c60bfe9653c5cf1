from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.subscription_token_changes import SubscriptionTokenChanges


class SubscriptionTokenUpdateRequest(_m.Model):
    """Changes to one subscription found by its type and token."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "subscription": "subscription",
    }

    subscription: SubscriptionTokenChanges | None = _m.field(
        "subscription",
        _m.model(
            "onesignal_generated.models.subscription_token_changes",
            "SubscriptionTokenChanges",
        ),
    )
    """ Subscription fields to change on a subscription found by its token. Neither its type nor its token can be
    changed this way: `type` and `token`, when given (the official SDK sends the whole subscription object), must be
    the ones in the path. """

    def __init__(
        self,
        *,
        subscription: SubscriptionTokenChanges,
    ) -> None:
        _m.init(
            self,
            {
                "subscription": subscription,
            },
        )
