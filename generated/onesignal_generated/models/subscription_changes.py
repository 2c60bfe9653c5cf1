from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_changes_net_type import (
    SubscriptionChangesNetType,
    check_subscription_changes_net_type,
)
from ..models.subscription_changes_test_type import (
    SubscriptionChangesTestType,
    check_subscription_changes_test_type,
)
from ..models.subscription_type import SubscriptionType, check_subscription_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionChanges")


@_attrs_define
class SubscriptionChanges:
    """Subscription fields to change. A subscription's `type` cannot be changed: when given (the SDK reference page sends
    it), it must be the subscription's current type.

    """

    type_: SubscriptionType | Unset = UNSET
    """ The channel and platform of a subscription. `Email` and `SMS` are the messaging channels; the `*Push` values
    are mobile and web push platforms (`SafariLegacyPush` is Safari's pre-16 web push). """
    token: str | Unset = UNSET
    """ A new push token, email address or E.164 phone number. """
    enabled: bool | Unset = UNSET
    """ Whether messages may be sent to this subscription. """
    notification_types: int | Unset = UNSET
    """ OneSignal's internal subscription status code; normally left to the SDK. """
    session_time: int | Unset = UNSET
    """ Total time spent in the app or site, in seconds. """
    session_count: int | Unset = UNSET
    """ Number of sessions on the app or site. """
    sdk: str | Unset = UNSET
    """ The OneSignal SDK version on the device. """
    device_model: str | Unset = UNSET
    """ The device's make and model. """
    device_os: str | Unset = UNSET
    """ The device's operating system version. """
    rooted: bool | Unset = UNSET
    """ Whether the Android device is rooted. """
    test_type: SubscriptionChangesTestType | Unset = UNSET
    """ iOS only: 1 for a development build, 2 for an ad-hoc build. """
    app_version: str | Unset = UNSET
    """ The version of your app installed on the device. """
    net_type: SubscriptionChangesNetType | Unset = UNSET
    """ The network last used: 0 for Wi-Fi, 1 for mobile data. """
    carrier: str | Unset = UNSET
    """ The mobile carrier's name. """
    web_auth: str | Unset = UNSET
    """ Web push only, the `auth` key of the push subscription. """
    web_p256: str | Unset = UNSET
    """ Web push only, the `p256dh` key of the push subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        token = self.token

        enabled = self.enabled

        notification_types = self.notification_types

        session_time = self.session_time

        session_count = self.session_count

        sdk = self.sdk

        device_model = self.device_model

        device_os = self.device_os

        rooted = self.rooted

        test_type: int | Unset = UNSET
        if not isinstance(self.test_type, Unset):
            test_type = self.test_type

        app_version = self.app_version

        net_type: int | Unset = UNSET
        if not isinstance(self.net_type, Unset):
            net_type = self.net_type

        carrier = self.carrier

        web_auth = self.web_auth

        web_p256 = self.web_p256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if token is not UNSET:
            field_dict["token"] = token
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if notification_types is not UNSET:
            field_dict["notification_types"] = notification_types
        if session_time is not UNSET:
            field_dict["session_time"] = session_time
        if session_count is not UNSET:
            field_dict["session_count"] = session_count
        if sdk is not UNSET:
            field_dict["sdk"] = sdk
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if device_os is not UNSET:
            field_dict["device_os"] = device_os
        if rooted is not UNSET:
            field_dict["rooted"] = rooted
        if test_type is not UNSET:
            field_dict["test_type"] = test_type
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if net_type is not UNSET:
            field_dict["net_type"] = net_type
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if web_auth is not UNSET:
            field_dict["web_auth"] = web_auth
        if web_p256 is not UNSET:
            field_dict["web_p256"] = web_p256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SubscriptionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_subscription_type(_type_)

        token = d.pop("token", UNSET)

        enabled = d.pop("enabled", UNSET)

        notification_types = d.pop("notification_types", UNSET)

        session_time = d.pop("session_time", UNSET)

        session_count = d.pop("session_count", UNSET)

        sdk = d.pop("sdk", UNSET)

        device_model = d.pop("device_model", UNSET)

        device_os = d.pop("device_os", UNSET)

        rooted = d.pop("rooted", UNSET)

        _test_type = d.pop("test_type", UNSET)
        test_type: SubscriptionChangesTestType | Unset
        if isinstance(_test_type, Unset):
            test_type = UNSET
        else:
            test_type = check_subscription_changes_test_type(_test_type)

        app_version = d.pop("app_version", UNSET)

        _net_type = d.pop("net_type", UNSET)
        net_type: SubscriptionChangesNetType | Unset
        if isinstance(_net_type, Unset):
            net_type = UNSET
        else:
            net_type = check_subscription_changes_net_type(_net_type)

        carrier = d.pop("carrier", UNSET)

        web_auth = d.pop("web_auth", UNSET)

        web_p256 = d.pop("web_p256", UNSET)

        subscription_changes = cls(
            type_=type_,
            token=token,
            enabled=enabled,
            notification_types=notification_types,
            session_time=session_time,
            session_count=session_count,
            sdk=sdk,
            device_model=device_model,
            device_os=device_os,
            rooted=rooted,
            test_type=test_type,
            app_version=app_version,
            net_type=net_type,
            carrier=carrier,
            web_auth=web_auth,
            web_p256=web_p256,
        )

        subscription_changes.additional_properties = d
        return subscription_changes

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
