from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alias_identity_map import AliasIdentityMap
    from ..models.properties_object import PropertiesObject
    from ..models.subscription import Subscription


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the user model with its aliases, properties and subscriptions."""

    identity: AliasIdentityMap | Unset = UNSET
    """ A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like
    `crm_id`. A user may carry up to 20 custom aliases besides these. """
    properties: PropertiesObject | Unset = UNSET
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    subscriptions: list[Subscription] | Unset = UNSET
    """ The push, email and SMS subscriptions the user owns. """
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
        from ..models.alias_identity_map import AliasIdentityMap  # noqa: PLC0415
        from ..models.properties_object import PropertiesObject  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: AliasIdentityMap | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = AliasIdentityMap.from_dict(_identity)

        _properties = d.pop("properties", UNSET)
        properties: PropertiesObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PropertiesObject.from_dict(_properties)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = Subscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        user = cls(
            identity=identity,
            properties=properties,
            subscriptions=subscriptions,
        )

        user.additional_properties = d
        return user

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
