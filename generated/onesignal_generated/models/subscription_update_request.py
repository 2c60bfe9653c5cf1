from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_changes import SubscriptionChanges


T = TypeVar("T", bound="SubscriptionUpdateRequest")


@_attrs_define
class SubscriptionUpdateRequest:
    """Changes to one subscription found by its id."""

    subscription: SubscriptionChanges
    """ Subscription fields to change. A subscription's `type` cannot be changed: when given (the SDK reference page
    sends it), it must be the subscription's current type. """
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
        from ..models.subscription_changes import SubscriptionChanges  # noqa: PLC0415

        d = dict(src_dict)
        subscription = SubscriptionChanges.from_dict(d.pop("subscription"))

        subscription_update_request = cls(
            subscription=subscription,
        )

        subscription_update_request.additional_properties = d
        return subscription_update_request

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
