from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.subscription_token_changes_test_type import (
        SubscriptionTokenChangesTestType,
    )


class SubscriptionTokenChanges(_m.Model):
    """Subscription fields to change on a subscription found by its token. Neither its type nor its token can be changed
    this way.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
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
        "web_auth": "web_auth",
        "web_p256": "web_p256",
    }

    enabled: bool | None = _m.field("enabled", None)
    """ Whether messages may be sent to this subscription. """
    notification_types: int | None = _m.field("notification_types", None)
    """ OneSignal's internal subscription status code; normally left to the SDK. """
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
    test_type: SubscriptionTokenChangesTestType | None = _m.field("test_type", None)
    """ iOS only: 1 for a development build, 2 for an ad-hoc build. """
    app_version: str | None = _m.field("app_version", None)
    """ The version of your app installed on the device. """
    web_auth: str | None = _m.field("web_auth", None)
    """ Web push only, the `auth` key of the push subscription. """
    web_p256: str | None = _m.field("web_p256", None)
    """ Web push only, the `p256dh` key of the push subscription. """

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        notification_types: int | None = None,
        session_time: int | None = None,
        session_count: int | None = None,
        sdk: str | None = None,
        device_model: str | None = None,
        device_os: str | None = None,
        rooted: bool | None = None,
        test_type: SubscriptionTokenChangesTestType | None = None,
        app_version: str | None = None,
        web_auth: str | None = None,
        web_p256: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
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
                "web_auth": web_auth,
                "web_p256": web_p256,
            },
        )
