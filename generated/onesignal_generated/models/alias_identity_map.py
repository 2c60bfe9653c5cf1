from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AliasIdentityMap")


@_attrs_define
class AliasIdentityMap:
    """A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like `crm_id`.
    A user may carry up to 20 custom aliases besides these.

        Example:
            {'external_id': 'customer-5213', 'onesignal_id': '3f6a2b1e-9c4d-4e7a-8b2f-5d1c0e9a7b64'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias_identity_map = cls()

        alias_identity_map.additional_properties = d
        return alias_identity_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
