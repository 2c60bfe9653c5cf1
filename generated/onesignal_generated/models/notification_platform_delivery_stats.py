from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.notification_delivery_stats import NotificationDeliveryStats


class NotificationPlatformDeliveryStats(_m.Model):
    """Delivery counts per platform; only platforms the message went to appear."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "ios": "ios",
        "android": "android",
        "huawei": "huawei",
        "chrome_web_push": "chrome_web_push",
        "firefox_web_push": "firefox_web_push",
        "safari_web_push": "safari_web_push",
        "edge_web_push": "edge_web_push",
        "email": "email",
        "sms": "sms",
    }

    ios: NotificationDeliveryStats | None = _m.field(
        "ios",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    android: NotificationDeliveryStats | None = _m.field(
        "android",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    huawei: NotificationDeliveryStats | None = _m.field(
        "huawei",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    chrome_web_push: NotificationDeliveryStats | None = _m.field(
        "chrome_web_push",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    firefox_web_push: NotificationDeliveryStats | None = _m.field(
        "firefox_web_push",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    safari_web_push: NotificationDeliveryStats | None = _m.field(
        "safari_web_push",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    edge_web_push: NotificationDeliveryStats | None = _m.field(
        "edge_web_push",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    email: NotificationDeliveryStats | None = _m.field(
        "email",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """
    sms: NotificationDeliveryStats | None = _m.field(
        "sms",
        _m.model(
            "onesignal_generated.models.notification_delivery_stats",
            "NotificationDeliveryStats",
        ),
    )
    """ Delivery counts for one platform. """

    def __init__(
        self,
        *,
        ios: NotificationDeliveryStats | None = None,
        android: NotificationDeliveryStats | None = None,
        huawei: NotificationDeliveryStats | None = None,
        chrome_web_push: NotificationDeliveryStats | None = None,
        firefox_web_push: NotificationDeliveryStats | None = None,
        safari_web_push: NotificationDeliveryStats | None = None,
        edge_web_push: NotificationDeliveryStats | None = None,
        email: NotificationDeliveryStats | None = None,
        sms: NotificationDeliveryStats | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "ios": ios,
                "android": android,
                "huawei": huawei,
                "chrome_web_push": chrome_web_push,
                "firefox_web_push": firefox_web_push,
                "safari_web_push": safari_web_push,
                "edge_web_push": edge_web_push,
                "email": email,
                "sms": sms,
            },
        )
