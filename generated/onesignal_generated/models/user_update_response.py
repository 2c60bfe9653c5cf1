from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_object import PropertiesObject


class UserUpdateResponse(_m.Model):
    """Acknowledgement of a property update, echoing the properties that were sent."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "properties": "properties",
    }

    properties: PropertiesObject | None = _m.field(
        "properties",
        _m.model("onesignal_generated.models.properties_object", "PropertiesObject"),
    )
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """

    def __init__(
        self,
        *,
        properties: PropertiesObject | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "properties": properties,
            },
        )
