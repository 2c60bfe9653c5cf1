from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alias_identify_request_identity import AliasIdentifyRequestIdentity


T = TypeVar("T", bound="AliasIdentifyRequest")


@_attrs_define
class AliasIdentifyRequest:
    """Aliases to add to a user or to set to new values."""

    identity: AliasIdentifyRequestIdentity
    """ Alias label to new alias value; one or more entries. `onesignal_id` cannot be set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity": identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias_identify_request_identity import (
            AliasIdentifyRequestIdentity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        identity = AliasIdentifyRequestIdentity.from_dict(d.pop("identity"))

        alias_identify_request = cls(
            identity=identity,
        )

        alias_identify_request.additional_properties = d
        return alias_identify_request

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
