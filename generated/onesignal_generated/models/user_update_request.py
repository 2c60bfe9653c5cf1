from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_deltas import PropertiesDeltas
    from ..models.properties_object import PropertiesObject


T = TypeVar("T", bound="UserUpdateRequest")


@_attrs_define
class UserUpdateRequest:
    """Property changes for a user, and amounts to add to its running totals."""

    properties: PropertiesObject | Unset = UNSET
    """ What OneSignal knows about a user apart from its aliases and subscriptions: data tags, language, location,
    activity and purchases. """
    deltas: PropertiesDeltas | Unset = UNSET
    """ Amounts added to a user's running totals rather than replacing them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        deltas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deltas, Unset):
            deltas = self.deltas.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties
        if deltas is not UNSET:
            field_dict["deltas"] = deltas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_deltas import PropertiesDeltas  # noqa: PLC0415
        from ..models.properties_object import PropertiesObject  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: PropertiesObject | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PropertiesObject.from_dict(_properties)

        _deltas = d.pop("deltas", UNSET)
        deltas: PropertiesDeltas | Unset
        if isinstance(_deltas, Unset):
            deltas = UNSET
        else:
            deltas = PropertiesDeltas.from_dict(_deltas)

        user_update_request = cls(
            properties=properties,
            deltas=deltas,
        )

        user_update_request.additional_properties = d
        return user_update_request

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
