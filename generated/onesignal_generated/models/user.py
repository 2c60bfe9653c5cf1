from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_object import PropertiesObject
    from ..models.subscription import Subscription


class User(_m.Model):
    """A user of the user model with its aliases, properties and subscriptions."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "identity": "identity",
        "properties": "properties",
        "subscriptions": "subscriptions",
    }

    identity: dict[str, str] | None = _m.field("identity", None)
    """ A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like
    `crm_id`. A user may carry up to 20 custom aliases besides these. """
    properties: PropertiesObject | None = _m.field(
        "properties",
        _m.model("onesignal_generated.models.properties_object", "PropertiesObject"),
    )
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    subscriptions: list[Subscription] | None = _m.field(
        "subscriptions",
        _m.list_of(_m.model("onesignal_generated.models.subscription", "Subscription")),
    )
    """ The push, email and SMS subscriptions the user owns. """

    def __init__(
        self,
        *,
        identity: dict[str, str] | None = None,
        properties: PropertiesObject | None = None,
        subscriptions: list[Subscription] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "identity": identity,
                "properties": properties,
                "subscriptions": subscriptions,
            },
        )
