from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_object import PropertiesObject


T = TypeVar("T", bound="UserUpdateResponse")


@_attrs_define
class UserUpdateResponse:
    """Acknowledgement of a property update, echoing the properties that were sent."""

    properties: PropertiesObject | Unset = UNSET
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_object import PropertiesObject  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: PropertiesObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PropertiesObject.from_dict(_properties)

        user_update_response = cls(
            properties=properties,
        )

        user_update_response.additional_properties = d
        return user_update_response

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
