from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_data_aggregation import (
    OutcomeDataAggregation,
    check_outcome_data_aggregation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeData")


@_attrs_define
class OutcomeData:
    """One aggregated outcome."""

    id: str
    """ The outcome's name, without the aggregation suffix. """
    value: float
    """ The aggregated value (a count, or a sum). """
    aggregation: OutcomeDataAggregation | Unset = UNSET
    """ How the value was aggregated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
            }
        )
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value")

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: OutcomeDataAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = check_outcome_data_aggregation(_aggregation)

        outcome_data = cls(
            id=id,
            value=value,
            aggregation=aggregation,
        )

        outcome_data.additional_properties = d
        return outcome_data

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
