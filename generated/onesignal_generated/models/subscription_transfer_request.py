from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_transfer_request_identity import (
        SubscriptionTransferRequestIdentity,
    )


T = TypeVar("T", bound="SubscriptionTransferRequest")


@_attrs_define
class SubscriptionTransferRequest:
    """The user a subscription moves to."""

    identity: SubscriptionTransferRequestIdentity
    """ Exactly one alias of the target user, label to value, such as `{"external_id": "customer-9034"}` or
    `{"onesignal_id": "..."}`. """
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
        from ..models.subscription_transfer_request_identity import (
            SubscriptionTransferRequestIdentity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        identity = SubscriptionTransferRequestIdentity.from_dict(d.pop("identity"))

        subscription_transfer_request = cls(
            identity=identity,
        )

        subscription_transfer_request.additional_properties = d
        return subscription_transfer_request

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
