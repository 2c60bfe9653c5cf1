from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_outcome_aggregation import (
    NotificationOutcomeAggregation,
    check_notification_outcome_aggregation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationOutcome")


@_attrs_define
class NotificationOutcome:
    """One outcome total, such as clicks (`os__click`) or a custom outcome."""

    id: str | Unset = UNSET
    """ The outcome's name; built-in outcomes start with `os__`. """
    value: float | Unset = UNSET
    """ The count or sum. """
    aggregation: NotificationOutcomeAggregation | Unset = UNSET
    """ Whether `value` is a count or a sum. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        aggregation: str | Unset = UNSET
        if not isinstance(self.aggregation, Unset):
            aggregation = self.aggregation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if aggregation is not UNSET:
            field_dict["aggregation"] = aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        value = d.pop("value", UNSET)

        _aggregation = d.pop("aggregation", UNSET)
        aggregation: NotificationOutcomeAggregation | Unset
        if isinstance(_aggregation, Unset):
            aggregation = UNSET
        else:
            aggregation = check_notification_outcome_aggregation(_aggregation)

        notification_outcome = cls(
            id=id,
            value=value,
            aggregation=aggregation,
        )

        notification_outcome.additional_properties = d
        return notification_outcome

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
