from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_token_changes import SubscriptionTokenChanges


T = TypeVar("T", bound="SubscriptionTokenUpdateRequest")


@_attrs_define
class SubscriptionTokenUpdateRequest:
    """Changes to one subscription found by its type and token."""

    subscription: SubscriptionTokenChanges
    """ Subscription fields to change on a subscription found by its token. Neither its type nor its token can be
    changed this way. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_token_changes import SubscriptionTokenChanges  # noqa: PLC0415

        d = dict(src_dict)
        subscription = SubscriptionTokenChanges.from_dict(d.pop("subscription"))

        subscription_token_update_request = cls(
            subscription=subscription,
        )

        subscription_token_update_request.additional_properties = d
        return subscription_token_update_request

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
