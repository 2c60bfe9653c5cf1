from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_purchase import PropertiesPurchase


T = TypeVar("T", bound="PropertiesDeltas")


@_attrs_define
class PropertiesDeltas:
    """Amounts added to a user's running totals rather than replacing them."""

    session_time: int | Unset = UNSET
    """ Seconds of app use to add to the total session time. """
    session_count: int | Unset = UNSET
    """ Number of sessions to add to the session count. """
    purchases: list[PropertiesPurchase] | Unset = UNSET
    """ Purchases to append to the user's purchase history. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_time = self.session_time

        session_count = self.session_count

        purchases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchases, Unset):
            purchases = []
            for purchases_item_data in self.purchases:
                purchases_item = purchases_item_data.to_dict()
                purchases.append(purchases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_time is not UNSET:
            field_dict["session_time"] = session_time
        if session_count is not UNSET:
            field_dict["session_count"] = session_count
        if purchases is not UNSET:
            field_dict["purchases"] = purchases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_purchase import PropertiesPurchase  # noqa: PLC0415

        d = dict(src_dict)
        session_time = d.pop("session_time", UNSET)

        session_count = d.pop("session_count", UNSET)

        _purchases = d.pop("purchases", UNSET)
        purchases: list[PropertiesPurchase] | Unset = UNSET
        if _purchases is not UNSET:
            purchases = []
            for purchases_item_data in _purchases:
                purchases_item = PropertiesPurchase.from_dict(purchases_item_data)

                purchases.append(purchases_item)

        properties_deltas = cls(
            session_time=session_time,
            session_count=session_count,
            purchases=purchases,
        )

        properties_deltas.additional_properties = d
        return properties_deltas

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
