from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.properties_deltas import PropertiesDeltas
    from ..models.properties_object import PropertiesObject


class UserUpdateRequest(_m.Model):
    """Property changes for a user, and amounts to add to its running totals."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "properties": "properties",
        "deltas": "deltas",
        "refresh_device_metadata": "refresh_device_metadata",
    }

    properties: PropertiesObject | None = _m.field(
        "properties",
        _m.model("onesignal_generated.models.properties_object", "PropertiesObject"),
    )
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    deltas: PropertiesDeltas | None = _m.field(
        "deltas",
        _m.model("onesignal_generated.models.properties_deltas", "PropertiesDeltas"),
    )
    """ Amounts added to a user's running totals rather than replacing them. """
    refresh_device_metadata: bool | None = _m.field("refresh_device_metadata", None)
    """ When true, OneSignal also refreshes the device-derived properties (IP address, country, location) from the
    request, as the device SDKs do; used with the `onesignal-subscription-id` header. """

    def __init__(
        self,
        *,
        properties: PropertiesObject | None = None,
        deltas: PropertiesDeltas | None = None,
        refresh_device_metadata: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "properties": properties,
                "deltas": deltas,
                "refresh_device_metadata": refresh_device_metadata,
            },
        )
