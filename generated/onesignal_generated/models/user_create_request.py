from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_object import PropertiesObject
    from ..models.subscription_new import SubscriptionNew
    from ..models.user_create_request_identity import UserCreateRequestIdentity


T = TypeVar("T", bound="UserCreateRequest")


@_attrs_define
class UserCreateRequest:
    """A user to create, or data to add to an existing user. Send at least one alias in `identity` or one entry in
    `subscriptions`.

    """

    identity: UserCreateRequestIdentity | Unset = UNSET
    """ Alias label to alias value. Include `external_id` (your own user id) whenever you can; `onesignal_id` is
    assigned by OneSignal and cannot be set. """
    properties: PropertiesObject | Unset = UNSET
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    subscriptions: list[SubscriptionNew] | Unset = UNSET
    """ Subscriptions to create on the user, or to move to it when they already exist. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity
        if properties is not UNSET:
            field_dict["properties"] = properties
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_object import PropertiesObject  # noqa: PLC0415
        from ..models.subscription_new import SubscriptionNew  # noqa: PLC0415
        from ..models.user_create_request_identity import UserCreateRequestIdentity  # noqa: PLC0415

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: UserCreateRequestIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = UserCreateRequestIdentity.from_dict(_identity)

        _properties = d.pop("properties", UNSET)
        properties: PropertiesObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PropertiesObject.from_dict(_properties)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[SubscriptionNew] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = SubscriptionNew.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        user_create_request = cls(
            identity=identity,
            properties=properties,
            subscriptions=subscriptions,
        )

        user_create_request.additional_properties = d
        return user_create_request

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
