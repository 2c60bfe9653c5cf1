from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_ip_allowlist_mode import (
    ApiKeyIpAllowlistMode,
    check_api_key_ip_allowlist_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyUpdateRequest")


@_attrs_define
class ApiKeyUpdateRequest:
    """Changes to an app API key; fields left out keep their values."""

    name: str | Unset = UNSET
    """ A new name for the key. """
    ip_allowlist_mode: ApiKeyIpAllowlistMode | Unset = UNSET
    """ `explicit` restricts the key to the CIDR ranges in `ip_allowlist`; `disabled` (the default for a new key)
    lets it be used from any address. """
    ip_allowlist: list[str] | Unset = UNSET
    """ CIDR ranges allowed to use the key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ip_allowlist_mode: str | Unset = UNSET
        if not isinstance(self.ip_allowlist_mode, Unset):
            ip_allowlist_mode = self.ip_allowlist_mode

        ip_allowlist: list[str] | Unset = UNSET
        if not isinstance(self.ip_allowlist, Unset):
            ip_allowlist = self.ip_allowlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if ip_allowlist_mode is not UNSET:
            field_dict["ip_allowlist_mode"] = ip_allowlist_mode
        if ip_allowlist is not UNSET:
            field_dict["ip_allowlist"] = ip_allowlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _ip_allowlist_mode = d.pop("ip_allowlist_mode", UNSET)
        ip_allowlist_mode: ApiKeyIpAllowlistMode | Unset
        if isinstance(_ip_allowlist_mode, Unset):
            ip_allowlist_mode = UNSET
        else:
            ip_allowlist_mode = check_api_key_ip_allowlist_mode(_ip_allowlist_mode)

        ip_allowlist = cast(list[str], d.pop("ip_allowlist", UNSET))

        api_key_update_request = cls(
            name=name,
            ip_allowlist_mode=ip_allowlist_mode,
            ip_allowlist=ip_allowlist,
        )

        api_key_update_request.additional_properties = d
        return api_key_update_request

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
