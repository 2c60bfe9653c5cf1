from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertiesPurchase")


@_attrs_define
class PropertiesPurchase:
    """One purchase of an item."""

    sku: str
    """ Your identifier of the item bought. """
    amount: str
    """ The price paid, as a decimal string such as `19.99`. """
    iso: str
    """ The ISO 4217 currency code of `amount`, such as `USD`. """
    count: int | Unset = UNSET
    """ How many units were bought. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        amount = self.amount

        iso = self.iso

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "amount": amount,
                "iso": iso,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("sku")

        amount = d.pop("amount")

        iso = d.pop("iso")

        count = d.pop("count", UNSET)

        properties_purchase = cls(
            sku=sku,
            amount=amount,
            iso=iso,
            count=count,
        )

        properties_purchase.additional_properties = d
        return properties_purchase

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
