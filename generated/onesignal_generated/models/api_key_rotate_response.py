from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyRotateResponse")


@_attrs_define
class ApiKeyRotateResponse:
    """The new secret of a rotated key, shown this one time."""

    formatted_token: str
    """ The new key, replacing the old one. """
    token_id: str | Unset = UNSET
    """ The key's id (unchanged by rotation), when OneSignal includes it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formatted_token = self.formatted_token

        token_id = self.token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formatted_token": formatted_token,
            }
        )
        if token_id is not UNSET:
            field_dict["token_id"] = token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formatted_token = d.pop("formatted_token")

        token_id = d.pop("token_id", UNSET)

        api_key_rotate_response = cls(
            formatted_token=formatted_token,
            token_id=token_id,
        )

        api_key_rotate_response.additional_properties = d
        return api_key_rotate_response

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
