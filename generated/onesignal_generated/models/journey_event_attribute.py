from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_event_attribute_operator import (
    JourneyEventAttributeOperator,
    check_journey_event_attribute_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JourneyEventAttribute")


@_attrs_define
class JourneyEventAttribute:
    """One condition on a custom event property."""

    key: str
    """ The event property to test. """
    operator: JourneyEventAttributeOperator
    """ How to compare; `exists` and `not_exists` take no value. """
    value: str | Unset = UNSET
    """ The value to compare with, as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str = self.operator

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        operator = check_journey_event_attribute_operator(d.pop("operator"))

        value = d.pop("value", UNSET)

        journey_event_attribute = cls(
            key=key,
            operator=operator,
            value=value,
        )

        journey_event_attribute.additional_properties = d
        return journey_event_attribute

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
