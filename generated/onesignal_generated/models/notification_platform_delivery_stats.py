from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_delivery_stats import NotificationDeliveryStats


T = TypeVar("T", bound="NotificationPlatformDeliveryStats")


@_attrs_define
class NotificationPlatformDeliveryStats:
    """Delivery counts per platform; only platforms the message went to appear."""

    ios: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    android: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    huawei: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    chrome_web_push: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    firefox_web_push: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    safari_web_push: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    edge_web_push: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    email: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    sms: NotificationDeliveryStats | Unset = UNSET
    """ Delivery counts for one platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = self.ios.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        huawei: dict[str, Any] | Unset = UNSET
        if not isinstance(self.huawei, Unset):
            huawei = self.huawei.to_dict()

        chrome_web_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chrome_web_push, Unset):
            chrome_web_push = self.chrome_web_push.to_dict()

        firefox_web_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.firefox_web_push, Unset):
            firefox_web_push = self.firefox_web_push.to_dict()

        safari_web_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.safari_web_push, Unset):
            safari_web_push = self.safari_web_push.to_dict()

        edge_web_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edge_web_push, Unset):
            edge_web_push = self.edge_web_push.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android
        if huawei is not UNSET:
            field_dict["huawei"] = huawei
        if chrome_web_push is not UNSET:
            field_dict["chrome_web_push"] = chrome_web_push
        if firefox_web_push is not UNSET:
            field_dict["firefox_web_push"] = firefox_web_push
        if safari_web_push is not UNSET:
            field_dict["safari_web_push"] = safari_web_push
        if edge_web_push is not UNSET:
            field_dict["edge_web_push"] = edge_web_push
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_delivery_stats import NotificationDeliveryStats  # noqa: PLC0415

        d = dict(src_dict)
        _ios = d.pop("ios", UNSET)
        ios: NotificationDeliveryStats | Unset
        if isinstance(_ios, Unset):
            ios = UNSET
        else:
            ios = NotificationDeliveryStats.from_dict(_ios)

        _android = d.pop("android", UNSET)
        android: NotificationDeliveryStats | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = NotificationDeliveryStats.from_dict(_android)

        _huawei = d.pop("huawei", UNSET)
        huawei: NotificationDeliveryStats | Unset
        if isinstance(_huawei, Unset):
            huawei = UNSET
        else:
            huawei = NotificationDeliveryStats.from_dict(_huawei)

        _chrome_web_push = d.pop("chrome_web_push", UNSET)
        chrome_web_push: NotificationDeliveryStats | Unset
        if isinstance(_chrome_web_push, Unset):
            chrome_web_push = UNSET
        else:
            chrome_web_push = NotificationDeliveryStats.from_dict(_chrome_web_push)

        _firefox_web_push = d.pop("firefox_web_push", UNSET)
        firefox_web_push: NotificationDeliveryStats | Unset
        if isinstance(_firefox_web_push, Unset):
            firefox_web_push = UNSET
        else:
            firefox_web_push = NotificationDeliveryStats.from_dict(_firefox_web_push)

        _safari_web_push = d.pop("safari_web_push", UNSET)
        safari_web_push: NotificationDeliveryStats | Unset
        if isinstance(_safari_web_push, Unset):
            safari_web_push = UNSET
        else:
            safari_web_push = NotificationDeliveryStats.from_dict(_safari_web_push)

        _edge_web_push = d.pop("edge_web_push", UNSET)
        edge_web_push: NotificationDeliveryStats | Unset
        if isinstance(_edge_web_push, Unset):
            edge_web_push = UNSET
        else:
            edge_web_push = NotificationDeliveryStats.from_dict(_edge_web_push)

        _email = d.pop("email", UNSET)
        email: NotificationDeliveryStats | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = NotificationDeliveryStats.from_dict(_email)

        _sms = d.pop("sms", UNSET)
        sms: NotificationDeliveryStats | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = NotificationDeliveryStats.from_dict(_sms)

        notification_platform_delivery_stats = cls(
            ios=ios,
            android=android,
            huawei=huawei,
            chrome_web_push=chrome_web_push,
            firefox_web_push=firefox_web_push,
            safari_web_push=safari_web_push,
            edge_web_push=edge_web_push,
            email=email,
            sms=sms,
        )

        notification_platform_delivery_stats.additional_properties = d
        return notification_platform_delivery_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
