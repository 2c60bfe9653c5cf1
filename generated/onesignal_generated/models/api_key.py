from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_ip_allowlist_mode import (
    ApiKeyIpAllowlistMode,
    check_api_key_ip_allowlist_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An app API key (Rich Authentication Token), without its secret."""

    token_id: str
    """ The key's id, used to update, rotate or delete it. Not the key itself. """
    name: str | Unset = UNSET
    """ The key's name. """
    ip_allowlist_mode: ApiKeyIpAllowlistMode | Unset = UNSET
    """ `explicit` restricts the key to the CIDR ranges in `ip_allowlist`; `disabled` (the default for a new key)
    lets it be used from any address. """
    ip_allowlist: list[str] | Unset = UNSET
    """ The CIDR ranges allowed to use the key, when the mode is `explicit`. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the key was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the key was last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        name = self.name

        ip_allowlist_mode: str | Unset = UNSET
        if not isinstance(self.ip_allowlist_mode, Unset):
            ip_allowlist_mode = self.ip_allowlist_mode

        ip_allowlist: list[str] | Unset = UNSET
        if not isinstance(self.ip_allowlist, Unset):
            ip_allowlist = self.ip_allowlist

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if ip_allowlist_mode is not UNSET:
            field_dict["ip_allowlist_mode"] = ip_allowlist_mode
        if ip_allowlist is not UNSET:
            field_dict["ip_allowlist"] = ip_allowlist
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = d.pop("token_id")

        name = d.pop("name", UNSET)

        _ip_allowlist_mode = d.pop("ip_allowlist_mode", UNSET)
        ip_allowlist_mode: ApiKeyIpAllowlistMode | Unset
        if isinstance(_ip_allowlist_mode, Unset):
            ip_allowlist_mode = UNSET
        else:
            ip_allowlist_mode = check_api_key_ip_allowlist_mode(_ip_allowlist_mode)

        ip_allowlist = cast(list[str], d.pop("ip_allowlist", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        api_key = cls(
            token_id=token_id,
            name=name,
            ip_allowlist_mode=ip_allowlist_mode,
            ip_allowlist=ip_allowlist,
            created_at=created_at,
            updated_at=updated_at,
        )

        api_key.additional_properties = d
        return api_key

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
