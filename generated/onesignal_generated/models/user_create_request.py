from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_object import PropertiesObject
    from ..models.subscription_new import SubscriptionNew


class UserCreateRequest(_m.Model):
    """A user to create, or data to add to an existing user. Send at least one alias in `identity` or one entry in
    `subscriptions`.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "identity": "identity",
        "properties": "properties",
        "subscriptions": "subscriptions",
    }

    identity: dict[str, str] | None = _m.field("identity", None)
    """ Alias label to alias value. Include `external_id` (your own user id) whenever you can; `onesignal_id` is
    assigned by OneSignal and cannot be set. """
    properties: PropertiesObject | None = _m.field(
        "properties",
        _m.model("onesignal_generated.models.properties_object", "PropertiesObject"),
    )
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    subscriptions: list[SubscriptionNew] | None = _m.field(
        "subscriptions",
        _m.list_of(
            _m.model("onesignal_generated.models.subscription_new", "SubscriptionNew")
        ),
    )
    """ Subscriptions to create on the user, or to move to it when they already exist. """

    def __init__(
        self,
        *,
        identity: dict[str, str] | None = None,
        properties: PropertiesObject | None = None,
        subscriptions: list[SubscriptionNew] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "identity": identity,
                "properties": properties,
                "subscriptions": subscriptions,
            },
        )
