from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alias_identity_map import AliasIdentityMap


T = TypeVar("T", bound="UserIdentityResponse")


@_attrs_define
class UserIdentityResponse:
    """The aliases of one user."""

    identity: AliasIdentityMap | Unset = UNSET
    """ A user's aliases: alias label to alias value, such as `external_id`, `onesignal_id` or a custom label like
    `crm_id`. A user may carry up to 20 custom aliases besides these. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity is not UNSET:
            field_dict["identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias_identity_map import AliasIdentityMap  # noqa: PLC0415

        d = dict(src_dict)
        _identity = d.pop("identity", UNSET)
        identity: AliasIdentityMap | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = AliasIdentityMap.from_dict(_identity)

        user_identity_response = cls(
            identity=identity,
        )

        user_identity_response.additional_properties = d
        return user_identity_response

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
