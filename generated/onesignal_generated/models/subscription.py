from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.subscription_net_type import (
        SubscriptionNetType,
    )
    from ..models.subscription_test_type_type_1 import (
        SubscriptionTestTypeType1,
    )
    from ..models.subscription_test_type_type_2_type_1 import (
        SubscriptionTestTypeType2Type1,
    )
    from ..models.subscription_test_type_type_3_type_1 import (
        SubscriptionTestTypeType3Type1,
    )
    from ..models.subscription_type import SubscriptionType


class Subscription(_m.Model):
    """One push, email or SMS subscription as OneSignal stores it."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "app_id": "app_id",
        "type": "type_",
        "token": "token",
        "enabled": "enabled",
        "notification_types": "notification_types",
        "session_time": "session_time",
        "session_count": "session_count",
        "sdk": "sdk",
        "device_model": "device_model",
        "device_os": "device_os",
        "rooted": "rooted",
        "test_type": "test_type",
        "app_version": "app_version",
        "net_type": "net_type",
        "carrier": "carrier",
        "web_auth": "web_auth",
        "web_p256": "web_p256",
    }

    id: str | None = _m.field("id", None)
    """ The subscription's id. """
    app_id: str | None = _m.field("app_id", None)
    """ The app the subscription belongs to. """
    type_: SubscriptionType | None = _m.field("type", None)
    """ The channel and platform of a subscription. `Email` and `SMS` are the messaging channels; the `*Push` values
    are mobile and web push platforms (`SafariLegacyPush` is Safari's pre-16 web push). """
    token: str | None = _m.field("token", None)
    """ The push token, email address or E.164 phone number. """
    enabled: bool | None = _m.field("enabled", None)
    """ Whether messages may be sent to this subscription. """
    notification_types: int | None = _m.field("notification_types", None)
    """ OneSignal's internal subscription status code (positive when subscribed, negative when not). """
    session_time: int | None = _m.field("session_time", None)
    """ Total time spent in the app or site, in seconds. """
    session_count: int | None = _m.field("session_count", None)
    """ Number of sessions on the app or site. """
    sdk: str | None = _m.field("sdk", None)
    """ The OneSignal SDK version on the device. """
    device_model: str | None = _m.field("device_model", None)
    """ The device's make and model. """
    device_os: str | None = _m.field("device_os", None)
    """ The device's operating system version. """
    rooted: bool | None = _m.field("rooted", None)
    """ Whether the Android device is rooted. """
    test_type: (
        SubscriptionTestTypeType1
        | SubscriptionTestTypeType2Type1
        | SubscriptionTestTypeType3Type1
        | None
    ) = _m.field("test_type", None)
    """ iOS only, the kind of build the app came from: 1 for a development build, 2 for an ad-hoc build; 0 or null
    for a production build (OneSignal's own answers say 0). """
    app_version: str | None = _m.field("app_version", None)
    """ The version of your app installed on the device. """
    net_type: SubscriptionNetType | None = _m.field("net_type", None)
    """ The network last used: 0 for Wi-Fi, 1 for mobile data. """
    carrier: str | None = _m.field("carrier", None)
    """ The mobile carrier's name. """
    web_auth: str | None = _m.field("web_auth", None)
    """ Web push only, the `auth` key of the push subscription. """
    web_p256: str | None = _m.field("web_p256", None)
    """ Web push only, the `p256dh` key of the push subscription. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        type_: SubscriptionType | None = None,
        token: str | None = None,
        enabled: bool | None = None,
        notification_types: int | None = None,
        session_time: int | None = None,
        session_count: int | None = None,
        sdk: str | None = None,
        device_model: str | None = None,
        device_os: str | None = None,
        rooted: bool | None = None,
        test_type: SubscriptionTestTypeType1
        | SubscriptionTestTypeType2Type1
        | SubscriptionTestTypeType3Type1
        | None = None,
        app_version: str | None = None,
        net_type: SubscriptionNetType | None = None,
        carrier: str | None = None,
        web_auth: str | None = None,
        web_p256: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "app_id": app_id,
                "type": type_,
                "token": token,
                "enabled": enabled,
                "notification_types": notification_types,
                "session_time": session_time,
                "session_count": session_count,
                "sdk": sdk,
                "device_model": device_model,
                "device_os": device_os,
                "rooted": rooted,
                "test_type": test_type,
                "app_version": app_version,
                "net_type": net_type,
                "carrier": carrier,
                "web_auth": web_auth,
                "web_p256": web_p256,
            },
        )

    type: SubscriptionType | None = _m.field("type", None)
    """ The same field as `type_`, by its JSON name. """
