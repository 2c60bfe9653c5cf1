from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveActivityTokenRequest")


@_attrs_define
class LiveActivityTokenRequest:
    """An update push token that iOS issued for one device's copy of a Live Activity."""

    push_token: str
    """ The hex-encoded ActivityKit push token from `pushTokenUpdates`. """
    subscription_id: UUID
    """ The OneSignal subscription id of the device running the activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push_token = self.push_token

        subscription_id = str(self.subscription_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "push_token": push_token,
                "subscription_id": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        push_token = d.pop("push_token")

        subscription_id = UUID(d.pop("subscription_id"))

        live_activity_token_request = cls(
            push_token=push_token,
            subscription_id=subscription_id,
        )

        live_activity_token_request.additional_properties = d
        return live_activity_token_request

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
